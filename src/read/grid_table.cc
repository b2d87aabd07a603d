#include "read/grid_table.h"

#include <fmt/format.h>

#include <algorithm>

#include "figures/recognise.h"
#include "read/source_lines.h"

namespace crossfoot {
namespace {

constexpr int kMaxSpan = 1000;

bool HasFigure(const Cell& cell) { return cell.text.CellFigure().has_value(); }

// "2023", "2022*", "FY 2023": a column heading of a statement's years, not a value.
bool IsYearHeading(const Cell& cell) {
  std::string t = StripSpaces(cell.text.text);
  if (t.rfind("FY", 0) == 0) t = t.substr(2);
  while (!t.empty() && t.back() == '*') t.pop_back();
  return t.size() == 4 && (t.rfind("19", 0) == 0 || t.rfind("20", 0) == 0) &&
         std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool HasValue(const Cell& cell) { return HasFigure(cell) && !IsYearHeading(cell); }

// "Assets:" over empty value cells: an English statement's first group title, where the data
// starts (Chinese 其中: rows are never groups).
bool IsGroupTitleRow(const std::vector<Cell>& row) {
  if (row.size() < 2) return false;
  const std::string& label = row[0].text.text;
  if (label.size() < 2 || label.back() != ':') return false;
  if (std::any_of(label.begin(), label.end(),
                  [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
    return false;
  }
  return std::all_of(row.begin() + 1, row.end(),
                     [](const Cell& c) { return StripSpaces(c.text.text).empty(); });
}

bool RowHasFigure(const std::vector<Cell>& row) {
  return std::any_of(row.begin() + (row.size() > 1 ? 1 : 0), row.end(), HasFigure);
}

bool IsHeaderLike(const std::vector<Cell>& row) {
  return !row.empty() && !RowHasFigure(row) &&
         std::all_of(row.begin(), row.end(), [](const Cell& c) {
           return !c.text.text.empty() && !IsNotReportedCell(c.text.text);
         });
}

}  // namespace

Table BuildGridTable(std::vector<RawRow> rows, std::string shape, std::string* error) {
  Table t;
  t.shape = std::move(shape);
  std::vector<std::vector<bool>> taken;
  auto ensure = [&](size_t r, size_t c) {
    if (t.rows.size() <= r) {
      t.rows.resize(r + 1);
      taken.resize(r + 1);
    }
    if (t.rows[r].size() <= c) {
      t.rows[r].resize(c + 1);
      taken[r].resize(c + 1, false);
    }
  };
  size_t cells = 0;
  size_t text_bytes = 0;  // text copied into grid positions: a merged cell once per position
  auto over_limit = [&](size_t at, int cs) {
    if (cells > kMaxTableCells || at + static_cast<size_t>(cs) > kMaxTableCells / 8) {
      *error = fmt::format("a table expands to more than {} cells", kMaxTableCells);
    } else if (text_bytes > kMaxTableTextBytes) {
      *error = fmt::format("a table's merged cells repeat more than {} bytes of text",
                           kMaxTableTextBytes);
    }
    return !error->empty();
  };
  for (size_t r = 0; r < rows.size() && error->empty(); ++r) {
    size_t c = 0;
    ensure(r, 0);
    for (RawCell& raw : rows[r]) {
      while (c < taken[r].size() && taken[r][c]) ++c;
      int rs = std::clamp(raw.row_span, 1, kMaxSpan);
      int cs = std::clamp(raw.col_span, 1, kMaxSpan);
      if (raw.continues_above && r > 0 && c < t.rows[r - 1].size()) {
        // Word's vertical merge: this position belongs to the cell above. Counted before it
        // is copied, like any other position.
        cells += static_cast<size_t>(cs);
        for (int dc = 0; dc < cs && c + dc < t.rows[r - 1].size(); ++dc) {
          text_bytes += t.rows[r - 1][c + dc].text.text.size();
        }
        if (over_limit(c, cs)) break;
        for (int dc = 0; dc < cs; ++dc) {
          ensure(r, c + dc);
          if (c + dc < t.rows[r - 1].size()) t.rows[r][c + dc].text = t.rows[r - 1][c + dc].text;
          taken[r][c + dc] = true;
        }
        c += static_cast<size_t>(cs);
        continue;
      }
      cells += static_cast<size_t>(rs) * static_cast<size_t>(cs);
      text_bytes += static_cast<size_t>(rs) * static_cast<size_t>(cs) * raw.text.text.size();
      if (over_limit(c, cs)) break;
      for (int dr = 0; dr < rs; ++dr) {
        for (int dc = 0; dc < cs; ++dc) {
          ensure(r + dr, c + dc);
          t.rows[r + dr][c + dc].text = raw.text;
          taken[r + dr][c + dc] = true;
        }
      }
      c += static_cast<size_t>(cs);
    }
  }
  for (const auto& row : t.rows) t.columns = std::max(t.columns, static_cast<int>(row.size()));
  if (error->empty() && t.rows.size() * static_cast<size_t>(t.columns) > kMaxTableCells) {
    *error = fmt::format("a table expands to more than {} cells", kMaxTableCells);
  }
  if (!error->empty()) {
    t.rows.clear();
    t.columns = 0;
  }
  for (size_t r = 0; r < t.rows.size(); ++r) {
    t.rows[r].resize(static_cast<size_t>(t.columns));
    for (int c = 0; c < t.columns; ++c) {
      t.rows[r][c].row = static_cast<int>(r);
      t.rows[r][c].col = c;
    }
  }
  // Header rows: the leading rows in which no cell after the first holds a figure (a year
  // over a column is a heading).
  t.header_rows = 0;
  while (t.header_rows < static_cast<int>(t.rows.size()) &&
         !(t.header_rows > 0 && IsGroupTitleRow(t.rows[t.header_rows])) &&
         std::none_of(t.rows[t.header_rows].begin() + (t.columns > 1 ? 1 : 0),
                      t.rows[t.header_rows].end(), HasValue)) {
    ++t.header_rows;
  }
  if (t.header_rows == static_cast<int>(t.rows.size()))
    t.header_rows = std::min<int>(1, t.header_rows);
  DetectLabelColumns(&t);
  LabelTable(&t);
  t.unplaced.resize(t.rows.size());
  return t;
}

std::vector<Table> SplitAtInnerHeaders(Table table) {
  std::vector<int> starts;
  const int rows = static_cast<int>(table.rows.size());
  bool data = false;
  for (int r = table.header_rows; r < rows; ++r) {
    if (RowHasFigure(table.rows[r])) {
      data = true;
      continue;
    }
    if (!data || !IsHeaderLike(table.rows[r])) continue;
    int end = r;
    while (end < rows && IsHeaderLike(table.rows[end])) ++end;
    if (end < rows && RowHasFigure(table.rows[end])) {
      starts.push_back(r);
      data = false;
      r = end - 1;
    }
  }
  if (starts.empty()) return {std::move(table)};
  std::vector<Table> parts;
  starts.insert(starts.begin(), 0);
  starts.push_back(rows);
  for (size_t i = 0; i + 1 < starts.size(); ++i) {
    Table part;
    part.columns = table.columns;
    part.shape = table.shape;
    part.name = table.name;
    part.first_row = starts[i];
    for (int r = starts[i]; r < starts[i + 1]; ++r) part.rows.push_back(table.rows[r]);
    part.header_rows = 0;
    while (part.header_rows < static_cast<int>(part.rows.size()) &&
           !RowHasFigure(part.rows[part.header_rows]))
      ++part.header_rows;
    DetectLabelColumns(&part);
    LabelTable(&part);
    part.unplaced.resize(part.rows.size());
    parts.push_back(std::move(part));
  }
  return parts;
}

}  // namespace crossfoot
