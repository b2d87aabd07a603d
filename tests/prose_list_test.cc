// Breakdown lists in real report prose: what is read as a list, and what is not.
#include "engine/prose_list.h"

#include <gtest/gtest.h>

#include "figures/recognise.h"
#include "util/unicode.h"

namespace crossfoot {
namespace {

struct Read {
  std::string text;
  Recognised figures;
  std::optional<ProseList> list;
};

// Reads the list after the first figure written `total`.
Read ListAfter(const std::string& raw, const std::string& total) {
  Read r;
  r.text = NormaliseString(raw);
  r.figures = RecogniseFigures(r.text);
  for (size_t i = 0; i < r.figures.figures.size(); ++i) {
    if (r.figures.figures[i].written == total) {
      r.list = ReadProseList(r.text, r.figures.figures, i);
      break;
    }
  }
  return r;
}

std::vector<std::string> Parts(const Read& r, const std::vector<ProseListItem>& items) {
  std::vector<std::string> out;
  for (const ProseListItem& i : items) out.push_back(r.figures.figures[i.figure].written);
  return out;
}

TEST(ProseList, ABracketedListEndingWithOtherIsExhaustive) {
  // 平潭综合实验区 2019: the categories do not add up to 2599 (they give 2533).
  Read r = ListAfter(
      "我区政府信息公开单位共公布政府信息2599条，("
      "其中机构职能类信息25条，政策、规范性文件类信息68条，"
      "规划计划类信息28条，其他应主动公开政府信息856条)"
      "对于主动公开的政府信息，主要通过政府门户网站发布。",
      "2599");
  ASSERT_TRUE(r.list);
  EXPECT_EQ(Parts(r, r.list->items), (std::vector<std::string>{"25", "68", "28", "856"}));
  EXPECT_TRUE(r.list->exhaustive);
}

TEST(ProseList, AListWithoutOtherIsASelection) {
  // 咸宁市审计局 2024, with a nested list in brackets.
  Read r = ListAfter(
      "2024年主动公开政府信息698条，其中政务动态信息407条（工作动态287条，专题专栏信息106条，通知公"
      "告14条），"
      "政府信息公开信息155条，互动交流和网上服务类信息19条，综合文苑信息117条。政务微信发布信息302"
      "篇。",
      "698");
  ASSERT_TRUE(r.list);
  EXPECT_EQ(Parts(r, r.list->items), (std::vector<std::string>{"407", "155", "19", "117"}));
  EXPECT_FALSE(r.list->exhaustive);
  EXPECT_EQ(Parts(r, r.list->items[0].parts), (std::vector<std::string>{"287", "106", "14"}));
}

TEST(ProseList, SharesAttachToTheirPartsAndTheListMayOpenWithZhong) {
  // 平潭县 2012: "在…网站主动公开的2026条政府信息中，…161条，占7.9%；…"
  Read r = ListAfter(
      "在平潭综合实验区管委会网站主动公开的2026条政府信息中，机构职能、主要职能、办事程序信息161条"
      "，占7.9%；"
      "政策、规范性文件类信息221条，占10.9%；规划计划类信息60条，占2.9%。在互联网上，另有1795条。",
      "2026");
  ASSERT_TRUE(r.list);
  ASSERT_EQ(r.list->items.size(), 3u);
  ASSERT_TRUE(r.list->items[0].share);
  EXPECT_EQ(r.figures.figures[*r.list->items[0].share].written, "7.9%");
  EXPECT_FALSE(r.list->exhaustive);
}

TEST(ProseList, AHedgedOrUnfinishedListIsNeverExhaustive) {
  Read hedged =
      ListAfter("共收到申请30件，其中主要有当面申请10件，网上申请15件，其他申请5件。", "30");
  ASSERT_TRUE(hedged.list);
  EXPECT_FALSE(hedged.list->exhaustive);
  // The list stops at a clause that is not a part ("等"): what follows is not known.
  Read open = ListAfter("共收到申请30件，其中当面申请10件，其他申请5件等，均已答复。", "30");
  ASSERT_TRUE(open.list == std::nullopt || !open.list->exhaustive);
}

TEST(ProseList, NoListWithoutQiZhongOrInAnotherUnit) {
  EXPECT_FALSE(ListAfter("主动公开信息30条，网站发布20条，微博发布10条。", "30").list);
  EXPECT_FALSE(ListAfter("受理申请30件，其中答复20人，其他10人。", "30").list);
}

}  // namespace
}  // namespace crossfoot
