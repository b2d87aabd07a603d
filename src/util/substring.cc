#include "util/substring.h"

#include <string.h>  // memmem (POSIX 2024, glibc)

namespace crossfoot {

size_t FindSubstring(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return 0;
  const void* hit = memmem(haystack.data(), haystack.size(), needle.data(), needle.size());
  if (hit == nullptr) return std::string_view::npos;
  return static_cast<size_t>(static_cast<const char*>(hit) - haystack.data());
}

}  // namespace crossfoot
