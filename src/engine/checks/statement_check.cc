// `statement`: checks over what the prose says with its numbers, whatever its wording — no
// facts, no patterns. The statements are read once per document (src/statements/).
//
//   statement: breakdowns    # parts against their whole
//   statement: shares        # 占p% against part ÷ whole
//   statement: rates         # 办结率 against 办结 ÷ 受理
//   statement: counts        # 六部分 against the names listed
//   statement: restatements  # one quantity stated twice in the same words
//   statement: flows         # received + carried in = handled + carried out, with the words of
//   received: [收到, 受理]    # each concept (required for flows, refused for the others)
//   carried-in: [上年结转]
//   handled: [办结, 答复]
//   carried-out: [结转下年]
//   section: "主动公开"      # optional: only statements in matching sections
#include <array>

#include "engine/checks/fields.h"
#include "engine/checks/kinds.h"
#include "engine/checks/statement_checks.h"
#include "engine/fact_value.h"
#include "statements/parse_statements.h"

namespace crossfoot {
namespace {

using Evaluator = void (*)(const EvalContext&, const StatementScope&, std::vector<Outcome>*);

struct StatementKind {
  const char* name;
  Evaluator evaluate;
};

constexpr std::array<StatementKind, 7> kStatementKinds = {{
    {"breakdowns", EvaluateBreakdowns},
    {"share-lists", EvaluateShareLists},
    {"shares", EvaluateShares},
    {"rates", EvaluateRates},
    {"counts", EvaluateCounts},
    {"restatements", EvaluateRestatements},
    {"flows", EvaluateFlows},
}};

class StatementCheck : public CheckKind {
 public:
  StatementCheck(Evaluator evaluate, StatementScope scope)
      : evaluate_(evaluate), scope_(std::move(scope)) {}

  std::vector<std::string> FactsUsed() const override { return {}; }

  void Evaluate(const EvalContext& ctx, std::vector<Outcome>* out) const override {
    evaluate_(ctx, scope_, out);
  }

 private:
  Evaluator evaluate_;
  StatementScope scope_;
};

}  // namespace

Involved StatementFigure(const EvalContext& ctx, const FigureRef& ref, std::string label) {
  const Block& block = ctx.doc.blocks[static_cast<size_t>(ref.block)];
  const Figure& f = FigureAt(ctx.doc, ref);
  Mention m{f, block.text.Source(f.begin, f.end), ref.block, block.name, &ctx.doc};
  return Involved{std::move(label), std::move(m)};
}

std::optional<Interval> StatementInterval(const EvalContext& ctx, const Involved& figure) {
  return MentionInterval(ctx, figure.mention);
}

Operand StatementOperand(const Involved& figure, const Interval& interval) {
  const Figure& f = figure.mention.figure;
  std::optional<Rational> nominal;
  if (f.qualifier == Qualifier::kNone) nominal = f.value;
  return Operand{interval, f.written, {}, nominal, std::nullopt, f};
}

bool InScope(const EvalContext& ctx, const StatementScope& scope, const FigureRef& ref) {
  if (!scope.section) return true;
  return InSection(ctx.doc.blocks[static_cast<size_t>(ref.block)], *scope.section);
}

Interval AcceptedPercent(const Figure& shown, const Interval& stated, int nudge) {
  Rational step = Rational::Pow10(-shown.decimals);
  Interval accepted = stated;
  // Truncation: the true value may lie up to one step above the written digits.
  if (accepted.hi) accepted.hi = *accepted.hi + step / Rational(2);
  if (nudge > 0) {
    Rational by = step * Rational(nudge);
    if (accepted.lo) accepted.lo = *accepted.lo - by;
    if (accepted.hi) accepted.hi = *accepted.hi + by;
  }
  return accepted;
}

std::shared_ptr<const CheckKind> MakeStatementCheck(FieldReader& f) {
  std::string kind = f.Scalar("statement");
  StatementScope scope;
  scope.section = f.PatternField("section", false);
  if (kind == "flows") {
    scope.received = f.List("received");
    scope.carried_in = f.List("carried-in");
    scope.handled = f.List("handled");
    scope.carried_out = f.List("carried-out");
  }
  if (!f.Finish()) return nullptr;
  for (const StatementKind& k : kStatementKinds) {
    if (kind == k.name) return std::make_shared<StatementCheck>(k.evaluate, std::move(scope));
  }
  std::string names;
  for (const StatementKind& k : kStatementKinds)
    names += (names.empty() ? "" : ", ") + std::string(k.name);
  f.Error("statement", "'statement' must be one of: " + names + " (not '" + kind + "')");
  return nullptr;
}

}  // namespace crossfoot
