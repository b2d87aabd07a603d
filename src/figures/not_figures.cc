#include "figures/not_figures.h"

#include "figures/text_scan.h"

namespace crossfoot {
namespace {

using scan::CodePointAt;
using scan::EndsWith;
using scan::IsAsciiAlpha;
using scan::IsDigit;
using scan::PrevCodePoint;
using scan::StartsWith;

bool IsListPunct(char32_t cp) {
  return cp == 0 || cp == ' ' || cp == '\n' || cp == ',' || cp == ';' || cp == ':' || cp == U'。' ||
         cp == '(' || cp == U'、' || cp == U'“' || cp == '"' || cp == '|' || cp == '\t';
}

// English month names, as dates write them ("September 30, 2012", "30 Sept. 2012").
constexpr std::string_view kMonths[] = {
    "January",   "February", "March",    "April",    "May",   "June", "July", "August",
    "September", "October",  "November", "December", "Jan.",  "Feb.", "Mar.", "Apr.",
    "Jun.",      "Jul.",     "Aug.",     "Sep.",     "Sept.", "Oct.", "Nov.", "Dec."};

bool AfterMonth(std::string_view text, size_t begin) {
  if (!EndsWith(text, begin, " ")) return false;
  for (std::string_view month : kMonths) {
    size_t at = begin - 1;
    if (EndsWith(text, at, month) &&
        (at == month.size() || !IsAsciiAlpha(text[at - month.size() - 1]))) {
      return true;
    }
  }
  return false;
}

bool BeforeMonth(std::string_view after) {
  if (after.empty() || after[0] != ' ') return false;
  for (std::string_view month : kMonths) {
    if (StartsWith(after, 1, month) && !scan::IsAlnumAt(after, 1 + month.size())) return true;
  }
  return false;
}

bool Near(std::string_view text, size_t at, size_t span, std::string_view word) {
  size_t from = at >= span ? at - span : 0;
  return text.substr(from, at - from).find(word) != std::string_view::npos;
}

}  // namespace

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
  // "FY2012", "FY12": a fiscal year.
  if (token.size() > 2 && token.size() <= 6 && (token.substr(0, 2) == "FY")) {
    bool digits = true;
    for (char c : token.substr(2)) digits &= IsDigit(c);
    if (digits) return "year";
  }
  if (token.find("http") != std::string_view::npos ||
      token.find("www.") != std::string_view::npos) {
    return "url";
  }
  if (colons > 0 && !has_alpha) return "time";
  if (dashes == 2 && !has_alpha && token.size() >= 8) return "date";
  if (slashes == 1 && !has_alpha && token.size() <= 7) {
    size_t slash = token.find('/');
    return slash == 4 ? "date" : "fraction";
  }
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

std::string ArabicContextKind(std::string_view text, size_t begin, size_t end, bool integer,
                              size_t figure_end) {
  char32_t prev = PrevCodePoint(text, begin);
  char32_t next = CodePointAt(text, end);
  std::string_view after = text.substr(end);
  size_t digits = end - begin;
  size_t spaces = 0;
  while (spaces < after.size() && after[spaces] == ' ') ++spaces;
  std::string_view word = after.substr(spaces);  // spaced forms: "2025 年", "1  日"
  if (integer && digits == 4 && StartsWith(word, 0, "年")) return "year";
  // English prose: "in 2018", "since 2008", "fiscal year 2019".
  bool year_like = integer && digits == 4 && (text[begin] == '1' || text[begin] == '2');
  for (std::string_view lead :
       {"in ", "In ", "since ", "Since ", "year ", "Year ", "of ", "FY ", "FY", "FYs "}) {
    if (year_like && EndsWith(text, begin, lead)) return "year";
  }
  // English dates: "September 30, 2012", "30 September 2012", "March 2023".
  if (integer && AfterMonth(text, begin)) {
    if (year_like) return "year";
    if (digits <= 2) return "date";
  }
  if (integer && digits <= 2 && BeforeMonth(after)) return "date";
  // Flipbook text drops 年 but keeps the spacing: "2025  1  1  日".
  if (integer && digits == 4 && spaces >= 2 && !word.empty() && IsDigit(word[0])) return "year";
  if (integer && (StartsWith(word, 0, "月") || StartsWith(word, 0, "日"))) return "date";
  if (integer && (StartsWith(after, 0, "时") || StartsWith(after, 0, "点")) && prev == U'日')
    return "time";
  if (prev == '[' && next == ']') return "reference";
  if (prev == U'〔' || prev == U'【' || prev == '[' || next == U'〕' || next == U'】')
    return "document-number";
  if (StartsWith(word, 0, "号")) {
    // Document numbers follow the issuer's abbreviation (…发, …函, …字) or its bracketed year.
    bool issuer = prev == U'发' || prev == U'函' || prev == U'字' || prev == U'令' || prev == U'第';
    bool document = issuer || Near(text, begin, 24, "〕") || Near(text, begin, 24, "】") ||
                    Near(text, begin, 24, "]") || Near(text, begin, 24, "令");
    return document ? "document-number" : "address";
  }
  if (EndsWith(text, begin, "Page ") || EndsWith(text, begin, "P. ") ||
      EndsWith(text, begin, "P.")) {
    return "page-mark";
  }
  if (prev == U'第') return "ordinal";
  if (EndsWith(text, begin, "连续")) return "rank";
  if (next == U'室' || next == U'栋' || next == U'楼' || next == U'层') return "address";
  if ((Near(text, begin, 18, "邮编") || Near(text, begin, 18, "邮政编码")) && digits == 6)
    return "postcode";
  if ((Near(text, begin, 18, "电话") || Near(text, begin, 18, "传真:") ||
       Near(text, begin, 18, "热线")) &&
      digits >= 5) {
    return "phone";
  }
  // Hotlines (12345, 12329) are names wherever 热线 follows closely.
  if (digits == 5 && after.substr(0, 24).find("热线") != std::string_view::npos) return "name";
  if (integer && digits <= 2) {
    bool list_end =
        next == U'、' || (next == '.' && !(end + 1 < text.size() && IsDigit(text[end + 1])));
    // "... is 8." ends an English sentence: after a word, a point is a full stop.
    size_t lead = begin;
    while (lead > 0 && text[lead - 1] == ' ') --lead;
    bool after_word = next == '.' && lead < begin && lead > 0 && scan::IsAlnumAt(text, lead - 1);
    if (list_end && IsListPunct(prev) && !after_word) return "list-number";
    if (prev == '(' && next == ')') return "list-number";
  }
  char32_t after_figure = CodePointAt(text, figure_end);
  if ((prev == U'“' || prev == '"') && (after_figure == U'”' || after_figure == '"')) return "name";
  if (next == '+' || prev == '+' || next == U'·' || prev == U'·' || next == U'×' || prev == U'×')
    return "name";
  // "24小时服务", "7×24": a service name, not a count of hours.
  if (integer && std::string_view(text.substr(begin, digits)) == "24" &&
      StartsWith(after, 0, "小时"))
    return "name";
  return "";
}

std::string ChineseContextKind(std::string_view text, size_t begin, size_t end) {
  char32_t prev = PrevCodePoint(text, begin);
  char32_t next = CodePointAt(text, end);
  if (prev == U'第') return "ordinal";
  if (EndsWith(text, begin, "连续")) return "rank";
  if (next == U'年' || next == U'月' || next == U'日' || next == U'号') return "date";
  if (next == U'、' || next == U'是' || (prev == '(' && next == ')')) return "list-number";
  return "";
}

}  // namespace crossfoot
