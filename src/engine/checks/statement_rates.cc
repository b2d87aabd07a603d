// `statement: rates`: a rate stated with its counts in one sentence (受理12件，办结12件，办结率
// 100%) is the numerator over the base, rounded or truncated at the precision written; where
// the sentence also states a carried-over count (上年结转), the base may include it.
#include "engine/checks/involve.h"
#include "engine/checks/share_text.h"
#include "engine/checks/statement_checks.h"
#include "statements/parse_statements.h"

namespace crossfoot {
namespace {

Outcome EvaluateRate(const EvalContext& ctx, const StatedRate& r) {
  std::string what = r.name.substr(0, r.name.size() - std::string_view("率").size());
  Involved rate = StatementFigure(ctx, r.percent, r.name);
  Involved num = StatementFigure(ctx, r.numerator, what);
  Involved den = StatementFigure(ctx, r.denominator, "受理数");
  std::optional<Interval> ri = StatementInterval(ctx, rate);
  std::optional<Interval> ni = StatementInterval(ctx, num);
  std::optional<Interval> di = StatementInterval(ctx, den);
  if (!ri || !ni || !di)
    return NotEvaluable{"a figure is approximate and the pack sets no tolerance"};
  const Figure& shown = rate.mention.figure;
  Interval accepted = AcceptedPercent(shown, *ri);
  std::optional<Interval> ratio = ni->DividedBy(*di);
  if (!ratio) return NotEvaluable{"the base may be zero"};
  Interval computed = *ratio * Interval::Point(Rational(100));
  if (computed.Overlaps(accepted)) return Holds{};
  if (r.carried) {
    Involved carried = StatementFigure(ctx, *r.carried, "上年结转");
    std::optional<Interval> ci = StatementInterval(ctx, carried);
    if (!ci) return NotEvaluable{"a figure is approximate and the pack sets no tolerance"};
    std::optional<Interval> with = ni->DividedBy(*di + *ci);
    if (with && (*with * Interval::Point(Rational(100))).Overlaps(accepted)) return Holds{};
  }
  const Figure& nf = num.mention.figure;
  const Figure& df = den.mention.figure;
  Operand no = StatementOperand(num, *ni);
  Operand dout = StatementOperand(den, *di);
  Violated v =
      MakeViolation(Message("rate.differs", {{"rate", r.name},
                                             {"numerator", nf.written},
                                             {"base", df.written},
                                             {"computed", ShareText(no, dout, computed, shown)},
                                             {"stated", shown.written}}),
                    {rate, num, den});
  v.relations = {Relation{computed, "==", accepted}};
  return v;
}

}  // namespace

void EvaluateRates(const EvalContext& ctx, const StatementScope& scope, std::vector<Outcome>* out) {
  bool any = false;
  for (const StatedRate& r : ctx.doc.statements.rates) {
    if (!InScope(ctx, scope, r.percent)) continue;
    any = true;
    out->push_back(EvaluateRate(ctx, r));
  }
  if (!any) out->push_back(NotEvaluable{"the prose states no rate with both its counts"});
}

}  // namespace crossfoot
