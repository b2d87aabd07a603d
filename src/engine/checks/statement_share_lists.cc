// `statement: share-lists`: shares of one whole listed without their counts (其中规范性文件占40%,
// 工作动态占50%,人事信息占30%). Categories cannot add up to more than 100 %; closed by a
// catch-all (其他占…) they add up to 100 %. Each share may be written one unit off its rounding,
// as reports adjust shares to add up to 100 % (docs/rule-language.md).
#include "engine/checks/involve.h"
#include "engine/checks/statement_checks.h"
#include "engine/quantity_text.h"
#include "statements/parse_statements.h"

namespace crossfoot {
namespace {

Outcome EvaluateList(const EvalContext& ctx, const ShareList& list) {
  Interval sum = Interval::Point(Rational(0));
  Rational nominal(0);
  int decimals = 0;
  std::string written;
  // The whole leads: the finding is about its shares, and no one share is more likely wrong
  // than another (so no correction names one).
  std::vector<Involved> involved{
      StatementFigure(ctx, list.whole, list.whole_label.empty() ? "总数" : list.whole_label)};
  for (const StatedPart& p : list.parts) {
    Involved share = StatementFigure(ctx, p.figure, p.label + "占比");
    std::optional<Interval> stated = StatementInterval(ctx, share);
    if (!stated) return NotEvaluable{"a share is approximate and the pack sets no tolerance"};
    const Figure& f = share.mention.figure;
    sum = sum + AcceptedPercent(f, *stated, 1);
    nominal = nominal + f.value;
    decimals = std::max(decimals, f.decimals);
    written += (written.empty() ? "" : " + ") + f.written;
    involved.push_back(std::move(share));
  }
  const Rational hundred(100);
  const bool exhaustive = list.relation == PartsRelation::kExhaustive;
  const bool over = sum.lo && *sum.lo > hundred;
  const bool under = exhaustive && sum.hi && *sum.hi < hundred;
  if (!over && !under) return Holds{};
  const Rational gap = nominal > hundred ? nominal - hundred : hundred - nominal;
  Violated v = MakeViolation(Message(exhaustive ? "shares.differ" : "shares.exceed",
                                     {{"shares", written},
                                      {"sum", ValueText(nominal, nullptr, decimals) + "%"},
                                      {"difference", ValueText(gap, nullptr, decimals)}}),
                             std::move(involved));
  v.relations = {Relation{sum, exhaustive ? "==" : "<=", Interval::Point(hundred)}};
  return v;
}

}  // namespace

void EvaluateShareLists(const EvalContext& ctx, const StatementScope& scope,
                        std::vector<Outcome>* out) {
  bool any = false;
  for (const ShareList& list : ctx.doc.statements.share_lists) {
    if (!InScope(ctx, scope, list.whole) || list.relation == PartsRelation::kOverlapping) continue;
    any = true;
    out->push_back(EvaluateList(ctx, list));
  }
  if (!any) out->push_back(NotEvaluable{"the prose states no list of shares of one whole"});
}

}  // namespace crossfoot
