#include "figures/interval.h"

#include <gtest/gtest.h>

namespace crossfoot {
namespace {

Rational R(const char* s) { return *Rational::Parse(s); }

TEST(Rational, ParsesAndPrintsExactly) {
  EXPECT_EQ(R("45.46").ToString(), "45.46");
  EXPECT_EQ(R("-8").ToString(), "-8");
  EXPECT_EQ((R("1") / R("3")).ToString(2), "0.33");
  EXPECT_EQ((R("2") / R("3")).ToString(2), "0.67");
  EXPECT_EQ((R("35") / R("805") * R("100")).ToString(4), "4.3478");
  EXPECT_FALSE(Rational::Parse("1.2.3").has_value());
  EXPECT_FALSE(Rational::Parse("").has_value());
}

TEST(Rational, ComparesAcrossDenominators) {
  EXPECT_LT(R("0.1"), R("0.11"));
  EXPECT_EQ(R("0.50"), R("0.5"));
}

TEST(Rational, OverflowIsAnErrorNotAWrongAnswer) {
  Rational big = Rational::Pow10(30);
  EXPECT_THROW(big * big, ArithmeticOverflow);
  // The checked steps answer with a value.
  EXPECT_FALSE(big.Times(big).has_value());
  EXPECT_FALSE(R("1").DividedBy(R("0")).has_value());
  EXPECT_EQ(big.Times(R("2")), big + big);
  EXPECT_TRUE(big.Plus(big).has_value());
  EXPECT_FALSE(big.FitsFigure());
  EXPECT_TRUE(R("999999999999999999999999999999").FitsFigure());
}

TEST(Rational, ComparisonAndPrintingNeverOverflow) {
  // 10^38/7 against 10^38/11: cross products of 10^39, compared exactly.
  Int128 p38 = 1;
  for (int i = 0; i < 38; ++i) p38 *= 10;
  Rational sevenths(p38, 7);
  Rational elevenths(p38, 11);
  EXPECT_LT(elevenths, sevenths);
  EXPECT_GT(-elevenths, -sevenths);
  EXPECT_LT(-sevenths, elevenths);
  EXPECT_FALSE(sevenths < sevenths);
  EXPECT_EQ(sevenths.ToString(), "14285714285714285714285714285714285714.2857");
  EXPECT_EQ(Rational(p38, 1).ToString(), "100000000000000000000000000000000000000");
  EXPECT_EQ(R("2.5").ToString(0), "3");
  EXPECT_EQ(R("-0.00004").ToString(4), "0");
  EXPECT_EQ(R("-0.99995").ToString(4), "-1");
  EXPECT_EQ(R("45.46").ToString(), "45.46");
  EXPECT_EQ(Rational(1, 3).ToString(), "0.3333");
  EXPECT_EQ(Rational(2, 3).ToString(), "0.6667");
}

TEST(Interval, SumsAndOverlap) {
  Interval a = Interval::Point(R("443610"));
  Interval b = Interval::Point(R("136006"));
  Interval total = Interval::Point(R("579574"));
  EXPECT_FALSE((a + b).Overlaps(total));
  Interval more = Interval::Between(R("31339"), R("31340"));
  EXPECT_TRUE((more + Interval::Point(R("35212"))).Overlaps(Interval::Point(R("66551"))));
}

TEST(Interval, DivisionNeedsANonZeroDivisor) {
  auto q = Interval::Point(R("382")).DividedBy(Interval::Point(R("1222")));
  ASSERT_TRUE(q.has_value());
  EXPECT_FALSE(Interval::Point(R("1")).DividedBy(Interval::Between(R("0"), R("1"))).has_value());
}

TEST(Interval, UnboundedEnds) {
  Interval at_least = Interval::AtLeast(R("45.455"));
  EXPECT_TRUE(at_least.Overlaps(Interval::Point(R("90"))));
  EXPECT_FALSE(at_least.Overlaps(Interval::Point(R("40"))));
  EXPECT_EQ(at_least.ToString(), "≥ 45.455");
}

}  // namespace
}  // namespace crossfoot
