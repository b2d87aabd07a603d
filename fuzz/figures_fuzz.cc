// libFuzzer target: the figure recogniser on arbitrary (normalised) text. Every figure must lie
// inside the text and have a non-empty written form; nothing may crash or hang.
#include <cstddef>
#include <cstdint>
#include <string>

#include "figures/recognise.h"
#include "util/unicode.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text =
      crossfoot::NormaliseString(std::string(reinterpret_cast<const char*>(data), size));
  crossfoot::Recognised r = crossfoot::RecogniseFigures(text);
  for (const crossfoot::Figure& f : r.figures) {
    if (f.begin > f.end || f.end > text.size() || f.written.empty()) __builtin_trap();
  }
  crossfoot::RecogniseCell(text);
  return 0;
}
