// Reading HTML report pages into blocks, with gumbo (an HTML5 parser).
//
//   ReadHtmlBlocks(&doc);   // doc.source holds the decoded page
#pragma once

#include <string>
#include <string_view>

#include "read/document.h"

namespace crossfoot {

/// Deepest element nesting read (deeper pages are refused, not truncated).
constexpr int kMaxHtmlDepth = 256;

/// Builds the blocks of an HTML document: headings, paragraphs (p, div, li, br…), tables
/// (rowspan/colspan expanded). Scripts, styles and navigation are skipped. Returns why the
/// page cannot be read (too deeply nested, a table over the size limit), or empty.
std::string ReadHtmlBlocks(Document* doc);

/// The charset a page declares in a BOM-less <meta> (lower case), or empty.
std::string DeclaredHtmlCharset(std::string_view bytes);

}  // namespace crossfoot
