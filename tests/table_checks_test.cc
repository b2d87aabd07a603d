// The table-wide check kinds (each-column, row-filled, whole-counts, table-present) and their
// scoping by section, row ranges in table facts, and facts from the previous year's report.
#include <gtest/gtest.h>

#include "audit_text.h"
#include "engine/audit.h"
#include "read/read_document.h"
#include "rules/pack_loader.h"

namespace crossfoot {
namespace {

std::string FirstError(const std::string& yaml) {
  Diagnostics diags;
  LoadPackText("p.yaml", yaml, &diags);
  return diags.all().empty() ? "" : diags.all()[0].ToString();
}

// A small table 三: two applicant columns and a total, outcome rows between.
std::string Table(const std::string& handled_a = "3", const std::string& row_total = "2") {
  return "| 项目 | 自然人 | 法人 | 总计 |\n|---|---|---|---|\n"
         "| 一、本年新收 | 4 | 1 | 5 |\n"
         "| 二、上年结转 | 1 | 0 | 1 |\n"
         "| 三、办理结果 | (一)予以公开 | | |\n"
         "| (一)予以公开 | 2 | 0 | " +
         row_total +
         " |\n"
         "| (二)部分公开 | 1 | 1 | 2 |\n"
         "| (七)总计 | " +
         handled_a +
         " | 1 | 4 |\n"
         "| 四、结转下年度 | 2 | 0 | 2 |\n";
}

const char* kColumnsPack = R"(pack: t
checks:
  - id: BAL
    each-column: "自然人"
    rows: { new: "本年新收", carried: "上年结转", handled: "总计$", forward: "结转下年度" }
    assert: "new + carried == handled + forward"
  - id: SUM
    each-column: "自然人"
    rows: { handled: "总计$" }
    range: { name: outcomes, from: "予以公开$", before: "总计$" }
    assert: "outcomes == handled"
)";

TEST(EachColumnCheck, EveryColumnBalances) {
  Audited run = AuditText(kColumnsPack, Table());
  EXPECT_TRUE(run.report.findings.empty()) << Messages(run)[0];
  // BAL: 3 columns hold; SUM: 3 columns hold.
  EXPECT_EQ(run.report.packs[0].checks[0].held, 3);
  EXPECT_EQ(run.report.packs[0].checks[1].held, 3);
}

TEST(EachColumnCheck, AColumnThatDoesNotBalanceIsFoundWithEveryCell) {
  Audited run = AuditText(kColumnsPack, Table("4"));
  ASSERT_EQ(
      Messages(run),
      (std::vector<std::string>{
          "BAL: column 自然人: 4 + 1 = 4 + 2 does not hold: 5 ≠ 6; changing 4 to 3 resolves 2 "
          "findings",
          "SUM: column 自然人: 2 + 1 = 4 does not hold: 3 ≠ 4; changing 4 to 3 resolves 2 "
          "findings"}));
  EXPECT_EQ(run.report.findings[0].related.size(), 3u);  // 1, 4, 2 besides the primary 4
  EXPECT_EQ(run.report.findings[1].related.size(), 2u);  // 1 and 4 besides the primary 2
}

TEST(EachColumnCheck, ABlankCellIsNotAZero) {
  // (七)总计 › 自然人 blank: 4 + 1 = blank + 2 holds for a blank of 3; read as 0 it fails, a
  // warning that states the assumption and names the cell; so is SUM's 2 + 1 = blank.
  Audited run = AuditText(kColumnsPack, Table("/"));
  EXPECT_EQ(run.report.packs[0].checks[0].not_evaluable, 0);
  ASSERT_EQ(run.report.findings.size(), 2u);  // BAL, and SUM: 2 + 1 = blank
  for (const Finding& f : run.report.findings) EXPECT_EQ(f.severity, "warning");
  EXPECT_EQ(run.report.findings[0].rule_id, "BAL");
  EXPECT_EQ(run.report.findings[0].message,
            "if the blank cells are 0, column 自然人: 4 + 1 = / + 2 does not hold: 5 ≠ 2 (blank: "
            "(七)总计 › 自然人)");
}

TEST(EachColumnCheck, FieldsAreChecked) {
  EXPECT_EQ(
      FirstError("pack: x\nchecks:\n  - id: C\n    each-column: \"a\"\n    rows: { x: \"b\" }\n"
                 "    assert: \"x == y\"\n"),
      "p.yaml:6:5: error: 'assert' uses 'y', which is not one of the rows named in 'rows' "
      "or 'range'");
  EXPECT_EQ(
      FirstError("pack: x\nchecks:\n  - id: C\n    each-column: \"a\"\n    rows: { x: \"b\" }\n"
                 "    range: { from: \"c\", before: \"d\" }\n    assert: \"x == x\"\n"),
      "p.yaml:6:5: error: 'range' needs 'name', 'from' and 'before' (or 'through')");
}

const char* kFilledPack = R"(pack: t
checks:
  - id: FILLED
    severity: warning
    row-filled: "自然人"
    required: "总计$"
    parts: "自然人|法人"
  - id: COUNTS
    whole-counts: "自然人"
  - id: PRESENT
    severity: note
    table-present: "自然人"
    rows: ["本年新收", "上年结转"]
    columns: ["总计$"]
)";

TEST(RowFilledCheck, ABlankTotalBesideFiguresIsAnIncompleteForm) {
  Audited run = AuditText(kFilledPack, Table("3", ""));
  ASSERT_EQ(run.report.findings.size(), 1u) << Messages(run)[0];
  EXPECT_EQ(run.report.findings[0].rule_id, "FILLED");
  EXPECT_EQ(run.report.findings[0].severity, "warning");
  EXPECT_EQ(run.report.findings[0].related.size(), 1u);  // the 2 that obliges a total
}

TEST(RowFilledCheck, ARowOfZerosNeedsNoTotal) {
  Audited run = AuditText(kFilledPack,
                          "| 项目 | 自然人 | 法人 | 总计 |\n|---|---|---|---|\n"
                          "| 一、本年新收 | 0 | 0 | |\n| 二、上年结转 | 1 | 0 | 1 |\n");
  EXPECT_TRUE(run.report.findings.empty()) << Messages(run)[0];
}

TEST(WholeCountsCheck, NegativeAndFractionalCountsAreFound) {
  Audited run = AuditText(kFilledPack,
                          "| 项目 | 自然人 | 法人 | 总计 |\n|---|---|---|---|\n"
                          "| 一、本年新收 | -1 | 1.5 | 0.5 |\n| 二、上年结转 | 1 | 0 | 1 |\n");
  EXPECT_EQ(Messages(run),
            (std::vector<std::string>{
                "COUNTS: -1 is negative, but the cell counts applications or cases",
                "COUNTS: 1.5 is not a whole number, but the cell counts applications or cases",
                "COUNTS: 0.5 is not a whole number, but the cell counts applications or cases"}));
}

TEST(TablePresentCheck, OneNoteForAMissingTableOrRows) {
  Audited missing = AuditText(kFilledPack, "一、总体情况\n\n本年收到申请5件。\n");
  ASSERT_EQ(missing.report.findings.size(), 1u);
  EXPECT_EQ(missing.report.findings[0].rule_id, "PRESENT");
  Audited partial = AuditText(kFilledPack,
                              "| 项目 | 自然人 | 法人 | 总计 |\n|---|---|---|---|\n"
                              "| 一、本年新收 | 0 | 0 | 0 |\n");
  EXPECT_EQ(Messages(partial),
            (std::vector<std::string>{"PRESENT: the table lacks row “上年结转”: the checks on the "
                                      "table were not evaluated"}));
}

const char* kRangePack = R"(pack: t
facts:
  stated: { text: "不予公开{n}件" }
  rows: { table: { header: "自然人", row: "予以公开$", through: "部分公开", column: "总计$" } }
checks:
  - id: RANGE
    sum: [rows]
    equals: stated
)";

TEST(TableRange, RowsFromOneLabelThroughAnotherAreSummed) {
  EXPECT_TRUE(AuditText(kRangePack, "不予公开4件。\n\n" + Table()).report.findings.empty());
  Audited wrong = AuditText(kRangePack, "不予公开5件。\n\n" + Table());
  EXPECT_EQ(Messages(wrong),
            (std::vector<std::string>{"RANGE: 2 + 2 = 4, but the total is stated as 5: difference "
                                      "1 件; changing 5 to 4 resolves "
                                      "it"}));
}

TEST(TableRange, ARangeWithABlankCellIsAtLeastItsFilledRows) {
  // (一)予以公开's 总计 "-" and (二)部分公开 2: the range is 2 + [0, ∞). 5 fits (the blank
  // may be 3) but read as 0 it does not: a warning. 1 fits no filling: an error.
  Audited five = AuditText(kRangePack, "不予公开5件。\n\n" + Table("3", "-"));
  ASSERT_EQ(five.report.findings.size(), 1u);
  EXPECT_EQ(five.report.findings[0].severity, "warning");
  Audited one = AuditText(kRangePack, "不予公开1件。\n\n" + Table("3", "-"));
  ASSERT_EQ(one.report.findings.size(), 1u);
  EXPECT_EQ(one.report.findings[0].severity, "error");
}

const char* kPreviousPack = R"(pack: t
facts:
  carried: { text: "上年结转{n}件" }
  forward: { text: "结转下年度{n}件" }
checks:
  - id: YEAR
    assert: "carried == previous.forward"
)";

TEST(PreviousYear, FactsAreReadFromThePreviousReport) {
  std::string before = "结转下年度3件。\n";
  Audited run = AuditText(kPreviousPack, "上年结转2件。\n", &before);
  ASSERT_EQ(run.report.findings.size(), 1u);
  const Finding& f = run.report.findings[0];
  // The previous year's figure is as published: this year's is the one to correct.
  EXPECT_EQ(f.message, "2 = 3 does not hold: 2 ≠ 3; changing 2 to 3 resolves it");
  ASSERT_EQ(f.related.size(), 1u);
  EXPECT_EQ(f.related[0].path, "before.md");
  EXPECT_EQ(f.related[0].start.column, 6u);
  EXPECT_TRUE(AuditText(kPreviousPack, "上年结转3件。\n", &before).report.findings.empty());
}

TEST(PreviousYear, WithoutThePreviousReportTheCheckIsNotEvaluated) {
  Audited run = AuditText(kPreviousPack, "上年结转2件。\n");
  EXPECT_TRUE(run.report.findings.empty());
  EXPECT_EQ(
      run.report.packs[0].checks[0].reasons,
      (std::vector<std::string>{"fact previous.forward: no previous year's report was given"}));
}

// Blank count cells: unknown non-negative numbers. A relation that fails for every filling
// is an error; one that fails only when the blanks are read as 0 is a warning saying so.

const char* kTable4Pack = R"(pack: t
title: t
facts:
  t4: { label: 表四, table: { header: "结果维持", columns: { total: "总计" } } }
checks:
  - id: ROW
    title: 总计等于各项之和
    severity: error
    each-row: "结果维持"
    columns: { kept: "结果维持", corrected: "结果纠正", other: "其他结果", pending: "尚未审结", total: "总计" }
    assert: "total == kept + corrected + other + pending"
)";

std::string Table4(const std::string& cells) {
  return "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n|---|---|---|---|---|\n| " + cells +
         " |\n";
}

TEST(BlankCells, ARelationFailingForEveryFillingIsAnError) {
  // 5 + blank + blank + 3 is at least 8, never 7.
  Audited run = AuditText(kTable4Pack, Table4("5 |  | / | 3 | 7"));
  ASSERT_EQ(run.report.findings.size(), 1u);
  EXPECT_EQ(run.report.findings[0].severity, "error");
  EXPECT_EQ(run.report.findings[0].message_zh.find("若空白栏为 0"), std::string::npos);
}

TEST(BlankCells, ARelationFailingOnlyIfBlanksAreZeroIsAWarningThatSaysSo) {
  // 5 + blank + 3 = 9 holds for a blank of 1; read as 0 it gives 8.
  Audited run = AuditText(kTable4Pack, Table4("5 |  | 0 | 3 | 9"));
  ASSERT_EQ(run.report.findings.size(), 1u);
  const Finding& f = run.report.findings[0];
  EXPECT_EQ(f.severity, "warning");
  EXPECT_NE(f.message_zh.find("若空白栏为 0，则"), std::string::npos) << f.message_zh;
  EXPECT_NE(f.message_zh.find("结果纠正"), std::string::npos) << f.message_zh;  // names the blank
}

TEST(BlankCells, ABlankTotalWithPartsThatFitStaysSilent) {
  // 总计 blank: any filling ≥ 0 could be right, and read as 0 it is 0 ≠ 2 — a warning only.
  Audited run = AuditText(kTable4Pack, Table4("0 | 0 | 0 | 0 | "));
  EXPECT_TRUE(run.report.findings.empty());
  Audited filled = AuditText(kTable4Pack, Table4("1 | 1 | 0 | 0 | 2"));
  EXPECT_TRUE(filled.report.findings.empty());
}

const char* kProsePack = R"(pack: t
title: t
facts:
  prose.disclosed: { label: 正文予以公开及部分公开, text: "予以公开及部分公开{n}件" }
  t3.disclosed:
    label: 表三（一）（二）
    table: { header: "自然人", row: "予以公开$", through: "部分公开", column: "总计" }
checks:
  - id: DISCLOSED
    title: 正文与表三一致
    severity: error
    sum: [t3.disclosed]
    equals: prose.disclosed
)";

TEST(BlankCells, AProseFigureBelowTheRowsWithBlankTotalsIsAnError) {
  // 予以公开 258 and 部分公开 with its 总计 blank: the two rows total 258 + [0, ∞), which can
  // be 258 (silent) but never 250 (an error, whatever the blank holds).
  std::string doc =
      "本年予以公开及部分公开258件。\n\n| 项目 | 自然人 | 商业企业 | 总计 |\n|---|---|---|---|\n"
      "| (一)予以公开 | 250 | 8 | 258 |\n| (二)部分公开 | 3 | 0 |  |\n";
  Audited run = AuditText(kProsePack, doc);
  EXPECT_TRUE(run.report.findings.empty());
  std::string wrong =
      "本年予以公开及部分公开250件。\n\n| 项目 | 自然人 | 商业企业 | 总计 |\n|---|---|---|---|\n"
      "| (一)予以公开 | 250 | 8 | 258 |\n| (二)部分公开 | 3 | 0 |  |\n";
  Audited bad = AuditText(kProsePack, wrong);
  ASSERT_EQ(bad.report.findings.size(), 1u);
  EXPECT_EQ(bad.report.findings[0].severity, "error");  // 258 + [0, ∞) is never 250
}

// --- table-wide checks scoped by section: one table 三 per unit, the same headers ---

// 甲单位's table, then 乙单位's: 乙单位's starts below this line.
constexpr unsigned kSecondUnitLine = 13;

std::string TwoUnits(const std::string& first, const std::string& second) {
  return "# 甲单位\n\n" + first + "\n# 乙单位\n\n" + second;
}

// One table-wide check, `section:` added when one is given.
std::string ScopedPack(const std::string& check, const std::string& section) {
  return "pack: t\nchecks:\n  - id: C\n" + check +
         (section.empty() ? "" : "    section: \"" + section + "\"\n");
}

// Scoped to 乙单位, a check finds the error planted in 乙单位's table (and only there) and
// stays quiet about one planted in 甲单位's; unscoped, it finds either, as before sections.
void ExpectScopedToTheSecondUnit(const std::string& check, const std::string& planted) {
  SCOPED_TRACE(check);
  const std::string consistent = Table();
  Audited scoped = AuditText(ScopedPack(check, "乙单位"), TwoUnits(consistent, planted));
  ASSERT_FALSE(scoped.report.findings.empty());
  for (const Finding& f : scoped.report.findings) {
    EXPECT_EQ(f.rule_id, "C");
    EXPECT_GT(f.primary.start.line, kSecondUnitLine) << f.message;  // in 乙单位's table
  }
  EXPECT_TRUE(AuditText(ScopedPack(check, "乙单位"), TwoUnits(planted, consistent))
                  .report.findings.empty());
  EXPECT_TRUE(AuditText(ScopedPack(check, "甲单位"), TwoUnits(consistent, planted))
                  .report.findings.empty());
  Audited unscoped = AuditText(ScopedPack(check, ""), TwoUnits(consistent, planted));
  EXPECT_EQ(Messages(unscoped), Messages(scoped));
  EXPECT_EQ(Messages(AuditText(ScopedPack(check, ""), TwoUnits(planted, consistent))).size(),
            scoped.report.findings.size());
  EXPECT_TRUE(
      AuditText(ScopedPack(check, ""), TwoUnits(consistent, consistent)).report.findings.empty());
}

TEST(SectionScope, EachRow) {
  ExpectScopedToTheSecondUnit(
      "    each-row: \"自然人\"\n    columns: { a: \"自然人\", b: \"法人\", total: \"总计$\" }\n"
      "    assert: \"total == a + b\"\n",
      Table("3", "3"));
}

TEST(SectionScope, EachColumn) {
  ExpectScopedToTheSecondUnit(
      "    each-column: \"自然人\"\n"
      "    rows: { new: \"本年新收\", carried: \"上年结转\", handled: \"总计$\", forward: "
      "\"结转下年度\" }\n    assert: \"new + carried == handled + forward\"\n",
      Table("4"));
}

TEST(SectionScope, RowFilled) {
  ExpectScopedToTheSecondUnit(
      "    row-filled: \"自然人\"\n    required: \"总计$\"\n    parts: \"自然人|法人\"\n",
      Table("3", ""));
}

TEST(SectionScope, WholeCounts) {
  ExpectScopedToTheSecondUnit("    whole-counts: \"自然人\"\n", Table("3", "-2"));
}

TEST(SectionScope, TablePresent) {
  // Unscoped, table-present reads the first table with the header, as before sections.
  const std::string check =
      "    table-present: \"自然人\"\n    rows: [\"本年新收\", \"结转下年度\"]\n";
  const std::string lacking =
      "| 项目 | 自然人 | 法人 | 总计 |\n|---|---|---|---|\n"
      "| 一、本年新收 | 4 | 1 | 5 |\n";
  const std::string incomplete =
      "C: the table lacks row “结转下年度”: the checks on the table were not evaluated";
  Audited scoped = AuditText(ScopedPack(check, "乙单位"), TwoUnits(Table(), lacking));
  EXPECT_EQ(Messages(scoped), (std::vector<std::string>{incomplete}));
  ASSERT_EQ(scoped.report.findings.size(), 1u);
  EXPECT_GT(scoped.report.findings[0].primary.start.line, kSecondUnitLine);
  EXPECT_TRUE(
      AuditText(ScopedPack(check, "乙单位"), TwoUnits(lacking, Table())).report.findings.empty());
  EXPECT_TRUE(
      AuditText(ScopedPack(check, "甲单位"), TwoUnits(Table(), lacking)).report.findings.empty());
  EXPECT_TRUE(AuditText(ScopedPack(check, ""), TwoUnits(Table(), lacking)).report.findings.empty());
  EXPECT_EQ(Messages(AuditText(ScopedPack(check, ""), TwoUnits(lacking, Table()))),
            (std::vector<std::string>{incomplete}));
  // A section without the table: the table is missing there.
  Audited elsewhere = AuditText(ScopedPack(check, "丙单位"), TwoUnits(Table(), Table()));
  ASSERT_EQ(elsewhere.report.findings.size(), 1u);
  EXPECT_EQ(elsewhere.report.findings[0].what.id, "table-present.missing");
}

TEST(SectionScope, ABadSectionPatternIsAnError) {
  EXPECT_EQ(FirstError(ScopedPack("    whole-counts: \"自然人\"\n", "(")),
            "p.yaml:5:5: error: 'section' \"(\": pattern does not compile: missing ): (");
}

}  // namespace
}  // namespace crossfoot
