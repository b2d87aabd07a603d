#include "rules/pattern.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "util/substring.h"
#include "util/unicode.h"

namespace crossfoot {
namespace {

// A figure as the recogniser reads it: sign, digits, separators, decimals, 余/多, 万/亿, %;
// or Chinese numerals (三十余, 百分之四十五点四六), 一半, or 无 (none, read as zero).
constexpr std::string_view kFigure =
    R"((?:[-+]?\d[\d,]*(?:\.\d+)?(?:余|多)?(?:万|亿)?(?:余|多)?(?: ?[%‰])?)"
    R"(|(?:百分之)?[零〇○一二两三四五六七八九十百千万亿点]+(?:余|多)?|无))";

// Full-width characters whose NFKC form is a regex operator are meant literally.
std::string EscapeFullWidthOperators(std::string_view source) {
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

// The longest run of plain characters at the top level of regex, outside groups, classes
// and quantified atoms: every match contains it. Empty when the regex alternates at the top.
std::string RequiredRun(std::string_view regex) {
  std::string best;
  std::string run;
  auto close_run = [&]() {
    if (run.size() > best.size()) best = run;
    run.clear();
  };
  auto drop_last_code_point = [&]() {
    while (!run.empty() && (static_cast<unsigned char>(run.back()) & 0xC0) == 0x80) run.pop_back();
    if (!run.empty()) run.pop_back();
  };
  for (size_t i = 0; i < regex.size(); ++i) {
    char c = regex[i];
    if (c == '\\' && i + 1 < regex.size()) {
      char next = regex[++i];
      if (static_cast<unsigned char>(next) < 0x80 && std::ispunct(next) != 0) {
        run.push_back(next);
      } else {
        close_run();
      }
    } else if (c == '(' || c == '[') {
      close_run();
      int depth = 0;
      for (; i < regex.size(); ++i) {  // to the matching bracket, minding escapes and classes
        if (regex[i] == '\\') {
          ++i;
        } else if (regex[i] == '[' && c == '(') {
          while (i < regex.size() && regex[i] != ']') i += regex[i] == '\\' ? 2 : 1;
        } else if (regex[i] == c) {
          ++depth;
        } else if (regex[i] == (c == '(' ? ')' : ']') && --depth == 0) {
          break;
        }
      }
    } else if (c == '|') {
      return "";
    } else if (c == '?' || c == '*' || c == '{') {
      drop_last_code_point();  // the atom before may be absent
      close_run();
      if (c == '{') i = std::min(regex.find('}', i), regex.size());
    } else if (c == '+' || c == '.' || c == '^' || c == '$') {
      close_run();
    } else {
      run.push_back(c);
    }
  }
  close_run();
  return best;
}

// Walks regex, skipping escapes and classes (where ( ) | are literal), and calls
// at(i, depth) for each other '(', ')' and '|' with the group depth before it; stops when
// at returns true, giving that index (npos when it never does).
template <typename Fn>
size_t ScanStructure(std::string_view regex, Fn at) {
  int depth = 0;
  for (size_t i = 0; i < regex.size(); ++i) {
    char c = regex[i];
    if (c == '\\') {
      ++i;
    } else if (c == '[') {
      for (++i; i < regex.size() && regex[i] != ']'; ++i) {
        if (regex[i] == '\\') ++i;
      }
    } else if (c == '(' || c == ')' || c == '|') {
      if (at(i, depth)) return i;
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
  }
  return std::string_view::npos;
}

// The ')' closing the group that opens regex.
size_t ClosingParen(std::string_view regex) {
  return ScanStructure(regex, [&](size_t i, int depth) { return regex[i] == ')' && depth == 1; });
}

// For a regex that alternates at the top level, "总计$|合计$": each alternative's required run,
// one of which every match contains. Empty when it does not alternate or an alternative has
// no required run.
std::vector<std::string> TopLevelAlternatives(std::string_view regex) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  ScanStructure(regex, [&](size_t i, int depth) {
    if (regex[i] == '|' && depth == 0) {
      parts.push_back(regex.substr(start, i - start));
      start = i + 1;
    }
    return false;
  });
  if (parts.empty()) return {};
  parts.push_back(regex.substr(start));
  std::vector<std::string> out;
  for (std::string_view part : parts) {
    std::string run = RequiredRun(part);
    if (run.empty()) return {};
    out.push_back(std::move(run));
  }
  return out;
}

// For a regex that opens with a group of alternatives, "(?:访谈解读|在线访谈)...": the group's
// alternatives as TopLevelAlternatives gives them. Empty otherwise, or when the group may be
// skipped (a quantifier after it).
std::vector<std::string> LeadingAlternatives(std::string_view regex) {
  if (!regex.starts_with("(?:")) return {};
  size_t close = ClosingParen(regex);
  if (close == std::string_view::npos) return {};
  if (close + 1 < regex.size() &&
      std::string_view("?*{").find(regex[close + 1]) != std::string_view::npos) {
    return {};
  }
  return TopLevelAlternatives(regex.substr(3, close - 3));
}

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

}  // namespace

Pattern Pattern::Compile(std::string_view source, bool allow_placeholders) {
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
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(kPatternMaxMemory);
  auto re = std::make_shared<const RE2>(regex, options);
  if (!re->ok()) {
    p.error_ = "pattern does not compile: " + re->error();
    return p;
  }
  if (re->NumberOfCapturingGroups() != static_cast<int>(p.names_.size())) {
    p.error_ = "pattern uses capturing groups; write (?:...) for grouping";
    return p;
  }
  p.re_ = std::move(re);
  if (p.names_.empty()) p.literal_ = PlainString(regex, &p.anchored_start_, &p.anchored_end_);
  // A case-insensitive flag makes any literal prefilter wrong: leave those patterns to RE2.
  if (regex.find("(?i") == std::string::npos) {
    p.required_ = RequiredRun(regex);
    if (p.required_.empty()) p.required_any_ = TopLevelAlternatives(regex);
    if (p.required_.empty() && p.required_any_.empty()) {
      p.required_any_ = LeadingAlternatives(regex);
    }
  }
  return p;
}

bool Pattern::MatchFrom(std::string_view text, size_t pos, PatternMatch* match) const {
  if (!re_ || pos > text.size()) return false;
  std::vector<re2::StringPiece> groups(names_.size() + 1);
  if (!re_->Match(text, pos, text.size(), RE2::UNANCHORED, groups.data(),
                  static_cast<int>(groups.size()))) {
    return false;
  }
  match->begin = static_cast<size_t>(groups[0].data() - text.data());
  match->end = match->begin + groups[0].size();
  match->placeholders.clear();
  for (size_t g = 0; g < names_.size(); ++g) {
    if (groups[g + 1].data() != nullptr) {
      match->placeholders[names_[g]] = static_cast<size_t>(groups[g + 1].data() - text.data());
    }
  }
  return true;
}

bool Pattern::MayMatch(std::string_view text) const {
  if (!required_.empty()) return ContainsSubstring(text, required_);
  if (!required_any_.empty()) {
    return std::any_of(required_any_.begin(), required_any_.end(),
                       [&](const std::string& s) { return ContainsSubstring(text, s); });
  }
  return true;
}

bool Pattern::Find(std::string_view text, PatternMatch* match) const {
  if (!MayMatch(text)) return false;
  return MatchFrom(text, 0, match);
}

std::vector<PatternMatch> Pattern::FindAll(std::string_view text) const {
  std::vector<PatternMatch> out;
  if (!MayMatch(text)) return out;
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

bool Pattern::Matches(std::string_view text) const {
  if (literal_) {
    const std::string& s = *literal_;
    if (anchored_start_ && anchored_end_) return text == s;
    if (anchored_start_) return text.starts_with(s);
    if (anchored_end_) return text.ends_with(s);
    return ContainsSubstring(text, s);
  }
  return MayMatch(text) && re_ && RE2::PartialMatch(text, *re_);
}

}  // namespace crossfoot
