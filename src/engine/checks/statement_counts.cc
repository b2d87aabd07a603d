// `statement: counts`: a sentence that counts the names it lists (本报告由概述、…、附表等六部分
// 组成) names as many as it says. A name may hold a 、 of its own, so any count between the
// fewest and the most names the list can be read as holds; 等 before the count allows fewer.
#include "engine/checks/involve.h"
#include "engine/checks/statement_checks.h"
#include "statements/parse_statements.h"

namespace crossfoot {

void EvaluateCounts(const EvalContext& ctx, const StatementScope& scope,
                    std::vector<Outcome>* out) {
  bool any = false;
  for (const StatedCount& c : ctx.doc.statements.counts) {
    if (!InScope(ctx, scope, c.count)) continue;
    any = true;
    Involved count = StatementFigure(ctx, c.count, "所写部分数");
    std::optional<Interval> n = StatementInterval(ctx, count);
    if (!n || !n->is_point()) {
      out->push_back(NotEvaluable{"the count is not exact"});
      continue;
    }
    Rational stated = *n->lo;
    if (Rational(c.fewest) <= stated && stated <= Rational(c.most)) {
      out->push_back(Holds{});
      continue;
    }
    if (stated > Rational(c.most) && c.hedged) {
      out->push_back(NotEvaluable{"等 before the count: the names listed may be only some"});
      continue;
    }
    int listed = stated > Rational(c.most) ? c.most : c.fewest;
    out->push_back(MakeViolation(Message("count.differs", {{"count", count.mention.figure.written},
                                                           {"listed", std::to_string(listed)}}),
                                 {count}));
  }
  if (!any) out->push_back(NotEvaluable{"the prose counts no list of names"});
}

}  // namespace crossfoot
