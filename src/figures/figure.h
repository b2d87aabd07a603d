// A figure: a number as written in a report, with the interval of values it stands for.
//
//   "45.46%以上" → value 45.46, percent, decimals 2, qualifier at-least, interval [45.455, ∞)
//   "1600多"     → value 1600, qualifier more, interval [1600, 1700]
//   "4.5万"      → value 45000, interval [44500, 45500]
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "figures/interval.h"
#include "figures/rational.h"
#include "util/boxed.h"

namespace crossfoot {

/// A word beside a figure that changes what the figure means.
enum class Qualifier {
  kNone,
  kApproximate,  // 约, 左右, 大约: the pack's tolerance decides
  kAtLeast,      // 以上, 超过, 逾, 突破
  kAtMost,       // 不到, 不足, 近, 以下
  kMore,         // 余, 多: somewhat more, below the next step of the last written digit
};

/// A recognised number. Offsets are byte offsets into the text it was found in.
struct Figure {
  size_t begin = 0;
  size_t end = 0;       // the figure as written: sign, digits, 万/亿 and % (not the unit word)
  std::string written;  // text[begin, end)
  Rational value;       // the written number times its magnitude (45.46 for "45.46%")
  int decimals = 0;     // digits written after the point
  bool percent = false;
  // Percentage points (个百分点, "percentage points"): a difference of two shares, not a share.
  bool points = false;
  std::string currency;   // the sign before it ("$", "¥"), empty when none
  std::string magnitude;  // the scale word it was multiplied by (万, 亿, million), or empty
  Qualifier qualifier = Qualifier::kNone;
  std::string qualifier_text;
  Interval interval;         // the values the written form stands for (rounding and qualifier)
  std::string unit;          // the unit word after it (条, 件, 元, 人次…), empty when none
  bool qualitative = false;  // a share stated in words or as a fraction (一半, 1/5)
  // A count cell left blank (or "/", "-", "—"): an unknown non-negative whole number, [0, ∞).
  bool blank = false;
  // A blank known to be the sum of other cells (a blank 总计): its value when the blanks among
  // them are read as 0 (`interval` holds it with them as [0, ∞)).
  // Boxed: nearly every figure leaves it empty, and an Interval is 96 bytes.
  Boxed<Interval> if_blanks_zero;

  bool approximate() const { return qualifier == Qualifier::kApproximate; }
};

/// A number that is not a figure, and what it is instead ("year", "phone", ...).
struct NonFigure {
  size_t begin = 0;
  size_t end = 0;
  std::string kind;
  std::string written;
};

/// Everything the recogniser found in one text.
struct Recognised {
  std::vector<Figure> figures;
  std::vector<NonFigure> skipped;
};

/// The name of a qualifier as shown to users.
const char* QualifierName(Qualifier q);

}  // namespace crossfoot
