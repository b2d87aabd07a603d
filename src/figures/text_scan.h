// Small helpers for scanning NFKC text byte by byte, shared by the recogniser's files.
#pragma once

#include <string_view>

#include "util/unicode.h"

namespace crossfoot::scan {

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsAlnumAt(std::string_view text, size_t at) {
  return at < text.size() && (IsDigit(text[at]) || IsAsciiAlpha(text[at]));
}

inline bool StartsWith(std::string_view text, size_t at, std::string_view what) {
  return at <= text.size() && text.substr(at, what.size()) == what;
}

inline bool EndsWith(std::string_view text, size_t at, std::string_view what) {
  return at >= what.size() && text.substr(at - what.size(), what.size()) == what;
}

/// The start of the code point that ends at byte `at` (at > 0).
inline size_t PrevStart(std::string_view text, size_t at) {
  size_t start = at - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return start;
}

/// The code point that ends at byte `at` (0 when at == 0).
inline char32_t PrevCodePoint(std::string_view text, size_t at) {
  if (at == 0) return 0;
  size_t pos = PrevStart(text, at);
  return NextCodePoint(text, &pos);
}

/// The code point starting at byte `at` (0 past the end).
inline char32_t CodePointAt(std::string_view text, size_t at) {
  if (at >= text.size()) return 0;
  return NextCodePoint(text, &at);
}

}  // namespace crossfoot::scan
