#include "util/simplified.h"

#include <set>
#include <string>
#include <unordered_set>

#include "modules/simplified_module.h"
#include "util/module.h"

namespace crossfoot {
namespace {

// Common characters of these reports that Simplified writing never uses (its forms are 开 与
// 国 条 数 …): enough of them marks a Traditional text without loading a dictionary.
const std::unordered_set<char32_t>& TraditionalOnly() {
  static const std::unordered_set<char32_t> kSet = [] {
    constexpr std::string_view kChars =
        "開與國條數會這時報處關為對發們辦務請資機網總體況應構實業個於門當將說從過還區單據經統"
        "計則號類項級議動員問題產東車長間見規劃較權覆製審衛農廠濟證書難該邊點舉義幾頁複雜準確屬"
        "專廣鎮縣鄉違檢測訊覽訴願復議務結轉";
    std::unordered_set<char32_t> set;
    size_t pos = 0;
    while (pos < kChars.size()) {
      const char32_t cp = NextCodePoint(kChars, &pos);
      if (IsCjk(cp)) set.insert(cp);
    }
    return set;
  }();
  return kSet;
}

}  // namespace

bool LooksTraditional(std::string_view text) {
  const std::unordered_set<char32_t>& traditional = TraditionalOnly();
  size_t cjk = 0;
  size_t hits = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = NextCodePoint(text, &pos);
    if (!IsCjk(cp)) continue;
    ++cjk;
    hits += traditional.count(cp);
  }
  return hits >= 20 && hits * 50 >= cjk;
}

Result<CharacterMap> SimplifiedMap(std::string_view text) {
  std::set<char32_t> distinct;
  size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = NextCodePoint(text, &pos);
    if (IsCjk(cp)) distinct.insert(cp);
  }
  static const Result<void*> kConvert =
      ModuleSymbol("libcrossfoot_simplified.so", "crossfoot_simplified_lines");
  if (!kConvert.ok()) return Error{kConvert.error()};
  auto* convert = reinterpret_cast<decltype(&crossfoot_simplified_lines)>(kConvert.value());
  // One call for all the characters, one a line: a character converted alone takes its
  // character-level form, never a phrase's, so lengths and positions stay as written.
  std::string lines;
  for (char32_t cp : distinct) {
    AppendUtf8(cp, &lines);
    lines += '\n';
  }
  std::string converted;
  if (convert(&lines, &converted) == 0) return Error{converted};
  CharacterMap map;
  size_t at = 0;
  for (char32_t cp : distinct) {
    const size_t end = converted.find('\n', at);
    if (end == std::string::npos) break;
    std::string_view one(converted.data() + at, end - at);
    at = end + 1;
    size_t p = 0;
    const char32_t simplified = one.empty() ? cp : NextCodePoint(one, &p);
    if (p == one.size() && simplified != cp && IsCjk(simplified)) map[cp] = simplified;
  }
  return map;
}

}  // namespace crossfoot
