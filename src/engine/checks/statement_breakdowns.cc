// `statement: breakdowns`: every list of parts the prose states for a whole (src/statements/).
// An exhaustive list (closed by 其他/其余) adds up to its whole; a list of disjoint categories
// adds up to at most its whole; any part is at most its whole.
#include "engine/checks/involve.h"
#include "engine/checks/statement_checks.h"
#include "engine/expression_eval.h"
#include "engine/quantity_text.h"
#include "statements/parse_statements.h"

namespace crossfoot {
namespace {

struct Read {
  Involved figure;
  Interval interval;
};

std::optional<Read> ReadFigure(const EvalContext& ctx, const FigureRef& ref, std::string label) {
  Involved inv = StatementFigure(ctx, ref, std::move(label));
  std::optional<Interval> iv = StatementInterval(ctx, inv);
  if (!iv) return std::nullopt;
  return Read{std::move(inv), *iv};
}

// The other parts ride along as related figures: the list is the context an editor reads.
Outcome PartExceeds(const Read& whole, const Read& part, const std::vector<Involved>& others) {
  const Figure& pf = part.figure.mention.figure;
  const Figure& wf = whole.figure.mention.figure;
  Rational value =
      pf.qualifier != Qualifier::kNone ? wf.value + Gap(part.interval, whole.interval) : pf.value;
  Violated v =
      MakeViolation(Message("breakdown.part-exceeds", {{"part", pf.written},
                                                       {"label", part.figure.label},
                                                       {"total", wf.written},
                                                       {"difference", DifferenceText(value, wf)}}),
                    {part.figure, whole.figure});
  v.related.insert(v.related.end(), others.begin(), others.end());
  v.relations = {Relation{part.interval, "<=", whole.interval}};
  return v;
}

Outcome SumAgainst(const Read& whole, const std::vector<Read>& parts, bool exhaustive) {
  Interval sum = Interval::Point(Rational(0));
  std::optional<Rational> nominal = Rational(0);
  std::string written;
  std::vector<Involved> involved{whole.figure};
  for (const Read& p : parts) {
    sum = sum + p.interval;
    const Figure& f = p.figure.mention.figure;
    nominal = nominal && f.qualifier == Qualifier::kNone ? std::optional(*nominal + f.value)
                                                         : std::nullopt;
    written += (written.empty() ? "" : " + ") + f.written;
    involved.push_back(p.figure);
  }
  const Interval& w = whole.interval;
  bool holds = exhaustive ? sum.Overlaps(w) : !(sum.lo && w.hi && *sum.lo > *w.hi);
  if (holds) return Holds{};
  const Figure& stated = whole.figure.mention.figure;
  Rational value = nominal ? *nominal : stated.value + Gap(sum, w);
  Violated v = MakeViolation(
      Message(exhaustive ? "breakdown.differs" : "breakdown.parts-exceed",
              {{"parts", written},
               {"sum", nominal ? ValueText(*nominal, &stated) : IntervalText(sum, &stated)},
               {"total", stated.written},
               {"difference", DifferenceText(value, stated)}}),
      std::move(involved));
  v.relations = {Relation{sum, exhaustive ? "==" : "<=", w}};
  return v;
}

}  // namespace

void EvaluateBreakdowns(const EvalContext& ctx, const StatementScope& scope,
                        std::vector<Outcome>* out) {
  bool any = false;
  for (const Breakdown& b : ctx.doc.statements.breakdowns) {
    if (!InScope(ctx, scope, b.whole)) continue;
    any = true;
    std::optional<Read> whole =
        ReadFigure(ctx, b.whole, b.whole_label.empty() ? "总数" : b.whole_label);
    if (!whole) {
      out->push_back(NotEvaluable{"the whole is approximate and the pack sets no tolerance"});
      continue;
    }
    std::vector<Read> parts;
    bool approximate = false;
    for (const StatedPart& p : b.parts) {
      std::optional<Read> part = ReadFigure(ctx, p.figure, p.label.empty() ? "所列一项" : p.label);
      if (!part) {
        approximate = true;
        break;
      }
      parts.push_back(std::move(*part));
    }
    if (approximate) {
      out->push_back(NotEvaluable{"a part is approximate and the pack sets no tolerance"});
      continue;
    }
    bool exceeded = false;
    for (size_t i = 0; i < parts.size(); ++i) {
      const Interval& pi = parts[i].interval;
      if (!(pi.lo && whole->interval.hi && *pi.lo > *whole->interval.hi)) continue;
      std::vector<Involved> others;
      for (size_t j = 0; j < parts.size(); ++j) {
        if (j != i) others.push_back(parts[j].figure);
      }
      out->push_back(PartExceeds(*whole, parts[i], others));
      exceeded = true;
    }
    // A part above the whole is the finding; its sum would say the same again.
    if (exceeded || parts.size() < 2 || b.relation == PartsRelation::kOverlapping) {
      if (!exceeded) out->push_back(Holds{});
      continue;
    }
    out->push_back(SumAgainst(*whole, parts, b.relation == PartsRelation::kExhaustive));
  }
  if (!any)
    out->push_back(NotEvaluable{"the prose states no whole followed by a list of its parts"});
}

}  // namespace crossfoot
