// Tables flattened one cell per line, as web pages copied to text give them:
//
//   指标名称 / 计量单位 / 2018年度 / 历年累计      ← header, one line per column
//   主动公开文件数 / 39142 / 579574              ← a label, then its values
//
// Blank cells vanish in such text. A row is placed only when its values can be assigned to
// columns without guessing; otherwise its values are kept aside with the reason.
#include <fmt/format.h>

#include "re2/re2.h"
#include "read/numbering.h"
#include "read/source_lines.h"

namespace crossfoot {
namespace {

constexpr size_t kMaxCellCodePoints = 40;

bool IsCellLike(const SourceLine& line) {
  if (line.blank() || !CodePointsAtMost(line.text(), kMaxCellCodePoints)) return false;
  return line.text().find("。") == std::string::npos;
}

bool IsSectionHeading(const SourceLine& line) {
  Numbering n = ParseNumbering(line.text());
  return n.level == 1 || n.level == 2;
}

bool IsUnitHeader(const std::string& header) { return header.find("单位") != std::string::npos; }

bool IsUnitWord(std::string_view text) {
  static const re2::RE2 kUnit(
      "(条|件|个|项|次|人次|人|家|份|篇|期|场|起|万元|元|%|页|天|日|小时|册|台)");
  return re2::RE2::FullMatch(text, kUnit);
}

// Most header lines a flattened table may have: a probe from a line that starts no table
// stops there instead of running to the end of the text (which made the probes from every
// line quadratic).
constexpr size_t kMaxHeaderLines = 32;

// Non-blank line indices from `at`, while lines stay cell-like, up to and including the first
// value line (*found_value says whether there was one), within kMaxHeaderLines + 2 lines.
std::vector<size_t> HeaderCellLines(const std::vector<SourceLine>& lines, size_t at,
                                    bool* found_value) {
  std::vector<size_t> out;
  for (size_t i = at; i < lines.size() && out.size() < kMaxHeaderLines + 2; ++i) {
    if (lines[i].blank()) continue;
    if (!IsCellLike(lines[i])) break;
    out.push_back(i);
    if (lines[i].is_value()) {
      *found_value = true;
      break;
    }
  }
  return out;
}

// The cell-like lines after a header, gathered only as far as the rows read them.
class CellLineCursor {
 public:
  CellLineCursor(const std::vector<SourceLine>& lines, std::vector<size_t> cells)
      : lines_(lines), cells_(std::move(cells)), scan_(cells_.back() + 1) {}

  /// True when there is a k-th cell line, gathering up to it.
  bool Has(size_t k) {
    while (cells_.size() <= k && !done_) {
      while (scan_ < lines_.size() && lines_[scan_].blank()) ++scan_;
      if (scan_ >= lines_.size() || !IsCellLike(lines_[scan_])) {
        done_ = true;
      } else {
        cells_.push_back(scan_++);
      }
    }
    return k < cells_.size();
  }
  const SourceLine& Line(size_t k) const { return lines_[cells_[k]]; }
  size_t Index(size_t k) const { return cells_[k]; }

 private:
  const std::vector<SourceLine>& lines_;
  std::vector<size_t> cells_;
  size_t scan_;
  bool done_ = false;
};

}  // namespace

std::optional<TableMatch> MatchFlattenedTable(std::string_view /*source*/,
                                              const std::vector<SourceLine>& lines, size_t at) {
  // The header runs up to the label line before the first value line. Most lines start no
  // table, so the lines after the first value line are gathered only when the header fits.
  bool found_value = false;
  std::vector<size_t> header_cells = HeaderCellLines(lines, at, &found_value);
  if (!found_value || header_cells.size() < 4) return std::nullopt;
  size_t first_value = header_cells.size() - 1;
  CellLineCursor cells(lines, std::move(header_cells));
  size_t header_count = first_value - 1;
  for (size_t h = 0; h < header_count; ++h) {
    const SourceLine& line = cells.Line(h);
    if (ParseNumbering(line.text()).level != 0 || IsSectionHeading(line)) return std::nullopt;
  }

  TableMatch match;
  Table& table = match.table;
  table.shape = "flattened";
  table.header_rows = 1;
  table.columns = static_cast<int>(header_count);
  std::vector<Cell> header;
  std::vector<int> unit_cols;
  std::vector<int> value_cols;
  for (size_t h = 0; h < header_count; ++h) {
    Cell cell;
    cell.text = LineRun(cells.Line(h));
    cell.col = static_cast<int>(h);
    if (h > 0) {
      (IsUnitHeader(StripSpaces(cell.text.text)) ? unit_cols : value_cols)
          .push_back(static_cast<int>(h));
    }
    header.push_back(std::move(cell));
  }
  table.rows.push_back(std::move(header));

  size_t k = header_count;
  size_t last_line = cells.Index(header_count - 1);
  int rows_with_values = 0;
  while (cells.Has(k)) {
    const SourceLine& label_line = cells.Line(k);
    if (label_line.is_value() || IsSectionHeading(label_line)) break;
    int r = static_cast<int>(table.rows.size());
    std::vector<Cell> row(static_cast<size_t>(table.columns));
    for (int c = 0; c < table.columns; ++c) {
      row[c].row = r;
      row[c].col = c;
    }
    row[0].text = LineRun(label_line);
    size_t j = k + 1;
    std::optional<Cell> unit;
    if (!unit_cols.empty() && cells.Has(j) && IsUnitWord(cells.Line(j).text())) {
      unit = Cell{LineRun(cells.Line(j)), r, unit_cols[0]};
      ++j;
    }
    std::vector<Cell> values;
    while (cells.Has(j) && cells.Line(j).is_value() &&
           static_cast<int>(values.size()) < table.columns - 1) {
      values.push_back(Cell{LineRun(cells.Line(j)), r, -1});
      ++j;
    }
    std::string problem;
    if (values.size() == value_cols.size()) {
      for (size_t v = 0; v < values.size(); ++v) {
        values[v].col = value_cols[v];
        row[value_cols[v]] = std::move(values[v]);
      }
    } else if (static_cast<int>(values.size()) == table.columns - 1) {
      for (size_t v = 0; v < values.size(); ++v) {
        values[v].col = static_cast<int>(v) + 1;
        row[v + 1] = std::move(values[v]);
      }
    } else if (!values.empty()) {
      problem = fmt::format(
          "{} value(s) for {} value column(s): a blank cell was dropped, so the column of each "
          "value cannot be known",
          values.size(), value_cols.size());
    }
    if (unit) row[unit->col] = std::move(*unit);
    if (values.empty() && !cells.Has(j)) break;  // a trailing label is not a row
    rows_with_values += values.empty() ? 0 : 1;
    last_line = cells.Index(j - 1);
    table.rows.push_back(std::move(row));
    table.row_problems.resize(table.rows.size());
    table.row_problems.back() = problem;
    table.unplaced.resize(table.rows.size());
    if (!problem.empty()) table.unplaced.back() = std::move(values);
    k = j;
  }
  if (rows_with_values < 2) return std::nullopt;
  std::vector<std::string> problems = std::move(table.row_problems);
  LabelTable(&table);
  problems.resize(table.rows.size());
  table.row_problems = std::move(problems);
  table.unplaced.resize(table.rows.size());
  match.next_line = last_line + 1;
  return match;
}

}  // namespace crossfoot
