// A unit stated in a column header ("本年收费金额（单位：万元）") or declared for a whole table
// ("单位：万元" above it, "(Dollars in Thousands)") applies to the cells below.
//
//   Figure f = *RecogniseCell("2.5");
//   ApplyHeaderUnit("本年收费金额(单位:万元)", &f);   // f.value == 25000, f.unit == "元"
#pragma once

#include <string>
#include <string_view>

#include "figures/figure.h"

namespace crossfoot {

/// Scales a cell's figure by the magnitude its column header states (万元, 亿元, 千元, "in
/// thousands", "millions"), or else the table's declared unit (DeclaredTableUnit), so that
/// money compares in 元 (or dollars) with the prose; figures under other headers are left as
/// they are. False (f unchanged) when the scaled figure would be too large to be a figure.
[[nodiscard]] bool ApplyHeaderUnit(std::string_view header, Figure* f,
                                   std::string_view table_unit = {});

/// The magnitude a short line declares for the table after it ("单位:万元", "金额单位:亿元",
/// "(in thousands)", "Dollars in Millions"), as the header would state it; empty when none.
std::string DeclaredTableUnit(std::string_view line);

}  // namespace crossfoot
