// A count of the names a sentence lists: "本报告由概述、主动公开…情况、…、附表等六部分组成".
// The names are split at 、 , ; — but a name may hold a 、 of its own (行政复议、行政诉讼情况),
// so the count of names is known only within a range: every separator splits (the most), or a
// piece that does not end like a name (情况, 措施, 事项, 附表…) joins the next (the fewest).
#pragma once

#include <string_view>
#include <vector>

#include "figures/figure.h"
#include "statements/prose_text.h"
#include "statements/statement.h"

namespace crossfoot {

/// Reads the counted lists of one block of prose into `out`.
void ReadProseCounts(std::string_view text, const std::vector<Figure>& figures,
                     const Sentences& sentences, int block, Statements* out);

}  // namespace crossfoot
