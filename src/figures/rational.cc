#include "figures/rational.h"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace crossfoot {
namespace {

__extension__ typedef unsigned __int128 U128;  // NOLINT(modernize-use-using)

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

U128 UAbs(Int128 v) { return v < 0 ? U128(0) - static_cast<U128>(v) : static_cast<U128>(v); }

// Overflow-checked steps: false when the result does not fit.
bool Mul(Int128 a, Int128 b, Int128* r) { return !__builtin_mul_overflow(a, b, r); }
bool Add(Int128 a, Int128 b, Int128* r) { return !__builtin_add_overflow(a, b, r); }

// x * y < z * w for unsigned 128-bit factors, exactly (256-bit products).
bool ProductLess(U128 x, U128 y, U128 z, U128 w) {
  auto wide = [](U128 a, U128 b, U128* hi, U128* lo) {
    constexpr U128 kMask = UINT64_MAX;
    U128 a0 = a & kMask;
    U128 a1 = a >> 64;
    U128 b0 = b & kMask;
    U128 b1 = b >> 64;
    U128 p00 = a0 * b0;
    U128 p01 = a0 * b1;
    U128 p10 = a1 * b0;
    U128 mid = (p00 >> 64) + (p01 & kMask) + (p10 & kMask);
    *lo = (mid << 64) | (p00 & kMask);
    *hi = a1 * b1 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
  };
  U128 h1 = 0;
  U128 l1 = 0;
  U128 h2 = 0;
  U128 l2 = 0;
  wide(x, y, &h1, &l1);
  wide(z, w, &h2, &l2);
  return h1 < h2 || (h1 == h2 && l1 < l2);
}

// 10^n for n <= 38.
U128 Pow10Unsigned(int n) {
  U128 p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}

std::string DigitsOf(U128 v) {
  std::string s;
  do {
    s.push_back(static_cast<char>('0' + static_cast<int>(v % 10)));
    v /= 10;
  } while (v != 0);
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
  if (num == 0) {
    num_ = 0;
    den_ = 1;
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
  // Callers ask for at most the digits of a figure; past 10^38 the power would not fit.
  int n = std::min(exponent < 0 ? -exponent : exponent, 38);
  auto p = static_cast<Int128>(Pow10Unsigned(n));
  return exponent >= 0 ? Rational(p, 1) : Rational(1, p);
}

std::optional<Rational> Rational::Plus(const Rational& o) const {
  Int128 r = 0;
  if (den_ == 1 && o.den_ == 1) {
    if (!Add(num_, o.num_, &r)) return std::nullopt;
    return Rational(r, 1);
  }
  Int128 g = Gcd(den_, o.den_);
  Int128 d = 0;
  Int128 x = 0;
  Int128 y = 0;
  if (!Mul(den_ / g, o.den_, &d) || !Mul(num_, o.den_ / g, &x) || !Mul(o.num_, den_ / g, &y) ||
      !Add(x, y, &r)) {
    return std::nullopt;
  }
  return Rational(r, d);
}

std::optional<Rational> Rational::Times(const Rational& o) const {
  Int128 n = 0;
  Int128 d = 0;
  if (den_ == 1 && o.den_ == 1) {
    if (!Mul(num_, o.num_, &n)) return std::nullopt;
    return Rational(n, 1);
  }
  Int128 g1 = Gcd(num_, o.den_);
  Int128 g2 = Gcd(o.num_, den_);
  if (g1 == 0) g1 = 1;
  if (g2 == 0) g2 = 1;
  if (!Mul(num_ / g1, o.num_ / g2, &n) || !Mul(den_ / g2, o.den_ / g1, &d)) return std::nullopt;
  return Rational(n, d);
}

std::optional<Rational> Rational::DividedBy(const Rational& o) const {
  if (o.num_ == 0) return std::nullopt;
  if (o.num_ == std::numeric_limits<Int128>::min()) return std::nullopt;  // -o does not fit
  return Times(Rational(o.den_, o.num_));
}

bool Rational::FitsFigure() const {
  static const U128 kLimit = Pow10Unsigned(kMaxFigureDigits);
  return UAbs(num_) < kLimit && static_cast<U128>(den_) <= kLimit;
}

Rational Rational::operator-() const {
  if (num_ == std::numeric_limits<Int128>::min()) throw ArithmeticOverflow();
  return Rational(-num_, den_);
}

Rational Rational::operator+(const Rational& o) const {
  std::optional<Rational> r = Plus(o);
  if (!r) throw ArithmeticOverflow();
  return *r;
}

Rational Rational::operator-(const Rational& o) const { return *this + (-o); }

Rational Rational::operator*(const Rational& o) const {
  std::optional<Rational> r = Times(o);
  if (!r) throw ArithmeticOverflow();
  return *r;
}

Rational Rational::operator/(const Rational& o) const {
  if (o.num_ == 0) throw std::domain_error("division by zero");
  std::optional<Rational> r = DividedBy(o);
  if (!r) throw ArithmeticOverflow();
  return *r;
}

bool Rational::operator<(const Rational& o) const {
  if (den_ == o.den_) return num_ < o.num_;
  bool negative = num_ < 0;
  if (negative != (o.num_ < 0)) return negative;
  // Same sign: compare magnitudes, reversed for negatives.
  U128 a = UAbs(num_);
  U128 c = UAbs(o.num_);
  auto b = static_cast<U128>(den_);
  auto d = static_cast<U128>(o.den_);
  return negative ? ProductLess(c, b, a, d) : ProductLess(a, d, c, b);
}

std::string Rational::ToString(int max_decimals) const {
  // Long division, one digit at a time (no product can overflow), then round half away from
  // zero on the digits.
  max_decimals = std::clamp(max_decimals, 0, 38);
  auto den = static_cast<U128>(den_);
  U128 whole_part = UAbs(num_) / den;
  U128 rem = UAbs(num_) % den;
  std::string digits = DigitsOf(whole_part);
  size_t whole_digits = digits.size();
  auto next_digit = [&]() {
    // rem * 10 / den and rem * 10 % den by repeated addition: rem < den <= 2^127.
    U128 acc = 0;
    int digit = 0;
    for (int k = 0; k < 10; ++k) {
      acc += rem;
      if (acc >= den) {
        acc -= den;
        ++digit;
      }
    }
    rem = acc;
    return digit;
  };
  for (int k = 0; k < max_decimals; ++k) digits.push_back(static_cast<char>('0' + next_digit()));
  if (rem >= den - rem) {  // the rest is at least one half
    size_t i = digits.size();
    while (i > 0 && digits[i - 1] == '9') digits[--i] = '0';
    if (i == 0) {
      digits.insert(digits.begin(), '1');
      ++whole_digits;
    } else {
      ++digits[i - 1];
    }
  }
  std::string whole = digits.substr(0, whole_digits);
  std::string frac = digits.substr(whole_digits);
  while (!frac.empty() && frac.back() == '0') frac.pop_back();
  bool zero = whole.find_first_not_of('0') == std::string::npos && frac.empty();
  std::string sign = (num_ < 0 && !zero) ? "-" : "";
  return frac.empty() ? sign + whole : sign + whole + "." + frac;
}

}  // namespace crossfoot
