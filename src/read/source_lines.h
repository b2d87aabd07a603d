// The lines of a text report, each with its source range and its normalised, trimmed text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "read/document.h"

namespace crossfoot {

/// One source line: [begin, end) excludes the line terminator; text() is NFKC and trimmed.
struct SourceLine {
  size_t begin = 0;
  size_t end = 0;
  TextRun run;  // the trimmed line with its offsets (figures not yet recognised)

  const std::string& text() const { return run.text; }
  bool blank() const { return run.text.empty(); }
  /// IsValueLine(text()), computed once: table probes from every line ask again.
  bool is_value() const {
    if (value_ < 0) value_ = IsValueLineText(run.text) ? 1 : 0;
    return value_ == 1;
  }

 private:
  static bool IsValueLineText(std::string_view text);
  mutable signed char value_ = -1;
};

/// Splits source into lines (LF or CRLF).
std::vector<SourceLine> SplitLines(std::string_view source);

/// The trimmed part of a line as a TextRun with recognised figures.
TextRun LineRun(const SourceLine& line);

/// The trimmed source range [begin, end) as a TextRun, its figures not recognised.
TextRun CellText(std::string_view source, size_t begin, size_t end);

/// A cell of a text table: the trimmed source range [begin, end) as a TextRun.
TextRun CellRun(std::string_view source, size_t begin, size_t end);

/// A recovered table and the index of the first line after it.
struct TableMatch {
  Table table;
  size_t next_line = 0;
};

/// A Markdown or pipe-separated table starting at lines[at], if there is one.
std::optional<TableMatch> MatchPipeTable(std::string_view source,
                                         const std::vector<SourceLine>& lines, size_t at);

/// A table flattened one cell per line under a header, starting at lines[at], if there is one.
std::optional<TableMatch> MatchFlattenedTable(std::string_view source,
                                              const std::vector<SourceLine>& lines, size_t at);

/// Fills column_headers and row_labels from the grid.
void LabelTable(Table* table);

/// Sets label_columns: the leading columns in which no data row holds a figure (none for a
/// table of figures only, such as 表四's single row).
void DetectLabelColumns(Table* table);

/// Markdown's stand-in for a merged row-group cell is a blank cell: a blank label cell left of
/// a filled one takes the label above it ("| | 1.属于国家秘密 |" under "(三)不予公开").
void FillDownLabels(Table* table);

/// A label or header without the spaces PDFs and pages scatter through Chinese text, but with
/// one space kept between two English words ("Total Assets", "Cash & Other Monetary Assets").
std::string LabelText(std::string_view text);

/// True when a trimmed, normalised line is a value cell: one figure, or "not reported".
bool IsValueLine(std::string_view text);

}  // namespace crossfoot
