// The evaluators behind `statement:` checks, one file each: they read the document's
// statements (statements/statement.h), parsed once when the document was read, and need no
// facts — every report's lists, shares and rates, whatever its wording.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/check_kind.h"
#include "engine/expression_eval.h"
#include "rules/pattern.h"

namespace crossfoot {

/// Which statements a check reads: those of blocks in a section matching `section`, if set.
struct StatementScope {
  std::optional<Pattern> section;
  // The words of each concept of a flow (statement: flows), as the pack names them.
  std::vector<std::string> received, carried_in, handled, carried_out;
};

/// A list's parts against its whole: they add up to it when the list is exhaustive, their sum
/// is at most it when they are disjoint, and each is at most it always.
void EvaluateBreakdowns(const EvalContext& ctx, const StatementScope& scope,
                        std::vector<Outcome>* out);

/// A share stated for a part (占7.9%) against the part over its whole.
void EvaluateShares(const EvalContext& ctx, const StatementScope& scope, std::vector<Outcome>* out);

/// Shares of one whole listed without their counts: at most 100 % for categories, 100 % when a
/// catch-all closes the list.
void EvaluateShareLists(const EvalContext& ctx, const StatementScope& scope,
                        std::vector<Outcome>* out);

/// A rate stated with its counts (办结率) against the numerator over the base.
void EvaluateRates(const EvalContext& ctx, const StatementScope& scope, std::vector<Outcome>* out);

/// A count of listed names (六部分) against the names listed.
void EvaluateCounts(const EvalContext& ctx, const StatementScope& scope, std::vector<Outcome>* out);

/// A quantity stated twice in the same words, against itself.
void EvaluateRestatements(const EvalContext& ctx, const StatementScope& scope,
                          std::vector<Outcome>* out);

/// The requests of a paragraph: received + carried in = handled + carried out.
void EvaluateFlows(const EvalContext& ctx, const StatementScope& scope, std::vector<Outcome>* out);

/// A statement's figure as a mention, and its interval for the check (nullopt: approximate
/// with no tolerance).
Involved StatementFigure(const EvalContext& ctx, const FigureRef& ref, std::string label);
std::optional<Interval> StatementInterval(const EvalContext& ctx, const Involved& figure);

/// A statement's figure as an operand of a message: as written, its stated value when it has
/// no qualifier (余, 多), its interval for the check.
Operand StatementOperand(const Involved& figure, const Interval& interval);

/// True when the block of `ref` is in the scope.
bool InScope(const EvalContext& ctx, const StatementScope& scope, const FigureRef& ref);

/// A stated percentage's accepted interval: rounding or truncation at its written precision,
/// widened by `nudge` steps either side (shares adjusted to add up to 100%).
Interval AcceptedPercent(const Figure& shown, const Interval& stated, int nudge = 0);

}  // namespace crossfoot
