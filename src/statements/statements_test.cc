// The statements stage on sentences of real reports (each names its source): what it reads,
// and what it declines to read.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "read/read_document.h"
#include "statements/parse_statements.h"

namespace crossfoot {
namespace {

Document Read(const std::string& text) {
  Result<Document> doc = ParseDocument("statement.txt", text);
  EXPECT_TRUE(doc.ok());
  return std::move(doc.value());
}

std::vector<std::string> Parts(const Document& doc, const Breakdown& b) {
  std::vector<std::string> out;
  for (const StatedPart& p : b.parts) out.push_back(FigureAt(doc, p.figure).written);
  return out;
}

TEST(Statements, ACatchAllAnywhereMakesAListExhaustive) {
  // 北京街道办事处 2020: 其他文件信息 stands second, 其他信息 last.
  Document doc = Read(
      "北京街道办事处全年主动公开政府信息86条,其中:组织机构类信息2条;其他文件信息5条;政务(工作)"
      "动态类信息"
      "73条;财政预决算信息2条;办事指南类信息1条;政府工作报告1条;政府信息公开工作年度报告1条;"
      "其他信息1条。");
  ASSERT_EQ(doc.statements.breakdowns.size(), 1u);
  const Breakdown& b = doc.statements.breakdowns[0];
  EXPECT_EQ(FigureAt(doc, b.whole).written, "86");
  EXPECT_EQ(Parts(doc, b), (std::vector<std::string>{"2", "5", "73", "2", "1", "1", "1", "1"}));
  EXPECT_EQ(b.relation, PartsRelation::kExhaustive);
}

TEST(Statements, CategoriesWithoutACatchAllAreDisjoint) {
  // 思南县亭子坝镇 2014: a 、 inside one name does not make two parts.
  Document doc = Read(
      "2014年我镇主动公开政府信息数160条,其中,综合政务59条;人事工作信息1条;财政信息5条;教育8条;"
      "重要工作会"
      "议22条;安全监管45条;人口计划和生育、妇女儿童28条;监察信息2条。");
  ASSERT_EQ(doc.statements.breakdowns.size(), 1u);
  const Breakdown& b = doc.statements.breakdowns[0];
  EXPECT_EQ(b.parts.size(), 8u);
  EXPECT_EQ(b.parts[6].label, "人口计划和生育、妇女儿童");
  EXPECT_EQ(b.relation, PartsRelation::kDisjoint);
}

TEST(Statements, ABracketNeverClosedRunsToItsSentenceEndAndIsNeverExhaustive) {
  // 同心县自然资源局 2021 writes "(其中:…2条。" and never closes the bracket; the catch-all is
  // ours, to show that such a list is never read as the whole of its parts.
  Document doc = Read(
      "2021年我局通过政府门户网站公开195条信息(其中:“征地公告”栏目发布信息5条,“专项规划”栏目"
      "发布信息1条,其他栏目发布信息189条。通过微信工作群公开200余条。");
  ASSERT_EQ(doc.statements.breakdowns.size(), 1u);
  const Breakdown& b = doc.statements.breakdowns[0];
  EXPECT_EQ(Parts(doc, b), (std::vector<std::string>{"5", "1", "189"}));
  EXPECT_EQ(b.relation, PartsRelation::kDisjoint);
  EXPECT_NE(b.why.find("never closed"), std::string::npos);
}

TEST(Statements, SharesWithoutTheirCountsAreAListOfShares) {
  // 其中…占40%,…占50%: the parts are named by their shares of the whole alone.
  Document doc = Read(
      "2022年全年主动公开政府信息500条,其中规范性文件占40%,工作动态占总数的50%,人事信息占比30%。");
  EXPECT_TRUE(doc.statements.breakdowns.empty());
  ASSERT_EQ(doc.statements.share_lists.size(), 1u);
  const ShareList& l = doc.statements.share_lists[0];
  ASSERT_EQ(l.parts.size(), 3u);
  EXPECT_EQ(l.parts[0].label, "规范性文件");
  EXPECT_EQ(FigureAt(doc, l.parts[1].figure).written, "50%");
  EXPECT_EQ(l.relation, PartsRelation::kDisjoint);
  // A share of a whole it names otherwise ends the list.
  Document other =
      Read("全年主动公开政府信息500条,其中规范性文件占本部门文件的40%,工作动态占50%。");
  EXPECT_TRUE(other.statements.share_lists.empty());
}

TEST(Statements, PublicationChannelsMayOverlap) {
  // 和平街道 2020: every channel carries all 73 items.
  Document doc = Read(
      "2020年和平街道主动公开政府信息73条,其中依托梅河口市政府网站主动公开信息73条;"
      "通过政务微信公众号“梅河口"
      "市和平街道办事处”公开政府信息73条;通过政务公开栏公开政府信息73条。");
  ASSERT_EQ(doc.statements.breakdowns.size(), 1u);
  EXPECT_EQ(doc.statements.breakdowns[0].relation, PartsRelation::kOverlapping);
}

TEST(Statements, ApplicationChannelsAreDisjoint) {
  Document doc = Read(
      "2018年我办收到依申请公开共525件。其中当面申请为312件,传真申请为7件,网络申请为136件,"
      "信函申请为70件。");
  ASSERT_EQ(doc.statements.breakdowns.size(), 1u);
  const Breakdown& b = doc.statements.breakdowns[0];
  EXPECT_EQ(FigureAt(doc, b.whole).written, "525");  // 其中 opens the next sentence
  EXPECT_EQ(b.relation, PartsRelation::kDisjoint);
}

TEST(Statements, QiZhongAfterASentenceOfSeveralCountsIsDeclined) {
  Document doc =
      Read("我办按时办结数517件,延期办结8件。其中属于已经主动公开的2件,同意公开答复292件。");
  EXPECT_TRUE(doc.statements.breakdowns.empty());
  ASSERT_FALSE(doc.statements.skipped.empty());
}

TEST(Statements, AListAfterTheSecondCountOfAStatementIsDeclined) {
  // 怀化 2022: whether 其中 lists the 9, the 1 or both is not known.
  Document doc =
      Read("2022年,我县收到政府信息依申请公开9件,上年转结1件,其中网络申请数5件,信函申请数5件。");
  EXPECT_TRUE(doc.statements.breakdowns.empty());
}

TEST(Statements, ANestedListWrittenFlatIsNoPartition) {
  // 安徽 2013: stages (受理, 办结), then outcomes, in one list.
  Document doc = Read(
      "收到涉及政府信息公开的复议申请40件,其中受理40件,办结36件,维持具体行政行为25件,纠错2件,"
      "其它情况9件。");
  ASSERT_EQ(doc.statements.breakdowns.size(), 1u);
  EXPECT_EQ(doc.statements.breakdowns[0].relation, PartsRelation::kOverlapping);
}

TEST(Statements, FacetsListTheSameWholeTwice) {
  // 安庆市财政局 2019: by content, then by outcome (closed by 其他情况).
  Document doc = Read(
      "本机关共受理政府信息公开申请15件,其中通过网上提交申请表方式提出的政府信息公开请求9件,"
      "通过信函方式提出"
      "申请6件,通过现场申请0件。申请内容和办理情况。全部按时答复。其中:在申请内容方面,"
      "申请公开预决算、地方债务"
      "信息的7件;综合政务信息的8件;在办理结果方面,同意公开的有1件,部分公开的有3件,已公开的有3件,"
      "其他情况(如"
      "所申请的信息不存在)7件。");
  ASSERT_EQ(doc.statements.breakdowns.size(), 3u);
  EXPECT_EQ(Parts(doc, doc.statements.breakdowns[1]), (std::vector<std::string>{"7", "8"}));
  const Breakdown& outcomes = doc.statements.breakdowns[2];
  EXPECT_EQ(FigureAt(doc, outcomes.whole).written, "15");
  EXPECT_EQ(Parts(doc, outcomes), (std::vector<std::string>{"1", "3", "3", "7"}));
  EXPECT_EQ(outcomes.relation, PartsRelation::kExhaustive);
}

TEST(Statements, ABracketHoldsAPartsOwnList) {
  // 咸宁市审计局 2024.
  Document doc = Read(
      "2024年主动公开政府信息698条,其中政务动态信息407条(工作动态287条,专题专栏信息106条,"
      "通知公告14条),政府"
      "信息公开信息155条,互动交流和网上服务类信息19条,综合文苑信息117条。");
  ASSERT_EQ(doc.statements.breakdowns.size(), 2u);
  const Breakdown* inner = nullptr;
  for (const Breakdown& b : doc.statements.breakdowns) {
    if (b.depth == 1) inner = &b;
  }
  ASSERT_NE(inner, nullptr);
  EXPECT_EQ(FigureAt(doc, inner->whole).written, "407");
  EXPECT_EQ(Parts(doc, *inner), (std::vector<std::string>{"287", "106", "14"}));
}

TEST(Statements, AShareFollowsItsPartAndMayNameItsWhole) {
  Document doc = Read(
      "在平潭综合实验区管委会网站主动公开的2026条政府信息中,机构职能信息161条,占7.9%;"
      "政策、规范性文件类信息"
      "221条,占10.9%。");
  ASSERT_EQ(doc.statements.breakdowns.size(), 1u);
  const Breakdown& b = doc.statements.breakdowns[0];
  EXPECT_EQ(FigureAt(doc, b.whole).written, "2026");
  ASSERT_TRUE(b.parts[0].share.has_value());
  EXPECT_EQ(FigureAt(doc, *b.parts[0].share).written, "7.9%");
  EXPECT_EQ(FigureAt(doc, *b.parts[1].share).written, "10.9%");
}

TEST(Statements, ARateNeedsBothItsCountsInItsSentence) {
  Document doc = Read(
      "2023年新收政府信息公开申请10件,上年结转2件,办结12件,办结率100%。办结率和满意率均为100%。");
  ASSERT_EQ(doc.statements.rates.size(), 1u);
  const StatedRate& r = doc.statements.rates[0];
  EXPECT_EQ(r.name, "办结率");
  EXPECT_EQ(FigureAt(doc, r.numerator).written, "12");
  EXPECT_EQ(FigureAt(doc, r.denominator).written, "10");
  ASSERT_TRUE(r.carried.has_value());
  EXPECT_EQ(FigureAt(doc, *r.carried).written, "2");
}

TEST(Statements, AChangeInUnitEndsTheList) {
  // 新媒体70个, 其中微博29个, 共发布信息1992条: the 1992 is no part of the 70.
  Document doc = Read(
      "我区各部门共开设新媒体数量70个。其中微博29个,共发布信息1992条;微信公众号41个,"
      "共发布信息3404条。");
  ASSERT_EQ(doc.statements.breakdowns.size(), 1u);
  EXPECT_EQ(Parts(doc, doc.statements.breakdowns[0]), (std::vector<std::string>{"29", "41"}));
}

}  // namespace
}  // namespace crossfoot
