#include "figures/recognise.h"

#include <array>
#include <optional>
#include <string>

#include "util/unicode.h"

namespace crossfoot {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool StartsWith(std::string_view text, size_t at, std::string_view what) {
  return at <= text.size() && text.substr(at, what.size()) == what;
}

bool EndsWith(std::string_view text, size_t at, std::string_view what) {
  return at >= what.size() && text.substr(at - what.size(), what.size()) == what;
}

// The code point that ends at byte `at` (0 when at == 0).
char32_t PrevCodePoint(std::string_view text, size_t at) {
  if (at == 0) return 0;
  size_t start = at - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  size_t pos = start;
  return NextCodePoint(text, &pos);
}

char32_t CodePointAt(std::string_view text, size_t at) {
  if (at >= text.size()) return 0;
  return NextCodePoint(text, &at);
}

// Characters that glue a number into a code, URL, phone number or identifier.
bool IsTokenGlue(char c) {
  return IsDigit(c) || IsAsciiAlpha(c) || c == '/' || c == '-' || c == '_' || c == '@' ||
         c == ':' || c == '.' || c == '#' || c == '=' || c == '&' || c == '?';
}

// Kind of an identifier-like token that contains the number, or empty when it is just a number.
std::string ClassifyToken(std::string_view token) {
  bool has_alpha = false;
  int dashes = 0;
  int slashes = 0;
  int colons = 0;
  for (char c : token) {
    has_alpha |= IsAsciiAlpha(c);
    dashes += c == '-';
    slashes += c == '/';
    colons += c == ':';
  }
  if (token.find('@') != std::string_view::npos) return "e-mail";
  if (token.find("http") != std::string_view::npos || token.find("www.") != std::string_view::npos)
    return "url";
  if (colons > 0 && !has_alpha) return "time";
  if (dashes == 2 && !has_alpha && token.size() >= 8) return "date";
  if (slashes > 0 && !has_alpha && token.size() <= 7) return "date-or-fraction";
  if (slashes > 0) return "index-number";
  if (dashes == 1 && !has_alpha) {
    size_t dash = token.find('-');
    std::string_view a = token.substr(0, dash);
    std::string_view b = token.substr(dash + 1);
    if (!a.empty() && a[0] == '0' && b.size() >= 5) return "phone";
    if (a.size() <= 3 && b.size() <= 3) return "range";
    return "identifier";
  }
  return has_alpha || dashes > 0 ? "identifier" : "";
}

struct Scan {
  size_t begin;        // first digit
  size_t end;          // after the last digit
  std::string digits;  // ASCII digits and point, separators removed
  int decimals = 0;
};

// Reads digits with optional thousands separators (only d{1,3}(,ddd)+) and decimals.
Scan ScanNumber(std::string_view text, size_t at) {
  Scan s{at, at, "", 0};
  size_t i = at;
  while (i < text.size() && IsDigit(text[i])) s.digits.push_back(text[i++]);
  if (s.digits.size() <= 3) {
    size_t j = i;
    std::string grouped = s.digits;
    while (j + 3 < text.size() + 0 && text[j] == ',' && IsDigit(text[j + 1]) &&
           IsDigit(text[j + 2]) && IsDigit(text[j + 3]) &&
           (j + 4 >= text.size() || !IsDigit(text[j + 4]))) {
      grouped.append(text.substr(j + 1, 3));
      j += 4;
    }
    if (j != i) {
      s.digits = grouped;
      i = j;
    }
  }
  if (i + 1 < text.size() && text[i] == '.' && IsDigit(text[i + 1])) {
    s.digits.push_back('.');
    ++i;
    while (i < text.size() && IsDigit(text[i])) {
      s.digits.push_back(text[i++]);
      ++s.decimals;
    }
  }
  s.end = i;
  return s;
}

int TrailingZeros(const std::string& digits) {
  int n = 0;
  for (auto it = digits.rbegin(); it != digits.rend() && *it == '0'; ++it) ++n;
  return n == static_cast<int>(digits.size()) ? 0 : n;
}

bool IsListPunct(char32_t cp) {
  return cp == 0 || cp == ' ' || cp == '\n' || cp == ',' || cp == ';' || cp == ':' || cp == U'。' ||
         cp == '(' || cp == U'、' || cp == U'“' || cp == '"' || cp == '|' || cp == '\t';
}

struct Prefix {
  std::string_view text;
  Qualifier qualifier;
};

constexpr std::array<Prefix, 10> kPrefixes = {{
    {"大约", Qualifier::kApproximate},
    {"约", Qualifier::kApproximate},
    {"超过", Qualifier::kAtLeast},
    {"逾", Qualifier::kAtLeast},
    {"突破", Qualifier::kAtLeast},
    {"超", Qualifier::kAtLeast},
    {"不到", Qualifier::kAtMost},
    {"不足", Qualifier::kAtMost},
    {"将近", Qualifier::kAtMost},
    {"近", Qualifier::kAtMost},
}};

// Why the number at [begin, end) is not a figure, from the words around it; empty if it is one.
std::string ContextKind(std::string_view text, const Scan& s, size_t end_with_suffix) {
  char32_t prev = PrevCodePoint(text, s.begin);
  char32_t next = CodePointAt(text, s.end);
  std::string_view after = text.substr(s.end);
  bool integer = s.decimals == 0;
  if (integer && s.digits.size() == 4 &&
      (StartsWith(after, 0, "年") || StartsWith(after, 0, " 年"))) {
    return "year";
  }
  if (integer && (next == U'月' || next == U'日')) return "date";
  if (integer && (StartsWith(after, 0, "时") || StartsWith(after, 0, "点")) && prev == U'日')
    return "time";
  if (prev == U'〔' || prev == U'【' || prev == '[') return "document-number";
  if (next == U'号') {
    size_t look = s.begin >= 24 ? s.begin - 24 : 0;
    std::string_view before = text.substr(look, s.begin - look);
    if (before.find("〕") != std::string_view::npos ||
        before.find("】") != std::string_view::npos || before.find(']') != std::string_view::npos ||
        before.find("令") != std::string_view::npos || prev == U'第') {
      return "document-number";
    }
    return "address";
  }
  if (prev == U'第') return "ordinal";
  if (next == U'室' || next == U'栋' || next == U'楼') return "address";
  {
    size_t look = s.begin >= 18 ? s.begin - 18 : 0;
    std::string_view before = text.substr(look, s.begin - look);
    if ((before.find("邮编") != std::string_view::npos ||
         before.find("邮政编码") != std::string_view::npos) &&
        s.digits.size() == 6) {
      return "postcode";
    }
    if ((before.find("电话") != std::string_view::npos ||
         before.find("传真:") != std::string_view::npos ||
         before.find("热线") != std::string_view::npos) &&
        s.digits.size() >= 5) {
      return "phone";
    }
  }
  if (integer && s.digits.size() <= 2) {
    bool list_end =
        next == U'、' || (next == '.' && !(s.end + 1 < text.size() && IsDigit(text[s.end + 1])));
    if (list_end && IsListPunct(prev)) return "list-number";
    if (prev == '(' && next == ')') return "list-number";
  }
  if ((prev == U'“' || prev == '"') &&
      (CodePointAt(text, end_with_suffix) == U'”' || CodePointAt(text, end_with_suffix) == '"')) {
    return "name";
  }
  if (next == '+' || prev == '+' || next == U'·' || prev == U'·') return "name";
  return "";
}

}  // namespace

const char* QualifierName(Qualifier q) {
  switch (q) {
    case Qualifier::kNone:
      return "exact";
    case Qualifier::kApproximate:
      return "approximate";
    case Qualifier::kAtLeast:
      return "at-least";
    case Qualifier::kAtMost:
      return "at-most";
    case Qualifier::kMore:
      return "more-than";
  }
  return "exact";
}

Recognised RecogniseFigures(std::string_view text) {
  Recognised out;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsDigit(text[i])) {
      ++i;
      continue;
    }
    Scan s = ScanNumber(text, i);
    // Grow to the surrounding identifier-like token (URLs, phone numbers, index numbers).
    // Punctuation glues only between letters or digits ("0592-2891388", not "日期:2019").
    auto alnum = [&](size_t at) {
      return at < text.size() && (IsDigit(text[at]) || IsAsciiAlpha(text[at]));
    };
    size_t tok_begin = s.begin;
    while (tok_begin > 0 && IsTokenGlue(text[tok_begin - 1]) &&
           (alnum(tok_begin - 1) || (tok_begin >= 2 && alnum(tok_begin - 2)))) {
      --tok_begin;
    }
    size_t tok_end = s.end;
    while (tok_end < text.size() && IsTokenGlue(text[tok_end]) &&
           (alnum(tok_end) || alnum(tok_end + 1))) {
      ++tok_end;
    }
    // A trailing point ("1.政府网站") and a leading sign are not glue.
    std::string_view token = text.substr(tok_begin, tok_end - tok_begin);
    while (!token.empty() && token.back() == '.') token.remove_suffix(1);
    // A sign directly before the digits, not glued to anything before it ("减用负值表示,如-8").
    bool signed_number = false;
    if (tok_begin == s.begin && s.begin > 0 &&
        (text[s.begin - 1] == '-' || text[s.begin - 1] == '+') &&
        !(s.begin >= 2 && alnum(s.begin - 2))) {
      signed_number = text[s.begin - 1] == '-';
    }
    if (token.size() != s.end - s.begin || token != text.substr(s.begin, s.end - s.begin)) {
      std::string kind = ClassifyToken(token);
      if (!kind.empty()) {
        size_t b = static_cast<size_t>(token.data() - text.data());
        out.skipped.push_back({b, b + token.size(), kind, std::string(token)});
        i = b + token.size();
        continue;
      }
    }

    Figure f;
    f.begin = signed_number ? s.begin - 1 : s.begin;
    f.decimals = s.decimals;
    std::optional<Rational> parsed = Rational::Parse(s.digits);
    if (!parsed) {
      i = s.end;
      continue;
    }
    Rational value = signed_number ? -*parsed : *parsed;
    size_t end = s.end;
    // Rounding is to the last written digit; 余/多 reach up to the next step of the last
    // non-zero digit (1600多 < 1700, 40余 < 50).
    Rational step = Rational::Pow10(-s.decimals);
    Rational more_step = s.decimals > 0 ? step : Rational::Pow10(TrailingZeros(s.digits));
    bool rounded = s.decimals > 0;
    // 余/多 may come before or after the magnitude: 300多万, 67.2万余, 1867余.
    auto take_more = [&]() {
      if (StartsWith(text, end, "余") || StartsWith(text, end, "多")) {
        f.qualifier = Qualifier::kMore;
        f.qualifier_text = std::string(text.substr(end, 3));
        end += 3;
        return true;
      }
      return false;
    };
    bool more_first = take_more();
    bool more_last = false;
    Rational magnitude(1);
    if (StartsWith(text, end, "万")) magnitude = Rational(10000);
    if (StartsWith(text, end, "亿")) magnitude = Rational(100000000);
    bool has_magnitude = !(magnitude == Rational(1));
    if (has_magnitude) {
      end += 3;
      rounded = true;
      if (!more_first) more_last = take_more();
    } else {
      more_last = more_first;
    }
    // Percent sign, possibly after one space ("2.8 %"); per-mille reads as a tenth of a percent.
    size_t pct = end;
    if (pct < text.size() && text[pct] == ' ') ++pct;
    if (!more_last && StartsWith(text, pct, "%")) {
      f.percent = true;
      end = pct + 1;
      rounded = true;
    } else if (!more_last && StartsWith(text, pct, "‰")) {
      f.percent = true;
      value = value / Rational(10);
      step = step / Rational(10);
      end = pct + 3;
      rounded = true;
    }
    // The span is the figure as written; a trailing 余/多 is a qualifier, not part of it.
    f.end = more_last ? end - 3 : end;

    std::string context = ContextKind(text, s, end);
    if (!context.empty()) {
      out.skipped.push_back(
          {s.begin, s.end, context, std::string(text.substr(s.begin, s.end - s.begin))});
      i = s.end;
      continue;
    }

    f.written = std::string(text.substr(f.begin, f.end - f.begin));
    f.value = value * magnitude;
    Rational unit = step * magnitude;
    Interval base = Interval::Point(f.value);
    if (f.qualifier == Qualifier::kMore) {
      base = Interval::Between(f.value, f.value + more_step * magnitude);
    } else if (rounded) {
      Rational half = unit / Rational(2);
      base = Interval::Between(f.value - half, f.value + half);
    }
    // Qualifiers before the figure.
    if (f.qualifier == Qualifier::kNone) {
      for (const Prefix& p : kPrefixes) {
        if (EndsWith(text, f.begin, p.text)) {
          f.qualifier = p.qualifier;
          f.qualifier_text = std::string(p.text);
          break;
        }
      }
    }
    // Qualifiers after the figure and at most two unit characters: 45.46%以上, 100人左右.
    if (f.qualifier == Qualifier::kNone) {
      size_t at = end;
      for (int units = 0; units <= 2 && at < text.size(); ++units) {
        if (StartsWith(text, at, "以上")) {
          f.qualifier = Qualifier::kAtLeast;
          f.qualifier_text = "以上";
        } else if (StartsWith(text, at, "以下")) {
          f.qualifier = Qualifier::kAtMost;
          f.qualifier_text = "以下";
        } else if (StartsWith(text, at, "左右")) {
          f.qualifier = Qualifier::kApproximate;
          f.qualifier_text = "左右";
        }
        if (f.qualifier != Qualifier::kNone) break;
        size_t pos = at;
        char32_t cp = NextCodePoint(text, &pos);
        if (!IsCjk(cp)) break;
        at = pos;
      }
    }
    switch (f.qualifier) {
      case Qualifier::kAtLeast:
        f.interval = Interval{base.lo, std::nullopt};
        break;
      case Qualifier::kAtMost:
        f.interval = Interval{std::nullopt, base.hi};
        break;
      default:
        f.interval = base;
    }
    out.figures.push_back(std::move(f));
    i = end;
  }
  return out;
}

bool IsNotReportedCell(std::string_view text) {
  std::string t = StripSpaces(text);
  return t.empty() || t == "/" || t == "-" || t == "—" || t == "--" || t == "——" || t == "无" ||
         t == "\\";
}

std::optional<Figure> RecogniseCell(std::string_view text) {
  Recognised r = RecogniseFigures(text);
  if (r.figures.size() != 1 || !r.skipped.empty()) return std::nullopt;
  // Everything outside the figure may only be spaces or a short unit word (251000元).
  const Figure& f = r.figures[0];
  std::string before = StripSpaces(text.substr(0, f.begin));
  std::string after = StripSpaces(text.substr(f.end));
  if (!before.empty() || CodePointCount(after) > 2) return std::nullopt;
  for (size_t pos = 0; pos < after.size();) {
    if (!IsCjk(NextCodePoint(after, &pos))) return std::nullopt;
  }
  return f;
}

}  // namespace crossfoot
