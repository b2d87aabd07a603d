#include "figures/qualifiers.h"

#include <array>

#include "figures/text_scan.h"

namespace crossfoot {
namespace {

using scan::EndsWith;
using scan::StartsWith;

struct Word {
  std::string_view text;
  Qualifier qualifier;
};

// Longer words first, so that 超过 wins over 超.
constexpr std::array<Word, 29> kBefore = {{
    {"approximately ", Qualifier::kApproximate},
    {"about ", Qualifier::kApproximate},
    {"around ", Qualifier::kApproximate},
    {"more than ", Qualifier::kAtLeast},
    {"at least ", Qualifier::kAtLeast},
    {"over ", Qualifier::kAtLeast},
    {"less than ", Qualifier::kAtMost},
    {"at most ", Qualifier::kAtMost},
    {"nearly ", Qualifier::kAtMost},
    // "<1" (a median under one day), "≥ 5": bounds written as signs.
    {"≥", Qualifier::kAtLeast},
    {"<=", Qualifier::kAtMost},
    {"<", Qualifier::kAtMost},
    {">=", Qualifier::kAtLeast},
    {">", Qualifier::kAtLeast},
    {"≤", Qualifier::kAtMost},
    {"almost ", Qualifier::kAtMost},
    {"大约", Qualifier::kApproximate},
    {"约", Qualifier::kApproximate},
    {"超过", Qualifier::kAtLeast},
    {"多于", Qualifier::kAtLeast},
    {"不少于", Qualifier::kAtLeast},
    {"逾", Qualifier::kAtLeast},
    {"突破", Qualifier::kAtLeast},
    {"超", Qualifier::kAtLeast},
    {"不到", Qualifier::kAtMost},
    {"不足", Qualifier::kAtMost},
    {"不超过", Qualifier::kAtMost},
    {"将近", Qualifier::kAtMost},
    {"近", Qualifier::kAtMost},
}};

constexpr std::array<Word, 5> kAfter = {{
    {"以上", Qualifier::kAtLeast},
    {"以下", Qualifier::kAtMost},
    {"以内", Qualifier::kAtMost},
    {"左右", Qualifier::kApproximate},
    {"上下", Qualifier::kApproximate},
}};

// Longest first.
constexpr std::string_view kUnits[] = {
    "个工作日", "个百分点", "人次", "万元", "亿元", "个", "件", "条", "项", "家",   "次",   "名",
    "位",       "人",       "期",   "场",   "批",   "份", "类", "篇", "起", "天",   "倍",   "处",
    "所",       "套",       "台",   "本",   "册",   "部", "元", "户", "页", "小时", "分钟", "年"};

// "<td>2023" in markup left in a text: a sign after a letter or another sign is no bound.
bool GluedSign(std::string_view text, size_t at, std::string_view word) {
  if (word[0] != '<' && word[0] != '>' && word != "≤" && word != "≥") return false;
  if (at == 0) return false;
  char before = text[at - 1];
  return (before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z') ||
         (before >= '0' && before <= '9') || before == '"' || before == '/' || before == '<' ||
         before == '>' || before == '=';
}

}  // namespace

std::string_view UnitAt(std::string_view text, size_t at) {
  if (at >= text.size()) return {};
  for (std::string_view unit : kUnits) {
    // Comparing the last bytes first rules out most units without a call (the lead bytes of
    // CJK characters repeat, their last bytes differ).
    if (at + unit.size() <= text.size() && unit.back() == text[at + unit.size() - 1] &&
        StartsWith(text, at, unit)) {
      return unit;
    }
  }
  return {};
}

void ApplyQualifiers(std::string_view text, size_t end, const Interval& base, Figure* f) {
  if (f->qualifier == Qualifier::kNone) {
    // 不超过 ends with 超过: test the longer word first.
    if (EndsWith(text, f->begin, "不超过")) {
      f->qualifier = Qualifier::kAtMost;
      f->qualifier_text = "不超过";
    }
    for (const Word& w : kBefore) {
      if (f->qualifier != Qualifier::kNone) break;
      if (f->begin > 0 && w.text.back() == text[f->begin - 1] && EndsWith(text, f->begin, w.text) &&
          !GluedSign(text, f->begin - w.text.size(), w.text)) {
        f->qualifier = w.qualifier;
        f->qualifier_text = std::string(w.text);
      }
    }
  }
  std::string_view unit = UnitAt(text, end);
  // "3119 件": text copied out of a PDF puts a space between a figure and its unit.
  if (unit.empty() && end < text.size() && text[end] == ' ') unit = UnitAt(text, end + 1);
  f->unit = std::string(unit);
  if (f->qualifier == Qualifier::kNone) {
    size_t at = end;
    for (int units = 0; units <= 2 && at < text.size(); ++units) {
      for (const Word& w : kAfter) {
        if (f->qualifier == Qualifier::kNone && StartsWith(text, at, w.text)) {
          f->qualifier = w.qualifier;
          f->qualifier_text = std::string(w.text);
        }
      }
      if (f->qualifier != Qualifier::kNone) break;
      size_t pos = at;
      if (!IsCjk(NextCodePoint(text, &pos))) break;
      at = pos;
    }
  }
  switch (f->qualifier) {
    case Qualifier::kAtLeast:
      f->interval = Interval{base.lo, std::nullopt};
      break;
    case Qualifier::kAtMost:
      f->interval = Interval{std::nullopt, base.hi};
      break;
    default:
      f->interval = base;
  }
}

}  // namespace crossfoot
