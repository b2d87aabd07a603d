#include "rules/pattern.h"

#include <re2/filtered_re2.h>
#include <re2/re2.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <iterator>
#include <mutex>
#include <utility>

#include "util/substring.h"
#include "util/unicode.h"

namespace crossfoot {
namespace {

// A figure as the recogniser reads it: sign, currency, accounting parentheses, digits,
// separators, decimals, 余/多, 万/亿 (萬/億, a space before them), thousand/million/billion,
// %, percent, percentage points; or Chinese numerals (三十余, 百分之四十五点四六), 一半, or 无
// (none, read as zero).
constexpr std::string_view kFigure =
    R"((?:[-−]?(?:[$¥] ?)?\(?(?:[$¥] ?)?[-+−]?\d[\d,]*(?:\.\d+)?\)?(?:余|多)?(?: ?(?:万|亿|萬|億))?)"
    R"((?: (?:thousand|million|billion|trillion)\b)?(?:余|多)?)"
    R"((?: ?[%‰]| percentage points?\b| percent\b)?\)?)"
    R"(|(?:百分之)?[零〇○一二两三四五六七八九十百千万亿点]+(?:余|多)?|无))";

// Full-width characters whose NFKC form is a regex operator are meant literally.
std::string EscapeFullWidthOperators(std::string_view source) {
  // All of them are in U+FF00–U+FF5F, whose UTF-8 starts with 0xEF: most patterns have none.
  if (source.find('\xEF') == std::string_view::npos) return std::string(source);
  static const std::map<std::string_view, std::string_view> kLiteral = {
      {"（", R"(\()"}, {"）", R"(\))"}, {"［", R"(\[)"}, {"］", R"(\])"}, {"｛", R"(\{)"},
      {"｝", R"(\})"}, {"＋", R"(\+)"}, {"＊", R"(\*)"}, {"？", R"(\?)"}, {"．", R"(\.)"},
      {"｜", R"(\|)"}, {"＾", R"(\^)"}, {"＄", R"(\$)"}, {"＼", R"(\\)"}};
  std::string out;
  size_t pos = 0;
  while (pos < source.size()) {
    size_t start = pos;
    NextCodePoint(source, &pos);
    std::string_view ch = source.substr(start, pos - start);
    auto it = kLiteral.find(ch);
    out.append(it == kLiteral.end() ? ch : it->second);
  }
  return out;
}

// The string a regex matches when it is a plain string with escaped punctuation and an
// optional ^ and $; nullopt when it uses any other regex syntax.
std::optional<std::string> PlainString(std::string_view regex, bool* start, bool* end) {
  *start = !regex.empty() && regex.front() == '^';
  if (*start) regex.remove_prefix(1);
  *end = !regex.empty() && regex.back() == '$' &&
         (regex.size() < 2 || regex[regex.size() - 2] != '\\');
  if (*end) regex.remove_suffix(1);
  std::string out;
  for (size_t i = 0; i < regex.size(); ++i) {
    char c = regex[i];
    if (c == '\\') {
      if (i + 1 == regex.size()) return std::nullopt;
      char next = regex[++i];
      bool punctuation = static_cast<unsigned char>(next) < 0x80 && std::ispunct(next) != 0;
      if (!punctuation) return std::nullopt;  // \d, \s, \b...
      out.push_back(next);
      continue;
    }
    if (std::string_view(".+*?()[]{}|^$").find(c) != std::string_view::npos) return std::nullopt;
    out.push_back(c);
  }
  return out;
}

// True when no other code point has c's lowercase form, so a byte search for c finds every
// text the lowercased search would: ASCII other than letters, CJK, kana, Hangul, punctuation
// and symbols. Conservative: a code point outside these ranges counts as cased.
bool IsCaseless(char32_t c) {
  if (c < 0x80) return !((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
  static constexpr std::pair<char32_t, char32_t> kRanges[] = {
      {0x00A0, 0x00B4}, {0x00B6, 0x00BF}, {0x00D7, 0x00D7}, {0x00F7, 0x00F7}, {0x2000, 0x206F},
      {0x2190, 0x245F}, {0x2500, 0x2BFF}, {0x2E80, 0xA4CF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF},
      {0xFE30, 0xFE4F}, {0xFF00, 0xFF20}, {0xFF3B, 0xFF40}, {0xFF5B, 0xFFEF}, {0x20000, 0x3FFFF}};
  return std::any_of(std::begin(kRanges), std::end(kRanges),
                     [&](const auto& r) { return c >= r.first && c <= r.second; });
}

// FilteredRE2's atoms are lowercased; an atom of caseless code points is searched as bytes,
// any other is taken as present (the prefilter is monotone, so that can only let RE2 run).
bool IsSearchable(std::string_view atom) {
  size_t pos = 0;
  while (pos < atom.size()) {
    char32_t c = NextCodePoint(atom, &pos);
    if (!IsCaseless(c)) return false;
  }
  return true;
}

// Atoms shorter than one CJK character prefilter too little to be worth a search.
constexpr int kMinAtomBytes = 3;

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// A tabulated prefilter ready to be asked: its searchable atoms in the order they are
// searched, longest first, until the answer is known.
struct TabulatedFilter {
  PatternPrefilter prefilter;
  std::vector<size_t> search_order;
  unsigned always_present = 0;  // the atoms that are not searchable

  explicit TabulatedFilter(PatternPrefilter p) : prefilter(std::move(p)) {
    const auto& atoms = prefilter.atoms;
    for (size_t i = 0; i < atoms.size(); ++i) {
      if (atoms[i].searchable) {
        search_order.push_back(i);
      } else {
        always_present |= 1u << i;
      }
    }
    std::stable_sort(search_order.begin(), search_order.end(), [&](size_t a, size_t b) {
      return atoms[a].text.size() > atoms[b].text.size();
    });
  }

  // False when text lacks what every match contains.
  bool MayMatch(std::string_view text) const {
    const auto& atoms = prefilter.atoms;
    const auto& answers = prefilter.answers;
    if (atoms.empty()) return true;  // no atoms: the filter passes every text
    // The filter is monotone: with the atoms not yet searched counted present it gives the
    // best possible answer, counted absent the worst; stop as soon as the two agree.
    unsigned present = always_present;
    unsigned unknown = 0;
    for (size_t i : search_order) unknown |= 1u << i;
    for (size_t i : search_order) {
      if (!answers[present | unknown]) return false;
      if (answers[present]) return true;
      unknown &= ~(1u << i);
      if (ContainsSubstring(text, atoms[i].text)) present |= 1u << i;
    }
    return answers[present];
  }
};

// A prefilter read back is used only when it is whole: one answer for each set of atoms.
bool IsWhole(const PatternPrefilter& p) {
  if (p.atoms.size() > kMaxTabulatedAtoms) return false;
  return p.atoms.empty() ? p.answers.empty() : p.answers.size() == (size_t{1} << p.atoms.size());
}

// Bytes of text the searched patterns of a process find their submatches in (BitState or the
// NFA from the start position to the match's end, where RE2's reverse DFA narrows it to the
// match itself) before patterns are searched as they are: a one-file run stays well under it
// (bureau-2021.md: ~7 KB), a batch passes it within its first report or two, after which each
// pattern's reverse program, compiled once, costs less than searching it anchored.
constexpr size_t kSearchedBudget = 16 << 10;
std::atomic<size_t> g_searched_bytes{0};

bool SearchedBudgetLeft() {
  return g_searched_bytes.load(std::memory_order_relaxed) <= kSearchedBudget;
}

// What RE2 compiles for a regex: `\C*?(regex)`, searched anchored at the start position. The
// lazy any-byte loop is how RE2 itself searches unanchored, so the match is the same (leftmost,
// then RE2's leftmost-first choice), with group 1 the match. Anchored, RE2's forward DFA gives
// the match's end and its start is known, so RE2 never builds the reverse program an unanchored
// search with submatches needs (compiled on first match, as costly as the pattern's own: 24 M of
// the one-file run's 106 M instructions); the submatches are then found by BitState or the NFA
// between the start position and the match's end.
std::string Searched(std::string_view regex) {
  std::string out = "\\C*?(";
  out += regex;
  out += ')';
  return out;
}

}  // namespace

// Everything RE2 builds for a pattern.
struct Pattern::Compiled {
  std::shared_ptr<const re2::FilteredRE2> filter;  // none when the prefilter was known
  std::shared_ptr<const re2::RE2> re;              // owned by filter, if any
  bool searched = false;                           // re is Searched(regex)
  // RE2's prefilter atoms: a text is passed to RE2 only when the filter's tree of these
  // strings holds on it. Empty when the filter passes every text.
  std::vector<PatternPrefilter::Atom> atoms;
  // With few atoms, the filter's answer for every set of atoms present, so that atoms are
  // searched one at a time until the answer is known.
  std::optional<TabulatedFilter> tabulated;
};

// The regex, compiled now or on first use.
struct Pattern::Deferred {
  std::string regex;
  size_t groups = 0;
  // Known without RE2, so that a pattern a text cannot match need not be compiled: the
  // prefilter noted by an earlier run, and the string a plain-string regex stands for
  // ("总计$", "^规章$", "自然人"): Matches() then compares strings — most table selectors are so.
  std::optional<TabulatedFilter> known;
  std::optional<std::string> literal;
  bool anchored_start = false;
  bool anchored_end = false;
  std::once_flag once;
  std::atomic<bool> built{false};
  Compiled compiled;
  // Once the process's budget of searched bytes is spent, a searched pattern is compiled
  // again as it is.
  std::once_flag plain_once;
  std::shared_ptr<const re2::RE2> plain;

  const RE2* Plain() {
    std::call_once(plain_once, [this] { plain = CompileWithGroups(regex, groups); });
    return plain.get();
  }
  std::string error;  // why it did not compile

  static RE2::Options Options() {
    RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(kPatternMaxMemory);
    return options;
  }

  // `re` compiled, when it compiles with exactly `count` capturing groups; else null.
  static std::shared_ptr<const RE2> CompileWithGroups(const std::string& re, size_t count) {
    auto out = std::make_shared<const RE2>(re, Options());
    return out->ok() && out->NumberOfCapturingGroups() == static_cast<int>(count) ? out : nullptr;
  }

  void Build() {
    const RE2::Options options = Options();
    if (known) {
      // The prefilter is known: RE2 alone, without building its prefilter again.
      // It compiled when its prefilter was noted, so the regex is whole and can be wrapped.
      if (SearchedBudgetLeft() && regex.find("\\Q") == std::string::npos) {
        if (auto searched = CompileWithGroups(Searched(regex), groups + 1)) {
          compiled.re = std::move(searched);
          compiled.searched = true;
          built.store(true, std::memory_order_release);
          return;
        }
      }
      auto re = std::make_shared<const RE2>(regex, options);
      if (!re->ok()) {
        error = "pattern does not compile: " + re->error();
        return;
      }
      if (re->NumberOfCapturingGroups() != static_cast<int>(groups)) {
        error = "pattern uses capturing groups; write (?:...) for grouping";
        return;
      }
      compiled.re = std::move(re);
      built.store(true, std::memory_order_release);
      return;
    }
    // RE2's own prefilter (the strings every match must contain) decides when RE2 may be
    // skipped; the filter owns the one compiled RE2 the pattern runs.
    auto filter = std::make_shared<re2::FilteredRE2>(kMinAtomBytes);
    int id = 0;
    if (filter->Add(regex, options, &id) != RE2::NoError) {
      error = "pattern does not compile: " + RE2(regex, options).error();
      return;
    }
    std::vector<std::string> atoms;
    filter->Compile(&atoms);
    const RE2& re = filter->GetRE2(id);
    if (re.NumberOfCapturingGroups() != static_cast<int>(groups)) {
      error = "pattern uses capturing groups; write (?:...) for grouping";
      return;
    }
    Compiled& c = compiled;
    for (std::string& atom : atoms) {
      bool searchable = IsSearchable(atom);
      c.atoms.push_back({std::move(atom), searchable});
    }
    if (!c.atoms.empty() && c.atoms.size() <= kMaxTabulatedAtoms) {
      PatternPrefilter tabulated{c.atoms, {}};
      const unsigned sets = 1u << c.atoms.size();
      tabulated.answers.resize(sets);
      std::vector<int> present;
      std::vector<int> potential;
      for (unsigned set = 0; set < sets; ++set) {
        present.clear();
        for (size_t i = 0; i < c.atoms.size(); ++i) {
          if ((set >> i) & 1u) present.push_back(static_cast<int>(i));
        }
        filter->AllPotentials(present, &potential);
        tabulated.answers[set] = !potential.empty();
      }
      c.tabulated.emplace(std::move(tabulated));
    }
    c.re = std::shared_ptr<const RE2>(filter, &re);
    c.filter = std::move(filter);
    built.store(true, std::memory_order_release);
  }
};

const Pattern::Compiled& Pattern::compiled() const {
  static const Compiled kNothing;
  if (!deferred_) return kNothing;
  std::call_once(deferred_->once, [this] { deferred_->Build(); });
  return deferred_->compiled;
}

Pattern Pattern::Compile(std::string_view source, bool allow_placeholders) {
  Pattern p = CompileWhenUsed(source, allow_placeholders);
  if (p.ok()) {
    p.compiled();
    if (!p.deferred_->error.empty()) p.error_ = p.deferred_->error;
  }
  return p;
}

Pattern Pattern::CompileWhenUsed(std::string_view source, bool allow_placeholders,
                                 const PatternPrefilter* prefilter) {
  Pattern p;
  p.source_ = std::string(source);
  if (source.size() > kPatternMaxBytes) {
    p.error_ = "pattern is longer than " + std::to_string(kPatternMaxBytes) + " bytes";
    return p;
  }
  std::string normalised = NormaliseString(EscapeFullWidthOperators(source));
  std::string regex;
  for (size_t i = 0; i < normalised.size(); ++i) {
    char c = normalised[i];
    if (c == '\\' && i + 1 < normalised.size()) {
      regex.push_back(c);
      regex.push_back(normalised[++i]);
      continue;
    }
    if (c == '{') {
      size_t close = normalised.find('}', i);
      std::string name = close == std::string::npos ? "" : normalised.substr(i + 1, close - i - 1);
      bool is_name = !name.empty() && !(name[0] >= '0' && name[0] <= '9');
      for (char n : name) is_name = is_name && IsNameChar(n);
      if (is_name) {
        if (!allow_placeholders) {
          p.error_ = "placeholder {" + name + "} is not allowed here";
          return p;
        }
        if (name == "_") {
          regex += " {0,2}(?:" + std::string(kFigure) + ") {0,2}";
        } else {
          for (const std::string& existing : p.names_) {
            if (existing == name) {
              p.error_ = "placeholder {" + name + "} appears twice";
              return p;
            }
          }
          p.names_.push_back(name);
          // Text copied out of a PDF spaces figures from the words around them ("申请 3119 件").
          regex += " {0,2}(" + std::string(kFigure) + ") {0,2}";
        }
        i = close;
        continue;
      }
    }
    regex.push_back(c);
  }
  const PatternPrefilter* known = prefilter != nullptr && IsWhole(*prefilter) ? prefilter : nullptr;
  p.deferred_ = SharedDeferred(std::move(regex), p.names_.size(), known);
  return p;
}

// Packs repeat patterns (a table selector such as `总计$|合计$` in a dozen checks: 31 of the
// 57 patterns the one-file run compiled were repeats of 8): the patterns of a process with the
// same regex, group count and noted prefilter share one Deferred, so RE2 compiles it once. Its
// matches depend on nothing else, so sharing changes no answer.
std::shared_ptr<Pattern::Deferred> Pattern::SharedDeferred(std::string regex, size_t groups,
                                                           const PatternPrefilter* known) {
  std::string key = std::to_string(groups) + '\n' + regex + '\n';
  if (known != nullptr) {
    for (const PatternPrefilter::Atom& atom : known->atoms) {
      key += std::to_string(atom.text.size()) + (atom.searchable ? "s" : "c") + atom.text;
    }
    for (bool answer : known->answers) key.push_back(answer ? '1' : '0');
  } else {
    key += '-';
  }
  static std::mutex mutex;
  static std::map<std::string, std::weak_ptr<Deferred>, std::less<>> shared;
  std::lock_guard<std::mutex> lock(mutex);
  std::weak_ptr<Deferred>& slot = shared[key];
  if (std::shared_ptr<Deferred> existing = slot.lock()) return existing;
  auto d = std::make_shared<Deferred>();
  d->regex = std::move(regex);
  d->groups = groups;
  if (d->groups == 0) d->literal = PlainString(d->regex, &d->anchored_start, &d->anchored_end);
  if (known != nullptr) d->known.emplace(*known);
  slot = d;
  return d;
}

std::optional<PatternPrefilter> Pattern::prefilter() const {
  if (!ok() || !deferred_) return std::nullopt;
  if (deferred_->known) return deferred_->known->prefilter;
  const Compiled& c = compiled();
  if (!c.re) return std::nullopt;
  if (c.tabulated) return c.tabulated->prefilter;
  if (c.atoms.empty()) return PatternPrefilter{};
  return std::nullopt;
}

bool Pattern::compiled_yet() const {
  return deferred_ && deferred_->built.load(std::memory_order_acquire);
}

bool Pattern::MatchFrom(std::string_view text, size_t pos, PatternMatch* match) const {
  const Compiled& c = compiled();
  const std::shared_ptr<const re2::RE2>& re = c.re;
  if (!re || pos > text.size()) return false;
  const RE2* run = re.get();
  bool searched = c.searched;
  if (searched && !SearchedBudgetLeft()) {
    if (const RE2* plain = deferred_->Plain()) {
      run = plain;
      searched = false;
    }
  }
  // Searched, group 0 spans from pos (the any-byte loop) and group 1 is the match.
  const size_t first = searched ? 1 : 0;
  std::vector<re2::StringPiece> groups(names_.size() + 1 + first);
  if (!run->Match(text, pos, text.size(), searched ? RE2::ANCHOR_START : RE2::UNANCHORED,
                  groups.data(), static_cast<int>(groups.size()))) {
    return false;
  }
  if (searched) {
    g_searched_bytes.fetch_add(groups[0].size() + 1, std::memory_order_relaxed);
  }
  match->begin = static_cast<size_t>(groups[first].data() - text.data());
  match->end = match->begin + groups[first].size();
  match->placeholders.clear();
  for (size_t g = 0; g < names_.size(); ++g) {
    const re2::StringPiece& group = groups[first + 1 + g];
    if (group.data() != nullptr) {
      match->placeholders[names_[g]] = static_cast<size_t>(group.data() - text.data());
    }
  }
  return true;
}

bool Pattern::MayMatch(std::string_view text) const {
  if (deferred_ && deferred_->known) return deferred_->known->MayMatch(text);
  const Compiled& c = compiled();
  if (c.tabulated) return c.tabulated->MayMatch(text);
  const auto& atoms = c.atoms;
  if (atoms.empty()) return true;  // no atoms: the filter passes every text
  std::vector<int> present;
  for (size_t i = 0; i < atoms.size(); ++i) {
    if (!atoms[i].searchable || ContainsSubstring(text, atoms[i].text)) {
      present.push_back(static_cast<int>(i));
    }
  }
  std::vector<int> potential;
  c.filter->AllPotentials(present, &potential);
  return !potential.empty();
}

size_t Pattern::searched_bytes() { return g_searched_bytes.load(std::memory_order_relaxed); }

void Pattern::ResetSearchedBytes() { g_searched_bytes.store(0, std::memory_order_relaxed); }

const std::string& Pattern::regex() const {
  static const std::string kNone;
  return deferred_ ? deferred_->regex : kNone;
}

bool Pattern::MatchesUnfiltered(std::string_view text) const {
  const Compiled& c = compiled();
  return c.re && RE2::PartialMatch(text, *c.re);
}

std::vector<PatternMatch> Pattern::FindAllUnfiltered(std::string_view text) const {
  std::vector<PatternMatch> out;
  PatternMatch m;
  size_t pos = 0;
  while (MatchFrom(text, pos, &m)) {
    // An empty match must still advance, by one whole code point.
    pos = m.end > pos ? m.end : pos + 1;
    while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
    out.push_back(m);
  }
  return out;
}

bool Pattern::Find(std::string_view text, PatternMatch* match) const {
  if (!MayMatch(text)) return false;
  return MatchFrom(text, 0, match);
}

std::vector<PatternMatch> Pattern::FindAll(std::string_view text) const {
  if (!MayMatch(text)) return {};
  return FindAllUnfiltered(text);
}

bool Pattern::Matches(std::string_view text) const {
  if (ok() && deferred_ && deferred_->literal) {
    const Deferred& d = *deferred_;
    const std::string& s = *d.literal;
    if (d.anchored_start && d.anchored_end) return text == s;
    if (d.anchored_start) return text.starts_with(s);
    if (d.anchored_end) return text.ends_with(s);
    return ContainsSubstring(text, s);
  }
  return MayMatch(text) && MatchesUnfiltered(text);
}

}  // namespace crossfoot
