// Chinese numerals: 十二, 一百零五, 一千二百三十五, 两万, 三千五百万, 四十五点四六, 二〇一〇.
//
//   auto n = ParseChineseNumeral(U"一千二百三十五");   // n->value == 1235, n->decimals == 0
#pragma once

#include <optional>
#include <string_view>

#include "figures/rational.h"

namespace crossfoot {

/// A parsed Chinese numeral: its value and the digits written after 点.
struct ChineseNumeral {
  Rational value;
  int decimals = 0;
  bool positional = false;  // digits without units (二〇一〇), as years are written
};

/// True for the characters a Chinese numeral is made of (digits, 十百千万亿, 点).
bool IsChineseNumeralChar(char32_t cp);

/// True for the digit characters 零〇○一二两三四五六七八九.
bool IsChineseDigitChar(char32_t cp);

/// Parses a whole run of numeral characters; nullopt when it is not a well-formed number.
std::optional<ChineseNumeral> ParseChineseNumeral(std::u32string_view run);

}  // namespace crossfoot
