// How a computed share is written in messages, shared by the share kinds.
#pragma once

#include <string>

#include "engine/expression_eval.h"

namespace crossfoot {

/// part ÷ whole as a percentage, from the figures as written, two digits finer than the stated
/// share ("35 ÷ 805 = 4.3478%").
std::string ShareText(const Operand& part, const Operand& whole, const Interval& computed,
                      const Figure& shown);

}  // namespace crossfoot
