// libFuzzer target: the .docx reader on an arbitrary word/document.xml, fed directly (random
// bytes rarely make a valid ZIP, so reader_fuzz seldom gets past libzip). Every figure must
// map back inside the extracted text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "read/docx_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  crossfoot::Result<crossfoot::Document> doc = crossfoot::ParseDocxXml(
      "f.docx", std::string_view(reinterpret_cast<const char*>(data), size));
  if (!doc.ok()) return 0;
  const crossfoot::Document& d = doc.value();
  for (const crossfoot::Block& b : d.blocks) {
    for (const crossfoot::Figure& f : b.text.figures.figures) {
      crossfoot::SourceSpan s = b.text.Source(f.begin, f.end);
      if (s.begin > s.end || s.end > d.source.size()) __builtin_trap();
    }
  }
  return 0;
}
