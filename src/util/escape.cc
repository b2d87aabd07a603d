#include "util/escape.h"

#include <fmt/format.h>

#include "util/unicode.h"

namespace crossfoot {

bool IsUnsafeToPrint(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

std::string EscapeControls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    size_t start = pos;
    char32_t cp = NextCodePoint(text, &pos);
    std::string_view bytes = text.substr(start, pos - start);
    if (cp == 0xFFFD && bytes != "\xEF\xBF\xBD") {
      // Not UTF-8: each byte as it is, in hex.
      for (char b : bytes) out += fmt::format("\\x{:02x}", static_cast<unsigned char>(b));
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (IsUnsafeToPrint(cp)) {
      out += cp < 0x100 ? fmt::format("\\x{:02x}", static_cast<unsigned>(cp))
                        : fmt::format("\\u{:04x}", static_cast<unsigned>(cp));
    } else {
      out += bytes;
    }
  }
  return out;
}

}  // namespace crossfoot
