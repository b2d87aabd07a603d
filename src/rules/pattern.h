// Patterns from rule packs, compiled once with RE2 (linear time, no backtracking).
//
//   Pattern p = Pattern::Compile("主动公开政府信息{n}条");
//   if (!p.ok()) Report(p.error());
//   for (const PatternMatch& m : p.FindAll(text)) m.placeholders.at("n");  // offset of the figure
//
// A placeholder {name} stands for one figure as the recogniser reads it; {_} for a figure that
// is not captured. Full-width brackets and punctuation in a pattern are literal characters.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
class FilteredRE2;
}  // namespace re2

namespace crossfoot {

/// One match: its byte range and the start offset of each placeholder's figure.
struct PatternMatch {
  size_t begin = 0;
  size_t end = 0;
  std::map<std::string, size_t> placeholders;
};

/// A compiled pattern, or the reason it did not compile.
class Pattern {
 public:
  /// Compiles source (after NFKC); placeholders are allowed only when allow_placeholders.
  static Pattern Compile(std::string_view source, bool allow_placeholders = true);

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  const std::string& source() const { return source_; }
  const std::vector<std::string>& placeholders() const { return names_; }

  /// Every non-overlapping match in text, left to right.
  std::vector<PatternMatch> FindAll(std::string_view text) const;
  /// The first match, if any.
  bool Find(std::string_view text, PatternMatch* match) const;
  /// True when the pattern matches somewhere in text.
  bool Matches(std::string_view text) const;

  /// Plain RE2 without the prefilter or the literal fast path: the reference the
  /// differential fuzz target (fuzz/pattern_fuzz.cc) compares Matches and FindAll with.
  bool MatchesUnfiltered(std::string_view text) const;
  std::vector<PatternMatch> FindAllUnfiltered(std::string_view text) const;

 private:
  /// False when text lacks what every match contains, so RE2 need not run.
  bool MayMatch(std::string_view text) const;
  /// The first match starting at or after byte pos.
  bool MatchFrom(std::string_view text, size_t pos, PatternMatch* match) const;

  std::string source_;
  std::string error_;
  std::vector<std::string> names_;  // capture group i+1 is names_[i]
  struct Atom {
    std::string text;  // lowercased by RE2
    bool searchable;   // false: taken as present (it has cased letters)
  };
  std::shared_ptr<const re2::FilteredRE2> filter_;
  std::shared_ptr<const re2::RE2> re_;  // owned by filter_
  // RE2's prefilter atoms: a text is passed to RE2 only when the filter's tree of these
  // strings holds on it. Empty when the filter passes every text.
  std::vector<Atom> atoms_;
  // With few atoms, the filter's answer for every set of atoms present (bit i: atoms_[i]),
  // so that atoms are searched one at a time, longest first, until the answer is known.
  std::vector<bool> answers_;
  std::vector<size_t> search_order_;
  unsigned always_present_ = 0;  // the atoms that are not searchable
  // Set when the regex is a plain string, perhaps anchored ("总计$", "^规章$", "自然人"):
  // Matches() then compares strings instead of running RE2 — most table selectors are so.
  std::optional<std::string> literal_;
  bool anchored_start_ = false;
  bool anchored_end_ = false;
};

/// Largest compiled program RE2 may build for one pattern.
constexpr long long kPatternMaxMemory = 8 << 20;

/// Longest pattern a pack may write.
constexpr size_t kPatternMaxBytes = 4096;

}  // namespace crossfoot
