// Reading HTML report pages into blocks, with gumbo (an HTML5 parser).
//
//   ReadHtmlBlocks(&doc);   // doc.source holds the decoded page
#pragma once

#include <string>
#include <string_view>

#include "read/document.h"

namespace crossfoot {

/// Builds the blocks of an HTML document: headings, paragraphs (p, div, li, br…), tables
/// (rowspan/colspan expanded). Scripts, styles and navigation are skipped.
void ReadHtmlBlocks(Document* doc);

/// The charset a page declares in a BOM-less <meta> (lower case), or empty.
std::string DeclaredHtmlCharset(std::string_view bytes);

}  // namespace crossfoot
