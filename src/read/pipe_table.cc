// Markdown and pipe-separated tables: "| label | 1 | 2 |", with an optional |---| rule.
#include <algorithm>

#include "read/source_lines.h"

namespace crossfoot {
namespace {

bool IsPipeRow(const SourceLine& line) {
  return !line.text().empty() &&
         (line.text()[0] == '|' || std::count(line.text().begin(), line.text().end(), '|') >= 2);
}

// A browser's copy of a table: cells separated by tabs; blank cells keep their place.
bool IsTabRow(std::string_view source, const SourceLine& line) {
  return !line.blank() &&
         source.substr(line.begin, line.end - line.begin).find('\t') != std::string_view::npos;
}

std::vector<std::pair<size_t, size_t>> SplitTabs(std::string_view source, const SourceLine& line) {
  std::vector<std::pair<size_t, size_t>> cells;
  size_t start = line.begin;
  for (size_t i = line.begin; i <= line.end; ++i) {
    if (i == line.end || source[i] == '\t') {
      cells.emplace_back(start, i);
      start = i + 1;
    }
  }
  return cells;
}

// Source ranges of the cells of a pipe row (the raw line, so offsets stay exact).
std::vector<std::pair<size_t, size_t>> SplitCells(std::string_view source, const SourceLine& line) {
  std::vector<std::pair<size_t, size_t>> cells;
  std::string_view raw = source.substr(line.begin, line.end - line.begin);
  size_t start = 0;
  // The full-width bar (U+FF5C) is normalised later; split on the ASCII bar as written.
  for (size_t i = 0; i <= raw.size(); ++i) {
    if (i == raw.size() || raw[i] == '|') {
      cells.emplace_back(line.begin + start, line.begin + i);
      start = i + 1;
    }
  }
  auto blank = [&](const std::pair<size_t, size_t>& c) {
    return source.substr(c.first, c.second - c.first).find_first_not_of(" \t\r") ==
           std::string_view::npos;
  };
  if (!cells.empty() && blank(cells.front())) cells.erase(cells.begin());
  if (!cells.empty() && blank(cells.back())) cells.pop_back();
  return cells;
}

bool IsRuleRow(const SourceLine& line) {
  bool dash = false;
  for (char c : line.text()) {
    if (c == '-') {
      dash = true;
    } else if (c != '|' && c != ':' && c != ' ') {
      return false;
    }
  }
  return dash;
}

}  // namespace

std::optional<TableMatch> MatchPipeTable(std::string_view source,
                                         const std::vector<SourceLine>& lines, size_t at) {
  size_t end = at;
  bool tabs = !IsPipeRow(lines[at]) && IsTabRow(source, lines[at]);
  while (end < lines.size() && (tabs ? IsTabRow(source, lines[end]) : IsPipeRow(lines[end]))) ++end;
  if (end - at < 2) return std::nullopt;
  TableMatch match;
  Table& table = match.table;
  table.shape = tabs ? "tab-separated" : "pipe";
  table.header_rows = 1;
  bool saw_rule = false;
  for (size_t i = at; i < end; ++i) {
    if (!tabs && IsRuleRow(lines[i])) {
      if (!saw_rule) table.header_rows = static_cast<int>(table.rows.size());
      saw_rule = true;
      continue;
    }
    std::vector<Cell> row;
    for (const auto& [b, e] : tabs ? SplitTabs(source, lines[i]) : SplitCells(source, lines[i])) {
      Cell cell;
      cell.text = CellRun(source, b, e);
      cell.row = static_cast<int>(table.rows.size());
      cell.col = static_cast<int>(row.size());
      row.push_back(std::move(cell));
    }
    table.columns = std::max(table.columns, static_cast<int>(row.size()));
    table.rows.push_back(std::move(row));
  }
  if (table.rows.empty()) return std::nullopt;
  for (auto& row : table.rows) {
    while (static_cast<int>(row.size()) < table.columns) {
      Cell empty;
      empty.row = row.empty() ? 0 : row[0].row;
      empty.col = static_cast<int>(row.size());
      row.push_back(std::move(empty));
    }
  }
  DetectLabelColumns(&table);
  FillDownLabels(&table);
  LabelTable(&table);
  match.next_line = end;
  return match;
}

}  // namespace crossfoot
