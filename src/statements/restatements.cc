#include "statements/restatements.h"

#include <algorithm>
#include <map>

#include "statements/prose_text.h"
#include "statements/words.h"
#include "util/unicode.h"

namespace crossfoot {
namespace {

constexpr size_t kMinLabelChars = 8;

// The clause before the figure, back to the sentence's start (a date or subject in an earlier
// clause of the sentence belongs to the quantity too).
std::string_view SentenceBefore(std::string_view text, const Figure& f) {
  size_t start = 0;
  for (size_t i = f.begin; i > 0; --i) {
    if (text[i - 1] == '\n' || text[i - 1] == '!' || text[i - 1] == '?' ||
        (i >= 3 && text.substr(i - 3, 3) == "。")) {
      start = i;
      break;
    }
  }
  std::string_view s = text.substr(start, f.begin - start);
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return s;
}

}  // namespace

std::vector<Restatement> FindRestatements(const Document& doc) {
  std::vector<Restatement> out;
  std::map<std::string, FigureRef> seen;  // the words before a count, with its unit
  for (size_t b = 0; b < doc.blocks.size(); ++b) {
    const Block& block = doc.blocks[b];
    if (block.kind == BlockKind::kTable) continue;
    const std::vector<Figure>& figures = block.text.figures.figures;
    for (size_t i = 0; i < figures.size(); ++i) {
      const Figure& f = figures[i];
      if (!IsCount(f) || f.qualifier != Qualifier::kNone) continue;
      std::string_view words = SentenceBefore(block.text.text, f);
      // Only a clause that is the whole sentence so far: a figure after other figures of its
      // sentence is part of a list, whose items repeat their words from list to list.
      if (!FiguresIn(figures, static_cast<size_t>(words.data() - block.text.text.data()), f.begin)
               .empty())
        continue;
      if (CodePointCount(words) < kMinLabelChars || IsComparison(words)) continue;
      // The same words about another year (a report quoting last year's sentence, a side-by-side
      // comparison) are another quantity: only words that carry their own date are compared.
      size_t from = static_cast<size_t>(words.data() - block.text.text.data());
      bool dated = std::any_of(block.text.figures.skipped.begin(), block.text.figures.skipped.end(),
                               [&](const NonFigure& n) {
                                 return n.begin >= from && n.end <= f.begin &&
                                        (n.kind == "year" || n.kind == "date");
                               });
      if (!dated) continue;
      std::string key = std::string(words) + "|" + f.unit;
      FigureRef ref{static_cast<int>(b), static_cast<int>(i)};
      auto [it, fresh] = seen.emplace(key, ref);
      if (!fresh) out.push_back({it->second, ref, std::string(words)});
    }
  }
  return out;
}

}  // namespace crossfoot
