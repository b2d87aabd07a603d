// Lists of parts in prose: a whole, a marker (其中, 包括, 分别为, 在…中), then its parts.
//
//   "2014年我镇主动公开政府信息数160条,其中,综合政务59条;人事工作信息1条;…"
//   "收到申请525件。其中当面申请为312件,传真申请为7件,网络申请为136件,信函申请为70件。"
//   "在主动公开的2026条政府信息中,机构职能类信息161条,占7.9%;…"
//
// A list is read only where its shape leaves no doubt; what ends it early, and why a list's
// parts are taken as exhaustive, disjoint or overlapping, is recorded for `facts`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "figures/figure.h"
#include "statements/prose_text.h"
#include "statements/statement.h"

namespace crossfoot {

/// The sentences before the current one that a sentence opening with 其中 may refer to.
struct LookBack {
  struct Count {
    FigureRef ref;
    Figure figure;
    std::string label;  // the words before it in its clause
    bool top = false;   // no part of a list, no comparison: a whole a later 其中 may list
  };
  std::vector<Count> counts;  // the counts of the last sentence that had any
  int sentences_since = 0;    // sentences without figures read since
};

/// Reads the lists of one block of prose (its text and recognised figures) into `out`.
void ReadProseLists(std::string_view text, const std::vector<Figure>& figures,
                    const Sentences& sentences, int block, LookBack* look, Statements* out);

}  // namespace crossfoot
