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

/// What decides without RE2 that a text cannot match a pattern: the strings every match
/// contains (RE2's prefilter atoms) and the prefilter's answer for each set of them present.
/// Noted when a pack is compiled in full and kept in the pack cache (rules/pack_cache.h), so
/// that a later run never compiles a pattern whose atoms its documents lack.
struct PatternPrefilter {
  struct Atom {
    std::string text;  // lowercased by RE2
    bool searchable;   // false: taken as present (it has cased letters)
  };
  std::vector<Atom> atoms;
  std::vector<bool> answers;  // bit i of the index: atoms[i] present; empty when no atoms
};

/// Most atoms a prefilter is tabulated for (2^n answers); a pattern with more asks RE2's
/// prefilter each time, so it is compiled before its first use.
constexpr size_t kMaxTabulatedAtoms = 8;

/// A compiled pattern, or the reason it did not compile.
class Pattern {
 public:
  /// Compiles source (after NFKC); placeholders are allowed only when allow_placeholders.
  static Pattern Compile(std::string_view source, bool allow_placeholders = true);
  /// As Compile, but RE2 compiles the pattern when it is first used (once, whichever thread
  /// asks first): for a pack that compiled before (its cached tree is marked so), a run pays
  /// only for the patterns of the packs that apply to its documents.
  /// With a prefilter noted when it compiled before, a text that lacks its atoms is refused
  /// without compiling it.
  static Pattern CompileWhenUsed(std::string_view source, bool allow_placeholders = true,
                                 const PatternPrefilter* prefilter = nullptr);

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  const std::string& source() const { return source_; }
  const std::vector<std::string>& placeholders() const { return names_; }
  /// The prefilter to note for a later run (compiling the pattern if that is still to do);
  /// nullopt when it has more than kMaxTabulatedAtoms atoms or the pattern is not ok.
  std::optional<PatternPrefilter> prefilter() const;
  /// True once RE2 compiled the pattern (for the tests of compiling when used).
  bool compiled_yet() const;
  /// Bytes the process's patterns searched anchored (the one-file path, pattern.cc) have
  /// found their submatches in; past a budget, patterns are searched as they are. Reset for
  /// the tests of both paths.
  static size_t searched_bytes();
  static void ResetSearchedBytes();
  /// The regex the pattern stands for, placeholders expanded: what a test compares the
  /// matches with, as plain RE2 finds them.
  const std::string& regex() const;

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

  struct Compiled;
  struct Deferred;
  /// The process's Deferred for this regex, group count and prefilter, made if there is none.
  static std::shared_ptr<Deferred> SharedDeferred(std::string regex, size_t groups,
                                                  const PatternPrefilter* known);
  /// What RE2 built, compiling it first if that is still to do.
  const Compiled& compiled() const;

  std::string source_;
  std::string error_;
  std::vector<std::string> names_;      // capture group i+1 is names_[i]
  std::shared_ptr<Deferred> deferred_;  // shared by copies: one compilation serves them all
};

/// Largest compiled program RE2 may build for one pattern.
constexpr long long kPatternMaxMemory = 8 << 20;

/// Longest pattern a pack may write.
constexpr size_t kPatternMaxBytes = 4096;

}  // namespace crossfoot
