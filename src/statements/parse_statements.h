// The statements stage: what a document's prose says with its numbers (statements/statement.h),
// read once per document from its blocks and their recognised figures.
//
//   Statements s = ParseStatements(doc);
//   for (const Breakdown& b : s.breakdowns) ...
#pragma once

#include "read/document.h"
#include "statements/statement.h"

namespace crossfoot {

/// Every statement of the document's prose (headings and paragraphs, in source order).
Statements ParseStatements(const Document& doc);

/// The figure a reference names.
const Figure& FigureAt(const Document& doc, const FigureRef& ref);

}  // namespace crossfoot
