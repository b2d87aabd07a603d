// The layout-table builder on text aligned in columns by spaces (the shape of pdftotext
// -layout output): columns from where the figures stand, blank cells, wrapped labels, page
// breaks, and rows whose placement is in doubt.
#include "read/layout_table.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "read/layout_text.h"
#include "read/read_document.h"
#include "read/source_lines.h"

namespace crossfoot {
namespace {

const Table& OnlyTable(const Document& doc) {
  const Table* found = nullptr;
  for (const Block& b : doc.blocks) {
    if (b.kind != BlockKind::kTable) continue;
    EXPECT_EQ(found, nullptr) << "more than one table";
    found = &*b.table;
  }
  EXPECT_NE(found, nullptr);
  static const Table kNone;
  return found != nullptr ? *found : kNone;
}

Document Parse(const std::string& text) {
  Result<Document> doc = ParseDocument("r.txt", text);
  EXPECT_TRUE(doc.ok());
  return std::move(doc).value();
}

// A line with each text starting at the given code-point position (as pdftotext lays it out).
std::string At(std::initializer_list<std::pair<std::string, size_t>> cells) {
  std::string line;
  size_t x = 0;
  for (const auto& [text, at] : cells) {
    line += std::string(at > x ? at - x : 1, ' ');
    x = std::max(at, x + 1);
    line += text;
    for (unsigned char c : text) x += (c & 0xC0) != 0x80 ? 1 : 0;
  }
  return line + "\n";
}

std::vector<std::string> Cells(const Table& t, int row) {
  std::vector<std::string> out;
  for (const Cell& c : t.rows[static_cast<size_t>(row)]) out.push_back(c.text.text);
  return out;
}

TEST(LayoutTable, ColumnsAreWhereTheFiguresStandAndABlankStaysBlank) {
  Document doc = Parse(
      At({{"信息内容", 0}, {"本年制发件数", 12}, {"本年废止件数", 24}, {"现行有效件数", 36}}) +
      "\n" + At({{"规章", 0}, {"1", 14}, {"0", 26}, {"11", 38}}) +
      At({{"行政规范性文件", 0}, {"8", 14}, {"66", 38}}));
  const Table& t = OnlyTable(doc);
  EXPECT_EQ(t.shape, "layout");
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.column_headers,
            (std::vector<std::string>{"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"}));
  EXPECT_EQ(Cells(t, 1), (std::vector<std::string>{"规章", "1", "0", "11"}));
  // The blank cell is blank: 66 stays under 现行有效件数, never shifted left into it.
  EXPECT_EQ(Cells(t, 2), (std::vector<std::string>{"行政规范性文件", "8", "", "66"}));
  EXPECT_EQ(t.row_problems[2], "");
}

TEST(LayoutTable, WrappedLabelsJoinTheirRowGroupCellsDoNot) {
  Document doc =
      Parse(At({{"项目", 0}, {"自然人", 40}, {"总计", 50}}) +
            At({{"（一）予以公开", 6}, {"12", 41}, {"12", 50}}) +
            At({{"（二）部分公开（区分处理的，只计这一情", 6}}) + At({{"3", 42}, {"3", 51}}) +
            At({{"形，不计其他情形）", 6}}) + "\n" + At({{"（三）不", 0}}) +
            At({{"1.属于国家秘密", 13}, {"1", 42}, {"1", 51}}) + At({{"予公开", 0}}) +
            At({{"2.其他法律行政法规禁止", 13}}) + At({{"公开", 13}, {"2", 42}, {"2", 51}}));
  const Table& t = OnlyTable(doc);
  ASSERT_EQ(t.rows.size(), 5u);
  EXPECT_EQ(t.row_labels[1], "(一)予以公开");
  EXPECT_EQ(t.row_labels[2], "(二)部分公开(区分处理的,只计这一情形,不计其他情形)");
  EXPECT_EQ(t.row_labels[3], "1.属于国家秘密");
  EXPECT_EQ(t.row_labels[4], "2.其他法律行政法规禁止公开");
  EXPECT_EQ(Cells(t, 2)[1], "3");
}

TEST(LayoutTable, ATableRunsOverAPageBreakWithoutItsPageNumber) {
  // pdftotext lays out each page afresh: the columns stand elsewhere on the next page.
  Document doc = Parse(
      "项目                     甲       乙\n"
      "一、本年新收            10        2\n"
      "二、上年结转             3        0\n"
      "\n"
      "                                -3-\n"
      "\f四、结转下年度      4      1\n"
      "五、其他            0      0\n");
  const Table& t = OnlyTable(doc);
  ASSERT_EQ(t.rows.size(), 5u);
  EXPECT_EQ(Cells(t, 3), (std::vector<std::string>{"四、结转下年度", "4", "1"}));
  EXPECT_EQ(Cells(t, 4), (std::vector<std::string>{"五、其他", "0", "0"}));
  for (const std::string& label : t.row_labels) EXPECT_EQ(label.find("-3-"), std::string::npos);
}

TEST(LayoutTable, ARowWhosePlaceIsInDoubtIsLeftUnplacedWithTheReason) {
  Document doc = Parse(
      "项目                甲       乙       丙\n"
      "第一行             10        2        3\n"
      "第二行              3        0        1\n"
      "\f第三行      4\n"
      "第四行      5\n");
  const Table& t = OnlyTable(doc);
  ASSERT_EQ(t.rows.size(), 5u);
  // On the second page only one column of figures stands: which one cannot be known.
  EXPECT_NE(t.row_problems[3].find("columns"), std::string::npos) << t.row_problems[3];
  EXPECT_EQ(Cells(t, 3), (std::vector<std::string>{"第三行", "", "", ""}));
  ASSERT_EQ(t.unplaced[3].size(), 1u);
  EXPECT_EQ(t.unplaced[3][0].text.text, "4");
}

TEST(LayoutTable, ProseAndPageNumbersAreNoTable) {
  Document doc = Parse(
      "2024 年，全市共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件）。\n"
      "                                          -1-\n");
  for (const Block& b : doc.blocks) EXPECT_NE(b.kind, BlockKind::kTable);
  EXPECT_TRUE(IsPageNumberLine("-3-"));
  EXPECT_TRUE(IsPageNumberLine("3/7"));
  EXPECT_TRUE(IsPageNumberLine("第3页共7页"));
  EXPECT_FALSE(IsPageNumberLine("3119"));
}

// A text none of whose lines has two cells cannot hold a layout table, so its lines are not
// laid out (a document of many short paragraphs kept a cell for every line); one line of two
// cells, separated by any two blanks (U+3000 and NBSP too), lays out every line.
TEST(LayoutTable, LinesAreLaidOutOnlyWhenOneHasTwoCells) {
  auto layout = [](const std::string& text) { return TextLayoutLines(text, SplitLines(text)); };
  EXPECT_TRUE(layout("共5件\n\n共6件\n  缩进 一个空格 分隔\n末尾两个空格  \n").empty());
  EXPECT_TRUE(layout("\f第一页\n").empty());
  for (const std::string gap : {"  ", "\t\t", "\u3000\u3000", "\u00a0 ", " \f "}) {
    const std::string text = "共5件\n\n合计" + gap + "12\n";
    std::vector<LayoutLine> lines = layout(text);
    ASSERT_EQ(lines.size(), SplitLines(text).size()) << gap;
    EXPECT_EQ(lines[2].cells.size(), 2U) << gap;
    EXPECT_EQ(lines[0].cells.size(), 1U) << gap;
  }
}

}  // namespace
}  // namespace crossfoot
