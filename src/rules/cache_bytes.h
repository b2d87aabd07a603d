// The byte format of the parsed-pack cache's entries (pack_cache.cc, pack_tree.cc,
// pattern_compiler.cc): little-endian 32-bit counts and length-prefixed strings, read from a
// shrinking view where any read past the end fails.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace crossfoot {

inline void PutU32(size_t v, std::string* out) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

inline void PutString(std::string_view s, std::string* out) {
  PutU32(s.size(), out);
  out->append(s);
}

class ByteReader {
 public:
  explicit ByteReader(std::string_view bytes) : rest_(bytes) {}

  std::optional<uint8_t> U8() {
    if (rest_.empty()) return std::nullopt;
    auto v = static_cast<uint8_t>(rest_.front());
    rest_.remove_prefix(1);
    return v;
  }
  std::optional<uint32_t> U32() {
    if (rest_.size() < 4) return std::nullopt;
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i)
      v |= static_cast<uint32_t>(static_cast<uint8_t>(rest_[i])) << (8 * i);
    rest_.remove_prefix(4);
    return v;
  }
  std::optional<std::string_view> Bytes(size_t n) {
    if (rest_.size() < n) return std::nullopt;
    std::string_view s = rest_.substr(0, n);
    rest_.remove_prefix(n);
    return s;
  }
  std::optional<std::string_view> String() {
    std::optional<uint32_t> n = U32();
    return n ? Bytes(*n) : std::nullopt;
  }
  size_t left() const { return rest_.size(); }
  bool at_end() const { return rest_.empty(); }

 private:
  std::string_view rest_;
};

}  // namespace crossfoot
