// `statement: restatements`: a quantity the prose states twice in the same words has the same
// value both times (statements/restatements.h says which clauses count as the same words).
#include "engine/checks/involve.h"
#include "engine/checks/statement_checks.h"
#include "engine/quantity_text.h"
#include "statements/parse_statements.h"

namespace crossfoot {

void EvaluateRestatements(const EvalContext& ctx, const StatementScope& scope,
                          std::vector<Outcome>* out) {
  bool any = false;
  for (const Restatement& r : ctx.doc.statements.restatements) {
    if (!InScope(ctx, scope, r.again)) continue;
    any = true;
    Involved first = StatementFigure(ctx, r.first, r.label);
    Involved again = StatementFigure(ctx, r.again, r.label);
    std::optional<Interval> a = StatementInterval(ctx, first);
    std::optional<Interval> b = StatementInterval(ctx, again);
    if (!a || !b) {
      out->push_back(NotEvaluable{"a figure is approximate and the pack sets no tolerance"});
      continue;
    }
    if (a->Overlaps(*b)) {
      out->push_back(Holds{});
      continue;
    }
    const Figure& fa = first.mention.figure;
    const Figure& fb = again.mention.figure;
    Violated v =
        MakeViolation(Message("agree.differs", {{"label", r.label},
                                                {"written", fb.written},
                                                {"reference_label", r.label},
                                                {"reference", fa.written},
                                                {"difference", DifferenceText(fa.value, fb)}}),
                      {again, first});
    v.relations = {Relation{*b, "==", *a}};
    out->push_back(std::move(v));
  }
  if (!any) out->push_back(NotEvaluable{"the prose states no quantity twice in the same words"});
}

}  // namespace crossfoot
