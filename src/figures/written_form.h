// How a figure is written — its number, the magnitude and unit it is counted in, its
// precision — so that a value can be written back the same way (the figure to correct) and a
// difference shown in the figure's own unit (相差 409.86 万元, not 4098600).
//
//   std::optional<WrittenForm> form = ReadWrittenForm(figure);   // "45.54万" of 元
//   form->unit_name();                  // "万元"
//   form->Write(Rational(4554000));     // "455.40万"
#pragma once

#include <optional>
#include <string>

#include "figures/figure.h"
#include "figures/interval.h"
#include "figures/rational.h"

namespace crossfoot {

/// The written number of a figure and the scale from it to the figure's value.
struct WrittenForm {
  std::string sign;      // "-" when written with one
  Rational number;       // 45.54 for "45.54万"
  int decimals = 0;      // digits after the point
  Rational scale = 1;    // value ÷ number: 10000 for 万, or for a cell under a 万元 header
  std::string suffix;    // what follows the digits: "万", "%", "‰", or empty
  std::string unit;      // the unit word the value is counted in ("元", "件"), may be empty
  bool rounded = false;  // the written digits stand for their rounding (decimals, %, 万/亿)

  /// The unit the figure is written in: "万元" for 45.54万元 or a cell under 万元, "件", "%".
  std::string unit_name() const;
  /// `value` (in the figure's base unit, 元 for money) written as the figure is, with as many
  /// decimals: "455.40万"; nullopt when it does not fit.
  std::optional<std::string> Write(const Rational& value) const;
  /// The values the written number `number` (in the written unit) stands for, in base units.
  Interval IntervalOf(const Rational& number) const;
  /// The written number of `value` (base units), rounded to the figure's decimals, or nullopt.
  std::optional<Rational> Nearest(const Rational& value) const;
};

/// The written form of an Arabic-digit figure; nullopt for Chinese numerals, blanks and
/// figures whose number cannot be read back.
std::optional<WrittenForm> ReadWrittenForm(const Figure& figure);

/// The magnitude word of a scale: "万" for 10000, "亿" for 10^8, "" for 1, nullopt otherwise.
std::optional<std::string> MagnitudeWord(const Rational& scale);

/// `value` with exactly `decimals` digits after the point ("409.86", "5.50").
std::string FixedDecimals(const Rational& value, int decimals);

}  // namespace crossfoot
