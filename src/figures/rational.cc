#include "figures/rational.h"

#include <algorithm>
#include <cstdint>

namespace crossfoot {
namespace {

Int128 Abs(Int128 v) { return v < 0 ? -v : v; }

Int128 Gcd(Int128 a, Int128 b) {
  a = Abs(a);
  b = Abs(b);
  if (a == 1 || b == 1) return 1;
  // Figures fit in 64 bits nearly always, and a 128-bit remainder is a library call.
  constexpr Int128 kMax64 = static_cast<Int128>(UINT64_MAX);
  if (a <= kMax64 && b <= kMax64) {
    auto x = static_cast<uint64_t>(a);
    auto y = static_cast<uint64_t>(b);
    while (y != 0) {
      uint64_t t = x % y;
      x = y;
      y = t;
    }
    return x;
  }
  while (b != 0) {
    Int128 t = a % b;
    a = b;
    b = t;
  }
  return a;
}

Int128 Mul(Int128 a, Int128 b) {
  Int128 r = 0;
  if (__builtin_mul_overflow(a, b, &r)) throw ArithmeticOverflow();
  return r;
}

Int128 Add(Int128 a, Int128 b) {
  Int128 r = 0;
  if (__builtin_add_overflow(a, b, &r)) throw ArithmeticOverflow();
  return r;
}

std::string IntToString(Int128 v) {
  if (v == 0) return "0";
  bool negative = v < 0;
  std::string s;
  while (v != 0) {
    int digit = static_cast<int>(v % 10);
    s.push_back(static_cast<char>('0' + (digit < 0 ? -digit : digit)));
    v /= 10;
  }
  if (negative) s.push_back('-');
  std::reverse(s.begin(), s.end());
  return s;
}

}  // namespace

Rational::Rational(Int128 num, Int128 den) {
  if (den == 0) throw std::domain_error("division by zero");
  if (den < 0) {
    num = -num;
    den = -den;
  }
  if (den == 1) {
    num_ = num;
    return;
  }
  Int128 g = Gcd(num, den);
  if (g > 1) {
    num /= g;
    den /= g;
  }
  num_ = num;
  den_ = den;
}

std::optional<Rational> Rational::Parse(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  if (text.empty() || text.size() > 30) return std::nullopt;
  Int128 num = 0;
  Int128 den = 1;
  bool seen_point = false;
  bool seen_digit = false;
  for (char c : text) {
    if (c == '.') {
      if (seen_point) return std::nullopt;
      seen_point = true;
    } else if (c >= '0' && c <= '9') {
      num = num * 10 + (c - '0');
      if (seen_point) den *= 10;
      seen_digit = true;
    } else {
      return std::nullopt;
    }
  }
  if (!seen_digit) return std::nullopt;
  return Rational(negative ? -num : num, den);
}

Rational Rational::Pow10(int exponent) {
  Int128 p = 1;
  for (int i = 0; i < (exponent < 0 ? -exponent : exponent); ++i) p = Mul(p, 10);
  return exponent >= 0 ? Rational(p, 1) : Rational(1, p);
}

Rational Rational::operator+(const Rational& o) const {
  if (den_ == 1 && o.den_ == 1) return {Add(num_, o.num_), 1};
  Int128 g = Gcd(den_, o.den_);
  Int128 d = Mul(den_ / g, o.den_);
  return {Add(Mul(num_, o.den_ / g), Mul(o.num_, den_ / g)), d};
}

Rational Rational::operator-(const Rational& o) const { return *this + (-o); }

Rational Rational::operator*(const Rational& o) const {
  if (den_ == 1 && o.den_ == 1) return {Mul(num_, o.num_), 1};
  Int128 g1 = Gcd(num_, o.den_);
  Int128 g2 = Gcd(o.num_, den_);
  if (g1 == 0) g1 = 1;
  if (g2 == 0) g2 = 1;
  return {Mul(num_ / g1, o.num_ / g2), Mul(den_ / g2, o.den_ / g1)};
}

Rational Rational::operator/(const Rational& o) const {
  if (o.num_ == 0) throw std::domain_error("division by zero");
  return *this * Rational(o.den_, o.num_);
}

bool Rational::operator<(const Rational& o) const { return Mul(num_, o.den_) < Mul(o.num_, den_); }

std::string Rational::ToString(int max_decimals) const {
  // Scale, round half away from zero, then place the decimal point.
  Int128 scale = Pow10(max_decimals).num_;
  Int128 scaled = Mul(Abs(num_), scale);
  Int128 q = scaled / den_;
  if ((scaled % den_) * 2 >= den_) q += 1;
  std::string digits = IntToString(q);
  if (digits.size() <= static_cast<size_t>(max_decimals)) {
    digits.insert(0, static_cast<size_t>(max_decimals) + 1 - digits.size(), '0');
  }
  std::string whole = digits.substr(0, digits.size() - static_cast<size_t>(max_decimals));
  std::string frac = digits.substr(digits.size() - static_cast<size_t>(max_decimals));
  while (!frac.empty() && frac.back() == '0') frac.pop_back();
  std::string sign = (num_ < 0 && q != 0) ? "-" : "";
  return frac.empty() ? sign + whole : sign + whole + "." + frac;
}

}  // namespace crossfoot
