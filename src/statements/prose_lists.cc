#include "statements/prose_lists.h"

#include <algorithm>
#include <optional>

#include "statements/prose_text.h"
#include "statements/words.h"
#include "util/unicode.h"

namespace crossfoot {
namespace {

constexpr int kMaxDepth = 2;          // a list, and one list inside a part's brackets
constexpr int kMaxSentencesBack = 2;  // figure-less sentences between 其中 and its whole
constexpr int kMaxWordsToMarker = 8;  // characters between a whole's unit and its marker
// A part is named by a noun phrase (机构职能类信息, 当面申请); a clause far longer than that
// is a statement of its own.
constexpr size_t kMaxPartLabelChars = 30;

bool At(std::string_view text, size_t at, std::string_view word) {
  return text.substr(at, word.size()) == word;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == ',' || s.front() == ':')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// A whole: its place and its figure (which may stand in an earlier block).
struct Whole {
  FigureRef ref;
  Figure figure;
  std::string label;
};

class ListReader {
 public:
  ListReader(std::string_view text, const std::vector<Figure>& figures, int block, Statements* out)
      : text_(text), figures_(figures), block_(block), out_(out) {}

  // Where the list after the whole at figure `w` opens, and where it must end (a list opened
  // inside a bracket ends with it); nullopt when no marker follows the whole.
  std::optional<std::pair<size_t, size_t>> ListAfter(size_t w, size_t sentence_begin,
                                                     size_t sentence_end) const {
    const Figure& f = figures_[w];
    size_t at = UnitEnd(text_, f);
    for (int words = 0; words <= kMaxWordsToMarker && at < sentence_end; ++words) {
      size_t end = 0;
      if (text_[at] == ',' || text_[at] == ':') {
        size_t next = at + 1;
        while (next < sentence_end && text_[next] == ' ') ++next;
        if (StartsListMarker(text_, next, &end)) return std::pair(Skip(end), sentence_end);
        if (next < sentence_end && text_[next] == '(') return BracketList(next, sentence_end);
        // 受理申请30件,同比增加58%,其中…: a comparison between the whole and its list.
        if (size_t after = ComparisonClauseEnd(next, sentence_end);
            after != std::string_view::npos && StartsListMarker(text_, after, &end)) {
          return std::pair(Skip(end), sentence_end);
        }
        if (text_[at] == ':' && words == 0) return std::pair(next, sentence_end);
        // 在…的2026条政府信息中, …: the whole is named before its parts.
        if (At(text_, at - std::string_view("中").size(), "中") && InBefore(w, sentence_begin))
          return std::pair(next, sentence_end);
        return std::nullopt;
      }
      if (text_[at] == '(') return BracketList(at, sentence_end);
      if (StartsListMarker(text_, at, &end)) return std::pair(Skip(end), sentence_end);
      size_t next = at;
      char32_t cp = NextCodePoint(text_, &next);
      if (!IsCjk(cp)) return std::nullopt;
      at = next;
    }
    return std::nullopt;
  }

  // A list opened inside a bracket ("(其中…)") ends with it.
  std::optional<std::pair<size_t, size_t>> BracketList(size_t open, size_t sentence_end) const {
    size_t close = ClosingBracket(text_, open, sentence_end);
    if (close == std::string_view::npos) {
      // A bracket never closed ("(其中:…2条。", or a page's opening cut inside it): the list
      // runs to the sentence's end, and what is read there may be only some of its parts.
      size_t end = 0;
      if (!StartsListMarker(text_, open + 1, &end)) return std::nullopt;
      cut_at_ = sentence_end;
      return std::pair(Skip(end), sentence_end);
    }
    size_t end = 0;
    if (StartsListMarker(text_, open + 1, &end)) return std::pair(Skip(end), close);
    // 共455条(规范性文件84条,计划规划20条,…): a bracket of two or more named counts.
    std::vector<size_t> inside = FiguresIn(figures_, open + 1, close);
    size_t counts = 0;
    for (size_t i : inside) counts += IsCount(figures_[i]) ? 1 : 0;
    if (counts < 2 || counts != inside.size() || figures_[inside.front()].begin == open + 1) {
      return std::nullopt;
    }
    return std::pair(open + 1, close);
  }

  // Where the clause after `at` ends (past its separator) when it is a comparison with no
  // count of its own (同比增加58%), else npos.
  size_t ComparisonClauseEnd(size_t at, size_t sentence_end) const {
    size_t stop = at;
    while (stop < sentence_end && text_[stop] != ',' && text_[stop] != ';') ++stop;
    if (stop >= sentence_end) return std::string_view::npos;
    std::string_view clause = text_.substr(at, stop - at);
    if (!IsComparison(clause)) return std::string_view::npos;
    for (size_t i : FiguresIn(figures_, at, stop)) {
      if (!figures_[i].percent) return std::string_view::npos;
    }
    size_t next = stop + 1;
    while (next < sentence_end && text_[next] == ' ') ++next;
    return next;
  }

  // Reads the parts in [begin, end) of the whole; records a breakdown for each facet that has
  // parts ("其中:在申请内容方面,…;在办理结果方面,…" lists the same whole twice).
  void Read(const Whole& whole, size_t begin, size_t end, int depth) {
    std::vector<Segment> segments = MergeLabelFragments(SplitSegments(text_, begin, end));
    List list(whole, depth);
    list.cut = end == cut_at_;
    for (size_t s = 0; s < segments.size(); ++s) {
      const Segment& seg = segments[s];
      // "4条,其中:机构职能1条、政策文件3条;通过…专栏公开信息40条": parts that already make
      // up the whole, then a semicolon: what follows is a statement of its own.
      if (s > 0 && segments[s - 1].separator == ";" && Complete(list) &&
          !IsFacet(text_.substr(seg.begin, seg.end - seg.begin))) {
        list.ended = "its parts add up to the whole before a semicolon";
        break;
      }
      std::string_view words = text_.substr(seg.begin, seg.end - seg.begin);
      std::vector<size_t> in = FiguresIn(figures_, seg.begin, seg.end, seg.brackets);
      std::vector<size_t> counts;
      std::vector<size_t> percents;
      for (size_t i : in) {
        if (figures_[i].percent) percents.push_back(i);
        if (IsCount(figures_[i])) counts.push_back(i);
      }
      if (counts.size() + percents.size() != in.size()) {
        list.ended = "a clause with a figure that is not a count (money, duration, approximate)";
        break;
      }
      Breakdown& b = list.b;
      // 其中规范性文件占40%,工作动态占50%: shares of the whole, their counts not stated.
      if (counts.empty() && b.parts.empty() && percents.size() == 1 && NamesShare(words) &&
          !ContainsWord(words, "分别")) {
        ReadShareList(whole, segments, s, list.cut);
        return;
      }
      if (counts.empty()) {
        if (!b.parts.empty() && percents.size() == 1 && NamesShare(words) &&
            !ContainsWord(words, "分别") && !b.parts.back().share) {
          b.parts.back().share = Ref(percents.front());
          continue;
        }
        if (!b.parts.empty() && IsComparison(words)) continue;
        if (percents.empty() && IsFacet(words)) {
          Finish(&list);
          list = List(whole, depth);
          continue;
        }
        if (HasHedge(words)) list.hedged = true;
        list.ended = "a clause without a count";
        break;
      }
      if (counts.size() > 1) {
        list.ended = "a clause with more than one count";
        break;
      }
      size_t c = counts.front();
      const Figure& part = figures_[c];
      std::string_view before = text_.substr(seg.begin, part.begin - seg.begin);
      if (!b.parts.empty() && IsComparison(before)) continue;  // 比上年度减少838条
      // 微博29个，共发布信息1992条: a total of the part before, not a part.
      if (!b.parts.empty() && StartsTotalWord(Trim(before))) continue;
      // 微信公众号2443条,其中乡村振兴228条,…: the parts of the part before, to the sentence's end.
      size_t marker = 0;
      if (!b.parts.empty() && StartsListMarker(text_, Skip(seg.begin), &marker) &&
          depth + 1 < kMaxDepth) {
        list.ended = "a list of the last part's own parts";
        const StatedPart& last = b.parts.back();
        Whole inner{last.figure, list.values.back(), last.label};
        Finish(&list);
        Read(inner, Skip(marker), end, depth + 1);
        return;
      }
      // 占受理总数1046件的82.4%: a share with its whole, not a part.
      if (!b.parts.empty() && percents.size() == 1 && NamesShare(before) &&
          figures_[percents.front()].begin > part.begin && !b.parts.back().share) {
        b.parts.back().share = Ref(percents.front());
        b.parts.back().share_of = Ref(c);
        continue;
      }
      if (!percents.empty() &&
          (percents.size() > 1 || figures_[percents.front()].begin < part.begin ||
           !NamesShare(text_.substr(part.end, figures_[percents.front()].begin - part.end)))) {
        list.ended = "a clause with a count and a percentage that is not its share";
        break;
      }
      if (!CompatibleUnits(part.unit, whole.figure.unit) ||
          (part.unit.empty() != whole.figure.unit.empty())) {
        list.ended = "a count in another unit";
        break;
      }
      std::string_view label = Trim(LabelCore(Trim(before)));
      if (CodePointCount(LastFragment(label)) > kMaxPartLabelChars ||
          HasOwnSubject(label, list.b.whole_label)) {
        list.ended = "a clause with a subject of its own";
        break;
      }
      StatedPart p;
      p.figure = Ref(c);
      size_t unit_end = UnitEnd(text_, part);
      if (label.empty()) label = Trim(text_.substr(unit_end, seg.end - unit_end));
      p.label = std::string(label);
      p.catch_all = IsCatchAllLabel(before);
      if (!percents.empty()) p.share = Ref(percents.front());
      std::string_view after = text_.substr(unit_end, seg.end - unit_end);
      if (ContainsWord(after, "等")) list.hedged = true;
      // A bracket right after the part: its own list, or its share.
      size_t open = unit_end;
      while (open < seg.end && text_[open] == ' ') ++open;
      for (const auto& [o, close] : seg.brackets) {
        if (o == open) ReadBracket(p, part, o, close, depth);
      }
      list.values.push_back(part);
      b.parts.push_back(std::move(p));
    }
    Finish(&list);
  }

  // A list of shares of the whole: each clause one part's name, 占, and its percentage.
  void ReadShareList(const Whole& whole, const std::vector<Segment>& segments, size_t from,
                     bool cut) {
    ShareList list;
    list.whole = whole.ref;
    list.whole_label = whole.label;
    bool hedged = cut;
    bool channels = false;
    for (size_t s = from; s < segments.size(); ++s) {
      const Segment& seg = segments[s];
      std::vector<size_t> in = FiguresIn(figures_, seg.begin, seg.end, seg.brackets);
      if (in.size() != 1 || !figures_[in.front()].percent) break;
      const Figure& percent = figures_[in.front()];
      std::string_view before = text_.substr(seg.begin, percent.begin - seg.begin);
      const size_t share = before.find("占");
      if (share == std::string_view::npos || !OfTheWhole(before.substr(share + 3))) break;
      std::string_view label = Trim(LabelCore(Trim(before.substr(0, share))));
      if (label.empty() || CodePointCount(label) > kMaxPartLabelChars) break;
      std::string_view words = text_.substr(seg.begin, seg.end - seg.begin);
      if (HasHedge(words) || ContainsWord(text_.substr(percent.end, seg.end - percent.end), "等"))
        hedged = true;
      if (NamesPublicationChannel(label)) channels = true;
      StatedPart p;
      p.figure = Ref(in.front());
      p.label = std::string(label);
      p.catch_all = IsCatchAllLabel(before.substr(0, share));
      list.parts.push_back(std::move(p));
    }
    if (list.parts.size() < 2) {
      out_->skipped.push_back({whole.ref,
                               "a share of it follows, but not a list of two or more shares of "
                               "it"});
      return;
    }
    bool catch_all = std::any_of(list.parts.begin(), list.parts.end(),
                                 [](const StatedPart& p) { return p.catch_all; });
    if (channels) {
      list.relation = PartsRelation::kOverlapping;
      list.why = "the parts name publication channels, which overlap";
    } else if (catch_all && !hedged) {
      list.relation = PartsRelation::kExhaustive;
      list.why = "a catch-all part (其他, 其余) closes the list: its shares add up to 100 %";
    } else {
      list.relation = PartsRelation::kDisjoint;
      list.why = cut ? "its bracket is never closed: the shares read may be only some of them"
                     : (hedged ? "a selection (等, 主要) of categories"
                               : "categories without a catch-all: their shares add up to at "
                                 "most 100 %");
    }
    out_->share_lists.push_back(std::move(list));
  }

  // What stands between 占 and the percentage names the list's own whole: nothing, 比 (占比),
  // or the whole in general words (占总数的, 占全部的).
  static bool OfTheWhole(std::string_view between) {
    between = Trim(between);
    if (between.empty() || between.starts_with("比")) return true;
    if (!between.ends_with("的")) return false;
    return CodePointCount(between) <= 4 &&
           (between.starts_with("总") || between.starts_with("全部") ||
            between.starts_with("全年"));
  }

  /// The figures read as parts of some list, by index: not wholes a later 其中 may refer to.
  const std::vector<size_t>& parts_read() const { return parts_read_; }

  FigureRef Ref(size_t i) const { return {block_, static_cast<int>(i)}; }

 private:
  struct List {
    List(const Whole& whole, int depth) : figure(whole.figure) {
      b.whole = whole.ref;
      b.whole_label = whole.label;
      b.depth = depth;
    }
    Figure figure;  // the whole's
    Breakdown b;
    bool hedged = false;
    bool cut = false;   // its bracket never closed: perhaps only some of its parts
    std::string ended;  // why the list ended before its sentence did
    std::vector<Figure> values;
  };

  void Finish(List* list) {
    if (list->b.parts.empty()) {
      if (!list->ended.empty()) {
        out_->skipped.push_back(
            {list->b.whole,
             "a list marker follows it, but no part could be read (" + list->ended + ")"});
      }
      return;
    }
    for (const StatedPart& p : list->b.parts) {
      if (p.figure.block == block_) parts_read_.push_back(static_cast<size_t>(p.figure.index));
    }
    Classify(list->figure, list->values, list->hedged || list->cut, list->ended, &list->b);
    if (list->cut && list->b.relation == PartsRelation::kDisjoint)
      list->b.why = "its bracket is never closed: the parts read may be only some of its parts";
    out_->breakdowns.push_back(std::move(list->b));
  }

  static bool Complete(const List& list) {
    if (list.values.empty() || list.figure.qualifier != Qualifier::kNone ||
        list.figure.value.is_zero()) {
      return false;
    }
    Rational sum(0);
    for (const Figure& f : list.values) {
      if (f.qualifier != Qualifier::kNone) return false;
      sum = sum + f.value;
    }
    return sum == list.figure.value;
  }

  // "在办理结果方面", "按申请方式分", "从办理结果看": the same whole, listed by another facet.
  static bool IsFacet(std::string_view words) {
    return ContainsWord(words, "方面") ||
           (words.size() <= 24 && (words.ends_with("看") || words.ends_with("分")));
  }

  // 市、县政府及其部门收到…的投诉51件 (after 收到复议申请40件,其中…): an agent that receives
  // or handles something the whole does not name is the subject of a statement of its own; 各级
  // 政府收到170件, with nothing after its verb, receives the whole's own things.
  static bool HasOwnSubject(std::string_view label, std::string_view whole_label) {
    for (std::string_view agent : {"政府", "部门", "机关", "单位"}) {
      for (size_t at = label.find(agent); at != std::string_view::npos;
           at = label.find(agent, at + agent.size())) {
        std::string_view rest = label.substr(at + agent.size());
        if (rest.starts_with("信息")) continue;  // 政府信息: what, not who
        for (std::string_view verb : {"收到", "受理", "办理", "发生", "答复", "办结"}) {
          size_t v = rest.find(verb);
          if (v == std::string_view::npos) continue;
          std::string_view object = rest.substr(v + verb.size());
          constexpr size_t kHeadBytes = 6;  // the last two characters name what it counts
          if (object.size() < kHeadBytes) continue;
          if (whole_label.find(object.substr(object.size() - kHeadBytes)) == std::string_view::npos)
            return true;
        }
      }
    }
    return false;
  }

  // The words after the last 、 (a label of several names is as long as its last one).
  static std::string_view LastFragment(std::string_view label) {
    size_t at = label.rfind("、");
    return at == std::string_view::npos ? label : label.substr(at + std::string_view("、").size());
  }

  size_t Skip(size_t at) const {
    while (at < text_.size() && (text_[at] == ',' || text_[at] == ':' || text_[at] == ' ')) ++at;
    return at;
  }

  // True when 在 opens the clause the whole stands in (在…的2026条政府信息中).
  bool InBefore(size_t w, size_t sentence_begin) const {
    size_t from = sentence_begin;
    for (size_t i = figures_[w].begin; i > sentence_begin; --i) {
      char ch = text_[i - 1];
      if (ch == ',' || ch == ';' || ch == ':') {
        from = i;
        break;
      }
    }
    return ContainsWord(text_.substr(from, figures_[w].begin - from), "在");
  }

  static bool StartsTotalWord(std::string_view text) {
    for (std::string_view w : {"共", "合计", "累计", "总计"}) {
      if (At(text, 0, w)) return true;
    }
    return false;
  }

  static bool ContainsWord(std::string_view text, std::string_view word) {
    return text.find(word) != std::string_view::npos;
  }

  // "政策、法规类信息2条": a piece without a figure before 、 is part of the next one's label.
  std::vector<Segment> MergeLabelFragments(std::vector<Segment> segments) const {
    std::vector<Segment> out;
    for (Segment& s : segments) {
      if (!out.empty() && out.back().separator == "、" &&
          FiguresIn(figures_, out.back().begin, out.back().end, out.back().brackets).empty()) {
        Segment merged = std::move(s);
        merged.begin = out.back().begin;
        merged.brackets.insert(merged.brackets.begin(), out.back().brackets.begin(),
                               out.back().brackets.end());
        out.back() = std::move(merged);
        continue;
      }
      out.push_back(std::move(s));
    }
    return out;
  }

  void ReadBracket(StatedPart& p, const Figure& part, size_t open, size_t close, int depth) {
    std::vector<size_t> inside = FiguresIn(figures_, open + 1, close);
    if (inside.size() == 1 && figures_[inside.front()].percent && !p.share) {
      p.share = Ref(inside.front());
      return;
    }
    bool counts =
        std::any_of(inside.begin(), inside.end(), [&](size_t i) { return IsCount(figures_[i]); });
    if (!counts || depth + 1 >= kMaxDepth) return;
    size_t start = open + 1;
    size_t marker = 0;
    if (StartsListMarker(text_, start, &marker)) start = Skip(marker);
    Read(Whole{p.figure, part, p.label}, start, close, depth + 1);
  }

  static bool Equal(const Figure& a, const Figure& b) {
    return a.qualifier == Qualifier::kNone && b.qualifier == Qualifier::kNone && a.value == b.value;
  }

  // Exhaustive (a catch-all part, no hedge), disjoint (categories) or overlapping (channels, or
  // a shape that can be read as a nested list written flat).
  static void Classify(const Figure& whole, const std::vector<Figure>& parts, bool hedged,
                       const std::string& ended, Breakdown* b) {
    bool catch_all = std::any_of(b->parts.begin(), b->parts.end(),
                                 [](const StatedPart& p) { return p.catch_all; });
    bool channels = false;
    for (const StatedPart& p : b->parts) {
      if (NamesPublicationChannel(p.label) && !NamesApplications(p.label) &&
          !NamesApplications(b->whole_label))
        channels = true;
    }
    if (std::string why = NotAPartition(whole, parts); !why.empty()) {
      b->relation = PartsRelation::kOverlapping;
      b->why = why;
    } else if (catch_all && !hedged) {
      b->relation = PartsRelation::kExhaustive;
      b->why = "a catch-all part (其他, 其余) closes the list";
    } else if (channels) {
      b->relation = PartsRelation::kOverlapping;
      b->why = "the parts name publication channels, which overlap";
    } else if (!ended.empty() && ended != "a clause without a count") {
      b->relation = PartsRelation::kOverlapping;
      b->why = "the list ended at " + ended;
    } else {
      b->relation = PartsRelation::kDisjoint;
      b->why = hedged ? "a selection (等, 主要) of categories" : "categories without a catch-all";
    }
  }

  // Why the parts cannot be one level of one partition, or empty when they can.
  static std::string NotAPartition(const Figure& whole, const std::vector<Figure>& parts) {
    for (size_t i = 0; i < parts.size(); ++i) {
      if (parts.size() > 1 && Equal(parts[i], whole) && !whole.value.is_zero()) {
        return "a part equals the whole (a stage of it, not a share of it)";
      }
    }
    // 办结36件,维持25件,纠错2件,其它9件: a part that the rest of the list adds up to.
    for (size_t i = 0; i + 2 < parts.size(); ++i) {
      Rational rest(0);
      bool exact = true;
      for (size_t j = i + 1; j < parts.size(); ++j) {
        exact = exact && parts[j].qualifier == Qualifier::kNone;
        rest = rest + parts[j].value;
      }
      if (exact && rest == parts[i].value && !rest.is_zero())
        return "a part is the sum of the parts after it (a nested list written flat)";
    }
    Rational prefix(0);
    for (size_t i = 0; i + 1 < parts.size(); ++i) {
      if (parts[i].qualifier != Qualifier::kNone) break;
      prefix = prefix + parts[i].value;
      bool rest_zero = std::all_of(parts.begin() + static_cast<std::ptrdiff_t>(i) + 1, parts.end(),
                                   [](const Figure& f) { return f.value.is_zero(); });
      if (i >= 1 && prefix == whole.value && whole.qualifier == Qualifier::kNone &&
          !whole.value.is_zero() && !rest_zero) {
        return "the first parts add up to the whole (the rest may belong to another statement)";
      }
    }
    return {};
  }

  std::string_view text_;
  const std::vector<Figure>& figures_;
  int block_;
  Statements* out_;
  std::vector<size_t> parts_read_;
  // Where a list whose bracket is never closed ends (set while finding the list).
  mutable size_t cut_at_ = std::string_view::npos;
};

std::string_view LabelBefore(std::string_view text, const Figure& f, size_t from) {
  size_t start = from;
  for (size_t i = f.begin; i > from; --i) {
    char ch = text[i - 1];
    if (ch == ',' || ch == ';' || ch == ':') {
      start = i;
      break;
    }
  }
  return Trim(text.substr(start, f.begin - start));
}

// Where the parts begin when the sentence lists the parts of a whole stated before it: after a
// 其中 that no count of the sentence precedes, or after an opening 在…中, (在主动公开的信息中,),
// whose words name that whole (`*named`); npos otherwise.
size_t EarlierWholeListStart(std::string_view text, const std::vector<Figure>& figures,
                             size_t begin, size_t end, std::string_view* named) {
  size_t first_figure = end;
  std::vector<size_t> in = FiguresIn(figures, begin, end);
  if (!in.empty()) first_figure = figures[in.front()].begin;
  auto skip = [&](size_t at) {
    while (at < end && (text[at] == ',' || text[at] == ':' || text[at] == ' ')) ++at;
    return at;
  };
  size_t q = text.substr(begin, first_figure - begin).find("其中");
  if (q != std::string_view::npos) return skip(begin + q + std::string_view("其中").size());
  size_t at = skip(begin);
  constexpr size_t kMaxOpenerBytes = 60;
  constexpr std::string_view kIn = "在";
  if (text.substr(at, kIn.size()) == kIn) {
    size_t comma = text.substr(at, first_figure - at).find("中,");
    if (comma != std::string_view::npos && comma <= kMaxOpenerBytes) {
      *named = text.substr(at + kIn.size(), comma - kIn.size());
      return skip(at + comma + std::string_view("中,").size());
    }
  }
  return std::string_view::npos;
}

// The words of 在…中 that name a whole: 主动公开 of 在主动公开的信息中.
std::string_view NamedCore(std::string_view named) {
  for (std::string_view tail : {"的政府信息", "的政务信息", "的信息", "政府信息", "信息", "的"}) {
    if (named.ends_with(tail)) {
      named.remove_suffix(tail.size());
      break;
    }
  }
  for (std::string_view head : {"所有", "全部", "已"}) {
    if (named.starts_with(head)) named.remove_prefix(head.size());
  }
  return named;
}

// The whole an earlier sentence states for this one's list: the one count whose words contain
// what 在…中 names, or else its one top-level count.
const LookBack::Count* EarlierWhole(const LookBack& look, std::string_view named) {
  if (look.sentences_since > kMaxSentencesBack) return nullptr;
  const LookBack::Count* found = nullptr;
  std::string_view core = NamedCore(named);
  constexpr size_t kMinCoreBytes = 6;  // two characters
  for (const LookBack::Count& c : look.counts) {
    bool fits = core.size() >= kMinCoreBytes ? c.label.find(core) != std::string::npos : c.top;
    if (!fits) continue;
    if (found != nullptr) return nullptr;
    found = &c;
  }
  return found;
}

}  // namespace

void ReadProseLists(std::string_view text, const std::vector<Figure>& figures,
                    const Sentences& sentences, int block, LookBack* look, Statements* out) {
  ListReader reader(text, figures, block, out);
  for (const auto& [begin, end] : sentences) {
    std::vector<size_t> counts;
    for (size_t i : FiguresIn(figures, begin, end)) {
      if (IsCount(figures[i])) counts.push_back(i);
    }
    // A 其中 before any count of its sentence (or a sentence that opens with 在…中,) lists the
    // parts of the one count before it.
    std::string_view named;
    size_t marker = EarlierWholeListStart(text, figures, begin, end, &named);
    if (marker != std::string_view::npos) {
      if (const LookBack::Count* whole = EarlierWhole(*look, named)) {
        reader.Read(Whole{whole->ref, whole->figure, whole->label}, marker, end, 0);
      } else if (!counts.empty() && !look->counts.empty()) {
        out->skipped.push_back({reader.Ref(counts.front()),
                                "its sentence lists the parts of a whole stated before it, but "
                                "which of the counts before it is not known"});
      }
    }
    for (size_t k = 0; k < counts.size(); ++k) {
      size_t w = counts[k];
      std::optional<std::pair<size_t, size_t>> list = reader.ListAfter(w, begin, end);
      if (!list) continue;
      // 收到申请9件,上年结转1件,其中…: whether 其中 lists the 1, the 9 or both is not known.
      if (k > 0 &&
          text.substr(figures[counts[k - 1]].end, figures[w].begin - figures[counts[k - 1]].end)
                  .find(';') == std::string_view::npos) {
        out->skipped.push_back({reader.Ref(w),
                                "a list follows it, but another count stands before "
                                "it in the same statement: which whole is listed is "
                                "not known"});
        continue;
      }
      {
        reader.Read(
            Whole{reader.Ref(w), figures[w], std::string(LabelBefore(text, figures[w], begin))},
            list->first, list->second, 0);
      }
    }
    if (counts.empty()) {
      ++look->sentences_since;
      continue;
    }
    // The parts of this sentence's lists are not wholes a later 其中 may refer to on its own.
    const std::vector<size_t>& parts = reader.parts_read();
    look->counts.clear();
    for (size_t i : counts) {
      std::string label(LabelBefore(text, figures[i], begin));
      bool top = std::find(parts.begin(), parts.end(), i) == parts.end() &&
                 !IsComparison(label);  // 同比增量29条
      look->counts.push_back({reader.Ref(i), figures[i], std::move(label), top});
    }
    look->sentences_since = 0;
  }
}

}  // namespace crossfoot
