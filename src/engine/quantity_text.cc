#include "engine/quantity_text.h"

#include <algorithm>

#include "figures/written_form.h"

namespace crossfoot {
namespace {

// The scale from the unit `like` is written in to base units, and its decimals.
std::pair<Rational, int> UnitOf(const Figure* like) {
  if (like == nullptr) return {Rational(1), 0};
  std::optional<WrittenForm> form = ReadWrittenForm(*like);
  if (!form) return {Rational(1), like->decimals};
  return {form->scale, form->decimals};
}

std::string Plain(const Rational& v, int decimals) {
  if (v.is_integer()) return v.ToString(0);
  // Enough digits to tell the value apart, at least the figure's own.
  std::string s = FixedDecimals(v, std::max(decimals, 1));
  return *Rational::Parse(s) == Rational(0) ? v.ToString(4) : s;
}

}  // namespace

std::string ValueText(const Rational& value, const Figure* like, int decimals) {
  auto [scale, own] = UnitOf(like);
  Rational v = value / scale;
  if (v.is_integer()) return v.ToString(0);
  // The value computed from the figures, at the precision of the figure it is compared with.
  return Plain(v, std::max(decimals, own));
}

std::string DifferenceText(const Rational& value, const Figure& stated) {
  Rational d = value - stated.value;
  if (d.is_negative()) d = -d;
  return QuantityText(d, stated);
}

std::string QuantityText(const Rational& value, const Figure& like) {
  std::optional<WrittenForm> form = ReadWrittenForm(like);
  Rational scale = form ? form->scale : Rational(1);
  std::string unit = form ? form->unit_name() : like.unit;
  Rational shown = value / scale;
  std::string text = shown.is_integer() ? shown.ToString(0) : shown.ToString(4);
  if (unit == "%" || unit == "‰") return text + unit;
  return unit.empty() ? text : text + " " + unit;
}

std::string IntervalText(const Interval& interval, const Figure* like, int decimals) {
  if (interval.is_point()) return ValueText(*interval.lo, like, decimals);
  if (interval.lo && !interval.hi) return "≥ " + ValueText(*interval.lo, like, decimals);
  if (interval.hi && !interval.lo) return "≤ " + ValueText(*interval.hi, like, decimals);
  if (!interval.lo) return "?";
  Rational middle = (*interval.lo + *interval.hi) / Rational(2);
  return ValueText(middle, like, decimals);
}

std::string ToleranceText(const Rational& tolerance) {
  return (tolerance * Rational(100)).ToString(2) + "%";
}

}  // namespace crossfoot
