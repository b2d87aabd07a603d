#include "figures/recognise.h"

#include <optional>
#include <string>

#include "figures/chinese_numeral.h"
#include "figures/not_figures.h"
#include "figures/qualifiers.h"
#include "figures/text_scan.h"

namespace crossfoot {
namespace {

using scan::CodePointAt;
using scan::IsAlnumAt;
using scan::IsAsciiAlpha;
using scan::IsDigit;
using scan::StartsWith;

// Characters that glue a number into a code, URL, phone number or identifier.
bool IsTokenGlue(char c) {
  return IsDigit(c) || IsAsciiAlpha(c) || c == '/' || c == '-' || c == '_' || c == '@' ||
         c == ':' || c == '.' || c == '#' || c == '=' || c == '&' || c == '?';
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
    while (j + 3 < text.size() && text[j] == ',' && IsDigit(text[j + 1]) && IsDigit(text[j + 2]) &&
           IsDigit(text[j + 3]) && (j + 4 >= text.size() || !IsDigit(text[j + 4]))) {
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

int TrailingZeros(std::string_view digits) {
  int n = 0;
  for (auto it = digits.rbegin(); it != digits.rend() && *it == '0'; ++it) ++n;
  return n == static_cast<int>(digits.size()) ? 0 : n;
}

// Dashes that join two numbers into a range or a phone number: 11—30件, 0578—2090823.
size_t DashLength(std::string_view text, size_t at) {
  for (std::string_view dash : {"—", "–", "~", "〜", "-"}) {
    if (StartsWith(text, at, dash) && at + dash.size() < text.size() &&
        IsDigit(text[at + dash.size()])) {
      return dash.size();
    }
  }
  return 0;
}

class Recogniser {
 public:
  explicit Recogniser(std::string_view text) : text_(text) {}

  Recognised Run() {
    size_t i = 0;
    while (i < text_.size()) {
      if (IsDigit(text_[i])) {
        i = Arabic(i);
        continue;
      }
      size_t next = i;
      char32_t cp = NextCodePoint(text_, &next);
      if (IsChineseDigitChar(cp) || cp == U'十' || StartsWith(text_, i, "百分之")) {
        i = Chinese(i);
      } else {
        i = next;
      }
    }
    return std::move(out_);
  }

 private:
  void Skip(size_t begin, size_t end, std::string kind) {
    out_.skipped.push_back(
        {begin, end, std::move(kind), std::string(text_.substr(begin, end - begin))});
  }

  // The figure's interval from its rounding unit and 余/多, then its qualifiers and unit.
  void Finish(Figure f, Rational unit, Rational more_step, bool rounded, size_t end) {
    Interval base = Interval::Point(f.value);
    if (f.qualifier == Qualifier::kMore) {
      base = Interval::Between(f.value, f.value + more_step);
    } else if (rounded) {
      Rational half = unit / Rational(2);
      base = Interval::Between(f.value - half, f.value + half);
    }
    f.written = std::string(text_.substr(f.begin, f.end - f.begin));
    ApplyQualifiers(text_, end, base, &f);
    out_.figures.push_back(std::move(f));
  }

  size_t Arabic(size_t i) {
    Scan s = ScanNumber(text_, i);
    // Punctuation glues only between letters or digits ("0592-2891388", not "日期:2019").
    size_t tok_begin = s.begin;
    while (
        tok_begin > 0 && IsTokenGlue(text_[tok_begin - 1]) &&
        (IsAlnumAt(text_, tok_begin - 1) || (tok_begin >= 2 && IsAlnumAt(text_, tok_begin - 2)))) {
      --tok_begin;
    }
    size_t tok_end = s.end;
    while (tok_end < text_.size() && IsTokenGlue(text_[tok_end]) &&
           (IsAlnumAt(text_, tok_end) || IsAlnumAt(text_, tok_end + 1))) {
      ++tok_end;
    }
    std::string_view token = text_.substr(tok_begin, tok_end - tok_begin);
    while (!token.empty() && token.back() == '.') token.remove_suffix(1);
    if (token != text_.substr(s.begin, s.end - s.begin)) {
      std::string kind = ClassifyToken(token);
      size_t b = static_cast<size_t>(token.data() - text_.data());
      if (kind == "fraction") return Fraction(b, b + token.size());
      if (!kind.empty() && StartsWith(text_, b + token.size(), "号")) kind = "document-number";
      if (!kind.empty()) {
        Skip(b, b + token.size(), kind);
        return b + token.size();
      }
    }
    if (size_t dash = DashLength(text_, s.end); dash > 0) {
      Scan second = ScanNumber(text_, s.end + dash);
      bool phone = s.digits[0] == '0' && second.digits.size() >= 5;
      Skip(s.begin, second.end, phone ? "phone" : "range");
      return second.end;
    }
    // A sign directly before the digits, not glued to anything before it ("如-8").
    bool negative = tok_begin == s.begin && s.begin > 0 && text_[s.begin - 1] == '-' &&
                    !(s.begin >= 2 && IsAlnumAt(text_, s.begin - 2));

    Figure f;
    f.begin = negative ? s.begin - 1 : s.begin;
    f.decimals = s.decimals;
    std::optional<Rational> parsed = Rational::Parse(s.digits);
    if (!parsed) {
      // Beyond exact arithmetic (over 30 digits): say so rather than drop it silently.
      Skip(s.begin, s.end, "too-large");
      return s.end;
    }
    Rational value = negative ? -*parsed : *parsed;
    size_t end = s.end;
    // Rounding is to the last written digit; 余/多 reach up to the next step of the last
    // non-zero digit (1600多 < 1700, 40余 < 50).
    Rational step = Rational::Pow10(-s.decimals);
    Rational more_step = s.decimals > 0 ? step : Rational::Pow10(TrailingZeros(s.digits));
    bool rounded = s.decimals > 0;
    bool more_first = TakeMore(&end, &f);
    bool more_last = more_first;
    Rational magnitude = Magnitude(end);
    if (!(magnitude == Rational(1))) {
      end += 3;
      rounded = true;
      more_last = !more_first && TakeMore(&end, &f);
    }
    // Percent sign, possibly after one space ("2.8 %"); per-mille reads as a tenth of a percent.
    size_t pct = end < text_.size() && text_[end] == ' ' ? end + 1 : end;
    if (!more_last && (StartsWith(text_, pct, "%") || StartsWith(text_, end, " percent"))) {
      f.percent = true;
      end = text_[pct] == '%' ? pct + 1 : end + 8;
      rounded = true;
    } else if (!more_last && StartsWith(text_, pct, "‰")) {
      f.percent = true;
      value = value / Rational(10);
      step = step / Rational(10);
      end = pct + 3;
      rounded = true;
    }
    // The span is the figure as written; a trailing 余/多 is a qualifier, not part of it.
    f.end = more_last ? end - 3 : end;
    std::string context = ArabicContextKind(text_, s.begin, s.end, s.decimals == 0, end);
    if (context.empty() && FollowsPhoneList(s.begin) && s.end - s.begin >= 7) context = "phone";
    if (context.empty() && FollowsSpacedDate(s.begin) && s.end - s.begin <= 2) context = "date";
    if (!context.empty()) {
      Skip(s.begin, s.end, context);
      return s.end;
    }
    // A figure keeps to kMaxFigureDigits digits, so that its interval, and the arithmetic of
    // Finish and of the qualifiers, stay far inside 128 bits.
    std::optional<Rational> scaled = value.Times(magnitude);
    if (!scaled || !scaled->FitsFigure()) {
      Skip(s.begin, s.end, "too-large");
      return s.end;
    }
    f.value = *scaled;
    Finish(std::move(f), step * magnitude, more_step * magnitude, rounded, end);
    return end;
  }

  // "1/5" where it states a share: a qualitative figure of 20%.
  size_t Fraction(size_t begin, size_t end) {
    std::string_view token = text_.substr(begin, end - begin);
    size_t slash = token.find('/');
    auto num = Rational::Parse(token.substr(0, slash));
    auto den = Rational::Parse(token.substr(slash + 1));
    if (!num || !den || den->is_zero() || !(*num < *den)) {
      Skip(begin, end, "date");
      return end;
    }
    Figure f;
    f.begin = begin;
    f.end = end;
    f.percent = true;
    f.qualitative = true;
    std::optional<Rational> share = num->DividedBy(*den);
    if (share) share = share->Times(Rational(100));
    if (!share || !share->FitsFigure()) {
      Skip(begin, end, "too-large");
      return end;
    }
    f.value = *share;
    f.qualifier = Qualifier::kApproximate;
    f.qualifier_text = token;
    f.written = std::string(token);
    f.interval = Interval::Point(f.value);
    out_.figures.push_back(std::move(f));
    return end;
  }

  // "0591-83368798、83379395": the second number of a list of phone numbers.
  bool FollowsPhoneList(size_t begin) const {
    if (out_.skipped.empty() || out_.skipped.back().kind != "phone") return false;
    std::string_view between =
        text_.substr(out_.skipped.back().end, begin - out_.skipped.back().end);
    return between == "、" || between == "," || between == "/";
  }

  // "2025  1  1  日": flipbook text that lost 年 and 月 but kept the spaces between the parts.
  bool FollowsSpacedDate(size_t begin) const {
    if (out_.skipped.empty()) return false;
    const NonFigure& last = out_.skipped.back();
    if (last.kind != "year" && last.kind != "date") return false;
    std::string_view between = text_.substr(last.end, begin - last.end);
    return between.size() >= 2 && between.find_first_not_of(' ') == std::string_view::npos;
  }

  bool TakeMore(size_t* end, Figure* f) {
    if (StartsWith(text_, *end, "余") || StartsWith(text_, *end, "多")) {
      f->qualifier = Qualifier::kMore;
      f->qualifier_text = std::string(text_.substr(*end, 3));
      *end += 3;
      return true;
    }
    return false;
  }

  Rational Magnitude(size_t at) const {
    if (StartsWith(text_, at, "万")) return Rational(10000);
    if (StartsWith(text_, at, "亿")) return Rational(100000000);
    return Rational(1);
  }

  // A run of Chinese numerals; it is a figure only before a measure word (三个, 十余家),
  // after 百分之, or as 一半.
  size_t Chinese(size_t i) {
    size_t begin = i;
    bool percent_words = StartsWith(text_, i, "百分之");
    if (percent_words) i += 9;
    size_t run_begin = i;
    std::u32string run;
    size_t end = i;
    while (end < text_.size()) {
      size_t next = end;
      char32_t cp = NextCodePoint(text_, &next);
      if (!IsChineseNumeralChar(cp)) break;
      if (cp == U'点' && (run.empty() || !IsChineseDigitChar(CodePointAt(text_, next)))) break;
      run.push_back(cp);
      end = next;
    }
    if (run.empty()) return percent_words ? run_begin : begin + 3;
    if (!percent_words && run == U"一" && StartsWith(text_, end, "半")) return Half(begin, end + 3);
    std::string context = ChineseContextKind(text_, run_begin, end);
    if (!context.empty()) {
      Skip(run_begin, end, context);
      return end;
    }
    std::optional<ChineseNumeral> n = ParseChineseNumeral(run);
    // A lone 零 starts words (零件, 零投诉), not counts.
    if (!n || n->positional || run == U"零") return end;
    Figure f;
    f.begin = begin;
    f.end = end;
    f.value = n->value;
    f.decimals = n->decimals;
    size_t after = end;
    bool more = TakeMore(&after, &f);
    if (!percent_words && UnitAt(text_, after).empty()) {
      // Words such as 一站式, 三公经费, 十四五 are names, not counts.
      return end;
    }
    f.percent = percent_words;
    Rational step = Rational::Pow10(-n->decimals);
    Finish(std::move(f), step, more ? MoreStep(n->value) : step, percent_words, more ? after : end);
    return more ? after : end;
  }

  // 十余家 → [10, 20]; 三百多 → [300, 400].
  static Rational MoreStep(const Rational& value) {
    std::string digits = value.ToString(0);
    return Rational::Pow10(TrailingZeros(digits));
  }

  // 一半 (half) states a share: a qualitative 50%.
  size_t Half(size_t begin, size_t end) {
    Figure f;
    f.begin = begin;
    f.end = end;
    f.percent = true;
    f.qualitative = true;
    f.value = Rational(50);
    f.written = "一半";
    f.qualifier = Qualifier::kApproximate;
    f.qualifier_text = "一半";
    Interval base = Interval::Point(f.value);
    Figure probe = f;
    probe.qualifier = Qualifier::kNone;
    ApplyQualifiers(text_, end, base, &probe);  // 超过一半 → at least 50%
    if (probe.qualifier != Qualifier::kNone) {
      f.qualifier = probe.qualifier;
      f.qualifier_text = probe.qualifier_text;
    }
    f.interval = probe.interval;
    out_.figures.push_back(std::move(f));
    return end;
  }

  std::string_view text_;
  Recognised out_;
};

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

Recognised RecogniseFigures(std::string_view text) { return Recogniser(text).Run(); }

bool IsNotReportedCell(std::string_view text) {
  std::string t = StripSpaces(text);
  return t.empty() || t == "/" || t == "-" || t == "—" || t == "--" || t == "——" || t == "无" ||
         t == "\\";
}

Figure BlankCellFigure(std::string_view text) {
  Figure f;
  f.blank = true;
  size_t begin = text.find_first_not_of(" \t\r\n");
  size_t end = text.find_last_not_of(" \t\r\n");
  f.begin = begin == std::string_view::npos ? 0 : begin;
  f.end = begin == std::string_view::npos ? 0 : end + 1;
  f.written = f.begin == f.end ? "空白" : std::string(text.substr(f.begin, f.end - f.begin));
  f.interval = Interval::AtLeast(Rational(0));
  return f;
}

std::optional<Figure> RecogniseCell(std::string_view text) {
  return CellFigure(RecogniseFigures(text), text);
}

std::optional<Figure> CellFigure(const Recognised& r, std::string_view text) {
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
