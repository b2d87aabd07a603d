#include "util/unicode.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <unordered_map>

namespace crossfoot {

char32_t NextCodePointSlow(std::string_view text, size_t* pos) {
  utf8proc_int32_t cp = 0;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data() + *pos);
  utf8proc_ssize_t n =
      utf8proc_iterate(bytes, static_cast<utf8proc_ssize_t>(text.size() - *pos), &cp);
  if (n <= 0) {
    *pos += 1;
    return 0xFFFD;
  }
  *pos += static_cast<size_t>(n);
  return static_cast<char32_t>(cp);
}

void AppendUtf8(char32_t cp, std::string* out) {
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

bool IsValidUtf8(std::string_view bytes) {
  size_t pos = 0;
  while (pos < bytes.size()) {
    size_t start = pos;
    // NextCodePoint reads an invalid byte as U+FFFD, one byte long; U+FFFD itself is three.
    if (NextCodePoint(bytes, &pos) == 0xFFFD && pos - start == 1) return false;
  }
  return true;
}

namespace {

// NFKC of one code point by utf8proc, which allocates the result.
std::string MapNfkc(char32_t cp) {
  utf8proc_uint8_t in[4];
  utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), in);
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t m = utf8proc_map(
      in, n, &mapped,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT));
  std::string out =
      m < 0 || mapped == nullptr
          ? std::string(reinterpret_cast<const char*>(in), static_cast<size_t>(n))
          : std::string(reinterpret_cast<const char*>(mapped), static_cast<size_t>(m));
  std::free(mapped);  // NOLINT(cppcoreguidelines-no-malloc): utf8proc allocates with malloc
  return out;
}

// Reports use few distinct characters outside ASCII and CJK (full-width punctuation, ①, ％):
// each thread remembers their forms, up to a bound that odd input cannot exceed.
constexpr size_t kNfkcCacheLimit = 4096;

}  // namespace

void AppendNfkc(char32_t cp, std::string* out) {
  if (cp == 0x3000 || cp == 0x00A0) {  // ideographic space, no-break space
    out->push_back(' ');
    return;
  }
  if (KeptAsWritten(cp)) {
    AppendUtf8(cp, out);
    return;
  }
  thread_local std::unordered_map<char32_t, std::string> cache;
  auto it = cache.find(cp);
  if (it != cache.end()) {
    out->append(it->second);
    return;
  }
  std::string mapped = MapNfkc(cp);
  out->append(mapped);
  if (cache.size() < kNfkcCacheLimit) cache.emplace(cp, std::move(mapped));
}

namespace {
thread_local const CharacterMap* tl_character_map = nullptr;
}  // namespace

ScopedCharacterMap::ScopedCharacterMap(const CharacterMap* map) : previous_(tl_character_map) {
  tl_character_map = map;
}

ScopedCharacterMap::~ScopedCharacterMap() { tl_character_map = previous_; }

NormalisedText Normalise(std::string_view source, size_t begin, size_t end) {
  const CharacterMap* replace = tl_character_map;
  // Text is written through an index into a buffer sized for the common case (NFKC seldom
  // lengthens a report's text), growing it when it does. Bytes copied as written are handed
  // to the offset map as one run, since they map one to one.
  NormalisedText result;
  std::string& text = result.text;
  OffsetMap& origin = result.origin;
  auto reserve = [&](size_t size) {
    if (size > text.size()) text.resize(std::max(size, 2 * text.size()));
  };
  reserve(end - begin);
  size_t w = 0;
  size_t pos = begin;
  size_t copied_from = begin;  // where the bytes copied as written since the last flush start
  auto flush = [&](size_t upto) {
    origin.PushRun(static_cast<uint32_t>(copied_from), upto - copied_from, true);
  };
  std::string normal;
  while (pos < end) {
    const size_t start = pos;
    if (static_cast<unsigned char>(source[pos]) < 0x80) {
      reserve(w + 1);
      text[w++] = source[pos];
      ++pos;
      continue;
    }
    char32_t cp = NextCodePoint(source, &pos);
    if (replace != nullptr) {
      if (auto it = replace->find(cp); it != replace->end()) {
        // The replacement stands for the character as written: every byte of it points there.
        flush(start);
        normal.clear();
        AppendUtf8(it->second, &normal);
        reserve(w + normal.size());
        for (char b : normal) text[w++] = b;
        origin.PushRun(static_cast<uint32_t>(start), normal.size(), normal.size() == pos - start);
        copied_from = pos;
        continue;
      }
    }
    if (KeptAsWritten(cp)) {
      reserve(w + (pos - start));
      for (size_t i = start; i < pos; ++i) text[w++] = source[i];
      continue;
    }
    flush(start);
    normal.clear();
    AppendNfkc(cp, &normal);
    reserve(w + normal.size());
    for (char b : normal) text[w++] = b;
    origin.PushRun(static_cast<uint32_t>(start), normal.size(), false);
    copied_from = pos;
  }
  flush(pos);  // pos, not end: a sequence may run past end
  text.resize(w);
  origin.push_back(static_cast<uint32_t>(end));
  return result;
}

std::string NormaliseString(std::string_view text) { return Normalise(text, 0, text.size()).text; }

int DisplayWidth(std::string_view text) {
  int width = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = NextCodePoint(text, &pos);
    if (cp == '\t') {
      width += 1;
      continue;
    }
    int w = utf8proc_charwidth(static_cast<utf8proc_int32_t>(cp));
    width += w < 0 ? 1 : w;
  }
  return width;
}

size_t CodePointCount(std::string_view text) {
  // Every code point has one byte that is not a continuation byte (10xxxxxx).
  size_t count = 0;
  for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return count;
}

std::string StripSpaces(std::string_view text) {
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t start = pos;
    char32_t cp = NextCodePoint(text, &pos);
    // ASCII and CJK ideographs are never space separators: only others need the lookup.
    bool space = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
                 (cp >= 0x80 && !IsCjk(cp) &&
                  utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_ZS);
    if (!space) out.append(text.substr(start, pos - start));
  }
  return out;
}

bool IsCjk(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FA1F) || cp == 0x3007;
}

}  // namespace crossfoot
