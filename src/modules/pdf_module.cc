#include "modules/pdf_module.h"

#include <fmt/format.h>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <new>
#include <string_view>

namespace crossfoot {
namespace {

void IgnorePopplerMessage(const std::string& /*message*/, void* /*closure*/) {}

// Poppler is called here only; its failures (null pointers, a thrown bad_alloc) become errors.
PdfPages ExtractPages(std::string_view bytes) {
  static const bool kQuiet = [] {
    // Poppler prints its parser's complaints on stderr; the reader says what matters.
    poppler::set_debug_error_function(IgnorePopplerMessage, nullptr);
    return true;
  }();
  (void)kQuiet;
  try {
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(
        bytes.data(), static_cast<int>(std::min<size_t>(bytes.size(), INT32_MAX))));
    if (doc == nullptr) return Error{"is damaged or not a PDF (poppler cannot open it)"};
    if (doc->is_locked()) return Error{"is encrypted: it needs a password to be read"};
    int pages = doc->pages();
    if (pages > kMaxPdfPages)
      return Error{fmt::format("has {} pages, over the limit of {}", pages, kMaxPdfPages)};
    std::vector<PdfPage> out;
    size_t bytes_total = 0;
    for (int p = 0; p < pages; ++p) {
      PdfPage page;
      std::unique_ptr<poppler::page> pg(doc->create_page(p));
      if (pg != nullptr) {
        page.height = pg->page_rect().height();
        for (const poppler::text_box& b : pg->text_list()) {
          if (b.rotation() != 0) continue;  // rotated text: stamps and watermarks
          poppler::byte_array utf8 = b.text().to_utf8();
          PdfWord word;
          word.text.assign(utf8.begin(), utf8.end());
          if (word.text.empty()) continue;
          poppler::rectf r = b.bbox();
          word.x0 = r.left();
          word.x1 = r.right();
          word.y0 = r.top();
          word.y1 = r.bottom();
          word.space_after = b.has_space_after();
          bytes_total += word.text.size() + 2;
          page.right = std::max(page.right, word.x1);
          page.words.push_back(std::move(word));
        }
      }
      if (bytes_total > kMaxPdfTextBytes)
        return Error{fmt::format("has more than {} bytes of text", kMaxPdfTextBytes)};
      out.push_back(std::move(page));
    }
    return out;
  } catch (const std::bad_alloc&) {
    return Error{"is too large to read (out of memory)"};
  } catch (...) {
    return Error{"is damaged (poppler failed while reading it)"};
  }
}

}  // namespace
}  // namespace crossfoot

extern "C" void crossfoot_pdf_pages(const char* data, size_t size, crossfoot::PdfPages* out) {
  *out = crossfoot::ExtractPages(std::string_view(data, size));
}
