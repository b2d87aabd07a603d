// Substring search for UTF-8 text. std::string_view::find looks for the needle's first byte
// with memchr and compares from each hit; in Chinese text that first byte (a lead byte such as
// 0xE5) starts a third of all characters, so find degrades to a compare per character. glibc's
// memmem skips ahead by the needle instead.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace crossfoot {

/// The offset of the first occurrence of needle in haystack, or std::string_view::npos.
size_t FindSubstring(std::string_view haystack, std::string_view needle);

/// True when haystack contains needle.
inline bool ContainsSubstring(std::string_view haystack, std::string_view needle) {
  return FindSubstring(haystack, needle) != std::string_view::npos;
}

/// text with its ASCII letters in lower case (file extensions, charsets, English units); other
/// bytes, UTF-8 included, as they are.
std::string AsciiLower(std::string_view text);

}  // namespace crossfoot
