#include "util/substring.h"

#include <string.h>  // memmem (POSIX 2024, glibc)

namespace crossfoot {
namespace {

constexpr size_t kShortHaystack = 96;

}  // namespace

size_t FindSubstring(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return 0;
  if (needle.size() > haystack.size()) return std::string_view::npos;
  // memmem sets up a 256-entry shift table per call: on a short text (a table label) a plain
  // search is cheaper.
  if (haystack.size() < kShortHaystack) return haystack.find(needle);
  const void* hit = memmem(haystack.data(), haystack.size(), needle.data(), needle.size());
  if (hit == nullptr) return std::string_view::npos;
  return static_cast<size_t>(static_cast<const char*>(hit) - haystack.data());
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace crossfoot
