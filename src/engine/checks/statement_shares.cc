// `statement: shares`: a percentage stated for a listed part (占7.9%, 占总数1046件的82.4%) is the
// part over its whole, rounded or truncated at the precision written. Where the list's stated
// shares add up to exactly 100%, one of them may have been adjusted by one unit in its last
// digit to make them so: that is accepted.
#include "engine/checks/involve.h"
#include "engine/checks/share_text.h"
#include "engine/checks/statement_checks.h"
#include "statements/parse_statements.h"

namespace crossfoot {
namespace {

// True when the list states a share for each part and they add up to exactly 100.
bool SharesAddToHundred(const EvalContext& ctx, const Breakdown& b) {
  Rational total(0);
  for (const StatedPart& p : b.parts) {
    if (!p.share) return false;
    const Figure& f = FigureAt(ctx.doc, *p.share);
    if (f.qualifier != Qualifier::kNone) return false;
    total = total + f.value;
  }
  return b.parts.size() >= 2 && total == Rational(100);
}

Outcome EvaluateShare(const EvalContext& ctx, const Breakdown& b, const StatedPart& p,
                      bool nudged) {
  Involved share =
      StatementFigure(ctx, *p.share, (p.label.empty() ? "所列一项" : p.label) + "的占比");
  Involved part = StatementFigure(ctx, p.figure, p.label.empty() ? "所列一项" : p.label);
  Involved whole = StatementFigure(ctx, p.share_of ? *p.share_of : b.whole,
                                   b.whole_label.empty() ? "总数" : b.whole_label);
  std::optional<Interval> s = StatementInterval(ctx, share);
  std::optional<Interval> pi = StatementInterval(ctx, part);
  std::optional<Interval> wi = StatementInterval(ctx, whole);
  if (!s || !pi || !wi)
    return NotEvaluable{"a figure is approximate and the pack sets no tolerance"};
  const Figure& shown = share.mention.figure;
  Interval accepted = AcceptedPercent(shown, *s, nudged ? 1 : 0);
  std::optional<Interval> ratio = pi->DividedBy(*wi);
  if (!ratio) return NotEvaluable{"the whole may be zero"};
  Interval computed = *ratio * Interval::Point(Rational(100));
  if (computed.Overlaps(accepted)) return Holds{};
  // The share of the parts listed, when the whole is not their sum: the report may mean it.
  if (!p.share_of && b.parts.size() >= 2) {
    Interval listed = Interval::Point(Rational(0));
    for (const StatedPart& q : b.parts) {
      std::optional<Interval> qi = StatementInterval(ctx, StatementFigure(ctx, q.figure, ""));
      if (!qi) return NotEvaluable{"a part is approximate and the pack sets no tolerance"};
      listed = listed + *qi;
    }
    if (std::optional<Interval> r = pi->DividedBy(listed);
        r && (*r * Interval::Point(Rational(100))).Overlaps(accepted)) {
      return NotEvaluable{"the share matches the part over the sum of the parts, not the whole"};
    }
  }
  const Figure& pf = part.mention.figure;
  const Figure& wf = whole.mention.figure;
  Operand po = StatementOperand(part, *pi);
  Operand wo = StatementOperand(whole, *wi);
  Violated v =
      MakeViolation(Message("share.differs", {{"part", pf.written},
                                              {"whole", wf.written},
                                              {"computed", ShareText(po, wo, computed, shown)},
                                              {"stated", shown.written}}),
                    {share, part, whole});
  v.relations = {Relation{computed, "==", accepted}};
  return v;
}

}  // namespace

void EvaluateShares(const EvalContext& ctx, const StatementScope& scope,
                    std::vector<Outcome>* out) {
  bool any = false;
  for (const Breakdown& b : ctx.doc.statements.breakdowns) {
    if (!InScope(ctx, scope, b.whole)) continue;
    bool nudged = SharesAddToHundred(ctx, b);
    for (const StatedPart& p : b.parts) {
      if (!p.share) continue;
      any = true;
      out->push_back(EvaluateShare(ctx, b, p, nudged));
    }
  }
  if (!any) out->push_back(NotEvaluable{"the prose states no share of a listed part"});
}

}  // namespace crossfoot
