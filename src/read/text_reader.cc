#include "read/text_reader.h"

#include "read/numbering.h"
#include "read/source_lines.h"

namespace crossfoot {
namespace {

constexpr size_t kMaxHeadingCodePoints = 50;
constexpr size_t kMaxLeadTitleCodePoints = 40;

bool IsHeadingLine(const SourceLine& line, const Numbering& n) {
  if (n.level == 0) return false;
  if (n.text[0] == '#') return true;
  if (CodePointCount(line.text) > kMaxHeadingCodePoints) return false;
  size_t stop = line.text.find("。");
  return stop == std::string::npos || stop + 3 >= line.text.size();
}

// Joins wrapped lines: nothing between CJK text, a space between Latin words.
std::string_view JoinSeparator(const TextRun& before, const TextRun& after) {
  if (before.text.empty() || after.text.empty()) return "";
  auto latin = [](char c) { return static_cast<unsigned char>(c) < 0x80 && c != ' '; };
  return latin(before.text.back()) && latin(after.text.front()) ? " " : "";
}

std::string LeadTitle(const std::string& text, size_t numbering_length) {
  size_t stop = text.find("。", numbering_length);
  if (stop == std::string::npos) return "";
  std::string title = text.substr(0, stop);
  return CodePointCount(title) <= kMaxLeadTitleCodePoints ? title : "";
}

}  // namespace

void ReadTextBlocks(Document* doc, bool markdown) {
  std::string_view source = doc->source;
  std::vector<SourceLine> lines = SplitLines(source);
  size_t i = 0;
  while (i < lines.size()) {
    const SourceLine& line = lines[i];
    if (line.blank()) {
      ++i;
      continue;
    }
    Numbering numbering = ParseNumbering(line.text);
    if (numbering.text == "#" && !markdown) numbering = Numbering{};
    if (IsHeadingLine(line, numbering)) {
      Block b;
      b.kind = BlockKind::kHeading;
      b.text = LineRun(source, line);
      b.source = {line.begin, line.end};
      b.level = numbering.level;
      b.numbering = numbering.text;
      b.title = numbering.text[0] == '#' ? b.text.text.substr(numbering.length) : b.text.text;
      doc->blocks.push_back(std::move(b));
      ++i;
      continue;
    }
    std::optional<TableMatch> table = MatchPipeTable(source, lines, i);
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
    Block b;
    b.kind = BlockKind::kParagraph;
    b.text = LineRun(source, line);
    b.source = {line.begin, line.end};
    b.level = numbering.level;
    b.numbering = numbering.text;
    size_t j = i + 1;
    while (markdown && j < lines.size() && !lines[j].blank() &&
           ParseNumbering(lines[j].text).level == 0 && !MatchPipeTable(source, lines, j)) {
      TextRun next = LineRun(source, lines[j]);
      b.text.Append(next, JoinSeparator(b.text, next));
      b.source.end = lines[j].end;
      ++j;
    }
    b.text.Recognise();
    if (b.level > 0) b.title = LeadTitle(b.text.text, numbering.length);
    if (b.title.empty()) b.level = 0;
    doc->blocks.push_back(std::move(b));
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
