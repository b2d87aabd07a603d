// Unicode helpers over UTF-8 strings, backed by utf8proc.
//
//   NormalisedText n = Normalise(source, 0, source.size());
//   // n.text is NFKC; n.origin[i] is the source offset of n.text[i].
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "util/offset_map.h"

namespace crossfoot {

/// NextCodePoint for what its inline fast paths leave: two- and four-byte sequences and
/// invalid bytes, through utf8proc's validation.
char32_t NextCodePointSlow(std::string_view text, size_t* pos);

/// Decodes the code point starting at text[*pos] and advances *pos; invalid bytes yield U+FFFD.
inline char32_t NextCodePoint(std::string_view text, size_t* pos) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data() + *pos);
  const size_t left = text.size() - *pos;
  // ASCII and well-formed three-byte sequences (all of CJK) are nearly every character of a
  // report.
  if (left > 0 && bytes[0] < 0x80) {
    *pos += 1;
    return bytes[0];
  }
  if (left >= 3 && (bytes[0] & 0xF0) == 0xE0 && (bytes[1] & 0xC0) == 0x80 &&
      (bytes[2] & 0xC0) == 0x80) {
    char32_t cp = (static_cast<char32_t>(bytes[0] & 0x0F) << 12) |
                  (static_cast<char32_t>(bytes[1] & 0x3F) << 6) | (bytes[2] & 0x3F);
    if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
      *pos += 3;
      return cp;
    }
  }
  return NextCodePointSlow(text, pos);
}

/// Appends the UTF-8 encoding of cp to out.
void AppendUtf8(char32_t cp, std::string* out);

/// True when bytes are well-formed UTF-8.
bool IsValidUtf8(std::string_view bytes);

/// Text in NFKC with a map from every byte back to the source it came from.
struct NormalisedText {
  std::string text;
  /// origin[i] is the source byte offset of text[i]; origin[text.size()] is the end.
  OffsetMap origin;
};

/// Characters replaced one by one while normalising (Traditional by Simplified: util/simplified.h).
using CharacterMap = std::unordered_map<char32_t, char32_t>;

/// While alive, Normalise on this thread also replaces the characters of `map` (which must
/// outlive it); the map in place before is restored after.
class ScopedCharacterMap {
 public:
  explicit ScopedCharacterMap(const CharacterMap* map);
  ~ScopedCharacterMap();
  ScopedCharacterMap(const ScopedCharacterMap&) = delete;
  ScopedCharacterMap& operator=(const ScopedCharacterMap&) = delete;

 private:
  const CharacterMap* previous_;
};

/// NFKC-normalises source[begin, end) one code point at a time, keeping the offset map.
/// Ideographic spaces become ASCII spaces and Kangxi radicals their ideographs (NFKC does both).
NormalisedText Normalise(std::string_view source, size_t begin, size_t end);

/// Appends the NFKC form of one code point (with crossfoot's exceptions: ① stays ①, and
/// ideographic and no-break spaces become ASCII spaces).
void AppendNfkc(char32_t cp, std::string* out);

/// True when cp's normalised form is cp as written (ASCII, the common CJK ideographs, and the
/// circled list numbers ①, ⑴ that NFKC would make digits): the hot path copies its bytes.
inline bool KeptAsWritten(char32_t cp) {
  return cp < 0x80 || (cp >= 0x2460 && cp <= 0x24FF) || (cp >= 0x4E00 && cp <= 0x9FFF);
}

/// NFKC of a whole string, for patterns and labels written by rule authors.
std::string NormaliseString(std::string_view text);

/// Terminal display width: East Asian wide characters count two columns.
int DisplayWidth(std::string_view text);

/// Number of code points in text.
size_t CodePointCount(std::string_view text);

/// CodePointCount(text) <= n, without counting a text too long to qualify.
inline bool CodePointsAtMost(std::string_view text, size_t n) {
  if (text.size() <= n) return true;
  return text.size() <= 4 * n && CodePointCount(text) <= n;  // a code point is 1–4 bytes
}

/// Removes every whitespace code point (ASCII and Unicode spaces).
std::string StripSpaces(std::string_view text);

/// True for CJK ideographs (the unified blocks and the compatibility ones).
bool IsCjk(char32_t cp);

}  // namespace crossfoot
