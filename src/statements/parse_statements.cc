#include "statements/parse_statements.h"

#include "statements/prose_counts.h"
#include "statements/prose_lists.h"
#include "statements/prose_rates.h"
#include "statements/prose_text.h"
#include "statements/restatements.h"

namespace crossfoot {

Statements ParseStatements(const Document& doc) {
  Statements out;
  LookBack look;
  RestatedWords seen;
  int sentence = 0;
  const std::vector<std::string>* section = nullptr;
  for (size_t b = 0; b < doc.blocks.size(); ++b) {
    const Block& block = doc.blocks[b];
    // 其中 never reaches back over a table, a heading or into another section.
    if (block.kind != BlockKind::kParagraph || section == nullptr || *section != block.sections) {
      look = LookBack{};
    }
    section = &block.sections;
    if (block.kind == BlockKind::kTable) continue;
    const std::vector<Figure>& figures = block.text.figures.figures;
    if (figures.empty()) {
      ++look.sentences_since;
      continue;
    }
    const int index = static_cast<int>(b);
    const Sentences sentences = SplitSentences(block.text.text);
    ReadProseLists(block.text.text, figures, sentences, index, &look, &out);
    ReadProseRates(block.text.text, figures, sentences, index, &out);
    ReadProseCounts(block.text.text, figures, sentences, index, &out);
    ReadRestatements(block.text.text, figures, block.text.figures.skipped, sentences, index, &seen,
                     &out);
    for (const auto& [begin, end] : sentences) {
      for (size_t i : FiguresIn(figures, begin, end)) {
        if (!IsCount(figures[i])) continue;
        // "31件结转到2025年度继续办理": a count that opens its clause is named after it.
        std::string_view label = ClauseBefore(block.text.text, figures[i], begin);
        if (label.empty()) label = ClauseAfter(block.text.text, figures[i], end);
        out.quantities.push_back(
            {FigureRef{index, static_cast<int>(i)}, std::string(label), sentence});
      }
      ++sentence;
    }
  }
  return out;
}

const Figure& FigureAt(const Document& doc, const FigureRef& ref) {
  return doc.blocks[static_cast<size_t>(ref.block)]
      .text.figures.figures[static_cast<size_t>(ref.index)];
}

}  // namespace crossfoot
