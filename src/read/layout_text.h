// Space-aligned tables in text reports (pdftotext -layout output, text copied from a PDF
// viewer), read by the layout-table builder over character columns.
//
//   std::vector<LayoutLine> layout = TextLayoutLines(source, lines);   // once per document
//   if (auto t = MatchTextLayoutTable(layout, i)) …                     // at line i
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "read/layout_table.h"
#include "read/source_lines.h"

namespace crossfoot {

/// The lines of a text report as positioned cells (same indices as `lines`), or none when no
/// line has two cells (a layout table needs a row of two or more).
std::vector<LayoutLine> TextLayoutLines(std::string_view source,
                                        const std::vector<SourceLine>& lines);

/// A space-aligned table starting at line `at`, if there is one.
std::optional<TableMatch> MatchTextLayoutTable(const std::vector<LayoutLine>& layout, size_t at);

}  // namespace crossfoot
