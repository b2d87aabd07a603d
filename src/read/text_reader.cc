#include "read/text_reader.h"

#include <fmt/format.h>

#include <algorithm>

#include "read/bar_cells_table.h"
#include "read/embedded_html.h"
#include "read/inline_table.h"
#include "read/layout_text.h"
#include "read/numbering.h"
#include "read/source_lines.h"
#include "read/text_block.h"
#include "read/wrapped_lines.h"

namespace crossfoot {
namespace {

// Joins wrapped lines: nothing between CJK text, a space between Latin words.
std::string_view JoinSeparator(const TextRun& before, const TextRun& after) {
  if (before.text.empty() || after.text.empty()) return "";
  auto latin = [](char c) { return static_cast<unsigned char>(c) < 0x80 && c != ' '; };
  return latin(before.text.back()) && latin(after.text.front()) ? " " : "";
}

// A paragraph, split around a statistics table a crawler saved on the same line.
void AppendParagraph(Document* doc, TextRun run, SourceSpan span, bool markdown) {
  std::optional<InlineTable> table = FindInlineTable(run);
  if (!table) {
    run.Recognise();
    doc->blocks.push_back(MakeTextBlock(std::move(run), span, 0, markdown));
    return;
  }
  auto text_part = [&](size_t begin, size_t end) {
    while (begin < end && run.text[begin] == ' ') ++begin;
    if (begin >= end) return;
    TextRun part = SliceRun(run, begin, end);
    part.Recognise();
    SourceSpan source{part.origin.front(), part.origin.back()};
    doc->blocks.push_back(MakeTextBlock(std::move(part), source, 0, markdown));
  };
  text_part(0, table->begin);
  Block b;
  b.kind = BlockKind::kTable;
  b.source = {run.origin[table->begin], run.origin[table->end]};
  b.table = std::move(table->table);
  doc->blocks.push_back(std::move(b));
  text_part(table->end, run.text.size());
}

}  // namespace

std::string ReadTextBlocks(Document* doc, bool markdown) {
  std::string_view source = doc->source;
  // Counted before the lines are made: each costs its offsets and its normalised text.
  if (static_cast<size_t>(std::count(source.begin(), source.end(), '\n')) >= kMaxTextLines) {
    return fmt::format("the text has more than {} lines", kMaxTextLines);
  }
  std::vector<SourceLine> lines = SplitLines(source);
  const WrapWidth wrap(lines);
  // Space-aligned tables (pdftotext -layout): see layout_text.h.
  std::vector<LayoutLine> layout =
      markdown ? std::vector<LayoutLine>{} : TextLayoutLines(source, lines);
  size_t i = 0;
  size_t no_bar_table_before = 0;  // lines already read as bar-closed cells that make no table
  while (i < lines.size()) {
    if (doc->blocks.size() >= kMaxBlocks) return TooManyBlocks();
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
    if (markdown) {
      if (std::optional<EmbeddedHtml> html = MatchEmbeddedHtmlTable(source, lines, i)) {
        for (Block& t : html->tables) {
          if (doc->blocks.size() >= kMaxBlocks) return TooManyBlocks();
          doc->blocks.push_back(std::move(t));
        }
        i = html->next_line;
        continue;
      }
    }
    if (!markdown && i >= no_bar_table_before) {
      if (std::optional<BarCellsMatch> bars =
              MatchBarCellsTable(source, lines, i, &no_bar_table_before)) {
        for (Table& t : bars->tables) {
          if (doc->blocks.size() >= kMaxBlocks) return TooManyBlocks();
          Block b;
          b.kind = BlockKind::kTable;
          b.source = {line.begin, lines[bars->next_line - 1].end};
          b.table = std::move(t);
          doc->blocks.push_back(std::move(b));
        }
        i = bars->next_line;
        continue;
      }
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
    // Later probes read only the lines after this one: its run moves into the block.
    SourceSpan span{line.begin, line.end};
    // Whether this line wraps onto the next is decided before its run moves into the block.
    const bool first_wraps = i + 1 < lines.size() && wrap.Wraps(lines[i], lines[i + 1]);
    TextRun run = std::move(lines[i].run);
    size_t j = i + 1;
    while (j < lines.size() && !lines[j].blank() &&
           (markdown
                ? ParseNumbering(lines[j].text()).level == 0 && !MatchPipeTable(source, lines, j)
                : (j == i + 1 ? first_wraps : wrap.Wraps(lines[j - 1], lines[j])))) {
      const TextRun& next = lines[j].run;
      run.Append(next, JoinSeparator(run, next));
      span.end = lines[j].end;
      ++j;
    }
    AppendParagraph(doc, std::move(run), span, markdown);
    i = j;
  }
  AssignSections(doc);
  return "";
}

std::string TooManyBlocks() {
  return fmt::format("the document has more than {} paragraphs, headings and tables", kMaxBlocks);
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
