// libFuzzer target: the PDF reader on arbitrary bytes (bytes → document, through poppler).
// Every figure and every table cell must map back inside the extracted text.
#include <cstddef>
#include <cstdint>
#include <string>

#include "read/read_document.h"

namespace {

void CheckRun(const crossfoot::Document& d, const crossfoot::TextRun& run) {
  if (run.origin.size() != run.text.size() + 1 && !run.origin.empty()) __builtin_trap();
  for (const crossfoot::Figure& f : run.figures.figures) {
    crossfoot::SourceSpan s = run.Source(f.begin, f.end);
    if (s.begin > s.end || s.end > d.source.size()) __builtin_trap();
    d.Locate(s.begin);
    d.PageOf(s.begin);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  crossfoot::Result<crossfoot::Document> doc =
      crossfoot::ParseDocument("f.pdf", std::string(reinterpret_cast<const char*>(data), size));
  if (!doc.ok()) return 0;
  const crossfoot::Document& d = doc.value();
  for (const crossfoot::Block& b : d.blocks) {
    CheckRun(d, b.text);
    for (const auto& row : b.table.rows) {
      for (const crossfoot::Cell& c : row) CheckRun(d, c.text);
    }
  }
  return 0;
}
