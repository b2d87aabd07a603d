#include "figures/header_unit.h"

namespace crossfoot {

void ApplyHeaderUnit(std::string_view header, Figure* f) {
  Rational scale(1);
  if (header.find("万元") != std::string_view::npos) scale = Rational(10000);
  if (header.find("亿元") != std::string_view::npos) scale = Rational(100000000);
  if (scale == Rational(1) || !f->unit.empty() || f->percent) return;
  f->value = f->value * scale;
  f->interval = f->interval * Interval::Point(scale);
  f->unit = "元";
}

}  // namespace crossfoot
