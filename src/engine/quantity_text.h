// Numbers in messages as a reader writes them: in the unit of the figure they are compared
// with (相差 409.86 万元, not 4098600), at its precision, and never as interval notation.
//
//   DifferenceText(Rational(4554000), stated_45_54_wan);   // "409.86 万元"
//   ValueText(Rational(260) / Rational(129), nullptr, 1);  // "2.0"
#pragma once

#include <optional>
#include <string>

#include "figures/figure.h"
#include "figures/interval.h"

namespace crossfoot {

/// How far `value` (base units, 元 for money) is from the stated figure, in the figure's own
/// unit with the unit named ("409.86 万元", "42 条", "3").
std::string DifferenceText(const Rational& value, const Figure& stated);

/// A value in the unit `like` is written in, with the unit named ("24 万元").
std::string QuantityText(const Rational& value, const Figure& like);

/// A value in the unit `like` is written in (base units when null), without the unit word;
/// with at least `decimals` digits after the point when it is not a whole number.
std::string ValueText(const Rational& value, const Figure* like, int decimals = 0);

/// A value known only as an interval, in plain words of arithmetic: its point, "≥ 12" for a
/// value with no upper bound (a blank among its parts), else its middle.
std::string IntervalText(const Interval& interval, const Figure* like, int decimals = 0);

/// A relative tolerance as a percentage ("5%").
std::string ToleranceText(const Rational& tolerance);

}  // namespace crossfoot
