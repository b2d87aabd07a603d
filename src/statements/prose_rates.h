// Rates stated with the two counts they are the quotient of, in one sentence:
//
//   "受理申请12件，办结12件，办结率为100%"  → 办结率 = 12 (办结) ÷ 12 (受理)
//   "收到申请32件，按时答复30件，按时答复率93.75%"
//
// The rate's name minus 率 names its numerator (办结, 答复, 按时办结); the base is the count
// of what was received (受理, 收到, 申请, 新收) before it. A rate whose counts the sentence does
// not both state, or states more than once, is no statement.
#pragma once

#include <string_view>
#include <vector>

#include "figures/figure.h"
#include "statements/prose_text.h"
#include "statements/statement.h"

namespace crossfoot {

/// Reads the rates of one block of prose into `out`.
void ReadProseRates(std::string_view text, const std::vector<Figure>& figures,
                    const Sentences& sentences, int block, Statements* out);

}  // namespace crossfoot
