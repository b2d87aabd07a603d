// The PDF module's interface (libcrossfoot_pdf.so, src/modules/pdf_module.cc): the words of
// each page of a PDF with their boxes, as poppler gives them. The module is the one place that
// uses poppler; read/pdf_reader.cc loads it (util/module.h) when it reads a PDF.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "util/result.h"

namespace crossfoot {

/// Most pages a PDF report may have.
constexpr int kMaxPdfPages = 2000;

/// Largest extracted text: beyond it a report is not a report.
constexpr size_t kMaxPdfTextBytes = 64u << 20;

/// A word of a page as poppler gives it, in points from the page's top left corner.
struct PdfWord {
  std::string text;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool space_after = false;
};

/// A page's words, in poppler's order, without rotated ones (stamps and watermarks).
struct PdfPage {
  double height = 0;
  double right = 0;  // the right edge of the page's text
  std::vector<PdfWord> words;
};

using PdfPages = Result<std::vector<PdfPage>>;

}  // namespace crossfoot

/// The module's one entry point, found by name: the pages of the PDF in data[0, size) into
/// *out, or the reason they cannot be read ("is encrypted: ...", completing "the file ...").
extern "C" void crossfoot_pdf_pages(const char* data, size_t size, crossfoot::PdfPages* out);
