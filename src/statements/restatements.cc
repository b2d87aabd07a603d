#include "statements/restatements.h"

#include <algorithm>

#include "statements/prose_text.h"
#include "statements/words.h"
#include "util/unicode.h"

namespace crossfoot {
namespace {

constexpr size_t kMinLabelChars = 8;

}  // namespace

void ReadRestatements(std::string_view text, const std::vector<Figure>& figures,
                      const std::vector<NonFigure>& not_figures, const Sentences& sentences,
                      int block, RestatedWords* seen, Statements* out) {
  for (const auto& sentence : sentences) {
    const size_t begin = sentence.first;
    const size_t end = sentence.second;
    // Only the sentence's first figure: a later one is part of a list, whose items repeat
    // their words from list to list. The words back to the sentence's start belong to it (a
    // date or subject in an earlier clause).
    std::vector<size_t> in = FiguresIn(figures, begin, end);
    if (in.empty()) continue;
    const size_t i = in.front();
    const Figure& f = figures[i];
    if (!IsCount(f) || f.qualifier != Qualifier::kNone) continue;
    std::string_view words = text.substr(begin, f.begin - begin);
    while (!words.empty() && words.front() == ' ') words.remove_prefix(1);
    if (CodePointCount(words) < kMinLabelChars || IsComparison(words)) continue;
    // The same words about another year (a report quoting last year's sentence, a side-by-side
    // comparison) are another quantity: only words that carry their own date are compared.
    bool dated = std::any_of(not_figures.begin(), not_figures.end(), [&](const NonFigure& n) {
      return n.begin >= begin && n.end <= f.begin && (n.kind == "year" || n.kind == "date");
    });
    if (!dated) continue;
    FigureRef ref{block, static_cast<int>(i)};
    auto [it, fresh] = seen->emplace(std::string(words) + "|" + f.unit, ref);
    if (!fresh) out->restatements.push_back({it->second, ref, std::string(words)});
  }
}

}  // namespace crossfoot
