// A figure as `crossfoot facts` shows it to a rule author: the written form, the interval it
// stands for, and its kind where the interval alone would not say it.
//
//   DescribeFigure(45.46%以上) == "45.46% = ≥ 45.455 % at-least (以上)"
//   DescribeFigure(3个百分点)   == "3个百分点 = [2.5, 3.5] percentage points"
#pragma once

#include <string>

#include "figures/figure.h"

namespace crossfoot {

std::string DescribeFigure(const Figure& f);

}  // namespace crossfoot
