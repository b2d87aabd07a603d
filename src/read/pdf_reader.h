// Reading PDF reports: the words of each page with their boxes (poppler-cpp's
// page::text_list), rebuilt into lines by baseline, paragraphs (wrapped lines joined),
// headings (by their numbering) and tables (the layout-table builder over points).
//
// A PDF has no lines of its own, so the document's source is the extracted text (one line
// per line of the page, cells separated by two spaces), as for .docx; locations are lines and
// columns in it, and name the page (Document::PageOf). Encrypted, damaged and scanned PDFs
// (no text layer: recognising the characters of page images is out of scope) are refused
// with a message. Poppler is used only in the PDF module (modules/pdf_module.h), which this
// reader loads when it first reads a PDF.
#pragma once

#include <string>
#include <string_view>

#include "modules/pdf_module.h"
#include "read/document.h"
#include "util/result.h"

namespace crossfoot {

/// Parses a PDF file's bytes.
Result<Document> ParsePdf(const std::string& path, std::string_view bytes);

}  // namespace crossfoot
