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
