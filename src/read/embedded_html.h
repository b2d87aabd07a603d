// Raw HTML tables inside a Markdown file (`<table>…</table>`, as budget reports converted from
// Word often keep them): read with the HTML reader, their offsets moved to the file's.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "read/document.h"
#include "read/source_lines.h"

namespace crossfoot {

/// A run of lines from `first` that holds one raw HTML table.
struct EmbeddedHtml {
  std::vector<Block> tables;  // the table blocks read from it (usually one)
  size_t next_line = 0;       // the line after `</table>`
};

/// When lines[first] opens a `<table>` (or only a `<div …>` whose next line opens one), reads
/// it through the line that closes it (and the `</div>` after it); nullopt when it does not,
/// or when no line closes it.
std::optional<EmbeddedHtml> MatchEmbeddedHtmlTable(std::string_view source,
                                                   const std::vector<SourceLine>& lines,
                                                   size_t first);

}  // namespace crossfoot
