// Tables laid out by position: the words of a PDF page with their boxes, or text aligned in
// columns by spaces (pdftotext -layout, a copy from a PDF viewer). One builder serves both;
// only the unit of x differs (points, or character columns).
//
//   std::vector<LayoutLine> lines = …;      // one per line of text, cells left to right
//   if (auto m = MatchLayoutTable(lines, i, {.x_tolerance = 2})) { blocks.push_back(m->table…) }
//
// Columns are where the value cells stand (a column of figures is a vertical stack of
// right- or centre-aligned cells), found again on every page the table runs over. A row label
// wrapped over several lines is joined to its row; header fragments stacked above a column
// are joined ("商业" over "企业"); page numbers and running headers inside the table are
// skipped. A blank cell stays blank. Where the place of a row's values is in doubt, the row
// is left unplaced with the reason (Table::row_problems).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "read/document.h"

namespace crossfoot {

/// A cell or a word of a line: its text (with offsets into the document source) and extent.
struct LayoutCell {
  TextRun text;
  double x0 = 0;  // left edge
  double x1 = 0;  // right edge (exclusive)
};

/// One line of positioned text.
struct LayoutLine {
  std::vector<LayoutCell> cells;  // separated by a wide gap (two spaces, or a column gap)
  std::vector<LayoutCell> words;  // separated by any gap (header fragments are words); empty
                                  // when they are the cells
  double y0 = 0;                  // top (points down the page, or the line number)
  double y1 = 0;                  // bottom
  int page = 1;                   // a change of page is a page break
  SourceSpan source;              // the line in the document source
  bool furniture = false;         // a page number or running header/footer: never content

  bool blank() const { return cells.empty(); }
  const std::vector<LayoutCell>& Words() const { return words.empty() ? cells : words; }
};

/// The unit-dependent tolerances of a layout.
struct LayoutMetrics {
  double x_tolerance = 0;  // how far apart two edges may be and still be one alignment
  std::string shape;       // Table::shape: "pdf", "layout"
};

/// A table found at lines[at], and the index of the first line after it.
struct LayoutTableMatch {
  Table table;
  size_t next_line = 0;
  SourceSpan source;
};

/// The table that starts at lines[at] (its header, then rows of figures), if there is one.
std::optional<LayoutTableMatch> MatchLayoutTable(const std::vector<LayoutLine>& lines, size_t at,
                                                 const LayoutMetrics& metrics);

/// True for a line that is only a page number: "-3-", "— 3 —", "3/7", "第3页", "第3页共7页".
bool IsPageNumberLine(std::string_view normalised);

/// True for a line of running prose rather than a table line: one cell, long or ending a
/// sentence.
bool IsProseLine(const LayoutLine& line);

}  // namespace crossfoot
