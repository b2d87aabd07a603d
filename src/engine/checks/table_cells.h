// Reading the cells of the tables a table-wide check (each-row, each-column, row-filled,
// whole-counts, table-present) runs over.
//
//   std::optional<TableSelection> tables = ReadTableSelection(f, "each-row");  // + `section`
//   for (const TableRef& t : tables->In(ctx.doc)) {
//     const CellRead& cell = ReadCell(ctx, t, row, MatchingColumns(*t.table, pattern)[0]);
//     if (cell.state == CellState::kFigure) ... cell.operand ...
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/check_kind.h"
#include "engine/checks/fields.h"
#include "engine/expression_eval.h"

namespace crossfoot {

struct TableRef {
  int block = -1;
  const Table* table = nullptr;
};

/// The tables with a column header matching `header`, in document order; with `section`, only
/// those in a section whose title matches it.
std::vector<TableRef> TablesWithHeader(const Document& doc, const Pattern& header,
                                       const std::optional<Pattern>& section = std::nullopt);

/// The tables a table-wide check runs over: a column header (the kind's own key) and, with
/// `section:`, only tables in a section whose title matches, as for table facts.
struct TableSelection {
  Pattern header;
  std::optional<Pattern> section;

  std::vector<TableRef> In(const Document& doc) const {
    return TablesWithHeader(doc, header, section);
  }
};

/// Reads the kind's key and the optional `section` field: every table-wide kind is scoped the
/// same way. nullopt when the kind's key is missing or a bad pattern.
std::optional<TableSelection> ReadTableSelection(FieldReader& f, const std::string& kind);

/// The value columns (after the label columns) whose header matches.
std::vector<int> MatchingColumns(const Table& t, const Pattern& pattern);

/// The data rows whose label matches.
std::vector<int> MatchingRows(const Table& t, const Pattern& pattern);

enum class CellState { kFigure, kNotReported, kNotFigure };

/// One cell, read as a figure with the column header's unit applied.
struct CellRead {
  CellState state = CellState::kNotFigure;
  Figure figure;
  std::optional<Operand> operand;  // set for a figure (unset when approximate, no tolerance)
  Mention mention;
};

/// The cells a pack's checks have read from one document: most cells are read by several
/// checks (whole-counts, each-row, each-column), and reading one builds its labels.
class CellCache {
 public:
  const CellRead* Find(int block, int row, int column) const;
  const CellRead& Insert(int block, int row, int column, CellRead read);

 private:
  static uint64_t Key(int block, int row, int column);
  std::unordered_map<uint64_t, CellRead> reads_;
};

/// The cell at (row, column), read once per document and pack.
const CellRead& ReadCell(const EvalContext& ctx, const TableRef& t, int row, int column);

/// "row label › column header", as findings show a cell.
std::string CellLabel(const Table& t, int row, int column);

}  // namespace crossfoot
