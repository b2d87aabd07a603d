#include <gtest/gtest.h>

#include "figures/recognise.h"
#include "read/html_reader.h"
#include "read/numbering.h"
#include "read/read_document.h"
#include "util/encoding.h"

namespace crossfoot {
namespace {

Document Parse(const std::string& path, const std::string& text) {
  Result<Document> doc = ParseDocument(path, text);
  EXPECT_TRUE(doc.ok()) << (doc.ok() ? "" : doc.error());
  return std::move(doc).value();
}

const Block* FirstTable(const Document& doc) {
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kTable) return &b;
  }
  return nullptr;
}

TEST(Numbering, ChineseAndMarkdownLevels) {
  EXPECT_EQ(ParseNumbering("一、概述").level, 1);
  EXPECT_EQ(ParseNumbering("(一)主动公开").level, 2);
  EXPECT_EQ(ParseNumbering("1.政府门户网站").level, 3);
  EXPECT_EQ(ParseNumbering("1、政府门户网站").level, 3);
  EXPECT_EQ(ParseNumbering("(1)当面").level, 4);
  EXPECT_EQ(ParseNumbering("①当面").level, 5);
  EXPECT_EQ(ParseNumbering("## 二、情况").level, 2);
  EXPECT_EQ(ParseNumbering("一是加强").level, 0);
  EXPECT_EQ(ParseNumbering("2018年").level, 0);
  EXPECT_EQ(ParseNumbering("1.5万").level, 0);
}

TEST(Reader, HeadingsAndSectionsOfNumberedParagraphs) {
  Document doc = Parse("r.txt",
                       "  一、概述  \n\n  (一)主动公开政府信息的数量。2018年主动公开100条。\n\n"
                       "  (二)主要类别。其他。\n\n二、依申请\n\n正文。\n");
  ASSERT_EQ(doc.blocks.size(), 5u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(doc.blocks[0].level, 1);
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::kParagraph);
  EXPECT_EQ(doc.blocks[1].sections,
            (std::vector<std::string>{"一、概述", "(一)主动公开政府信息的数量"}));
  EXPECT_EQ(doc.blocks[2].sections, (std::vector<std::string>{"一、概述", "(二)主要类别"}));
  EXPECT_EQ(doc.blocks[4].sections, (std::vector<std::string>{"二、依申请"}));
}

TEST(Reader, OffsetsMapFiguresBackToLineAndColumn) {
  Document doc = Parse("r.txt", "标题\r\n\r\n全年主动公开政府信息３９１４２条。\r\n");
  const Block& para = doc.blocks[1];
  ASSERT_EQ(para.text.figures.figures.size(), 1u);
  const Figure& f = para.text.figures.figures[0];
  SourceSpan span = para.text.Source(f.begin, f.end);
  LineColumn lc = doc.Locate(span.begin);
  EXPECT_EQ(lc.line, 3u);
  EXPECT_EQ(lc.column, 11u);
  EXPECT_EQ(doc.source.substr(span.begin, span.end - span.begin), "３９１４２");
}

TEST(Reader, FlattenedTableIsRecoveredWithColumnsRightAligned) {
  Document doc =
      Parse("r.txt",
            "(二)附表:\n\n指 标 名 称\n\n计量单位\n\n2018年度\n\n历年累计\n\n"
            "主动公开文件数\n\n39142\n\n579574\n\n其中:1.政府网站公开数\n\n39142\n\n558145\n");
  const Block* table = FirstTable(doc);
  ASSERT_NE(table, nullptr);
  const Table& t = table->table;
  EXPECT_EQ(t.shape, "flattened");
  EXPECT_EQ(t.columns, 4);
  EXPECT_EQ(t.column_headers,
            (std::vector<std::string>{"指标名称", "计量单位", "2018年度", "历年累计"}));
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.row_labels[1], "主动公开文件数");
  EXPECT_EQ(t.rows[1][2].text.text, "39142");
  EXPECT_EQ(t.rows[1][3].text.text, "579574");
  EXPECT_EQ(t.rows[1][1].text.text, "");
  EXPECT_EQ(doc.Locate(t.rows[2][3].text.Source(0, 1).begin).line, 21u);
}

TEST(Reader, FlattenedRowWithADroppedValueIsNotGuessed) {
  Document doc = Parse("r.txt", "指标名称\n自然人\n法人\n总计\n申请数\n3\n3\n结转数\n1\n2\n3\n");
  const Block* table = FirstTable(doc);
  ASSERT_NE(table, nullptr);
  const Table& t = table->table;
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_FALSE(t.row_problems[1].empty());
  EXPECT_EQ(t.rows[1][3].text.text, "");
  EXPECT_TRUE(t.row_problems[2].empty());
  EXPECT_EQ(t.rows[2][3].text.text, "3");
}

TEST(Reader, MarkdownPipeTable) {
  Document doc =
      Parse("r.md", "# 标题\n\n| 指标 | 本年 | 累计 |\n|---|---|---|\n| 访问量 | 1,200 | 5000 |\n");
  const Block* table = FirstTable(doc);
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->table->shape, "pipe");
  EXPECT_EQ(table->table->column_headers[1], "本年");
  EXPECT_EQ(table->table->row_labels[1], "访问量");
  EXPECT_EQ(table->table->rows[1][1].text.text, "1,200");
}

TEST(Reader, MarkdownParagraphsJoinWrappedLines) {
  Document doc = Parse("r.md", "全年主动公开\n政府信息100条。\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text.text, "全年主动公开政府信息100条。");
}

TEST(Reader, Gb18030IsDecoded) {
  Result<std::string> gbk = ConvertToUtf8(
      "\xD6\xF7\xB6\xAF\xB9\xAB\xBF\xAA"
      "100",
      "GB18030");
  ASSERT_TRUE(gbk.ok());
  EXPECT_EQ(gbk.value(), "主动公开100");
  Result<DecodedText> d = DecodeToUtf8(
      "\xD6\xF7\xB6\xAF\xB9\xAB\xBF\xAA"
      "100");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d.value().encoding, "GB18030");
  EXPECT_EQ(d.value().text, "主动公开100");
}

TEST(Reader, BomIsDropped) {
  Document doc = Parse("r.txt", "\xEF\xBB\xBF主动公开100条");
  EXPECT_EQ(doc.encoding, "UTF-8 (BOM)");
  EXPECT_EQ(doc.blocks[0].text.text, "主动公开100条");
}

TEST(Reader, BadInputsAreNamedErrors) {
  EXPECT_EQ(ParseDocument("a.txt", "").error(), "a.txt: the file is empty");
  EXPECT_NE(ParseDocument("a.txt", "%PDF-1.7 ...")
                .error()
                .find("a.txt: not a text report: the file is a PDF"),
            std::string::npos);
  EXPECT_NE(ParseDocument("a.txt", std::string("ab\0cd", 5)).error().find("NUL"),
            std::string::npos);
  EXPECT_FALSE(ParseDocument("a.pdf", "x").ok());
}

}  // namespace
}  // namespace crossfoot

namespace crossfoot {
namespace {

const std::string kRoot = CROSSFOOT_SOURCE_DIR;

const Table* TableWithColumns(const Document& doc, int columns) {
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kTable && b.table->columns == columns) return &*b.table;
  }
  return nullptr;
}

TEST(HtmlReader, NationalTableThreeWithMergedCellsReadsIntoAGrid) {
  Result<Document> doc = ReadDocument(kRoot + "/fixtures/formats/table3-2021.html");
  ASSERT_TRUE(doc.ok()) << doc.error();
  const Table* t = TableWithColumns(doc.value(), 10);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->header_rows, 3);
  EXPECT_EQ(t->label_columns, 3);
  EXPECT_EQ(t->rows.size() - static_cast<size_t>(t->header_rows), 25u);  // R1, R2, 22 results, R23
  EXPECT_EQ(t->column_headers[3], "申请人情况›自然人");
  EXPECT_EQ(t->column_headers[4], "申请人情况›法人或其他组织›商业企业");  // "商业<br>企业"
  EXPECT_EQ(t->column_headers[5], "申请人情况›法人或其他组织›科研机构");  // "科研 机构"
  EXPECT_EQ(t->column_headers[9], "申请人情况›总计");
  EXPECT_EQ(t->row_labels[3], "一、本年新收政府信息公开申请数量");
  EXPECT_EQ(t->row_labels[7], "三、本年度办理结果›(三)不予公开›1.属于国家秘密");
  EXPECT_EQ(t->row_labels[25], "三、本年度办理结果›(六)其他处理›3.其他");
  EXPECT_EQ(t->row_labels[27], "四、结转下年度继续办理");
  // "/", "-" and "&nbsp;" cells are read as not reported.
  EXPECT_EQ(t->rows[25][3].text.text, "/");
  EXPECT_EQ(t->rows[25][4].text.text, "-");
  EXPECT_EQ(t->rows[25][5].text.text, "");
}

TEST(HtmlReader, FiguresPointIntoTheHtmlSource) {
  Result<Document> doc = ReadDocument(kRoot + "/fixtures/formats/table3-2021.html");
  ASSERT_TRUE(doc.ok());
  const Table* t = TableWithColumns(doc.value(), 10);
  const TextRun& cell = t->rows[3][9].text;  // 总计 of the first data row: 45
  SourceSpan span = cell.Source(0, cell.text.size());
  EXPECT_EQ(doc.value().source.substr(span.begin, span.end - span.begin), "45");
}

TEST(HtmlReader, KangxiRadicalsChromeAndUnits) {
  Result<Document> doc = ReadDocument(kRoot + "/fixtures/formats/table3-2021.html");
  ASSERT_TRUE(doc.ok());
  const Document& d = doc.value();
  EXPECT_EQ(d.blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(d.blocks[0].title, "一、总体情况");  // written with the Kangxi radical ⼀
  EXPECT_EQ(d.blocks[0].level, 1);
  for (const Block& b : d.blocks)
    EXPECT_EQ(b.text.text.find("首页"), std::string::npos);  // breadcrumb
  const Table* purchase = TableWithColumns(d, 3);
  ASSERT_NE(purchase, nullptr);
  std::optional<Figure> money = RecogniseCell(purchase->rows[1][2].text.text);
  ASSERT_TRUE(money.has_value());
  EXPECT_EQ(money->value.ToString(), "251000");
  EXPECT_EQ(money->unit, "元");
}

TEST(HtmlReader, EntitiesScriptsAndWhitespace) {
  Document doc =
      Parse("p.html",
            "<html><head><script>var a = 2018;</script></head><body><p>主动公开\n政府信息"
            "&nbsp;<b>39142</b>条</p><p>占&#49;1.58%</p></body></html>");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].text.text, "主动公开政府信息 39142条");
  EXPECT_EQ(doc.blocks[1].text.text, "占11.58%");
  const Figure& f = doc.blocks[1].text.figures.figures[0];
  SourceSpan span = doc.blocks[1].text.Source(f.begin, f.end);
  EXPECT_EQ(doc.source.substr(span.begin, span.end - span.begin), "&#49;1.58%");
}

TEST(HtmlReader, DeclaredCharsetAndGbk) {
  std::string page =
      "<html><head><meta charset=\"gbk\"></head><body><p>\xD6\xF7\xB6\xAF\xB9\xAB\xBF\xAA"
      "100</p></body></html>";
  Document doc = Parse("p.html", page);
  EXPECT_EQ(doc.encoding, "GB18030");
  EXPECT_EQ(doc.blocks[0].text.text, "主动公开100");
  EXPECT_EQ(DeclaredHtmlCharset(
                "<META http-equiv=\"Content-Type\" content=\"text/html; charset=GB2312\">"),
            "gb2312");
}

TEST(DocxReader, ParagraphsHeadingsAndTables) {
  Result<Document> doc = ReadDocument(kRoot + "/fixtures/formats/xiamen-2018.docx");
  ASSERT_TRUE(doc.ok()) << doc.error();
  const Document& d = doc.value();
  EXPECT_EQ(d.format, "docx");
  EXPECT_EQ(d.blocks[0].kind, BlockKind::kHeading);
  const Table* t = TableWithColumns(d, 4);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->name, "表1");
  EXPECT_EQ(t->row_labels[1], "主动公开文件数");
  EXPECT_EQ(t->rows[1][3].text.text, "579574");
}

TEST(DocxReader, DamagedArchivesAreNamedErrors) {
  EXPECT_EQ(ParseDocument("r.docx", "not a zip").error(),
            "r.docx: not a Word document: the file is not a ZIP archive");
  EXPECT_EQ(ParseDocument("r.docx", std::string("PK\x03\x04 broken", 11)).error(),
            "r.docx: not a readable Word document: the file is not a readable ZIP archive");
}

TEST(TextReader, TabSeparatedRowsKeepBlankCells) {
  Document doc = Parse("t.txt", "指标\t本年\t累计\n访问量\t1200\t5000\n申请数\t\t30\n");
  const Block* table = FirstTable(doc);
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->table->shape, "tab-separated");
  EXPECT_EQ(table->table->rows[2][1].text.text, "");
  EXPECT_EQ(table->table->rows[2][2].text.text, "30");
}

}  // namespace
}  // namespace crossfoot

namespace crossfoot {
namespace {

TEST(DocxReader, MergedCellsReadLikeTheHtmlTable) {
  Result<Document> html =
      ReadDocument(std::string(CROSSFOOT_SOURCE_DIR) + "/fixtures/formats/table3-2021.html");
  Result<Document> docx =
      ReadDocument(std::string(CROSSFOOT_SOURCE_DIR) + "/fixtures/formats/table3-2021.docx");
  ASSERT_TRUE(html.ok());
  ASSERT_TRUE(docx.ok()) << docx.error();
  const Table* a = TableWithColumns(html.value(), 10);
  const Table* b = TableWithColumns(docx.value(), 10);
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->header_rows, a->header_rows);
  EXPECT_EQ(b->label_columns, a->label_columns);
  EXPECT_EQ(b->column_headers, a->column_headers);  // gridSpan and vMerge in the header
  EXPECT_EQ(b->row_labels, a->row_labels);          // vMerge down the row groups
  for (size_t r = 0; r < a->rows.size(); ++r) {
    for (int c = a->label_columns; c < a->columns; ++c) {
      EXPECT_EQ(b->rows[r][c].text.text, a->rows[r][c].text.text) << r << "," << c;
    }
  }
}

}  // namespace
}  // namespace crossfoot
