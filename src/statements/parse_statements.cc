#include "statements/parse_statements.h"

#include "statements/prose_counts.h"
#include "statements/prose_lists.h"
#include "statements/prose_rates.h"
#include "statements/restatements.h"

namespace crossfoot {

Statements ParseStatements(const Document& doc) {
  Statements out;
  LookBack look;
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
    ReadProseLists(block.text.text, figures, index, &look, &out);
    ReadProseRates(block.text.text, figures, index, &out);
    ReadProseCounts(block.text.text, figures, index, &out);
  }
  out.restatements = FindRestatements(doc);
  return out;
}

const Figure& FigureAt(const Document& doc, const FigureRef& ref) {
  return doc.blocks[static_cast<size_t>(ref.block)]
      .text.figures.figures[static_cast<size_t>(ref.index)];
}

}  // namespace crossfoot
