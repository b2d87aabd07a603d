// Unicode helpers over UTF-8 strings, backed by utf8proc.
//
//   NormalisedText n = Normalise(source, 0, source.size());
//   // n.text is NFKC; n.origin[i] is the source offset of n.text[i].
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace crossfoot {

/// Decodes the code point starting at text[*pos] and advances *pos; invalid bytes yield U+FFFD.
char32_t NextCodePoint(std::string_view text, size_t* pos);

/// Appends the UTF-8 encoding of cp to out.
void AppendUtf8(char32_t cp, std::string* out);

/// True when bytes are well-formed UTF-8.
bool IsValidUtf8(std::string_view bytes);

/// Text in NFKC with a map from every byte back to the source it came from.
struct NormalisedText {
  std::string text;
  /// origin[i] is the source byte offset of text[i]; origin[text.size()] is the end.
  std::vector<uint32_t> origin;
};

/// NFKC-normalises source[begin, end) one code point at a time, keeping the offset map.
/// Ideographic spaces become ASCII spaces and Kangxi radicals their ideographs (NFKC does both).
NormalisedText Normalise(std::string_view source, size_t begin, size_t end);

/// Appends the NFKC form of one code point (with crossfoot's exceptions: ① stays ①, and
/// ideographic and no-break spaces become ASCII spaces).
void AppendNfkc(char32_t cp, std::string* out);

/// True when cp's normalised form is cp as written (ASCII, the common CJK ideographs, and the
/// circled list numbers ①, ⑴ that NFKC would make digits): the hot path copies its bytes.
bool KeptAsWritten(char32_t cp);

/// NFKC of a whole string, for patterns and labels written by rule authors.
std::string NormaliseString(std::string_view text);

/// Terminal display width: East Asian wide characters count two columns.
int DisplayWidth(std::string_view text);

/// Number of code points in text.
size_t CodePointCount(std::string_view text);

/// Removes every whitespace code point (ASCII and Unicode spaces).
std::string StripSpaces(std::string_view text);

/// True for CJK ideographs (the unified blocks and the compatibility ones).
bool IsCjk(char32_t cp);

}  // namespace crossfoot
