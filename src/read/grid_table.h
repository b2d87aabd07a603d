// Tables from formats that mark their cells (HTML, Word): merged cells expanded into a grid,
// header rows and label columns found from where the figures are.
//
//   std::vector<RawRow> rows = …;            // cells as the reader finds them, with spans
//   Table t = BuildGridTable(std::move(rows), "html");
#pragma once

#include <string>
#include <vector>

#include "read/document.h"

namespace crossfoot {

/// A cell before merges are expanded: it covers row_span × col_span grid positions.
struct RawCell {
  TextRun text;
  int row_span = 1;
  int col_span = 1;
  bool continues_above = false;  // Word's vMerge="continue": part of the cell above
};

using RawRow = std::vector<RawCell>;

/// Expands the spans (a merged cell is one cell repeated at every position it covers), takes
/// the leading rows without figures as header rows and the leading columns without figures
/// as label columns, and labels the table.
/// Tables over kMaxTableCells grid positions stop there and set *error.
Table BuildGridTable(std::vector<RawRow> rows, std::string shape, std::string* error);

/// Splits a table where a new header starts inside it: 表二 stacks four blocks, each with a
/// title row ("第二十条第（五）项") and its own column headers ("信息内容 | 本年处理决定数量").
/// A run of rows without figures whose cells are all filled with text, after data rows and
/// before more, starts a new part. Blank or "/" rows never split.
std::vector<Table> SplitAtInnerHeaders(Table table);

/// Largest grid a table may expand to (a merged cell counts every position it covers).
constexpr size_t kMaxTableCells = 100000;

/// Most text a table's grid positions may hold together (a merged cell's text counts at every
/// position it covers): a few large merged cells must not multiply into gigabytes.
constexpr size_t kMaxTableTextBytes = 16u << 20;

}  // namespace crossfoot
