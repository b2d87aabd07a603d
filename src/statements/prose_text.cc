#include "statements/prose_text.h"

#include <algorithm>
#include <array>

namespace crossfoot {
namespace {

bool At(std::string_view text, size_t at, std::string_view word) {
  return text.substr(at, word.size()) == word;
}

// Units that count the same kind of thing: documents and pieces of information (条, 件, 篇,
// 份), or entities and matters (个, 项). A list whose unit moves from one group to the other
// (新媒体70个，其中微博29个，共发布信息1992条) has moved on to another quantity.
constexpr std::array<std::string_view, 4> kDocumentUnits = {"条", "件", "份", "篇"};
constexpr std::array<std::string_view, 2> kEntityUnits = {"个", "项"};

template <size_t N>
bool In(const std::array<std::string_view, N>& units, std::string_view unit) {
  return std::find(units.begin(), units.end(), unit) != units.end();
}

}  // namespace

Sentences SplitSentences(std::string_view text) {
  Sentences out;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    size_t width = 0;
    if (At(text, i, "。")) width = std::string_view("。").size();
    if (text[i] == '!' || text[i] == '?' || text[i] == '\n') width = 1;
    if (width == 0) continue;
    if (i > start) out.emplace_back(start, i);
    start = i + width;
    i = start - 1;
  }
  if (start < text.size()) out.emplace_back(start, text.size());
  return out;
}

size_t ClosingBracket(std::string_view text, size_t open, size_t end) {
  int depth = 0;
  for (size_t i = open; i < end && i < text.size(); ++i) {
    if (text[i] == '(') ++depth;
    if (text[i] == ')' && --depth == 0) return i;
  }
  return std::string_view::npos;
}

std::vector<Segment> SplitSegments(std::string_view text, size_t begin, size_t end) {
  std::vector<Segment> out;
  Segment current;
  current.begin = begin;
  size_t i = begin;
  while (i < end) {
    if (text[i] == '(') {
      size_t close = ClosingBracket(text, i, end);
      if (close == std::string_view::npos) close = end - 1;
      current.brackets.emplace_back(i, close);
      i = close + 1;
      continue;
    }
    std::string_view sep;
    if (text[i] == ',' || text[i] == ';' || text[i] == ':') sep = text.substr(i, 1);
    if (At(text, i, "、")) sep = text.substr(i, std::string_view("、").size());
    if (sep.empty()) {
      ++i;
      continue;
    }
    current.end = i;
    current.separator = sep;
    out.push_back(std::move(current));
    current = Segment{};
    i += sep.size();
    current.begin = i;
  }
  current.end = end;
  if (current.end > current.begin || !out.empty()) out.push_back(std::move(current));
  return out;
}

bool IsCount(const Figure& f) {
  if (f.percent || f.points || f.qualitative || f.blank || !f.currency.empty()) return false;
  if (f.value.is_negative() || !f.value.is_integer()) return false;
  if (f.qualifier == Qualifier::kApproximate) return false;
  static constexpr std::array<std::string_view, 10> kNotCounts = {
      "元", "万元", "亿元", "年", "天", "小时", "分钟", "个工作日", "倍", "个百分点"};
  return std::find(kNotCounts.begin(), kNotCounts.end(), f.unit) == kNotCounts.end();
}

bool CompatibleUnits(std::string_view a, std::string_view b) {
  if (a == b) return true;
  return (In(kDocumentUnits, a) && In(kDocumentUnits, b)) ||
         (In(kEntityUnits, a) && In(kEntityUnits, b));
}

size_t UnitEnd(std::string_view text, const Figure& f) {
  size_t at = f.end;
  while (at < text.size() && text[at] == ' ') ++at;
  if (!f.unit.empty() && At(text, at, f.unit)) return at + f.unit.size();
  return f.end;
}

std::vector<size_t> FiguresIn(const std::vector<Figure>& figures, size_t begin, size_t end,
                              const std::vector<std::pair<size_t, size_t>>& brackets) {
  std::vector<size_t> out;
  auto first = std::lower_bound(figures.begin(), figures.end(), begin,
                                [](const Figure& f, size_t at) { return f.begin < at; });
  for (auto it = first; it != figures.end() && it->begin < end; ++it) {
    if (it->end > end) break;
    bool inside = std::any_of(brackets.begin(), brackets.end(), [&](const auto& b) {
      return it->begin > b.first && it->begin < b.second;
    });
    if (!inside) out.push_back(static_cast<size_t>(it - figures.begin()));
  }
  return out;
}

std::string_view ClauseBefore(std::string_view text, const Figure& f, size_t floor) {
  size_t start = floor;
  for (size_t i = f.begin; i > floor; --i) {
    char ch = text[i - 1];
    if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')') {
      start = i;
      break;
    }
  }
  std::string_view s = text.substr(start, f.begin - start);
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return s;
}

std::string_view ClauseAfter(std::string_view text, const Figure& f, size_t ceiling) {
  size_t start = UnitEnd(text, f);
  size_t stop = start;
  while (stop < ceiling && text[stop] != ',' && text[stop] != ';' && text[stop] != ':' &&
         text[stop] != '(' && text[stop] != ')')
    ++stop;
  return text.substr(start, stop - start);
}

}  // namespace crossfoot
