// Exact rational numbers for report arithmetic: no floating point, no silent overflow.
//
//   Rational a = Rational::Parse("45.46").value();   // 4546/100
//   std::optional<Rational> b = a.Times(Rational(2));  // nullopt when too large
//
// Overflow is a value: Plus, Times and DividedBy answer nullopt. The operators throw
// ArithmeticOverflow instead and are for a check's evaluation only, which the audit catches
// around each check (engine/audit.cc) and reports as not evaluable. Comparisons and ToString
// never throw.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace crossfoot {

/// 128-bit integers (a GCC/Clang extension) hold report arithmetic exactly.
__extension__ typedef __int128 Int128;  // NOLINT(modernize-use-using)

/// Most digits a figure may have before the point (and in its denominator): a number beyond
/// is "too large", never a figure, so figures add and scale without overflow.
constexpr int kMaxFigureDigits = 30;

/// Thrown by the operators when exact arithmetic would exceed 128 bits; a check then cannot
/// be evaluated.
struct ArithmeticOverflow : std::runtime_error {
  ArithmeticOverflow() : std::runtime_error("number too large for exact arithmetic") {}
};

/// A fraction num/den in lowest terms with den > 0.
class Rational {
 public:
  Rational() = default;
  Rational(long long n) : num_(n) {}  // NOLINT(google-explicit-constructor)
  Rational(Int128 num, Int128 den);

  /// Parses "123", "-8", "45.46" (ASCII digits, at most one point).
  static std::optional<Rational> Parse(std::string_view text);
  /// 10^exponent for exponent >= 0, or 1/10^-exponent.
  static Rational Pow10(int exponent);

  /// The sum, product or quotient, or nullopt when it would exceed 128 bits (or o is zero).
  std::optional<Rational> Plus(const Rational& o) const;
  std::optional<Rational> Times(const Rational& o) const;
  std::optional<Rational> DividedBy(const Rational& o) const;
  /// True when the number has at most kMaxFigureDigits digits before the point and a
  /// denominator of at most that many digits.
  bool FitsFigure() const;

  Rational operator+(const Rational& o) const;
  Rational operator-(const Rational& o) const;
  Rational operator*(const Rational& o) const;
  Rational operator/(const Rational& o) const;
  Rational operator-() const;
  bool operator==(const Rational& o) const { return num_ == o.num_ && den_ == o.den_; }
  bool operator<(const Rational& o) const;
  bool operator<=(const Rational& o) const { return !(o < *this); }
  bool operator>(const Rational& o) const { return o < *this; }
  bool operator>=(const Rational& o) const { return !(*this < o); }

  bool is_zero() const { return num_ == 0; }
  bool is_negative() const { return num_ < 0; }
  bool is_integer() const { return den_ == 1; }
  /// Decimal text with at most max_decimals digits after the point, trailing zeros dropped.
  std::string ToString(int max_decimals = 4) const;

 private:
  Int128 num_ = 0;
  Int128 den_ = 1;
};

}  // namespace crossfoot
