// Breakdown lists in prose: a total followed by the parts it is made of.
//
//   "共公布政府信息2599条,(其中机构职能类信息25条,…,其他应主动公开政府信息856条)"
//   ProseList l = ReadProseList(text, figures, total_index).value();
//   l.items.size() == 11; l.exhaustive == true   // the last part is 其他…
//
// A list is read only where its shape leaves no doubt: it opens with 其中 (or "…中,") right
// after the total, each part is one figure in the total's unit at the end of its clause, a
// share (占p%) may follow a part, and the list ends at the end of the sentence or of the
// bracket that opened it. A part followed by a bracket holds a list of its own.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figures/figure.h"

namespace crossfoot {

struct ProseList;

/// One part of a list: its figure (an index into the text's figures), its label (the words
/// before the figure in its clause), the share stated for it, and its own parts.
struct ProseListItem {
  size_t figure = 0;
  std::string label;
  std::optional<size_t> share;  // index of a percentage figure (占7.9%)
  std::vector<ProseListItem> parts;
  bool parts_exhaustive = false;
};

/// A list read after a total.
struct ProseList {
  size_t total = 0;  // index of the total's figure
  std::vector<ProseListItem> items;
  /// True when the list names every part: its last part is 其他/其它/其余…, it is not hedged
  /// (主要, 等) and it ends with its sentence or bracket.
  bool exhaustive = false;
};

/// The list that follows figure `total` of `figures` (recognised in `text`), if one does.
std::optional<ProseList> ReadProseList(std::string_view text, const std::vector<Figure>& figures,
                                       size_t total);

}  // namespace crossfoot
