// A unit stated in a column header ("本年收费金额（单位：万元）") applies to the cells below.
//
//   Figure f = *RecogniseCell("2.5");
//   ApplyHeaderUnit("本年收费金额(单位:万元)", &f);   // f.value == 25000, f.unit == "元"
#pragma once

#include <string_view>

#include "figures/figure.h"

namespace crossfoot {

/// Scales a cell's figure by the magnitude its column header states (万元, 亿元), so that
/// money compares in 元 with the prose; figures under other headers are left as they are.
/// False (f unchanged) when the scaled figure would be too large to be a figure.
[[nodiscard]] bool ApplyHeaderUnit(std::string_view header, Figure* f);

}  // namespace crossfoot
