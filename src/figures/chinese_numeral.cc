#include "figures/chinese_numeral.h"

namespace crossfoot {
namespace {

int DigitValue(char32_t cp) {
  switch (cp) {
    case U'零':
    case U'〇':
    case U'○':
      return 0;
    case U'一':
      return 1;
    case U'二':
    case U'两':
      return 2;
    case U'三':
      return 3;
    case U'四':
      return 4;
    case U'五':
      return 5;
    case U'六':
      return 6;
    case U'七':
      return 7;
    case U'八':
      return 8;
    case U'九':
      return 9;
    default:
      return -1;
  }
}

long long SmallUnit(char32_t cp) {
  switch (cp) {
    case U'十':
      return 10;
    case U'百':
      return 100;
    case U'千':
      return 1000;
    default:
      return 0;
  }
}

}  // namespace

bool IsChineseDigitChar(char32_t cp) { return DigitValue(cp) >= 0; }

bool IsChineseNumeralChar(char32_t cp) {
  return DigitValue(cp) >= 0 || SmallUnit(cp) > 0 || cp == U'万' || cp == U'亿' || cp == U'点';
}

std::optional<ChineseNumeral> ParseChineseNumeral(std::u32string_view run) {
  if (run.empty() || run.size() > 24) return std::nullopt;
  ChineseNumeral out;
  size_t point = run.find(U'点');
  std::u32string_view whole = run.substr(0, point);
  if (whole.empty()) return std::nullopt;
  bool has_unit = false;
  for (char32_t cp : whole) has_unit = has_unit || DigitValue(cp) < 0;
  // 128-bit steps, each checked: a number that does not fit (一亿亿亿亿亿) is no figure.
  bool overflow = false;
  auto mul = [&](Int128 a, Int128 b) {
    Int128 r = 0;
    overflow = overflow || __builtin_mul_overflow(a, b, &r);
    return r;
  };
  auto add = [&](Int128 a, Int128 b) {
    Int128 r = 0;
    overflow = overflow || __builtin_add_overflow(a, b, &r);
    return r;
  };
  Int128 value = 0;
  if (!has_unit) {
    // Positional digits: 二〇一〇 = 2010.
    for (char32_t cp : whole) value = add(mul(value, 10), DigitValue(cp));
    out.positional = whole.size() > 1;
  } else {
    Int128 total = 0;
    Int128 section = 0;
    Int128 digit = -1;  // the pending digit, -1 when none
    Int128 last_unit = 0;
    for (char32_t cp : whole) {
      int d = DigitValue(cp);
      if (d >= 0) {
        if (digit > 0) return std::nullopt;  // two digits in a row: 二三
        digit = d;
      } else if (long long unit = SmallUnit(cp); unit > 0) {
        if (last_unit != 0 && last_unit < 10000 && unit >= last_unit && digit < 0)
          return std::nullopt;
        section = add(section, mul(digit < 0 ? 1 : digit, unit));  // 十二: a bare 十 is one ten
        digit = -1;
        last_unit = unit;
      } else if (cp == U'万') {
        total = add(total, mul(add(section, digit < 0 ? 0 : digit), 10000));
        section = 0;
        digit = -1;
        last_unit = 10000;
      } else if (cp == U'亿') {
        total = mul(add(add(total, section), digit < 0 ? 0 : digit), 100000000);
        section = 0;
        digit = -1;
        last_unit = 100000000;
      } else {
        return std::nullopt;
      }
    }
    // 一万二 (= 12000) is colloquial; a trailing digit after a unit counts one step down.
    Int128 tail = digit < 0 ? 0 : digit;
    if (digit > 0 && last_unit >= 10 && whole.size() >= 2 &&
        DigitValue(whole[whole.size() - 2]) < 0 && whole[whole.size() - 2] != U'零') {
      tail = digit * (last_unit / 10);
    }
    value = add(add(total, section), tail);
  }
  if (overflow) return std::nullopt;
  out.value = Rational(value, 1);
  if (!out.value.FitsFigure()) return std::nullopt;
  if (point != std::u32string_view::npos) {
    std::u32string_view frac = run.substr(point + 1);
    if (frac.empty()) return std::nullopt;
    Int128 num = 0;
    Int128 den = 1;
    for (char32_t cp : frac) {
      int d = DigitValue(cp);
      if (d < 0) return std::nullopt;
      num = num * 10 + d;  // at most 23 digits: fits
      den *= 10;
    }
    out.decimals = static_cast<int>(frac.size());
    std::optional<Rational> sum = out.value.Plus(Rational(num, den));
    if (!sum || !sum->FitsFigure()) return std::nullopt;
    out.value = *sum;
  }
  return out;
}

}  // namespace crossfoot
