#include "figures/interval.h"

#include <algorithm>
#include <array>

namespace crossfoot {
namespace {

using Bound = std::optional<Rational>;

Bound Add(const Bound& a, const Bound& b) {
  if (!a || !b) return std::nullopt;
  return *a + *b;
}

}  // namespace

bool Interval::Overlaps(const Interval& o) const {
  if (lo && o.hi && *o.hi < *lo) return false;
  if (hi && o.lo && *hi < *o.lo) return false;
  return true;
}

Interval Interval::Intersect(const Interval& o) const {
  Interval r;
  r.lo = !lo ? o.lo : (!o.lo ? lo : std::max(*lo, *o.lo));
  r.hi = !hi ? o.hi : (!o.hi ? hi : std::min(*hi, *o.hi));
  return r;
}

Interval Interval::Hull(const Interval& o) const {
  Interval r;
  if (lo && o.lo) r.lo = std::min(*lo, *o.lo);
  if (hi && o.hi) r.hi = std::max(*hi, *o.hi);
  return r;
}

Interval Interval::Widen(const Rational& by) const {
  Interval r = *this;
  if (r.lo) r.lo = *r.lo - by;
  if (r.hi) r.hi = *r.hi + by;
  return r;
}

Interval Interval::operator+(const Interval& o) const { return {Add(lo, o.lo), Add(hi, o.hi)}; }

Interval Interval::operator-(const Interval& o) const {
  Interval neg{o.hi ? Bound(-*o.hi) : std::nullopt, o.lo ? Bound(-*o.lo) : std::nullopt};
  return *this + neg;
}

Interval Interval::operator*(const Interval& o) const {
  // Unbounded products are only needed for non-negative report figures.
  if (!lo || !hi || !o.lo || !o.hi) {
    bool nonneg = lo && o.lo && !lo->is_negative() && !o.lo->is_negative();
    if (!nonneg) return {};
    Interval r{*lo * *o.lo, std::nullopt};
    if (hi && o.hi) r.hi = *hi * *o.hi;
    return r;
  }
  std::array<Rational, 4> p = {*lo * *o.lo, *lo * *o.hi, *hi * *o.lo, *hi * *o.hi};
  return {*std::min_element(p.begin(), p.end()), *std::max_element(p.begin(), p.end())};
}

std::optional<Interval> Interval::DividedBy(const Interval& o) const {
  if (!o.lo || !o.hi) {
    // x / [a, ∞) for a > 0 and x >= 0 lies in [0, hi/a].
    if (o.lo && !o.lo->is_negative() && !o.lo->is_zero() && lo && !lo->is_negative()) {
      Interval r{Rational(0), std::nullopt};
      if (hi) r.hi = *hi / *o.lo;
      return r;
    }
    return std::nullopt;
  }
  bool spans_zero = !(*o.lo > Rational(0)) && !(*o.hi < Rational(0));
  if (spans_zero) return std::nullopt;
  Interval inverse{Rational(1) / *o.hi, Rational(1) / *o.lo};
  return *this * inverse;
}

std::string Interval::ToString() const {
  if (is_point()) return lo->ToString();
  if (lo && hi) return "[" + lo->ToString() + ", " + hi->ToString() + "]";
  if (lo) return "≥ " + lo->ToString();
  if (hi) return "≤ " + hi->ToString();
  return "(unbounded)";
}

}  // namespace crossfoot
