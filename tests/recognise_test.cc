#include "figures/recognise.h"

#include <gtest/gtest.h>

#include "figures/describe.h"
#include "util/unicode.h"

namespace crossfoot {
namespace {

Recognised Read(std::string_view text) { return RecogniseFigures(NormaliseString(text)); }

std::vector<std::string> Written(const Recognised& r) {
  std::vector<std::string> out;
  for (const Figure& f : r.figures) out.push_back(f.written);
  return out;
}

std::vector<std::string> SkippedKinds(const Recognised& r) {
  std::vector<std::string> out;
  for (const NonFigure& n : r.skipped) out.push_back(n.written + ":" + n.kind);
  return out;
}

TEST(Recognise, PlainIntegersAreExactPoints) {
  Recognised r = Read("主动公开政府信息39142条");
  ASSERT_EQ(r.figures.size(), 1u);
  EXPECT_EQ(r.figures[0].written, "39142");
  EXPECT_EQ(r.figures[0].interval.ToString(), "39142");
}

TEST(Recognise, PercentCoversItsRoundingInterval) {
  Recognised r = Read("占45.46%");
  ASSERT_EQ(r.figures.size(), 1u);
  EXPECT_TRUE(r.figures[0].percent);
  EXPECT_EQ(r.figures[0].written, "45.46%");
  EXPECT_EQ(r.figures[0].interval.ToString(), "[45.455, 45.465]");
}

TEST(Recognise, FactsShowPercentagePointsAsTheirOwnKind) {
  // `crossfoot facts` tells a rule author that 3个百分点 is not 3% (nor a count of 3).
  Recognised zh = Read("比上年增长3个百分点，占45.46%，共3条");
  ASSERT_EQ(zh.figures.size(), 3u);
  EXPECT_EQ(DescribeFigure(zh.figures[0]),
            zh.figures[0].written + " = [2.5, 3.5] percentage points");
  EXPECT_EQ(DescribeFigure(zh.figures[1]), "45.46% = [45.455, 45.465] %");
  EXPECT_EQ(DescribeFigure(zh.figures[2]), "3 = 3");
  Recognised en = Read("the rate fell 3 percentage points");
  ASSERT_EQ(en.figures.size(), 1u);
  EXPECT_EQ(DescribeFigure(en.figures[0]), "3 percentage points = [2.5, 3.5] percentage points");
}

TEST(Recognise, FullWidthDigitsAndPercentAreNormalised) {
  Recognised r = Read("占４５．４６％");
  ASSERT_EQ(r.figures.size(), 1u);
  EXPECT_EQ(r.figures[0].value.ToString(), "45.46");
  EXPECT_TRUE(r.figures[0].percent);
}

TEST(Recognise, SpacedPercent) {
  Recognised r = Read("比例为2.8 %");
  ASSERT_EQ(r.figures.size(), 1u);
  EXPECT_EQ(r.figures[0].written, "2.8 %");
}

TEST(Recognise, ThousandsSeparatorsOnlyWhereTheyAreSeparators) {
  EXPECT_EQ(Read("收到1,235件").figures[0].value.ToString(), "1235");
  EXPECT_EQ(Read("收到1，235件").figures[0].value.ToString(), "1235");
  EXPECT_EQ(Written(Read("本年7件,上年度结转1件")), (std::vector<std::string>{"7", "1"}));
}

TEST(Recognise, MagnitudesScaleAndRoundAtTheWrittenDigit) {
  Recognised r = Read("4.5万篇");
  ASSERT_EQ(r.figures.size(), 1u);
  EXPECT_EQ(r.figures[0].written, "4.5万");
  EXPECT_EQ(r.figures[0].interval.ToString(), "[44500, 45500]");
}

TEST(Recognise, MoreQualifiersReachTheNextStep) {
  EXPECT_EQ(Read("1600多份").figures[0].interval.ToString(), "[1600, 1700]");
  EXPECT_EQ(Read("40余家").figures[0].interval.ToString(), "[40, 50]");
  EXPECT_EQ(Read("31339余条").figures[0].interval.ToString(), "[31339, 31340]");
  EXPECT_EQ(Read("67.2万余册").figures[0].interval.ToString(), "[672000, 673000]");
  EXPECT_EQ(Read("300多万份").figures[0].interval.ToString(), "[3000000, 4000000]");
  EXPECT_EQ(Read("40余家").figures[0].written, "40");
}

TEST(Recognise, BoundQualifiers) {
  Recognised at_least = Read("公开率达45.46%以上");
  EXPECT_EQ(at_least.figures[0].qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(at_least.figures[0].interval.ToString(), "≥ 45.455");
  EXPECT_EQ(Read("超过2300人").figures[0].qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(Read("近80万条").figures[0].qualifier, Qualifier::kAtMost);
  EXPECT_EQ(Read("不足30件").figures[0].interval.ToString(), "≤ 30");
}

TEST(Recognise, ApproximateFiguresAreMarked) {
  Recognised r = Read("缩短约5.5个工作日");
  ASSERT_EQ(r.figures.size(), 1u);
  EXPECT_TRUE(r.figures[0].approximate());
  EXPECT_TRUE(Read("100人左右").figures[0].approximate());
}

TEST(Recognise, NegativeNumbers) {
  Recognised r = Read("本年增/减 -8");
  ASSERT_EQ(r.figures.size(), 1u);
  EXPECT_EQ(r.figures[0].value.ToString(), "-8");
}

TEST(Recognise, YearsDatesAndPeriodsAreNotFigures) {
  Recognised r = Read("自2018年1月1日至12月31日");
  EXPECT_TRUE(r.figures.empty());
  EXPECT_EQ(SkippedKinds(r),
            (std::vector<std::string>{"2018:year", "1:date", "1:date", "12:date", "31:date"}));
  EXPECT_TRUE(Read("日期:2019-07-18").figures.empty());
  EXPECT_EQ(SkippedKinds(Read("日期:2019-07-18")), (std::vector<std::string>{"2019-07-18:date"}));
}

TEST(Recognise, DocumentNumbersAreNotFigures) {
  EXPECT_TRUE(Read("(国办发〔2018〕23号)").figures.empty());
  EXPECT_TRUE(Read("闽政办〔2018〕43号").figures.empty());
  EXPECT_TRUE(Read("呼政办发【2019】2-116号").figures.empty());
  EXPECT_TRUE(Read("国务院令第711号").figures.empty());
  EXPECT_TRUE(Read("国办公开办函〔202130号").figures.empty());
}

TEST(Recognise, ContactDetailsAreNotFigures) {
  Recognised r = Read("邮编:361012,电话:0592-2891388,电子邮箱:xmzfxxgk@xm.gov.cn");
  EXPECT_TRUE(r.figures.empty());
  EXPECT_EQ(SkippedKinds(r), (std::vector<std::string>{"361012:postcode", "0592-2891388:phone"}));
  EXPECT_TRUE(Read("电话:83126452").figures.empty());
  EXPECT_TRUE(Read("网站(http://www.xm.gov.cn)").figures.empty());
  EXPECT_TRUE(Read("索引号 014416330/2018-04736").figures.empty());
}

TEST(Recognise, ListNumberingAndAddressesAreNotFigures) {
  EXPECT_TRUE(Read("1.政府网站公开数").figures.empty());
  EXPECT_TRUE(Read("其中:2.网络申请数").figures.empty());
  EXPECT_TRUE(Read("(1)当面申请").figures.empty());
  EXPECT_TRUE(Read("湖滨北路61号市行政中心西楼619室").figures.empty());
  EXPECT_TRUE(Read("第一时间,排名第4").figures.empty());
}

TEST(Recognise, SlogansAndRangesAreNotFigures) {
  EXPECT_TRUE(Read("按照“1+2+3”总体思路").figures.empty());
  EXPECT_TRUE(Read("每月安排1-2名").figures.empty());
  EXPECT_TRUE(Read("“5·15政务公开日”").figures.empty());
}

TEST(Recognise, DamagedDatesDoNotBecomeCounts) {
  EXPECT_TRUE(Read("2018年11日至2018年1231日").figures.empty());
}

TEST(RecogniseCell, AcceptsOneFigureWithAShortUnit) {
  EXPECT_TRUE(RecogniseCell("39142").has_value());
  EXPECT_EQ(RecogniseCell("251000元")->value.ToString(), "251000");
  EXPECT_FALSE(RecogniseCell("1.政府网站").has_value());
  EXPECT_FALSE(RecogniseCell("1 2").has_value());
}

TEST(RecogniseCell, NotReportedCellsAreNotZero) {
  for (const char* text : {"", "/", "-", "—", "无", " "}) {
    EXPECT_TRUE(IsNotReportedCell(text)) << text;
    EXPECT_FALSE(RecogniseCell(text).has_value()) << text;
  }
  EXPECT_FALSE(IsNotReportedCell("0"));
}

// Issue #16: too large is not a figure, never a wrong number.
TEST(Recognise, ChineseNumeralsBeyondSixtyFourBitsAreExactOrNone) {
  Recognised r = Read("一亿亿亿个");  // 10^24: past 64 bits, within a figure's 30 digits
  ASSERT_EQ(r.figures.size(), 1u);
  EXPECT_EQ(r.figures[0].value, Rational::Pow10(24));
  EXPECT_TRUE(Read("一亿亿亿亿个").figures.empty());  // 10^32
  EXPECT_TRUE(Read("九千亿亿亿亿亿亿个").figures.empty());
}

TEST(Recognise, ArabicFiguresBeyondThirtyDigitsAreTooLarge) {
  Recognised r = Read("共123456789012345678901234567890亿元");
  EXPECT_TRUE(r.figures.empty());
  EXPECT_EQ(SkippedKinds(r), std::vector<std::string>{"123456789012345678901234567890:too-large"});
  EXPECT_EQ(Read("共12345678901234567890亿元").figures.size(), 1u);
}

}  // namespace
}  // namespace crossfoot
