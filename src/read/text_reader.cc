#include "read/text_reader.h"

#include "read/layout_text.h"
#include "read/numbering.h"
#include "read/source_lines.h"
#include "read/text_block.h"

namespace crossfoot {
namespace {

// Joins wrapped lines: nothing between CJK text, a space between Latin words.
std::string_view JoinSeparator(const TextRun& before, const TextRun& after) {
  if (before.text.empty() || after.text.empty()) return "";
  auto latin = [](char c) { return static_cast<unsigned char>(c) < 0x80 && c != ' '; };
  return latin(before.text.back()) && latin(after.text.front()) ? " " : "";
}

}  // namespace

void ReadTextBlocks(Document* doc, bool markdown) {
  std::string_view source = doc->source;
  std::vector<SourceLine> lines = SplitLines(source);
  // Space-aligned tables (pdftotext -layout): see layout_text.h.
  std::vector<LayoutLine> layout =
      markdown ? std::vector<LayoutLine>{} : TextLayoutLines(source, lines);
  size_t i = 0;
  while (i < lines.size()) {
    const SourceLine& line = lines[i];
    if (line.blank()) {
      ++i;
      continue;
    }
    // Figures are recognised once the block is final, not for this trial.
    Block single = MakeTextBlock(line.run, {line.begin, line.end}, 0, markdown);
    if (single.kind == BlockKind::kHeading) {
      single.text.Recognise();
      doc->blocks.push_back(std::move(single));
      ++i;
      continue;
    }
    std::optional<TableMatch> table = MatchPipeTable(source, lines, i);
    if (!table && !markdown) table = MatchTextLayoutTable(layout, i);
    if (!table) table = MatchFlattenedTable(source, lines, i);
    if (table) {
      Block b;
      b.kind = BlockKind::kTable;
      b.source = {line.begin, lines[table->next_line - 1].end};
      b.table = std::move(table->table);
      doc->blocks.push_back(std::move(b));
      i = table->next_line;
      continue;
    }
    // A paragraph: this line and the following ones up to a blank line or a new structure.
    TextRun run = line.run;
    SourceSpan span{line.begin, line.end};
    size_t j = i + 1;
    while (markdown && j < lines.size() && !lines[j].blank() &&
           ParseNumbering(lines[j].text()).level == 0 && !MatchPipeTable(source, lines, j)) {
      const TextRun& next = lines[j].run;
      run.Append(next, JoinSeparator(run, next));
      span.end = lines[j].end;
      ++j;
    }
    run.Recognise();
    doc->blocks.push_back(MakeTextBlock(std::move(run), span, 0, markdown));
    i = j;
  }
  AssignSections(doc);
}

void AssignSections(Document* doc) {
  struct Open {
    int level;
    std::string title;
  };
  std::vector<Open> stack;
  for (Block& b : doc->blocks) {
    if (b.level > 0) {
      while (!stack.empty() && stack.back().level >= b.level) stack.pop_back();
    }
    for (const Open& o : stack) b.sections.push_back(o.title);
    if (b.level > 0) {
      b.sections.push_back(b.title);
      stack.push_back({b.level, b.title});
    }
  }
}

}  // namespace crossfoot
