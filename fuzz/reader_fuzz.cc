// libFuzzer target: every reader (text, Markdown, HTML, .docx) on arbitrary bytes; the first
// byte picks the format. Every figure must map back inside the source.
#include <cstddef>
#include <cstdint>
#include <string>

#include "read/read_document.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* const kPaths[] = {"f.txt", "f.md", "f.html", "f.docx"};
  const char* path = kPaths[data[0] % 4];
  crossfoot::Result<crossfoot::Document> doc = crossfoot::ParseDocument(
      path, std::string(reinterpret_cast<const char*>(data + 1), size - 1));
  if (!doc.ok()) return 0;
  const crossfoot::Document& d = doc.value();
  for (const crossfoot::Block& b : d.blocks) {
    for (const crossfoot::Figure& f : b.text.figures.figures) {
      crossfoot::SourceSpan s = b.text.Source(f.begin, f.end);
      if (s.begin > s.end || s.end > d.source.size()) __builtin_trap();
      d.Locate(s.begin);
    }
  }
  return 0;
}
