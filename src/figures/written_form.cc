#include "figures/written_form.h"

#include <algorithm>

namespace crossfoot {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The integer nearest to v, halves away from zero (Rational::ToString's rounding).
Rational Round(const Rational& v) { return *Rational::Parse(v.ToString(0)); }

}  // namespace

std::optional<std::string> MagnitudeWord(const Rational& scale) {
  if (scale == Rational(1)) return "";
  if (scale == Rational(10000)) return "万";
  if (scale == Rational(100000000)) return "亿";
  if (scale == Rational(1000)) return "千";
  return std::nullopt;
}

std::string FixedDecimals(const Rational& value, int decimals) {
  std::string s = value.ToString(decimals);
  if (decimals <= 0) return s;
  size_t point = s.find('.');
  if (point == std::string::npos) {
    s += '.';
    point = s.size() - 1;
  }
  size_t have = s.size() - point - 1;
  if (have < static_cast<size_t>(decimals)) s.append(static_cast<size_t>(decimals) - have, '0');
  return s;
}

std::string WrittenForm::unit_name() const {
  if (suffix == "%" || suffix == "‰") return suffix;
  std::optional<std::string> word = MagnitudeWord(scale);
  return (word ? *word : "") + unit;
}

Interval WrittenForm::IntervalOf(const Rational& n) const {
  Rational value = n * scale;
  if (!rounded) return Interval::Point(value);
  Rational half = Rational::Pow10(-decimals) / Rational(2) * scale;
  return Interval::Between(value - half, value + half);
}

std::optional<Rational> WrittenForm::Nearest(const Rational& value) const {
  std::optional<Rational> n = value.DividedBy(scale);
  if (!n) return std::nullopt;
  Rational step = Rational::Pow10(decimals);
  return Round(*n * step) / step;
}

std::optional<std::string> WrittenForm::Write(const Rational& value) const {
  std::optional<Rational> n = value.DividedBy(scale);
  if (!n || !n->FitsFigure()) return std::nullopt;
  return FixedDecimals(*n, decimals) + suffix;
}

std::optional<WrittenForm> ReadWrittenForm(const Figure& figure) {
  if (figure.blank || figure.qualitative) return std::nullopt;
  const std::string& w = figure.written;
  size_t i = 0;
  WrittenForm form;
  if (i < w.size() && (w[i] == '-' || w[i] == '+')) {
    if (w[i] == '-') form.sign = "-";
    ++i;
  }
  std::string digits;
  size_t start = i;
  while (i < w.size() && (IsDigit(w[i]) || w[i] == ',' || w[i] == '.')) {
    if (w[i] != ',') digits += w[i];
    ++i;
  }
  if (i == start || digits.empty() || !IsDigit(digits.back())) return std::nullopt;
  std::optional<Rational> number = Rational::Parse(digits);
  if (!number) return std::nullopt;
  size_t point = digits.find('.');
  form.decimals = point == std::string::npos ? 0 : static_cast<int>(digits.size() - point - 1);
  form.number = form.sign.empty() ? *number : -*number;
  form.suffix = w.substr(i);
  form.unit = figure.unit;
  Rational magnitude = 1;
  if (form.suffix.starts_with("万亿")) {
    magnitude = Rational::Pow10(12);
  } else if (form.suffix.starts_with("万")) {
    magnitude = 10000;
  } else if (form.suffix.starts_with("亿")) {
    magnitude = Rational::Pow10(8);
  }
  if (!form.number.is_zero()) {
    std::optional<Rational> scale = figure.value.DividedBy(form.number);
    if (!scale || scale->is_negative() || scale->is_zero()) return std::nullopt;
    form.scale = *scale;
  } else {
    form.scale = magnitude;
  }
  // As the recogniser reads it: decimals, percentages and 万/亿 stand for their rounding.
  form.rounded = !figure.interval.is_point();
  return form;
}

}  // namespace crossfoot
