// Budget and final-accounts reports (部门预算/决算) and English statements (issue #19): the
// `change` check kind, a table's declared unit, table facts scoped by section and columns
// chosen by position, and the pack keys that go with them. Each document is a real wording
// (the source is named beside it).
#include <gtest/gtest.h>

#include "audit_text.h"
#include "engine/audit.h"
#include "engine/pack_tests.h"
#include "figures/header_unit.h"
#include "figures/recognise.h"
#include "read/read_document.h"
#include "rules/pack_loader.h"
#include "util/unicode.h"

namespace crossfoot {
namespace {

// Every error loading the pack, one a line.
std::string Errors(const std::string& yaml) {
  Diagnostics diags;
  LoadPackText("p.yaml", yaml, &diags);
  std::string out;
  for (const auto& d : diags.all()) out += d.ToString() + "\n";
  return out;
}

// hlx.gov.cn/zfxxgk/fdzdgknr/czxx/sgjf/1571070444591751170.html (2020 三公经费): 285 − 251 =
// 34 万元, 34 / 285 = 11.9%, stated as 12%.
const char* kCarSentence =
    "公务用车及运行维护费支出251万元,比上年累计支出285万元下降34万元,下降12%,下降原因是严格执行"
    "八项规定,压缩用车。";

const char* kChangePack = R"(pack: t
facts:
  car:
    text: "公务用车及运行维护费支出{current}元,比上年累计支出{prior}元下降{amount}元,下降{pct},"
checks:
  - id: CAR-PCT
    change: car.pct
    direction: decrease
    current: car.current
    prior: car.prior
  - id: CAR-AMOUNT
    change: car.amount
    direction: decrease
    current: car.current
    prior: car.prior
)";

TEST(ChangeCheck, AStatedDecreaseAgreesWithTheTwoYears) {
  Audited run = AuditText(kChangePack, kCarSentence);
  EXPECT_TRUE(run.report.findings.empty()) << testing::PrintToString(Messages(run));
  ASSERT_EQ(run.report.packs.at(0).checks.size(), 2u);
}

TEST(ChangeCheck, AWrongPercentageIsFound) {
  std::string doc = kCarSentence;
  doc.replace(doc.find("下降12%"), std::string("下降12%").size(), "下降14%");
  Audited run = AuditText(kChangePack, doc);
  ASSERT_EQ(run.report.findings.size(), 1u) << testing::PrintToString(Messages(run));
  EXPECT_EQ(run.report.findings[0].rule_id, "CAR-PCT");
  EXPECT_NE(run.report.findings[0].message.find("a decrease of"), std::string::npos)
      << run.report.findings[0].message;
  EXPECT_NE(run.report.findings[0].message.find("14%"), std::string::npos);
}

TEST(ChangeCheck, AWrongAmountIsFound) {
  std::string doc = kCarSentence;
  doc.replace(doc.find("下降34万元"), std::string("下降34万元").size(), "下降36万元");
  Audited run = AuditText(kChangePack, doc);
  ASSERT_EQ(run.report.findings.size(), 1u) << testing::PrintToString(Messages(run));
  EXPECT_EQ(run.report.findings[0].rule_id, "CAR-AMOUNT");
}

TEST(ChangeCheck, TheWrongDirectionIsFound) {
  // "增长" where the figures fell: the stated 12% is an increase of −11.9%.
  const char* pack = R"(pack: t
facts:
  car: { text: "支出{current}元,比上年累计支出{prior}元增长{pct}。" }
checks:
  - id: UP
    change: car.pct
    direction: increase
    current: car.current
    prior: car.prior
)";
  EXPECT_EQ(AuditText(pack, "支出251万元,比上年累计支出285万元增长12%。").report.findings.size(),
            1u);
  EXPECT_TRUE(
      AuditText(pack, "支出285万元,比上年累计支出251万元增长13.5%。").report.findings.empty());
}

TEST(ChangeCheck, TruncationIsAcceptedAsInShare) {
  // 200/300 = 66.67%: "66.6%" truncates and is accepted, "66.5%" neither rounds nor truncates.
  // The wording is hlx.gov.cn's 公务接待 sentence (124 against 148 万元, 下降16%).
  const char* pack = R"(pack: t
facts:
  hosting: { text: "公务接待支出{current}元,比上年累计支出{prior}元下降{amount}元,下降{pct}," }
checks:
  - id: HOSTING
    change: hosting.pct
    direction: decrease
    current: hosting.current
    prior: hosting.prior
)";
  EXPECT_TRUE(AuditText(pack, "公务接待支出124万元,比上年累计支出148万元下降24万元,下降16%,")
                  .report.findings.empty());
  EXPECT_TRUE(AuditText(pack, "公务接待支出100元,比上年累计支出300元下降200元,下降66.6%,")
                  .report.findings.empty());
  EXPECT_EQ(AuditText(pack, "公务接待支出100元,比上年累计支出300元下降200元,下降66.5%,")
                .report.findings.size(),
            1u);
}

TEST(ChangeCheck, EnglishWordingAndPercentagePoints) {
  const char* pack = R"(pack: t
facts:
  backlog: { text: "backlog of {prior} requests to {current}, a decrease of {pct}" }
checks:
  - id: BACKLOG
    change: backlog.pct
    direction: decrease
    current: backlog.current
    prior: backlog.prior
)";
  EXPECT_TRUE(AuditText(pack, "the backlog of 1,200 requests to 900, a decrease of 25 percent.")
                  .report.findings.empty());
  EXPECT_EQ(AuditText(pack, "the backlog of 1,200 requests to 900, a decrease of 30 percent.")
                .report.findings.size(),
            1u);
  // Percentage points are no relative change: not evaluated, never a finding.
  Audited points =
      AuditText(pack, "the backlog of 1,200 requests to 900, a decrease of 3 percentage points.");
  EXPECT_TRUE(points.report.findings.empty());
}

TEST(ChangeCheck, LastYearAsAnExpression) {
  // mz.gov.cn (绵竹市 2025 三公经费预算): 242 + 12 = 254 万元 last year, 12 / 254 = 4.72%.
  const char* pack = R"(pack: t
facts:
  hosting: { text: "公务接待费{current}元,较上年减少{cut}元,下降{pct};" }
checks:
  - id: HOSTING
    change: hosting.pct
    direction: decrease
    current: hosting.current
    prior: "hosting.current + hosting.cut"
)";
  EXPECT_TRUE(
      AuditText(pack, "公务接待费242万元,较上年减少12万元,下降4.7%;").report.findings.empty());
  EXPECT_EQ(AuditText(pack, "公务接待费242万元,较上年减少12万元,下降5.7%;").report.findings.size(),
            1u);
}

TEST(ChangeCheck, FieldsAreChecked) {
  EXPECT_NE(Errors(R"(pack: t
facts:
  a: { text: "{now}与{then}增{pct}" }
checks:
  - id: X
    change: a.pct
    direction: sideways
    current: a.now
    prior: a.then
)")
                .find("'direction' is 'increase' or 'decrease'"),
            std::string::npos);
}

TEST(ShareCheck, AnExpressionIsAWhole) {
  const char* pack = R"(pack: t
facts:
  received: { text: "新收{n}件" }
  carried: { text: "上年结转{n}件" }
  done: { text: "办结{part}件,占{share}" }
checks:
  - id: SHARE
    share: done.share
    part: done.part
    whole: "received + carried"
)";
  EXPECT_TRUE(AuditText(pack, "新收80件,上年结转20件。办结50件,占50%。").report.findings.empty());
  Audited wrong = AuditText(pack, "新收80件,上年结转20件。办结50件,占62.5%。");
  ASSERT_EQ(wrong.report.findings.size(), 1u) << testing::PrintToString(Messages(wrong));
  EXPECT_NE(wrong.report.findings[0].message.find("80 + 20"), std::string::npos)
      << wrong.report.findings[0].message;
}

// --- a table's declared unit ---

TEST(TableUnit, ALineAboveTheTableDeclaresItsUnit) {
  EXPECT_EQ(DeclaredTableUnit("单位:万元"), "万元");
  EXPECT_EQ(DeclaredTableUnit("收入支出决算总表 金额单位:万元"), "万元");
  EXPECT_EQ(DeclaredTableUnit("(Dollars in Thousands)"), "thousands");
  EXPECT_EQ(DeclaredTableUnit("FINANCIAL MEASURES (Dollars in Billions)"), "billions");
  EXPECT_EQ(DeclaredTableUnit("单位:件"), "");
  EXPECT_EQ(DeclaredTableUnit("本年支出431万元,比上年减少2万元。"), "");  // prose, no 单位
  Figure f = *RecogniseCell("4,050.5");
  ASSERT_TRUE(ApplyHeaderUnit("2023", &f, "thousands"));
  EXPECT_EQ(f.interval.ToString(), "[4050450, 4050550]");
  Figure own = *RecogniseCell("2.5");
  ASSERT_TRUE(ApplyHeaderUnit("金额(万元)", &own, "亿元"));  // the column's own unit wins
  EXPECT_EQ(own.value.ToString(0), "25000");
}

const char* kTotalPack = R"(pack: t
facts:
  stated: { text: "支出总计{n}元" }
  table_total:
    table: { row: "^支出总计", column: 1 }
checks:
  - id: TOTAL
    assert: "stated == table_total"
)";

TEST(TableUnit, TableFiguresInWanCompareWithProseInYuan) {
  // A 收支总表 declares 单位:万元 above it; the prose states 元 via 万元.
  std::string table =
      "单位:万元\n\n| 项目 | 决算数 |\n|---|---|\n| 一般公共预算财政拨款收入 | 4125.49 |\n"
      "| 支出总计 | 4143.91 |\n";
  EXPECT_TRUE(
      AuditText(kTotalPack, "本年支出总计4143.91万元。\n\n" + table).report.findings.empty());
  EXPECT_EQ(AuditText(kTotalPack, "本年支出总计4134.91万元。\n\n" + table).report.findings.size(),
            1u);
}

// --- table facts scoped by section, columns by position ---

std::string TwoComponents(const std::string& second_pending) {
  return "# Component A\n\n| Requests | Pending at start | Received |\n|---|---|---|\n"
         "| Total | 10 | 40 |\n\n# Component B\n\n"
         "| Requests | Pending at start | Received |\n|---|---|---|\n| Total | " +
         second_pending + " | 25 |\n";
}

TEST(TableScope, TwoTablesWithTheSameHeadersAreTellApartBySection) {
  const char* pack = R"(pack: t
facts:
  b:
    section: "Component B"
    table: { row: "^Total", columns: { pending: "Pending", received: "Received" } }
checks:
  - id: B-LESS
    assert: "b.pending <= b.received"
)";
  EXPECT_TRUE(AuditText(pack, TwoComponents("5")).report.findings.empty());
  Audited wrong = AuditText(pack, TwoComponents("30"));
  ASSERT_EQ(wrong.report.findings.size(), 1u) << testing::PrintToString(Messages(wrong));
}

TEST(TableScope, WithoutASectionTheSameRowInTwoTablesIsAmbiguous) {
  const char* pack = R"(pack: t
facts:
  b:
    table: { row: "^Total", columns: { pending: "Pending", received: "Received" } }
checks:
  - id: B-LESS
    assert: "b.pending <= b.received"
)";
  Audited run = AuditText(pack, TwoComponents("30"));
  EXPECT_TRUE(run.report.findings.empty());  // nothing bound: never the first match
}

TEST(TableScope, TheOtherSideOfATwoSidedTableIsFoundByItsOwnLabelColumn) {
  // 收支总表: 收入 on the left, 支出 on the right, each side with its 项目 column.
  const char* pack = R"(pack: t
facts:
  spent:
    table: { label-column: "^支出›项目$", row: "^本年支出合计$", column: "^支出›金额$" }
  income:
    table: { row: "^本年收入合计$", column: "^收入›金额$" }
checks:
  - id: SAME
    assert: "income == spent"
)";
  auto table = [](const std::string& spent) {
    return "<table>\n<tr><td colspan=\"2\">收入</td><td colspan=\"2\">支出</td></tr>\n"
           "<tr><td>项目</td><td>金额</td><td>项目</td><td>金额</td></tr>\n"
           "<tr><td>一、一般公共预算财政拨款收入</td><td>10</td><td>一、一般公共服务支出</td>"
           "<td>7</td></tr>\n"
           "<tr><td>本年收入合计</td><td>10</td><td>本年支出合计</td><td>" +
           spent + "</td></tr>\n</table>\n";
  };
  Audited same = AuditText(pack, table("10"));
  EXPECT_TRUE(same.report.findings.empty()) << testing::PrintToString(Messages(same));
  EXPECT_EQ(same.report.packs[0].checks[0].held, 1);
  Audited wrong = AuditText(pack, table("11"));
  ASSERT_EQ(wrong.report.findings.size(), 1u);
  // The cell is named by the label it was found by, not by the row's 收入 label.
  bool named = false;
  for (const Location& l : wrong.report.findings[0].related) {
    named = named || l.where.find("本年支出合计") != std::string::npos;
  }
  named = named || wrong.report.findings[0].primary.where.find("本年支出合计") != std::string::npos;
  EXPECT_TRUE(named);
}

TEST(TableScope, ALabelColumnNeedsARow) {
  Diagnostics diags;
  LoadPackText("p.yaml",
               "pack: t\nfacts:\n  a:\n    table: { header: \"x\", label-column: \"y\", "
               "column: \"z\" }\nchecks:\n  - id: C\n    assert: \"a == a\"\n",
               &diags);
  ASSERT_FALSE(diags.all().empty());
  EXPECT_EQ(diags.all()[0].ToString(),
            "p.yaml:4:41: error: 'label-column' needs 'row', the label to find");
}

TEST(TableScope, ColumnsByPosition) {
  // fiscal.treasury.gov, Table 1: Total Assets $5,419.1 (2023) against $4,962.4 (2022).
  const char* yaml = R"(pack: t
facts:
  assets:
    table: { row: "^Total Assets", columns: { current: 1, prior: 2 } }
  stated: { text: "total assets of {current} against {prior}" }
checks:
  - id: CURRENT
    assert: "stated.current == assets.current"
  - id: PRIOR
    assert: "stated.prior == assets.prior"
)";
  std::string table =
      "| | 2023 | 2022* |\n|---|---|---|\n| Cash & Other Monetary Assets | $922.2 | $877.8 |\n"
      "| Total Assets | $5,419.1 | $4,962.4 |\n";
  EXPECT_TRUE(
      AuditText(yaml,
                "The government reported total assets of $5,419.1 against $4,962.4.\n\n" + table)
          .report.findings.empty());
  Audited swapped = AuditText(
      yaml, "The government reported total assets of $4,962.4 against $5,419.1.\n\n" + table);
  EXPECT_EQ(swapped.report.findings.size(), 2u) << testing::PrintToString(Messages(swapped));
}

// --- financial statements: year headers, group rows, HTML inside Markdown ---

// fiscal.treasury.gov, The Government's Financial Position and Condition, Table 1 (FY 2023),
// as a Word conversion leaves it: a raw HTML table inside the Markdown text.
const char* kStatement =
    "# Table 1\n\nFINANCIAL MEASURES (Dollars in Billions)\n\n<table>\n"
    "<tr><td></td><td>2023</td><td>2022*</td></tr>\n"
    "<tr><td>Assets:</td><td></td><td></td></tr>\n"
    "<tr><td>Cash &amp; Other Monetary Assets</td><td>$922.2</td><td>$877.8</td></tr>\n"
    "<tr><td>Loans Receivable, Net</td><td>$1,695.1</td><td>$1,434.1</td></tr>\n"
    "<tr><td>Total Assets</td><td>$5,419.1</td><td>$4,962.4</td></tr>\n"
    "<tr><td>Liabilities:</td><td></td><td></td></tr>\n"
    "<tr><td>Other</td><td>$(2,223.2)</td><td>$(1,882.4)</td></tr>\n"
    "</table>\n\nAfter the table.\n";

TEST(Statements, AnHtmlTableInMarkdownWithYearHeadersAndGroups) {
  Result<Document> doc = ParseDocument("s.md", kStatement);
  ASSERT_TRUE(doc.ok()) << doc.error();
  const Table* table = nullptr;
  for (const Block& b : doc.value().blocks) {
    if (b.kind == BlockKind::kTable) table = &*b.table;
  }
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->header_rows, 1);
  ASSERT_EQ(table->column_headers.size(), 3u);
  EXPECT_EQ(table->column_headers[1], "2023");
  EXPECT_EQ(table->column_headers[2], "2022*");
  EXPECT_EQ(table->unit, "billions");
  std::vector<std::string> labels(table->row_labels.begin() + table->header_rows,
                                  table->row_labels.end());
  EXPECT_EQ(labels, (std::vector<std::string>{"Assets:", "Assets›Cash & Other Monetary Assets",
                                              "Assets›Loans Receivable, Net", "Assets›Total Assets",
                                              "Liabilities:", "Liabilities›Other"}));
  // The cells keep their place in the Markdown file.
  const TextRun& cell = table->rows[4][1].text;
  SourceSpan span = cell.Source(0, cell.text.size());
  EXPECT_EQ(doc.value().source.substr(span.begin, span.end - span.begin), "$5,419.1");
  // And the paragraph after it is still a paragraph.
  EXPECT_EQ(doc.value().blocks.back().text.text, "After the table.");
}

TEST(Statements, AnHtmlTableWrappedInADivIsATable) {
  // The U.S. Access Board's FOIA report (FY 2021), section V.B.(1): a wide table in a
  // scrolling <div>, two header rows, inside the Markdown page.
  const char* md =
      "### V.B.(1). DISPOSITION\n\n<div style=\"width:125%; overflow-x:scroll;\">\n"
      "  <table class=\"usa-table\">\n    <thead>\n      <tr>\n"
      "        <th rowspan=\"2\">Agency / Component</th>\n"
      "        <th colspan=\"2\">Number of Full Denials Based on Reasons Other than "
      "Exemptions</th>\n"
      "        <th rowspan=\"2\">TOTAL</th>\n      </tr>\n      <tr>\n"
      "        <th>No Records</th>\n        <th>Request Withdrawn</th>\n      </tr>\n"
      "    </thead>\n    <tbody>\n      <tr>\n        <td> USAB </td>\n"
      "        <td> 5 </td>\n        <td> 0 </td>\n        <td> 5 </td>\n      </tr>\n"
      "    </tbody>\n  </table>\n</div>\n\nAfter the table.\n";
  Result<Document> doc = ParseDocument("r.md", md);
  ASSERT_TRUE(doc.ok()) << doc.error();
  const Table* table = nullptr;
  for (const Block& b : doc.value().blocks) {
    if (b.kind == BlockKind::kTable) table = &*b.table;
  }
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->column_headers.size(), 4u);
  EXPECT_EQ(table->column_headers[1],
            "Number of Full Denials Based on Reasons Other than Exemptions›No Records");
  EXPECT_EQ(table->row_labels.back(), "USAB");
  const TextRun& cell = table->rows.back()[3].text;
  SourceSpan span = cell.Source(0, cell.text.size());
  EXPECT_EQ(doc.value().source.substr(span.begin, span.end - span.begin), "5");
  // The closing </div> belongs to the table: the next block is the paragraph.
  EXPECT_EQ(doc.value().blocks.back().text.text, "After the table.");
  EXPECT_EQ(doc.value().blocks.size(), 3u);
}

TEST(Statements, GroupedRowsAndDeclaredUnitsInAFact) {
  const char* yaml = R"(pack: t
facts:
  assets:
    table: { row: "^Assets›Total Assets$", columns: { current: 1, prior: 2 } }
  other:
    table: { row: "^Liabilities›Other$", column: 1 }
  stated: { text: "total assets of {n}" }
checks:
  - id: ASSETS
    assert: "stated == assets.current"
  - id: NEGATIVE
    assert: "other < 0"
)";
  std::string ok =
      std::string(kStatement) + "\nThe government held total assets of $5.4191 trillion.\n";
  Audited run = AuditText(yaml, ok);
  EXPECT_TRUE(run.report.findings.empty()) << testing::PrintToString(Messages(run));
  std::string wrong =
      std::string(kStatement) + "\nThe government held total assets of $5.5 trillion.\n";
  Audited found = AuditText(yaml, wrong);
  ASSERT_EQ(found.report.findings.size(), 1u) << testing::PrintToString(Messages(found));
  EXPECT_EQ(found.report.findings[0].rule_id, "ASSETS");
}

TEST(Statements, ChineseColonRowsAreNotGroups) {
  Result<Document> doc = ParseDocument(
      "t.md", "| 项目 | 金额 |\n|---|---|\n| 其中: | |\n| 基本支出 | 5 |\n| 项目支出 | 3 |\n");
  ASSERT_TRUE(doc.ok());
  const Table& t = doc.value().blocks.at(0).table;
  EXPECT_EQ(t.row_labels.back(), "项目支出");
}

// --- ambiguity is never the first match ---

TEST(Ambiguity, EachRowWithSeveralMatchingColumnsIsNotEvaluated) {
  const char* pack = R"(pack: t
checks:
  - id: ROWS
    each-row: "(?i)processed"
    columns: { received: "(?i)received", processed: "(?i)processed" }
    assert: "processed <= received"
)";
  // Two columns say "received" (this year's and last year's): which one is meant is unknown.
  Audited run = AuditText(pack,
                          "| Component | Received FY 2013 | Received FY 2012 | Processed |\n"
                          "|---|---|---|---|\n| Headquarters | 5 | 50 | 10 |\n");
  EXPECT_TRUE(run.report.findings.empty()) << testing::PrintToString(Messages(run));
  const CheckRun& check = run.report.packs.at(0).checks.at(0);
  EXPECT_EQ(check.not_evaluable, 1);
  ASSERT_FALSE(check.reasons.empty());
  EXPECT_NE(check.reasons[0].find("matches 2 columns: ambiguous"), std::string::npos)
      << check.reasons[0];
}

TEST(Ambiguity, ARangeStartingAtSeveralRowsIsNotEvaluated) {
  const char* pack = R"(pack: t
checks:
  - id: COLS
    each-column: "Number"
    rows: { total: "^Total$" }
    range: { name: parts, from: "^Part", through: "^Part B" }
    assert: "parts == total"
)";
  Audited run = AuditText(pack,
                          "| Item | Number |\n|---|---|\n| Part A | 1 |\n| Part B | 2 |\n"
                          "| Part A again | 7 |\n| Total | 3 |\n");
  const CheckRun& check = run.report.packs.at(0).checks.at(0);
  EXPECT_TRUE(run.report.findings.empty()) << testing::PrintToString(Messages(run));
  ASSERT_FALSE(check.reasons.empty());
  EXPECT_NE(check.reasons[0].find("ambiguous"), std::string::npos) << check.reasons[0];
}

// --- keys that do not apply are errors ---

TEST(PackKeys, ProseKeysOnATableFactAreErrors) {
  for (const char* key : {"within", "after", "not-preceded-by"}) {
    std::string yaml = std::string("pack: t\nfacts:\n  a:\n    ") + key +
                       ": \"x\"\n    table: { row: \"^Total\", column: 1 }\n";
    EXPECT_NE(Errors(yaml).find("applies to prose facts"), std::string::npos) << key;
  }
}

TEST(PackKeys, TestFormatsAreValidated) {
  const char* yaml = R"(pack: t
facts:
  a: { text: "共{n}条" }
checks:
  - id: A
    assert: "a >= 0"
tests:
  - name: one
    doc: "共5条"
    format: word
    expect: []
)";
  EXPECT_NE(Errors(yaml).find("unknown test format 'word'"), std::string::npos) << Errors(yaml);
}

TEST(PackKeys, ReplaceAllChangesEveryOccurrence) {
  const char* yaml = R"(pack: t
facts:
  a: { text: "共{n}条", repeat: true }
checks:
  - id: A
    assert: "a >= 0"
tests:
  - name: one
    doc: "共5条。共5条。"
    expect: []
  - name: two
    like: one
    replace-all: { "5": "6" }
    expect: []
  - name: three
    like: one
    replace: { "5": "6" }
    expect: []
)";
  Diagnostics diags;
  std::optional<Pack> pack = LoadPackText("p.yaml", yaml, &diags);
  ASSERT_TRUE(pack.has_value()) << (diags.all().empty() ? "" : diags.all()[0].ToString());
  EXPECT_EQ(pack->tests.at(1).doc, "共6条。共6条。");
  EXPECT_EQ(pack->tests.at(2).doc, "共6条。共5条。");
}

TEST(PackKeys, AnHtmlTestDocumentIsReadAsHtml) {
  const char* yaml = R"(pack: t
facts:
  total: { table: { row: "^Total", column: 1 } }
checks:
  - id: POSITIVE
    assert: "total > 0"
tests:
  - name: html
    format: html
    doc: "<table><tr><th>Item</th><th>2023</th></tr><tr><td>Total</td><td>0</td></tr></table>"
    expect: [POSITIVE]
)";
  Diagnostics diags;
  std::optional<Pack> pack = LoadPackText("p.yaml", yaml, &diags);
  ASSERT_TRUE(pack.has_value()) << (diags.all().empty() ? "" : diags.all()[0].ToString());
  std::vector<PackTestResult> results = RunPackTests(*pack);
  ASSERT_EQ(results.size(), 1u);
  EXPECT_TRUE(results[0].error.empty()) << results[0].error;
  EXPECT_TRUE(results[0].passed) << testing::PrintToString(results[0].found);
}

}  // namespace
}  // namespace crossfoot
