#include "engine/prose_list.h"

#include <algorithm>
#include <cctype>

namespace crossfoot {
namespace {

constexpr size_t kMaxDepth = 3;  // a list, its parts' lists, and theirs

bool At(std::string_view text, size_t at, std::string_view what) {
  return text.substr(at, what.size()) == what;
}

size_t SkipSpaces(std::string_view text, size_t at) {
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  return at;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// Where the figure's unit word ends (the figure's own end when it has none).
size_t UnitEnd(std::string_view text, const Figure& f) {
  size_t at = SkipSpaces(text, f.end);
  if (!f.unit.empty() && At(text, at, f.unit)) return at + f.unit.size();
  return f.end;
}

// The bracket closing the one that opens at `open`, within the sentence; npos when none.
size_t MatchingBracket(std::string_view text, size_t open) {
  int depth = 0;
  for (size_t i = open; i < text.size(); ++i) {
    if (text[i] == '(') ++depth;
    if (text[i] == ')' && --depth == 0) return i;
    if (At(text, i, "。")) return std::string_view::npos;
  }
  return std::string_view::npos;
}

bool IsSeparator(std::string_view text, size_t at, size_t* width) {
  if (text[at] == ',' || text[at] == ';') {
    *width = 1;
    return true;
  }
  if (At(text, at, "、")) {
    *width = std::string_view("、").size();
    return true;
  }
  return false;
}

bool LabelIsOther(std::string_view label) {
  // List numbering ("11.", "(11)") may come before the words.
  size_t at = 0;
  while (at < label.size() &&
         (std::isdigit(static_cast<unsigned char>(label[at])) || label[at] == '.' ||
          label[at] == '(' || label[at] == ')' || label[at] == ' '))
    ++at;
  label = label.substr(at);
  return At(label, 0, "其他") || At(label, 0, "其它") || At(label, 0, "其余");
}

class ListReader {
 public:
  ListReader(std::string_view text, const std::vector<Figure>& figures)
      : text_(text), figures_(figures) {}

  // Reads parts from `at` to the list's end. `*clean` is set when the list ends with its
  // sentence (or, in a bracket, with the bracket) rather than at a clause that is not a part.
  std::vector<ProseListItem> Items(size_t at, size_t end, const std::string& unit, size_t depth,
                                   bool* clean) const {
    std::vector<ProseListItem> items;
    *clean = false;
    while (at < end) {
      size_t seg_end = at;
      std::vector<std::pair<size_t, size_t>> brackets;
      size_t width = 0;
      for (;;) {
        while (seg_end < end && !IsSeparator(text_, seg_end, &width) && !At(text_, seg_end, "。") &&
               text_[seg_end] != ')') {
          if (text_[seg_end] == '(') {
            size_t close = MatchingBracket(text_, seg_end);
            if (close == std::string_view::npos || close >= end) return items;
            brackets.emplace_back(seg_end, close);
            seg_end = close + 1;
            continue;
          }
          ++seg_end;
        }
        // 、 inside a label ("政策、规范性文件类信息68条"): the clause goes on.
        if (seg_end < end && At(text_, seg_end, "、") && !HasFigure(at, seg_end)) {
          seg_end += width;
          continue;
        }
        break;
      }
      if (!Segment(at, seg_end, brackets, unit, depth, &items)) return items;
      if (seg_end >= end || At(text_, seg_end, "。") || text_[seg_end] == ')') {
        *clean = true;
        return items;
      }
      IsSeparator(text_, seg_end, &width);
      at = seg_end + width;
    }
    *clean = true;
    return items;
  }

 private:
  bool HasFigure(size_t begin, size_t end) const {
    return std::any_of(figures_.begin(), figures_.end(),
                       [&](const Figure& f) { return f.begin >= begin && f.begin < end; });
  }

  bool Inside(size_t pos, const std::vector<std::pair<size_t, size_t>>& brackets) const {
    return std::any_of(brackets.begin(), brackets.end(),
                       [&](const auto& b) { return pos > b.first && pos < b.second; });
  }

  // Reads one clause [begin, end): a part, a share of the last part, or neither (false).
  bool Segment(size_t begin, size_t end, const std::vector<std::pair<size_t, size_t>>& brackets,
               const std::string& unit, size_t depth, std::vector<ProseListItem>* items) const {
    std::vector<size_t> found;
    for (size_t i = 0; i < figures_.size(); ++i) {
      const Figure& f = figures_[i];
      if (f.begin >= begin && f.begin < end && !Inside(f.begin, brackets)) found.push_back(i);
    }
    if (found.size() != 1) return false;
    const Figure& f = figures_[found[0]];
    std::string_view before = Trim(text_.substr(begin, f.begin - begin));
    if (f.percent) {
      if (items->empty() || items->back().share || before.find("占") == std::string_view::npos)
        return false;
      if (!Trim(text_.substr(f.end, end - f.end)).empty()) return false;
      items->back().share = found[0];
      return true;
    }
    if (f.unit != unit || f.qualitative) return false;
    size_t after = SkipSpaces(text_, UnitEnd(text_, f));
    ProseListItem item;
    item.figure = found[0];
    item.label = std::string(before);
    auto own = std::find_if(brackets.begin(), brackets.end(),
                            [&](const auto& b) { return b.first == after; });
    if (after < end && own != brackets.end()) {
      // A part followed by a bracket of its own parts: "预决算公开197条(政府32条、部门165条)".
      size_t close = own->second;
      if (depth + 1 < kMaxDepth) {
        bool clean = false;
        size_t from = SkipSpaces(text_, after + 1);
        if (At(text_, from, "其中")) from += std::string_view("其中").size();
        if (from < close && (text_[from] == ':' || text_[from] == ',')) ++from;
        std::vector<ProseListItem> parts = Items(from, close, unit, depth + 1, &clean);
        if (clean && parts.size() >= 2) {
          item.parts_exhaustive = LabelIsOther(parts.back().label);
          item.parts = std::move(parts);
        }
      }
      after = SkipSpaces(text_, close + 1);
    }
    if (after < end) return false;  // words after the figure: not a part ("…3件等")
    items->push_back(std::move(item));
    return true;
  }

  std::string_view text_;
  const std::vector<Figure>& figures_;
};

// Where the parts begin after the total, or npos when no list opens there. `*bracket` is set
// when the list is inside a bracket, `*hedged` when its opening says it names only some parts.
size_t ListStart(std::string_view text, size_t at, bool* bracket, bool* hedged) {
  at = SkipSpaces(text, at);
  size_t open = at;
  if (At(text, at, ",")) at = SkipSpaces(text, at + 1);
  if (At(text, at, "(")) {
    *bracket = true;
    at = SkipSpaces(text, at + 1);
  }
  if (At(text, at, "其中")) {
    at += std::string_view("其中").size();
  } else if (!*bracket) {
    // "…2026条政府信息中," : a few words, then 中.
    size_t limit = std::min(text.size(), open + 30);
    size_t mid = text.find("中,", open);
    if (mid == std::string_view::npos || mid > limit) return std::string_view::npos;
    std::string_view words = text.substr(open, mid - open);
    if (words.find_first_of(",;:()") != std::string_view::npos ||
        words.find("。") != std::string_view::npos)
      return std::string_view::npos;
    at = mid + std::string_view("中").size();
  } else {
    return std::string_view::npos;
  }
  at = SkipSpaces(text, at);
  if (At(text, at, ":") || At(text, at, ",")) at = SkipSpaces(text, at + 1);
  for (std::string_view hedge : {"主要", "包括", "包含"}) {
    if (At(text, at, hedge)) {
      *hedged = true;
      at += hedge.size();
    }
  }
  for (std::string_view verb : {"有", "为"}) {
    if (*hedged && At(text, at, verb)) at += verb.size();
  }
  if (At(text, at, ":") || At(text, at, ",")) at = SkipSpaces(text, at + 1);
  return at;
}

}  // namespace

std::optional<ProseList> ReadProseList(std::string_view text, const std::vector<Figure>& figures,
                                       size_t total) {
  if (total >= figures.size()) return std::nullopt;
  const Figure& t = figures[total];
  if (t.percent || t.unit.empty() || t.qualitative) return std::nullopt;
  bool bracket = false;
  bool hedged = false;
  size_t start = ListStart(text, UnitEnd(text, t), &bracket, &hedged);
  if (start == std::string_view::npos) return std::nullopt;
  size_t end = text.size();
  if (bracket) {
    // The bracket opened before 其中: the list ends where it closes.
    size_t open = text.rfind('(', start);
    size_t close = open == std::string_view::npos ? open : MatchingBracket(text, open);
    if (close == std::string_view::npos) return std::nullopt;
    end = close;
  }
  bool clean = false;
  ListReader reader(text, figures);
  ProseList list;
  list.total = total;
  list.items = reader.Items(start, end, t.unit, 0, &clean);
  if (list.items.size() < 2) return std::nullopt;
  list.exhaustive = clean && !hedged && LabelIsOther(list.items.back().label);
  return list;
}

}  // namespace crossfoot
