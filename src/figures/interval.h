// Closed intervals of exact rationals: what a written figure can stand for.
//
//   Interval stated = Interval::Point(Rational(579574));
//   Interval sum = parts[0] + parts[1];
//   bool consistent = sum.Overlaps(stated);   // XBRL Calculations 1.1: consistent if they meet
//
// Bounds are closed, so a boundary case is always read in the report's favour: crossfoot
// prefers silence to a false alarm.
#pragma once

#include <optional>
#include <string>

#include "figures/rational.h"

namespace crossfoot {

/// [lo, hi] with either end possibly unbounded (nullopt).
struct Interval {
  std::optional<Rational> lo;
  std::optional<Rational> hi;

  static Interval Point(const Rational& v) { return {v, v}; }
  static Interval Between(const Rational& a, const Rational& b) { return {a, b}; }
  static Interval AtLeast(const Rational& a) { return {a, std::nullopt}; }
  static Interval AtMost(const Rational& b) { return {std::nullopt, b}; }

  bool is_point() const { return lo && hi && *lo == *hi; }
  bool Overlaps(const Interval& o) const;
  /// The common part; only meaningful when Overlaps(o).
  Interval Intersect(const Interval& o) const;
  /// The smallest interval covering both.
  Interval Hull(const Interval& o) const;
  /// Widens both ends by `by` (a non-negative amount).
  Interval Widen(const Rational& by) const;

  Interval operator+(const Interval& o) const;
  Interval operator-(const Interval& o) const;
  Interval operator*(const Interval& o) const;
  /// Division; nullopt when the divisor may be zero.
  std::optional<Interval> DividedBy(const Interval& o) const;

  /// "579574", "[45.455, 45.465]", "≥ 45.455".
  std::string ToString() const;
};

}  // namespace crossfoot
