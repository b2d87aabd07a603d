// Tables a crawler wrote with bar-closed cells, read from the text of real report pages (each
// test names its source in fixtures/real/harvest/dev).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "read/read_document.h"

namespace crossfoot {
namespace {

Document Read(const std::string& text) {
  Result<Document> doc = ParseDocument("bars.txt", text);
  EXPECT_TRUE(doc.ok());
  return std::move(doc.value());
}

std::vector<const Table*> Tables(const Document& doc) {
  std::vector<const Table*> out;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kTable) out.push_back(&*b.table);
  }
  return out;
}

int RowOf(const Table& t, const std::string& label_end) {
  for (size_t r = 0; r < t.row_labels.size(); ++r) {
    const std::string& l = t.row_labels[r];
    if (l.size() >= label_end.size() &&
        l.compare(l.size() - label_end.size(), label_end.size(), label_end) == 0)
      return static_cast<int>(r);
  }
  return -1;
}

// h1-18-changchun-erdao-fwzsb-2022, table 二: one table four positions wide, each part a title,
// a header of a label and one value column, and rows padded by two bars.
TEST(BarCellsTable, PaddedPartsSplitWithTheirOwnHeaders) {
  Document doc = Read(
      "二、主动公开政府信息情况\n"
      "第二十条 第(一)项 |\n|||\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n"
      "规章 |\n0 |\n0 |\n0 |\n行政规范性文件 |\n0 |\n0 |\n0 |\n"
      "第二十条 第(五)项 |\n|||\n信息内容 |\n本年处理决定数量 |\n||\n行政许可 |\n0 |\n||\n"
      "第二十条 第(六)项 |\n|||\n信息内容 |\n本年处理决定数量 |\n||\n行政处罚 |\n0 |\n||\n"
      "行政强制 |\n3 |\n||\n");
  std::vector<const Table*> tables = Tables(doc);
  ASSERT_EQ(tables.size(), 3u);
  const Table& first = *tables[0];
  EXPECT_EQ(first.shape, "bar cells");
  EXPECT_EQ(first.columns, 4);
  EXPECT_EQ(first.column_headers[3], "第二十条第(一)项›现行有效件数");
  EXPECT_EQ(first.row_labels[RowOf(first, "行政规范性文件")], "行政规范性文件");
  // A part with one value column: its label spans the three label positions, its figure
  // stands under 本年处理决定数量.
  const Table& third = *tables[2];
  EXPECT_EQ(third.label_columns, 3);
  const int compel = RowOf(third, "行政强制");
  ASSERT_GE(compel, 0);
  EXPECT_EQ(third.rows[compel][3].text.text, "3");
  EXPECT_EQ(third.column_headers[3], "第二十条第(六)项›本年处理决定数量");
  EXPECT_TRUE(third.header_problem.empty());
}

// h1-18-changchun-erdao-fwzsb-2022, table 三: ten positions wide (three label columns, seven
// applicant columns). Row-group labels are missing where the page merged them; a row numbered
// deeper than the label above continues it. 予以公开 ends in a one-bar pad, not a blank cell.
TEST(BarCellsTable, MergedLabelsContinueOnlyUnderShallowerNumbering) {
  Document doc = Read(
      "三、收到和处理政府信息公开申请情况\n"
      "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |\n申请人情况 |\n||||||||\n"
      "自然人 |\n法人或其他组织 |\n总计 |\n|||||||\n"
      "商业企业 |\n科研机构 |\n社会公益组织 |\n法律服务机构 |\n其他 |\n|||||\n"
      "一、本年新收政府信息公开申请数量 |\n56 |\n|\n|\n|\n|\n|\n56 |\n||\n"
      "二、上年结转政府信息公开申请数量 |\n0 |\n|\n|\n|\n|\n|\n0 |\n||\n"
      "三、本年度办理结果 |\n(一)予以公开 |\n18 |\n|\n|\n|\n|\n|\n|\n|\n"
      "(二)部分公开 |\n|\n|\n|\n|\n|\n|\n|\n||\n"
      "(三)不予公开 |\n1.属于国家秘密 |\n|\n|\n|\n|\n|\n|\n|\n|\n"
      "2.其他法律行政法规禁止公开 |\n|\n|\n|\n|\n|\n|\n|\n||\n"
      "(四)无法提供 |\n1.本机关不掌握相关政府信息 |\n3 |\n|\n|\n|\n|\n|\n3 |\n|\n"
      "(五)不予处理 |\n1.信访举报投诉类申请 |\n|\n|\n|\n|\n|\n|\n|\n|\n"
      "(七)总计 |\n21 |\n|\n|\n|\n|\n|\n21 |\n||\n"
      "四、结转下年度继续办理 |\n35 |\n|\n|\n|\n|\n|\n35 |\n||\n");
  std::vector<const Table*> tables = Tables(doc);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = *tables[0];
  EXPECT_EQ(t.columns, 10);
  EXPECT_EQ(t.label_columns, 3);
  EXPECT_FALSE(t.header_problem.empty());  // the applicant header lost its spans
  const int grant = RowOf(t, "(一)予以公开");
  ASSERT_GE(grant, 0);
  EXPECT_EQ(t.row_labels[grant], "三、本年度办理结果›(一)予以公开");
  EXPECT_EQ(t.rows[grant][3].text.text, "18");
  EXPECT_EQ(t.rows[grant][9].text.text, "");  // its 总计 left blank
  EXPECT_EQ(t.row_labels[RowOf(t, "2.其他法律行政法规禁止公开")],
            "三、本年度办理结果›(三)不予公开›2.其他法律行政法规禁止公开");
  // (七) is numbered as (六) is, so it continues only 三、 and spans the other two positions.
  const int total = RowOf(t, "(七)总计");
  ASSERT_GE(total, 0);
  EXPECT_EQ(t.row_labels[total], "三、本年度办理结果›(七)总计");
  EXPECT_EQ(t.rows[total][9].text.text, "21");
  // 四、 is as shallow as 三、: it continues nothing.
  EXPECT_EQ(t.row_labels[RowOf(t, "四、结转下年度继续办理")], "四、结转下年度继续办理");
}

// h1-17-jiuyuan-zhengwufuwuju-2022: rows written on one line each, padded at the line's end;
// the excerpt ends inside a row, whose missing cells are unknown, not blank.
TEST(BarCellsTable, RowsOnOneLineAndARowTheTextCutShort) {
  Document doc = Read(
      "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||\n"
      "自然人 | 法人或其他组织 | 总计 | |||||||\n"
      "商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||\n"
      "一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | ||\n"
      "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||\n"
      "三、本年度办理结果 | (一)予以公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | |\n"
      "(三)不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | |\n"
      "4.保护第三方合法权益 | 1 | ");
  std::vector<const Table*> tables = Tables(doc);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = *tables[0];
  EXPECT_EQ(t.columns, 10);
  const int received = RowOf(t, "一、本年新收政府信息公开申请数量");
  ASSERT_GE(received, 0);
  EXPECT_EQ(t.rows[received][9].text.text, "1");
  const int cut = RowOf(t, "4.保护第三方合法权益");
  ASSERT_GE(cut, 0);
  EXPECT_FALSE(t.row_problems[cut].empty());
  EXPECT_EQ(t.unplaced[cut].size(), 1u);
  for (int c = t.label_columns; c < t.columns; ++c) EXPECT_EQ(t.rows[cut][c].text.text, "");
}

// Lines that end in a bar without any padding line are not this kind of table.
TEST(BarCellsTable, NoPaddingLineNoTable) {
  Document doc = Read("名称 |\n数量 |\n甲 |\n1 |\n乙 |\n2 |\n");
  for (const Table* t : Tables(doc)) EXPECT_NE(t->shape, "bar cells");
}

}  // namespace
}  // namespace crossfoot
