#include "figures/header_unit.h"

namespace crossfoot {

bool ApplyHeaderUnit(std::string_view header, Figure* f) {
  Rational scale(1);
  if (header.find("万元") != std::string_view::npos) scale = Rational(10000);
  if (header.find("亿元") != std::string_view::npos) scale = Rational(100000000);
  if (scale == Rational(1) || !f->unit.empty() || f->percent) return true;
  // Scaled with the checked steps: a cell too large in 元 is no figure (a positive scale
  // keeps the bounds in order).
  std::optional<Rational> value = f->value.Times(scale);
  if (!value || !value->FitsFigure()) return false;
  Interval interval = f->interval;
  for (std::optional<Rational>* bound : {&interval.lo, &interval.hi}) {
    if (!*bound) continue;
    *bound = (*bound)->Times(scale);
    if (!*bound) return false;
  }
  f->value = *value;
  f->interval = interval;
  f->unit = "元";
  return true;
}

}  // namespace crossfoot
