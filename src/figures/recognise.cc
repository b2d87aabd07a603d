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
using scan::EndsWith;
using scan::IsAlnumAt;
using scan::IsAsciiAlpha;
using scan::IsDigit;
using scan::StartsWith;

// Characters that glue a number into a code, URL (with its percent-escapes: %E9%BB%91), phone
// number or identifier.
bool IsTokenGlue(char c) {
  return IsDigit(c) || IsAsciiAlpha(c) || c == '/' || c == '-' || c == '_' || c == '@' ||
         c == ':' || c == '.' || c == '#' || c == '=' || c == '&' || c == '?' || c == '%';
}

struct Scan {
  size_t begin;        // first digit
  size_t end;          // after the last digit
  std::string digits;  // ASCII digits and point, separators removed
  int decimals = 0;
  bool grouped = false;  // written with thousands separators (164,024)
};

// What a figure's interval is made from, kept so that a magnitude written once after a list
// (各是4125.49,4143.91万元) can scale the figures before it too.
struct Raw {
  Rational written;  // the number as written, before any magnitude
  Rational step;     // its last written digit
  Rational more_step;
  bool rounded = false;
  Rational factor{1};  // the magnitude written after it
};

// A scale word after a figure: 万, 亿 (and 萬, 億), thousand, million, billion.
struct Scale {
  size_t length = 0;  // bytes taken, with the space before the word
  Rational factor{1};
  std::string word;
};

Scale ScaleAt(std::string_view text, size_t at) {
  struct Word {
    std::string_view text;
    int64_t factor;
  };
  static constexpr Word kCjk[] = {
      {"万", 10000}, {"萬", 10000}, {"亿", 100000000}, {"億", 100000000}};
  static constexpr Word kEnglish[] = {{" thousand", 1000},
                                      {" million", 1000000},
                                      {" billion", 1000000000},
                                      {" trillion", 1000000000000}};
  // "374.89 万元": text copied out of a PDF puts a space before the magnitude too.
  for (size_t space : {size_t{0}, size_t{1}}) {
    if (space == 1 && !StartsWith(text, at, " ")) break;
    for (const Word& w : kCjk) {
      if (StartsWith(text, at + space, w.text)) {
        return {space + w.text.size(), Rational(w.factor), std::string(w.text)};
      }
    }
  }
  for (const Word& w : kEnglish) {
    size_t after = at + w.text.size();
    if (StartsWith(text, at, w.text) && !IsAlnumAt(text, after)) {
      return {w.text.size(), Rational(w.factor), std::string(w.text.substr(1))};
    }
  }
  return {};
}

// The words that join the figures of a list, so that a magnitude after the last one applies
// to each (分别为12、15万元, 1.2 and 3.4 million).
bool IsListJoin(std::string_view between) {
  for (std::string_view join : {",", ", ", "、", "和", "及", "与", " and "}) {
    if (between == join) return true;
  }
  return false;
}

// A currency sign before the digits, possibly with one space ("$4,050,171", "¥ 12"): the
// sign's first byte, or `at` when there is none.
size_t CurrencyBefore(std::string_view text, size_t at, std::string* sign) {
  for (std::string_view currency : {"$", "¥"}) {
    for (size_t space : {size_t{0}, size_t{1}}) {
      size_t end = at - space;
      if (at < space || (space == 1 && text[end] != ' ')) continue;
      if (EndsWith(text, end, currency)) {
        *sign = std::string(currency);
        return end - currency.size();
      }
    }
  }
  return at;
}

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
      s.grouped = true;
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
    ScaleLists();
    return std::move(out_);
  }

 private:
  void Skip(size_t begin, size_t end, std::string kind) {
    out_.skipped.push_back(
        {begin, end, std::move(kind), std::string(text_.substr(begin, end - begin))});
  }

  // The interval a figure's written form stands for, before its qualifiers.
  static Interval Base(const Figure& f, const Rational& unit, const Rational& more_step,
                       bool rounded) {
    if (f.qualifier == Qualifier::kMore) return Interval::Between(f.value, f.value + more_step);
    if (!rounded) return Interval::Point(f.value);
    Rational half = unit / Rational(2);
    return Interval::Between(f.value - half, f.value + half);
  }

  // The figure's interval from its rounding unit and 余/多, then its qualifiers and unit.
  void Finish(Figure f, Rational unit, Rational more_step, bool rounded, size_t end,
              std::optional<Raw> raw = std::nullopt) {
    Interval base = Base(f, unit, more_step, rounded);
    f.written = std::string(text_.substr(f.begin, f.end - f.begin));
    ApplyQualifiers(text_, end, base, &f);
    if (f.points) f.unit = f.unit.empty() ? "percentage points" : f.unit;
    out_.figures.push_back(std::move(f));
    raws_.push_back(raw);
  }

  // 各是4125.49,4143.91万元: the magnitude and unit after the last figure of a list are those of
  // every figure in it that states neither.
  void ScaleLists() {
    std::vector<Figure>& figs = out_.figures;
    for (size_t last = figs.size(); last-- > 1;) {
      if (figs[last].magnitude.empty() || !raws_[last] || figs[last].percent) continue;
      const Rational& scale = raws_[last]->factor;
      for (size_t k = last; k-- > 0;) {
        Figure& f = figs[k];
        std::string_view between = text_.substr(f.end, figs[k + 1].begin - f.end);
        if (!raws_[k] || !f.magnitude.empty() || f.percent || f.points || !f.unit.empty() ||
            f.currency != figs[last].currency || !IsListJoin(between)) {
          break;
        }
        std::optional<Rational> value = raws_[k]->written.Times(scale);
        if (!value || !value->FitsFigure()) break;
        f.value = *value;
        Interval base =
            Base(f, raws_[k]->step * scale, raws_[k]->more_step * scale, /*rounded=*/true);
        f.interval = f.qualifier == Qualifier::kAtLeast  ? Interval{base.lo, std::nullopt}
                     : f.qualifier == Qualifier::kAtMost ? Interval{std::nullopt, base.hi}
                                                         : base;
        f.magnitude = figs[last].magnitude;
        f.unit = figs[last].unit;
      }
    }
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
    // A currency sign, then a minus sign, directly before the digits, not glued to anything
    // before them ("如-8", "−103,318", "-$5", "$4,050,171").
    Figure f;
    size_t sign_begin =
        tok_begin == s.begin ? CurrencyBefore(text_, s.begin, &f.currency) : s.begin;
    bool negative = false;
    if (tok_begin == s.begin && sign_begin > 0 && text_[sign_begin - 1] == '-' &&
        !(sign_begin >= 2 && IsAlnumAt(text_, sign_begin - 2))) {
      negative = true;
      sign_begin -= 1;
    } else if (tok_begin == s.begin && EndsWith(text_, sign_begin, "−") &&
               !(sign_begin > 3 && IsAlnumAt(text_, sign_begin - 4))) {
      negative = true;
      sign_begin -= 3;
    }
    f.begin = sign_begin;
    f.decimals = s.decimals;
    std::optional<Rational> parsed = Rational::Parse(s.digits);
    if (!parsed) {
      // Beyond exact arithmetic (over 30 digits): say so rather than drop it silently.
      Skip(s.begin, s.end, "too-large");
      return s.end;
    }
    Rational value = negative ? -*parsed : *parsed;
    Rational written = value;
    size_t end = s.end;
    // Rounding is to the last written digit; 余/多 reach up to the next step of the last
    // non-zero digit (1600多 < 1700, 40余 < 50).
    Rational step = Rational::Pow10(-s.decimals);
    Rational more_step = s.decimals > 0 ? step : Rational::Pow10(TrailingZeros(s.digits));
    bool rounded = s.decimals > 0;
    bool more_first = TakeMore(&end, &f);
    bool more_last = more_first;
    Scale scale = ScaleAt(text_, end);
    Rational magnitude = scale.factor;
    if (scale.length > 0) {
      end += scale.length;
      rounded = true;
      f.magnitude = scale.word;
      more_last = !more_first && TakeMore(&end, &f);
    }
    // Percent sign, possibly after one space ("2.8 %"); per-mille reads as a tenth of a percent.
    // Percentage points are a difference of two shares, a kind of their own.
    size_t pct = end < text_.size() && text_[end] == ' ' ? end + 1 : end;
    size_t points = PointsLength(end);
    if (!more_last && points > 0) {
      f.points = true;
      end += points;
      rounded = true;
    } else if (!more_last && UnitAt(text_, pct) == "个百分点") {
      f.points = true;
      rounded = true;
    } else if (!more_last &&
               (StartsWith(text_, pct, "%") ||
                (StartsWith(text_, end, " percent") && !StartsWith(text_, end, " percentage")))) {
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
    // An accounting negative: "($164,024)", "(164,024)" in an English statement. Short or
    // bare numbers in parentheses are list numbering ((1), (一)), and so is anything after
    // Chinese text.
    // A cell that is only "(65.6%)" or "(460.3)" is one too; "$(7,661.7)" puts the sign first.
    bool whole_text = f.begin == 1 && f.end + 1 == text_.size();
    if (!negative && !more_last && f.begin > 0 && text_[f.begin - 1] == '(' &&
        StartsWith(text_, f.end, ")") &&
        (s.grouped || !f.currency.empty() || (whole_text && (f.percent || s.decimals > 0)) ||
         EndsWith(text_, f.begin - 1, "$")) &&
        !IsCjk(scan::PrevCodePoint(text_, f.begin - 1))) {
      negative = true;
      value = -value;
      written = -written;
      f.begin -= 1;
      f.end += 1;
      end = std::max(end, f.end);
      if (f.currency.empty() && EndsWith(text_, f.begin, "$")) {
        f.currency = "$";
        f.begin -= 1;
      }
    }
    std::string context = ArabicContextKind(text_, s.begin, s.end, s.decimals == 0, end);
    if (context.empty() && FollowsPhoneList(s.begin) && s.end - s.begin >= 7) context = "phone";
    if (context.empty() && FollowsSpacedDate(s.begin) && s.end - s.begin <= 2) context = "date";
    if (context.empty() && FollowsEnglishDate(s.begin) && s.end - s.begin == 4 && s.decimals == 0) {
      context = "year";
    }
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
    Raw raw{written, step, more_step, rounded, magnitude};
    Finish(std::move(f), step * magnitude, more_step * magnitude, rounded, end, raw);
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
    raws_.emplace_back();
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

  // "September 30, 2012": the year after a day of an English date.
  bool FollowsEnglishDate(size_t begin) const {
    if (out_.skipped.empty() || out_.skipped.back().kind != "date") return false;
    return text_.substr(out_.skipped.back().end, begin - out_.skipped.back().end) == ", ";
  }

  // " percentage points" / " percentage point" after the number: the bytes it takes.
  size_t PointsLength(size_t at) const {
    for (std::string_view words : {" percentage points", " percentage point"}) {
      if (StartsWith(text_, at, words) && !IsAlnumAt(text_, at + words.size())) {
        return words.size();
      }
    }
    return 0;
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
    raws_.emplace_back();
    return end;
  }

  std::string_view text_;
  Recognised out_;
  std::vector<std::optional<Raw>> raws_;  // per figure in out_.figures; none for numerals
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
  // "$ -" in a statement is a dash under its column's dollar sign.
  if (t.starts_with("$")) t = t.substr(1);
  // "N/A" (not applicable) in an English statement says as little about the count as a blank.
  return t.empty() || t == "/" || t == "-" || t == "—" || t == "--" || t == "——" || t == "无" ||
         t == "\\" || t == "N/A" || t == "n/a";
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
