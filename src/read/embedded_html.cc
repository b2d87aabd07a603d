#include "read/embedded_html.h"

#include "read/html_reader.h"

namespace crossfoot {
namespace {

bool OpensTable(std::string_view line) {
  size_t at = line.find_first_not_of(" \t");
  return at != std::string_view::npos && line.substr(at, 6) == "<table" &&
         (line.size() == at + 6 || line[at + 6] == '>' || line[at + 6] == ' ');
}

// A line that is only an opening `<div …>`: web pages wrap a wide table in one to scroll it
// (the U.S. Access Board's FOIA report, section V.B.(1)).
bool OnlyOpensDiv(std::string_view line) {
  size_t at = line.find_first_not_of(" \t");
  if (at == std::string_view::npos || line.substr(at, 4) != "<div") return false;
  if (line.size() > at + 4 && line[at + 4] != '>' && line[at + 4] != ' ') return false;
  size_t close = line.find('>', at);
  return close != std::string_view::npos &&
         line.find_first_not_of(" \t", close + 1) == std::string_view::npos &&
         line.find('<', at + 1) == std::string_view::npos;
}

bool OnlyClosesDiv(std::string_view line) {
  size_t at = line.find_first_not_of(" \t");
  return at != std::string_view::npos && line.substr(at, 6) == "</div>" &&
         line.find_first_not_of(" \t", at + 6) == std::string_view::npos;
}

void Shift(TextRun* run, uint32_t by) { run->origin.Shift(by); }

}  // namespace

std::optional<EmbeddedHtml> MatchEmbeddedHtmlTable(std::string_view source,
                                                   const std::vector<SourceLine>& lines,
                                                   size_t first) {
  auto line = [&](size_t i) {
    return source.substr(lines[i].begin, lines[i].end - lines[i].begin);
  };
  // A `<div>` wrapping the table: its lines belong to the table's block.
  const bool wrapped =
      OnlyOpensDiv(line(first)) && first + 1 < lines.size() && OpensTable(line(first + 1));
  if (!wrapped && !OpensTable(line(first))) return std::nullopt;
  size_t last = wrapped ? first + 1 : first;
  while (last < lines.size() && line(last).find("</table>") == std::string_view::npos) {
    ++last;
  }
  if (last == lines.size()) return std::nullopt;
  const size_t begin = lines[first].begin;
  Document fragment;
  fragment.format = "html";
  fragment.source = std::string(source.substr(begin, lines[last].end - begin));
  fragment.lines = LineIndex(fragment.source);
  if (!ReadHtmlBlocks(&fragment).empty()) return std::nullopt;
  EmbeddedHtml out;
  out.next_line =
      wrapped && last + 1 < lines.size() && OnlyClosesDiv(line(last + 1)) ? last + 2 : last + 1;
  const auto by = static_cast<uint32_t>(begin);
  for (Block& b : fragment.blocks) {
    if (b.kind != BlockKind::kTable) continue;
    b.source.begin += begin;
    b.source.end += begin;
    b.sections.clear();
    for (auto& row : b.table->rows) {
      for (Cell& cell : row) Shift(&cell.text, by);
    }
    for (auto& row : b.table->unplaced) {
      for (Cell& cell : row) Shift(&cell.text, by);
    }
    out.tables.push_back(std::move(b));
  }
  if (out.tables.empty()) return std::nullopt;
  return out;
}

}  // namespace crossfoot
