#include "statements/prose_counts.h"

#include <array>

#include "statements/prose_text.h"

namespace crossfoot {
namespace {

// The words that open a list of a report's parts, nearest first.
constexpr std::array<std::string_view, 6> kOpeners = {"由", "包括", "分为", "包含", "分成", "共有"};
// The measure words of a counted list.
constexpr std::array<std::string_view, 5> kMeasures = {"个部分", "部分", "个方面", "方面", "大类"};
// How a section's name ends.
constexpr std::array<std::string_view, 13> kNameEnds = {"情况", "措施", "事项", "附表", "概述",
                                                        "方向", "打算", "问题", "说明", "总结",
                                                        "内容", "工作", "表"};

bool EndsAsName(std::string_view piece) {
  while (!piece.empty() && piece.back() == ' ') piece.remove_suffix(1);
  for (std::string_view e : kNameEnds) {
    if (piece.ends_with(e)) return true;
  }
  return false;
}

}  // namespace

void ReadProseCounts(std::string_view text, const std::vector<Figure>& figures,
                     const Sentences& sentences, int block, Statements* out) {
  for (const auto& [begin, end] : sentences) {
    for (size_t i : FiguresIn(figures, begin, end)) {
      const Figure& n = figures[i];
      if (!IsCount(n) || n.value > Rational(30) || n.value < Rational(2)) continue;
      std::string_view rest = text.substr(n.end, end - n.end);
      bool measured = false;
      for (std::string_view m : kMeasures) {
        if (rest.starts_with(m)) measured = true;
      }
      if (!measured) continue;
      // The list runs from its opener to the count (without 等, 共 before it).
      size_t stop = n.begin;
      bool hedged = false;
      for (std::string_view w : {"等共", "等", "共计", "共"}) {
        if (stop >= begin + w.size() && text.substr(stop - w.size(), w.size()) == w) {
          hedged = hedged || w.starts_with("等");
          stop -= w.size();
          break;
        }
      }
      size_t start = std::string_view::npos;
      for (std::string_view o : kOpeners) {
        size_t at = text.substr(begin, stop - begin).rfind(o);
        if (at != std::string_view::npos &&
            (start == std::string_view::npos || begin + at + o.size() > start))
          start = begin + at + o.size();
      }
      if (start == std::string_view::npos || start >= stop) continue;
      std::vector<Segment> pieces = SplitSegments(text, start, stop);
      if (pieces.size() < 2) continue;
      // Another figure among the names: not a list of names.
      if (!FiguresIn(figures, start, stop).empty()) continue;
      StatedCount c;
      c.count = FigureRef{block, static_cast<int>(i)};
      c.hedged = hedged;
      c.most = static_cast<int>(pieces.size());
      c.fewest = 0;
      for (size_t p = 0; p < pieces.size(); ++p) {
        std::string_view piece = text.substr(pieces[p].begin, pieces[p].end - pieces[p].begin);
        // The last piece closes a name whatever it ends with; 和/及 inside a piece joins two.
        if (p + 1 == pieces.size() || EndsAsName(piece)) ++c.fewest;
      }
      c.first = pieces.front().begin;
      c.last = pieces.back().end;
      out->counts.push_back(c);
    }
  }
}

}  // namespace crossfoot
