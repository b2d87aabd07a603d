// libFuzzer target, differential: a pack pattern's prefiltered matching (RE2's FilteredRE2
// atoms, the plain-string fast path, the anchored search of a pattern from the pack cache) must
// agree with plain RE2 on every text. The input's first line is the pattern, the rest the text
// searched.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "rules/pattern.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  size_t newline = input.find('\n');
  if (newline == std::string_view::npos) return 0;
  crossfoot::Pattern pattern = crossfoot::Pattern::Compile(input.substr(0, newline));
  if (!pattern.ok()) return 0;
  std::string_view text = input.substr(newline + 1);
  if (pattern.Matches(text) != pattern.MatchesUnfiltered(text)) __builtin_trap();
  std::vector<crossfoot::PatternMatch> filtered = pattern.FindAll(text);
  std::vector<crossfoot::PatternMatch> plain = pattern.FindAllUnfiltered(text);
  if (filtered.size() != plain.size()) __builtin_trap();
  for (size_t i = 0; i < plain.size(); ++i) {
    if (filtered[i].begin != plain[i].begin || filtered[i].end != plain[i].end ||
        filtered[i].placeholders != plain[i].placeholders) {
      __builtin_trap();
    }
  }
  crossfoot::PatternMatch first;
  if (pattern.Find(text, &first) != !plain.empty()) __builtin_trap();
  // As a later run compiles it, with the noted prefilter: searched anchored (`\C*?(regex)`),
  // the process's budget of searched bytes renewed for each input.
  std::optional<crossfoot::PatternPrefilter> noted = pattern.prefilter();
  if (!noted) return 0;
  crossfoot::Pattern::ResetSearchedBytes();
  crossfoot::Pattern later =
      crossfoot::Pattern::CompileWhenUsed(input.substr(0, newline), true, &*noted);
  std::vector<crossfoot::PatternMatch> searched = later.FindAllUnfiltered(text);
  if (searched.size() != plain.size()) __builtin_trap();
  for (size_t i = 0; i < plain.size(); ++i) {
    if (searched[i].begin != plain[i].begin || searched[i].end != plain[i].end ||
        searched[i].placeholders != plain[i].placeholders) {
      __builtin_trap();
    }
  }
  return 0;
}
