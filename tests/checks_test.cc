// Each check kind on small documents: it finds the seeded inconsistency and stays quiet on
// the consistent twin, including the rounding and qualifier edge cases.
#include <gtest/gtest.h>

#include "audit_text.h"
#include "engine/audit.h"
#include "read/read_document.h"
#include "rules/pack_loader.h"

namespace crossfoot {
namespace {

const CheckRun& OnlyCheck(const Audited& run) { return run.report.packs.at(0).checks.at(0); }

const char* kSumPack = R"(pack: t
facts:
  total: { text: "共{n}条" }
  city: { text: "市本级{n}条" }
  county: { text: "县区{n}条" }
checks:
  - id: SUM
    sum: [city, county]
    equals: total
)";

TEST(SumCheck, FindsAWrongTotalWithTheArithmetic) {
  Audited run = AuditText(kSumPack, "共579574条,市本级443610条,县区136006条。");
  EXPECT_EQ(
      Messages(run),
      (std::vector<std::string>{
          "SUM: 443610 + 136006 = 579616, but the total is stated as 579574: difference 42 条; "
          "changing 579574 to 579616 resolves it"}));
  const Finding& f = run.report.findings[0];
  EXPECT_EQ(f.primary.written, "579574");
  EXPECT_EQ(f.primary.start.column, 2u);
  EXPECT_EQ(f.primary.end.column, 8u);
  ASSERT_EQ(f.related.size(), 2u);
  EXPECT_EQ(f.related[0].written, "443610");
  EXPECT_EQ(f.related[1].label, "county");
}

TEST(SumCheck, QuietWhenItAddsUp) {
  Audited run = AuditText(kSumPack, "共579616条,市本级443610条,县区136006条。");
  EXPECT_TRUE(run.report.findings.empty());
  EXPECT_EQ(OnlyCheck(run).held, 1);
}

TEST(SumCheck, AMoreQualifierOnAPartIsAnInterval) {
  EXPECT_TRUE(
      AuditText(kSumPack, "共66551条,市本级31339余条,县区35212条。").report.findings.empty());
  EXPECT_EQ(AuditText(kSumPack, "共66600条,市本级31339余条,县区35212条。").report.findings.size(),
            1u);
}

TEST(SumCheck, SilentWhenAFactIsMissing) {
  Audited run = AuditText(kSumPack, "共66551条,市本级31339条。");
  EXPECT_TRUE(run.report.findings.empty());
  EXPECT_EQ(OnlyCheck(run).not_evaluable, 1);
  EXPECT_EQ(OnlyCheck(run).reasons[0], "fact county was not found in the document");
}

TEST(SumCheck, DisagreeingMentionsAreNotGuessedBetween) {
  Audited run = AuditText(kSumPack, "共10条,市本级4条,县区6条。又:共12条。");
  EXPECT_TRUE(run.report.findings.empty());
  EXPECT_EQ(OnlyCheck(run).reasons[0], "the mentions of fact total disagree (10 and 12)");
}

const char* kAtMostPack = R"(pack: t
facts:
  total: { text: "共{n}条" }
  parts: { text: "{part}条,占{share}", repeat: true }
checks:
  - id: PARTS
    sum: [parts.part]
    at-most: total
  - id: SHARE
    share: parts.share
    part: parts.part
    whole: total
)";

TEST(AtMostCheck, ANonExhaustiveListMayFallShort) {
  Audited run = AuditText(kAtMostPack, "共100条。甲60条,占60%;乙30条,占30%。");
  EXPECT_TRUE(run.report.findings.empty());
}

TEST(AtMostCheck, ButNeverExceedsItsTotal) {
  Audited run = AuditText(kAtMostPack, "共100条。甲60条,占60%;乙50条,占50%。");
  EXPECT_EQ(Messages(run),
            (std::vector<std::string>{
                "PARTS: 60 + 50 = 110, more than the total stated as 100: excess 10 条; no single "
                "figure resolves it without breaking a relation that holds"}));
}

TEST(ShareCheck, TruncationAndOneDecimalAreAccepted) {
  // 35/805 = 4.3478… printed truncated as 4.34%; 479/805 = 59.50…% printed as 59.5%.
  Audited run = AuditText(kAtMostPack, "共805条。甲35条,占4.34%;乙479条,占59.5%。");
  EXPECT_TRUE(run.report.findings.empty());
  EXPECT_EQ(run.report.packs[0].checks[1].held, 2);
}

TEST(ShareCheck, RoundingUpIsAccepted) {
  EXPECT_TRUE(AuditText(kAtMostPack, "共805条。甲35条,占4.35%。").report.findings.empty());
}

TEST(ShareCheck, AShareThatNeitherRoundsNorTruncatesIsFound) {
  Audited run = AuditText(kAtMostPack, "共805条。甲35条,占4.36%。");
  EXPECT_EQ(
      Messages(run),
      (std::vector<std::string>{"SHARE: 35 ÷ 805 = 4.3478%, but the share is stated as 4.36%"}));
  EXPECT_EQ(run.report.findings[0].primary.written, "4.36%");
}

TEST(ShareCheck, ARateAgainstItsCounts) {
  const char* pack = R"(pack: t
facts:
  received: { text: "受理{n}件" }
  answered: { text: "答复{n}件" }
  rate: { text: "办结率达{n}" }
checks:
  - id: RATE
    share: rate
    part: answered
    whole: received
)";
  EXPECT_EQ(AuditText(pack, "受理1235件,答复1222件,办结率达100%。").report.findings.size(), 1u);
  EXPECT_TRUE(AuditText(pack, "受理1235件,答复1235件,办结率达100%。").report.findings.empty());
  EXPECT_TRUE(AuditText(pack, "受理1235件,答复1230件,办结率达99.6%。").report.findings.empty());
}

const char* kAgreePack = R"(pack: t
facts:
  prose: { text: "行政复议共{n}件" }
  table: { table: { row: "行政复议数", column: "累计" } }
checks:
  - id: AGREE
    agree: [prose, table]
)";

TEST(AgreeCheck, ProseAgainstTable) {
  std::string table = "\n\n| 指标 | 本年 | 累计 |\n|---|---|---|\n| 行政复议数 | 17 | 196 |\n";
  Audited bad = AuditText(kAgreePack, "历年来行政复议共119件。" + table);
  EXPECT_EQ(Messages(bad),
            (std::vector<std::string>{
                "AGREE: prose is stated as 119 here, but table is 196: difference 77; changing 119 "
                "to 196 resolves it"}));
  EXPECT_EQ(bad.report.findings[0].related[0].where, "行政复议数 › 累计");
  EXPECT_EQ(bad.report.findings[0].related[0].start.line, 5u);
  EXPECT_TRUE(AuditText(kAgreePack, "历年来行政复议共196件。" + table).report.findings.empty());
}

TEST(AgreeCheck, NotReportedCellsAreUnknownCountsNotZero) {
  // A "/" cell is some count ≥ 0: 0 fits it, and so does 3 — but 3 only if the cell is not 0,
  // which is a warning that says so.
  Audited zero = AuditText(
      kAgreePack,
      "历年来行政复议共0件。\n\n| 指标 | 本年 | 累计 |\n|---|---|---|\n| 行政复议数 | 17 | / |\n");
  EXPECT_TRUE(zero.report.findings.empty());
  EXPECT_EQ(OnlyCheck(zero).held, 1);
  Audited three = AuditText(
      kAgreePack,
      "历年来行政复议共3件。\n\n| 指标 | 本年 | 累计 |\n|---|---|---|\n| 行政复议数 | 17 | / |\n");
  ASSERT_EQ(three.report.findings.size(), 1u);
  EXPECT_EQ(three.report.findings[0].severity, "warning");
  EXPECT_NE(three.report.findings[0].message_zh.find("若空白栏为 0"), std::string::npos);
}

const char* kAssertPack = R"(pack: t
facts:
  days: { text: "共{n}个工作日" }
  items: { text: "取消{n}项" }
  avg: { text: "平均缩短约?{n}个工作日" }
checks:
  - id: AVG
    assert: "avg == days / items"
)";

TEST(AssertCheck, ApproximateFiguresNeedATolerance) {
  Audited run = AuditText(kAssertPack, "取消129项(共260个工作日),平均缩短约5.5个工作日。");
  EXPECT_TRUE(run.report.findings.empty());
  EXPECT_EQ(OnlyCheck(run).reasons[0],
            "fact avg is approximate (约5.5) and the pack sets no tolerance");
  std::string with_tolerance = std::string(kAssertPack) + "tolerance: { approximate: \"5%\" }\n";
  EXPECT_EQ(Messages(AuditText(with_tolerance, "取消129项(共260个工作日),平均缩短约5.5个工作日。")),
            // 约5.5 and the divisor 129 cannot be solved for: no figure is named.
            (std::vector<std::string>{"AVG: 约5.5 (within ±5%) does not match 260 ÷ 129 = 2.0"}));
  EXPECT_TRUE(AuditText(with_tolerance, "取消173项(共580个工作日),平均缩短约3.4个工作日。")
                  .report.findings.empty());
}

TEST(AssertCheck, ExactFiguresCompareExactly) {
  EXPECT_TRUE(AuditText(kAssertPack, "取消4项(共10个工作日),平均缩短2.5个工作日。")
                  .report.findings.empty());
  EXPECT_EQ(
      AuditText(kAssertPack, "取消4项(共10个工作日),平均缩短2.6个工作日。").report.findings.size(),
      1u);
}

const char* kRowsPack = R"(pack: t
checks:
  - id: ROWS
    each-row: "累计"
    columns: { year: "本年", cumulative: "累计" }
    assert: "year <= cumulative"
)";

TEST(EachRowCheck, EveryRowIsChecked) {
  Audited run = AuditText(
      kRowsPack,
      "| 指标 | 本年 | 累计 |\n|---|---|---|\n| 甲 | 5 | 10 |\n| 乙 | 12 | 10 |\n| 丙 | / | 3 |\n");
  EXPECT_EQ(Messages(run),
            (std::vector<std::string>{
                "ROWS: row 乙: 12 ≤ 10 does not hold: 12 > 10; changing 12 to 10 resolves it"}));
  EXPECT_EQ(OnlyCheck(run).held, 2);  // 丙: an unknown count ≥ 0 can be at most 3
}

TEST(Findings, FingerprintsSurviveUnrelatedLinesMoving) {
  Audited a = AuditText(kSumPack, "共579574条,市本级443610条,县区136006条。");
  Audited b = AuditText(kSumPack, "引言。\n\n另一段。\n\n共579574条,市本级443610条,县区136006条。");
  ASSERT_EQ(a.report.findings.size(), 1u);
  ASSERT_EQ(b.report.findings.size(), 1u);
  EXPECT_NE(a.report.findings[0].primary.start.line, b.report.findings[0].primary.start.line);
  EXPECT_EQ(a.report.findings[0].fingerprint, b.report.findings[0].fingerprint);
}

TEST(Audit, AppliesWhenSelectsDocuments) {
  std::string pack = std::string(kSumPack) + "applies-when: { all: [\"年度报告\"] }\n";
  Diagnostics diags;
  std::optional<Pack> p = LoadPackText("p.yaml", pack, &diags);
  ASSERT_TRUE(p.has_value());
  Result<Document> doc = ParseDocument("d.txt", "共10条,市本级4条,县区5条。");
  EXPECT_TRUE(AuditDocument(doc.value(), {&*p}, false).findings.empty());
  EXPECT_EQ(AuditDocument(doc.value(), {&*p}, true).findings.size(), 1u);
}

}  // namespace
}  // namespace crossfoot

namespace crossfoot {
namespace {

const char* kFeePack = R"(pack: t
facts:
  prose: { text: "收费{n}元" }
  table: { table: { row: "行政事业性收费", column: "收费金额" } }
  coercion: { text: "行政强制数量{n}" }
  table.coercion: { table: { row: "行政强制", column: "处理决定" } }
checks:
  - id: FEE
    agree: [prose, table]
  - id: COERCION
    agree: [coercion, table.coercion]
)";

TEST(Units, AHeaderUnitScalesItsCells) {
  std::string table =
      "\n\n| 项目 | 本年收费金额(单位:万元) | 处理决定数量 |\n|---|---|---|\n| 行政事业性收费 | "
      "2.5 | / |\n"
      "| 行政强制 | / | 0 |\n";
  EXPECT_TRUE(AuditText(kFeePack, "全年收费25000元。" + table).report.findings.empty());
  auto bad = AuditText(kFeePack, "全年收费2500元。" + table);
  ASSERT_EQ(bad.report.findings.size(), 1u);
  EXPECT_EQ(
      bad.report.findings[0].message,
      "prose is stated as 2500 here, but table is 2.5: difference 2.25 万元; changing 2500 to "
      "24500 resolves it");
}

TEST(Units, NoneInAFigureSlotIsZero) {
  std::string table = "\n\n| 项目 | 处理决定数量 |\n|---|---|\n| 行政强制 | 3 |\n";
  auto run = AuditText(kFeePack, "行政强制数量无。" + table);
  ASSERT_EQ(run.report.findings.size(), 1u);
  // 无 is no number to rewrite, so the table's 3 is not named as the one to correct either.
  EXPECT_EQ(run.report.findings[0].primary.written, "无");
  EXPECT_EQ(run.report.findings[0].message,
            "coercion is stated as 无 here, but table.coercion is 3: difference 3");
  EXPECT_TRUE(
      AuditText(kFeePack,
                "行政强制数量无。\n\n| 项目 | 处理决定数量 |\n|---|---|\n| 行政强制 | 0 |\n")
          .report.findings.empty());
}

}  // namespace
}  // namespace crossfoot
