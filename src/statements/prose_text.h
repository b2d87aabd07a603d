// The shape of one block's prose, for the statements stage: its sentences, each sentence's
// segments (the stretches between list separators , ; : 、 outside brackets), and which of its
// figures are counts.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "figures/figure.h"

namespace crossfoot {

/// A stretch of text between separators; brackets inside it are kept whole.
struct Segment {
  size_t begin = 0;
  size_t end = 0;
  std::string_view separator;  // what ends it: ",", ";", ":", "、", or empty at the range end
  std::vector<std::pair<size_t, size_t>> brackets;  // [open, close] of its top-level brackets
};

/// [begin, end) ranges of a text, one per sentence.
using Sentences = std::vector<std::pair<size_t, size_t>>;

/// Sentences of a text: ranges ending at 。!? or a line break.
Sentences SplitSentences(std::string_view text);

/// Segments of text[begin, end); a bracket left open runs to `end`.
std::vector<Segment> SplitSegments(std::string_view text, size_t begin, size_t end);

/// The bracket closing the one opening at `open` (before `end`), or npos.
size_t ClosingBracket(std::string_view text, size_t open, size_t end);

/// A figure that counts things (条, 件, 个…, or no unit): not a percentage, a sum of money, a
/// duration, a blank cell or a word share; a whole, non-negative number.
bool IsCount(const Figure& f);

/// True when two counts' units may be added: the same unit, or units of one group (条 件 份 篇;
/// 个 项).
bool CompatibleUnits(std::string_view a, std::string_view b);

/// Where the figure's unit word ends (its own end when it has none).
size_t UnitEnd(std::string_view text, const Figure& f);

/// The indices of the figures lying within [begin, end) and outside the given brackets.
std::vector<size_t> FiguresIn(const std::vector<Figure>& figures, size_t begin, size_t end,
                              const std::vector<std::pair<size_t, size_t>>& brackets = {});

/// The words of the clause before figure f: from the last separator (or `floor`) to it.
std::string_view ClauseBefore(std::string_view text, const Figure& f, size_t floor);

/// The words of the clause after figure f's unit, to the next separator (or `ceiling`).
std::string_view ClauseAfter(std::string_view text, const Figure& f, size_t ceiling);

}  // namespace crossfoot
