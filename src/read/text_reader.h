// Reading plain text and Markdown into blocks.
//
//   Document doc = ReadTextDocument(std::move(utf8), /*markdown=*/false);
#pragma once

#include <string>

#include "read/document.h"

namespace crossfoot {

/// Most lines a text or Markdown report may have (each line is held with its offsets while
/// the blocks are made).
constexpr size_t kMaxTextLines = 1000000;

/// Builds the blocks of a text or Markdown document from its decoded source. Returns why the
/// text cannot be read (over kMaxTextLines lines or kMaxBlocks blocks), or empty.
std::string ReadTextBlocks(Document* doc, bool markdown);

/// The message for a document over kMaxBlocks.
std::string TooManyBlocks();

/// Gives every block the titles of the sections enclosing it (and its own, when numbered).
void AssignSections(Document* doc);

}  // namespace crossfoot
