// Reading plain text and Markdown into blocks.
//
//   Document doc = ReadTextDocument(std::move(utf8), /*markdown=*/false);
#pragma once

#include <string>

#include "read/document.h"

namespace crossfoot {

/// Builds the blocks of a text or Markdown document from its decoded source.
void ReadTextBlocks(Document* doc, bool markdown);

/// Gives every block the titles of the sections enclosing it (and its own, when numbered).
void AssignSections(Document* doc);

}  // namespace crossfoot
