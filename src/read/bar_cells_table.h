// Tables that a page-to-text crawler wrote one cell per line, each cell closed by a bar, with
// a line of bars padding every short row to the table's width:
//
//   第二十条 第(五)项 |       ← a title row: one cell…
//   |||                       ← …padded by three bars: the table is 4 positions wide
//   信息内容 |
//   本年处理决定数量 |
//   ||
//   行政许可 |
//   0 |
//   ||
//
// A blank cell is a bare "|". Merged cells lost their spans, so they are put back only where
// the table's own shape says how: the pads give the width, the rows with figures give the value
// columns, and a row whose leading labels are missing continues the labels above it only when
// its own numbering is deeper ("2.其他…" under "(三)不予公开"). A header row whose cells cannot
// be placed so is left unread and said so (a pack may then name the columns by position).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "read/document.h"
#include "read/source_lines.h"

namespace crossfoot {

/// The tables read from one run of bar-closed cells (split where a new header starts inside)
/// and the index of the first line after them.
struct BarCellsMatch {
  std::vector<Table> tables;
  size_t next_line = 0;
};

/// A table of bar-closed cells starting at lines[at], if there is one. When the lines from
/// `at` are such cells but make no table, *no_table_before is set past them: a probe from any
/// of them would read the same run again.
std::optional<BarCellsMatch> MatchBarCellsTable(std::string_view source,
                                                const std::vector<SourceLine>& lines, size_t at,
                                                size_t* no_table_before);

}  // namespace crossfoot
