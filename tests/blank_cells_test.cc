// Blank count cells as unknown non-negative numbers: a relation that fails for every filling
// is an error, one that fails only when the blanks are read as 0 is a warning saying so.
#include <gtest/gtest.h>

#include "engine/audit.h"
#include "read/read_document.h"
#include "rules/pack_loader.h"

namespace crossfoot {
namespace {

struct Audited {
  std::unique_ptr<Pack> pack;
  FileReport report;
};

Audited Audit(const std::string& pack_yaml, const std::string& doc_text) {
  Diagnostics diags;
  std::optional<Pack> pack = LoadPackText("p.yaml", pack_yaml, &diags);
  EXPECT_TRUE(pack.has_value()) << (diags.all().empty() ? "" : diags.all()[0].ToString());
  Audited run;
  run.pack = std::make_unique<Pack>(std::move(*pack));
  Result<Document> doc = ParseDocument("d.md", doc_text);
  EXPECT_TRUE(doc.ok());
  run.report = AuditDocument(doc.value(), {run.pack.get()}, true);
  return run;
}

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
  Audited run = Audit(kTable4Pack, Table4("5 |  | / | 3 | 7"));
  ASSERT_EQ(run.report.findings.size(), 1u);
  EXPECT_EQ(run.report.findings[0].severity, "error");
  EXPECT_EQ(run.report.findings[0].message_zh.find("若空白栏为 0"), std::string::npos);
}

TEST(BlankCells, ARelationFailingOnlyIfBlanksAreZeroIsAWarningThatSaysSo) {
  // 5 + blank + 3 = 9 holds for a blank of 1; read as 0 it gives 8.
  Audited run = Audit(kTable4Pack, Table4("5 |  | 0 | 3 | 9"));
  ASSERT_EQ(run.report.findings.size(), 1u);
  const Finding& f = run.report.findings[0];
  EXPECT_EQ(f.severity, "warning");
  EXPECT_NE(f.message_zh.find("若空白栏为 0，则"), std::string::npos) << f.message_zh;
  EXPECT_NE(f.message_zh.find("结果纠正"), std::string::npos) << f.message_zh;  // names the blank
}

TEST(BlankCells, ABlankTotalWithPartsThatFitStaysSilent) {
  // 总计 blank: any filling ≥ 0 could be right, and read as 0 it is 0 ≠ 2 — a warning only.
  Audited run = Audit(kTable4Pack, Table4("0 | 0 | 0 | 0 | "));
  EXPECT_TRUE(run.report.findings.empty());
  Audited filled = Audit(kTable4Pack, Table4("1 | 1 | 0 | 0 | 2"));
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
  Audited run = Audit(kProsePack, doc);
  EXPECT_TRUE(run.report.findings.empty());
  std::string wrong =
      "本年予以公开及部分公开250件。\n\n| 项目 | 自然人 | 商业企业 | 总计 |\n|---|---|---|---|\n"
      "| (一)予以公开 | 250 | 8 | 258 |\n| (二)部分公开 | 3 | 0 |  |\n";
  Audited bad = Audit(kProsePack, wrong);
  ASSERT_EQ(bad.report.findings.size(), 1u);
  EXPECT_EQ(bad.report.findings[0].severity, "error");  // 258 + [0, ∞) is never 250
}

}  // namespace
}  // namespace crossfoot
