// `breakdown`: a total in the prose and the list of parts that follows it ("共公布政府信息
// 2599条,其中机构职能类信息25条,…,其他应主动公开政府信息856条"). A list that names every part
// (its last part is 其他…) adds up to the total; any other list is only a selection, and each
// part is at most the total (parts may overlap: one document published on several channels).
// A share stated for a part (占7.9%) is the part over the total, rounded or truncated.
//
//   breakdown: "(?:公开|公布|发布)[^,;。]{0,16}?信息(?:共|共计)?{total}条"   # the total
//   section: "主动公开"                                                      # optional
//
// The list is read by engine/prose_list: only where its shape leaves no doubt.
#include <fmt/format.h>

#include "engine/check_kind.h"
#include "engine/checks/fields.h"
#include "engine/checks/involve.h"
#include "engine/checks/kinds.h"
#include "engine/prose_list.h"
#include "engine/quantity_text.h"

namespace crossfoot {
namespace {

struct Part {
  Involved figure;
  Interval interval;
};

class BreakdownCheck : public CheckKind {
 public:
  BreakdownCheck(Pattern total, std::optional<Pattern> section)
      : total_(std::move(total)), section_(std::move(section)) {}

  std::vector<std::string> FactsUsed() const override { return {}; }

  void Evaluate(const EvalContext& ctx, std::vector<Outcome>* out) const override {
    bool any = false;
    for (size_t b = 0; b < ctx.doc.blocks.size(); ++b) {
      const Block& block = ctx.doc.blocks[b];
      if (block.kind == BlockKind::kTable) continue;
      if (section_ && !InSection(block, *section_)) continue;
      const std::vector<Figure>& figures = block.text.figures.figures;
      for (const PatternMatch& m : total_.FindAll(block.text.text)) {
        auto at = m.placeholders.find("total");
        if (at == m.placeholders.end()) continue;
        auto f = std::find_if(figures.begin(), figures.end(),
                              [&](const Figure& fig) { return fig.begin == at->second; });
        if (f == figures.end()) continue;
        std::optional<ProseList> list =
            ReadProseList(block.text.text, figures, static_cast<size_t>(f - figures.begin()));
        if (!list) continue;
        any = true;
        std::optional<Part> total = PartOf(ctx, block, static_cast<int>(b), list->total, "总数");
        if (!total) {
          out->push_back(NotEvaluable{"the total is approximate and the pack sets no tolerance"});
          continue;
        }
        EvaluateList(ctx, block, static_cast<int>(b), *total, list->items, list->exhaustive, out);
      }
    }
    if (!any) out->push_back(NotEvaluable{"no total followed by a list of its parts was found"});
  }

 private:
  static std::optional<Part> PartOf(const EvalContext& ctx, const Block& block, int b, size_t index,
                                    std::string label) {
    const Figure& f = block.text.figures.figures[index];
    Mention m{f, block.text.Source(f.begin, f.end), b, block.name, &ctx.doc};
    std::optional<Interval> iv = MentionInterval(ctx, m);
    if (!iv) return std::nullopt;
    return Part{{std::move(label), std::move(m)}, *iv};
  }

  void EvaluateList(const EvalContext& ctx, const Block& block, int b, const Part& total,
                    const std::vector<ProseListItem>& items, bool exhaustive,
                    std::vector<Outcome>* out) const {
    std::vector<Part> parts;
    for (const ProseListItem& item : items) {
      std::string label = item.label.empty() ? "所列一项" : item.label;
      std::optional<Part> p = PartOf(ctx, block, b, item.figure, label);
      if (!p) {
        out->push_back(NotEvaluable{"a part is approximate and the pack sets no tolerance"});
        return;
      }
      if (item.share) out->push_back(Share(ctx, block, b, *p, total, *item.share));
      if (!item.parts.empty()) {
        EvaluateList(ctx, block, b, *p, item.parts, item.parts_exhaustive, out);
      }
      parts.push_back(std::move(*p));
    }
    if (exhaustive) {
      out->push_back(Sum(total, parts));
      return;
    }
    for (const Part& p : parts) out->push_back(AtMost(total, p));
  }

  static Outcome Sum(const Part& total, const std::vector<Part>& parts) {
    Interval sum = Interval::Point(Rational(0));
    std::string written;
    std::vector<Involved> involved{total.figure};
    for (const Part& p : parts) {
      sum = sum + p.interval;
      written += (written.empty() ? "" : " + ") + p.figure.mention.figure.written;
      involved.push_back(p.figure);
    }
    if (sum.Overlaps(total.interval)) return Holds{};
    const Figure& stated = total.figure.mention.figure;
    std::optional<Rational> nominal = Rational(0);
    for (const Part& p : parts) {
      const Figure& f = p.figure.mention.figure;
      nominal = nominal && !f.approximate() ? std::optional(*nominal + f.value) : std::nullopt;
    }
    Rational value = nominal ? *nominal : stated.value + Gap(sum, total.interval);
    Violated v = MakeViolation(
        Message("breakdown.differs",
                {{"parts", written},
                 {"sum", nominal ? ValueText(*nominal, &stated) : IntervalText(sum, &stated)},
                 {"total", stated.written},
                 {"difference", DifferenceText(value, stated)}}),
        std::move(involved));
    v.relations = {Relation{sum, "==", total.interval}};
    return v;
  }

  static Outcome AtMost(const Part& total, const Part& part) {
    const Interval& p = part.interval;
    const Interval& t = total.interval;
    if (!(p.lo && t.hi && *p.lo > *t.hi)) return Holds{};
    const Figure& pf = part.figure.mention.figure;
    const Figure& tf = total.figure.mention.figure;
    Rational value = pf.approximate() ? tf.value + Gap(p, t) : pf.value;
    Violated v = MakeViolation(
        Message("breakdown.part-exceeds", {{"part", pf.written},
                                           {"label", part.figure.label},
                                           {"total", tf.written},
                                           {"difference", DifferenceText(value, tf)}}),
        {part.figure, total.figure});
    v.relations = {Relation{p, "<=", t}};
    return v;
  }

  static Outcome Share(const EvalContext& ctx, const Block& block, int b, const Part& part,
                       const Part& total, size_t share_index) {
    std::optional<Part> share = PartOf(ctx, block, b, share_index, part.figure.label + "的占比");
    if (!share) return NotEvaluable{"the share is approximate and the pack sets no tolerance"};
    const Figure& shown = share->figure.mention.figure;
    auto ratio = part.interval.DividedBy(total.interval);
    if (!ratio) return NotEvaluable{"the total may be zero"};
    Interval computed = *ratio * Interval::Point(Rational(100));
    // Rounding or truncation at the written precision.
    Interval accepted = share->interval;
    if (accepted.hi) accepted.hi = *accepted.hi + Rational::Pow10(-shown.decimals) / Rational(2);
    if (computed.Overlaps(accepted)) return Holds{};
    const Figure& pf = part.figure.mention.figure;
    const Figure& tf = total.figure.mention.figure;
    std::string value = !tf.value.is_zero() && !pf.approximate() && !tf.approximate()
                            ? (pf.value / tf.value * Rational(100)).ToString(shown.decimals + 2)
                            : IntervalText(computed, nullptr, shown.decimals + 2);
    Violated v = MakeViolation(Message("share.differs", {{"part", pf.written},
                                                         {"whole", tf.written},
                                                         {"computed", value},
                                                         {"stated", shown.written}}),
                               {share->figure, part.figure, total.figure});
    v.relations = {Relation{computed, "==", accepted}};
    return v;
  }

  Pattern total_;
  std::optional<Pattern> section_;
};

}  // namespace

std::shared_ptr<const CheckKind> MakeBreakdownCheck(FieldReader& f) {
  std::string source = f.Scalar("breakdown");
  std::optional<Pattern> section = f.PatternField("section", false);
  if (!f.Finish()) return nullptr;
  Pattern total = f.CompilePattern(source, true);
  if (!total.ok()) {
    f.Error("breakdown", fmt::format("'breakdown' \"{}\": {}", source, total.error()));
    return nullptr;
  }
  if (total.placeholders().size() != 1 || total.placeholders().front() != "total") {
    f.Error("breakdown", "'breakdown' needs exactly one placeholder, {total}");
    return nullptr;
  }
  return std::make_shared<BreakdownCheck>(std::move(total), std::move(section));
}

}  // namespace crossfoot
