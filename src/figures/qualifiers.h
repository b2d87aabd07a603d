// The words around a figure that change what it stands for (约, 余, 以上, 不到, …) and the
// unit word after it (条, 件, 元, …).
#pragma once

#include <string_view>

#include "figures/figure.h"

namespace crossfoot {

/// Reads the qualifier before f.begin or after `end` (past at most two unit characters),
/// sets f->qualifier and f->interval from `base` (the rounding interval), and f->unit.
void ApplyQualifiers(std::string_view text, size_t end, const Interval& base, Figure* f);

/// The unit word starting at `at` ("个工作日", "人次", "万元", "元", "件", …), or empty.
std::string_view UnitAt(std::string_view text, size_t at);

}  // namespace crossfoot
