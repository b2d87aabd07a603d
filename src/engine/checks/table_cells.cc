#include "engine/checks/table_cells.h"

#include <fmt/format.h>

#include "figures/header_unit.h"
#include "figures/recognise.h"

namespace crossfoot {

std::vector<TableRef> TablesWithHeader(const Document& doc, const Pattern& header,
                                       const std::optional<Pattern>& section) {
  std::vector<TableRef> out;
  for (size_t b = 0; b < doc.blocks.size(); ++b) {
    const Block& block = doc.blocks[b];
    if (block.kind != BlockKind::kTable) continue;
    if (section && !InSection(block, *section)) continue;
    for (const std::string& h : block.table->column_headers) {
      if (header.Matches(h)) {
        out.push_back({static_cast<int>(b), &*block.table});
        break;
      }
    }
  }
  return out;
}

std::optional<TableSelection> ReadTableSelection(FieldReader& f, const std::string& kind) {
  std::optional<Pattern> header = f.PatternField(kind);
  // A bad section pattern is reported, and Finish() then fails the check.
  std::optional<Pattern> section = f.PatternField("section", /*required=*/false);
  if (!header) return std::nullopt;
  return TableSelection{std::move(*header), std::move(section)};
}

std::vector<int> MatchingColumns(const Table& t, const Pattern& pattern) {
  std::vector<int> out;
  for (int c = t.label_columns; c < t.columns; ++c) {
    // A header spanning columns over one merged value cell names one column.
    bool merged = !out.empty() && t.column_headers[c] == t.column_headers[out.back()] &&
                  t.rows.size() > static_cast<size_t>(t.header_rows) &&
                  t.SameCell(t.header_rows, c, out.back());
    if (pattern.Matches(t.column_headers[c]) && !merged) out.push_back(c);
  }
  return out;
}

std::vector<int> MatchingRows(const Table& t, const Pattern& pattern) {
  std::vector<int> out;
  for (int r = t.header_rows; r < static_cast<int>(t.rows.size()); ++r) {
    if (pattern.Matches(t.row_labels[r])) out.push_back(r);
  }
  return out;
}

std::string CellLabel(const Table& t, int row, int column) {
  // A table of one unlabelled row (表四) names its cells by their column alone.
  const std::string& row_label = t.row_labels[row];
  const std::string& header = t.column_headers[column];
  if (row_label.empty() || header.empty()) return row_label.empty() ? header : row_label;
  return fmt::format("{} › {}", row_label, header);
}

uint64_t CellCache::Key(int block, int row, int column) {
  return (static_cast<uint64_t>(static_cast<uint32_t>(block)) << 40) ^
         (static_cast<uint64_t>(static_cast<uint32_t>(row)) << 20) ^ static_cast<uint32_t>(column);
}

const CellRead* CellCache::Find(int block, int row, int column) const {
  auto it = reads_.find(Key(block, row, column));
  return it == reads_.end() ? nullptr : &it->second;
}

const CellRead& CellCache::Insert(int block, int row, int column, CellRead read) {
  return reads_.insert_or_assign(Key(block, row, column), std::move(read)).first->second;
}

namespace {

CellRead ReadCellOnce(const EvalContext& ctx, const TableRef& t, int row, int column) {
  CellRead out;
  const Table& table = *t.table;
  const Cell& cell = table.rows[row][column];
  if (!table.row_problems[row].empty()) return out;
  std::optional<Figure> f;
  if (IsNotReportedCell(cell.text.text)) {
    out.state = CellState::kNotReported;
    f = BlankCellFigure(cell.text.text);
  } else {
    f = cell.text.CellFigure();
    // A figure too large in 元 (a 30-digit 亿 cell under 亿元) is no figure.
    if (!f || !ApplyHeaderUnit(table.column_headers[column], &*f, table.unit)) return out;
    out.state = CellState::kFigure;
  }
  out.figure = *f;
  std::string label = CellLabel(table, row, column);
  std::string where = table.CellWhere(row, column, label);
  out.mention =
      Mention{*f, table.CellSource(row, column, f->begin, f->end), t.block, where, &ctx.doc};
  if (std::optional<Interval> iv = MentionInterval(ctx, out.mention)) {
    std::optional<Rational> nominal;
    if (!f->blank) nominal = f->value;
    out.operand = Operand{
        *iv, f->written, std::vector<Involved>{{std::move(label), out.mention}}, nominal, {}, *f};
  }
  return out;
}

}  // namespace

const CellRead& ReadCell(const EvalContext& ctx, const TableRef& t, int row, int column) {
  // Each reading of the blanks has its own cache (the CellCache belongs to one reading).
  if (const CellRead* cached = ctx.cells.Find(t.block, row, column)) return *cached;
  return ctx.cells.Insert(t.block, row, column, ReadCellOnce(ctx, t, row, column));
}

}  // namespace crossfoot
