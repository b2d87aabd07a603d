#include "read/numbering.h"

#include "util/unicode.h"

namespace crossfoot {
namespace {

bool IsChineseDigit(char32_t cp) {
  static constexpr std::u32string_view kDigits = U"一二三四五六七八九十百〇零两";
  return kDigits.find(cp) != std::u32string_view::npos;
}

// Consumes code points while pred holds; returns the byte position after them.
template <typename Pred>
size_t Consume(std::string_view s, size_t pos, Pred pred) {
  while (pos < s.size()) {
    size_t next = pos;
    if (!pred(NextCodePoint(s, &next))) break;
    pos = next;
  }
  return pos;
}

bool IsAsciiDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }

size_t SkipSpaces(std::string_view s, size_t pos) {
  while (pos < s.size() && s[pos] == ' ') ++pos;
  return pos;
}

}  // namespace

Numbering ParseNumbering(std::string_view line) {
  Numbering n;
  if (line.empty()) return n;
  if (line[0] == '#') {
    size_t hashes = 0;
    while (hashes < line.size() && line[hashes] == '#') ++hashes;
    if (hashes <= 6 && (hashes == line.size() || line[hashes] == ' ')) {
      n.level = static_cast<int>(hashes);
      n.text = std::string(line.substr(0, hashes));
      n.length = SkipSpaces(line, hashes);
    }
    return n;
  }
  size_t pos = 0;
  char32_t first = NextCodePoint(line, &pos);
  // ① … ⑳ and ⑴ … ⒇
  if (first >= 0x2460 && first <= 0x2487) {
    n.level = 5;
    n.text = std::string(line.substr(0, pos));
    n.length = SkipSpaces(line, pos);
    return n;
  }
  if (IsChineseDigit(first)) {
    size_t end = Consume(line, 0, IsChineseDigit);
    if (line.substr(end, 3) == "、") {
      n.level = 1;
      n.text = std::string(line.substr(0, end + 3));
      n.length = SkipSpaces(line, end + 3);
    }
    return n;
  }
  if (first == '(') {
    size_t inner = Consume(line, 1, IsChineseDigit);
    int level = 2;
    if (inner == 1) {
      inner = Consume(line, 1, IsAsciiDigit);
      level = 4;
    }
    if (inner > 1 && inner - 1 <= 6 && inner < line.size() && line[inner] == ')') {
      n.level = level;
      n.text = std::string(line.substr(0, inner + 1));
      n.length = SkipSpaces(line, inner + 1);
    }
    return n;
  }
  if (IsAsciiDigit(first)) {
    size_t end = Consume(line, 0, IsAsciiDigit);
    if (end > 2) return n;
    bool dot = end < line.size() && line[end] == '.' &&
               !(end + 1 < line.size() && line[end + 1] >= '0' && line[end + 1] <= '9');
    bool comma = line.substr(end, 3) == "、";
    if (dot || comma) {
      size_t after = end + (dot ? 1 : 3);
      n.level = 3;
      n.text = std::string(line.substr(0, after));
      n.length = SkipSpaces(line, after);
    }
  }
  return n;
}

}  // namespace crossfoot
