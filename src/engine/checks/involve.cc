#include "engine/checks/involve.h"

#include <fmt/format.h>

#include "engine/check_kind.h"
#include "engine/quantity_text.h"

namespace crossfoot {

std::vector<Involved> InvolvedOf(const FactValue& v) {
  std::vector<Involved> out;
  for (const Mention& m : v.mentions) out.push_back({v.label, m});
  return out;
}

Operand OperandOf(const FactValue& v) {
  std::string written = v.written();
  const Figure& f = v.mentions.front().figure;
  if (f.qualifier != Qualifier::kNone) {
    bool before = f.qualifier == Qualifier::kApproximate && f.qualifier_text != "左右";
    written = before ? f.qualifier_text + written : written + f.qualifier_text;
  }
  std::optional<Rational> nominal;
  if (!f.blank) nominal = f.value;
  return {v.interval, written, InvolvedOf(v), nominal, std::nullopt, f};
}

NameResolver FactResolver(const EvalContext& ctx, int instance) {
  return [&ctx, instance](const std::string& name, std::string* reason) -> std::optional<Operand> {
    Resolved r = ResolveFact(ctx, name, instance);
    if (!r.value) {
      *reason = r.reason;
      return std::nullopt;
    }
    Operand op = OperandOf(*r.value);
    if (r.value->mentions.front().figure.approximate())
      op.tolerance = ctx.pack.approximate_tolerance;
    return op;
  };
}

Violated MakeViolation(Message message, std::vector<Involved> involved) {
  Violated v;
  v.message = std::move(message);
  v.primary = std::move(involved.front());
  v.related.assign(std::make_move_iterator(involved.begin() + 1),
                   std::make_move_iterator(involved.end()));
  return v;
}

std::string ShownValue(const Operand& v, const Figure* like, int decimals) {
  if (v.figure && !v.figure->blank) return v.figure->written;
  if (v.nominal) return ValueText(*v.nominal, like, decimals);
  return IntervalText(v.interval, like, decimals);
}

NameResolver MapResolver(const std::map<std::string, Operand>& values) {
  return [&values](const std::string& name, std::string* reason) -> std::optional<Operand> {
    auto it = values.find(name);
    if (it == values.end()) {
      *reason = "unknown name " + name;
      return std::nullopt;
    }
    return it->second;
  };
}

namespace {

// The assertion's message: an approximate figure against what the others give, in words
// ("约5.5（允许 ±5%）与 260 ÷ 129 = 2.0 不符"), else both sides and their values.
Message AssertionMessage(const Operand& lhs, const std::string& op, const Operand& rhs) {
  if (op == "==") {
    for (auto [approx, other] : {std::pair{&lhs, &rhs}, std::pair{&rhs, &lhs}}) {
      if (!approx->tolerance || !approx->figure || other->figure) continue;
      const Figure& f = *approx->figure;
      return Message("assert.approximate", {{"lhs", approx->written},
                                            {"tolerance", ToleranceText(*approx->tolerance)},
                                            {"rhs", other->written},
                                            {"rhs_value", ShownValue(*other, &f, f.decimals)}});
    }
  }
  // Each side in the unit of the other when that is one figure (a sum against its total).
  const Figure* lhs_like = rhs.figure ? &*rhs.figure : lhs.figure ? &*lhs.figure : nullptr;
  const Figure* rhs_like = lhs.figure ? &*lhs.figure : rhs.figure ? &*rhs.figure : nullptr;
  int lhs_decimals = rhs.figure ? rhs.figure->decimals : 0;
  int rhs_decimals = lhs.figure ? lhs.figure->decimals : 0;
  return Message("assert.fails", {{"lhs", lhs.written},
                                  {"op", ShowOp(op)},
                                  {"rhs", rhs.written},
                                  {"lhs_value", ShownValue(lhs, lhs_like, lhs_decimals)},
                                  {"negated", NegatedOp(op)},
                                  {"rhs_value", ShownValue(rhs, rhs_like, rhs_decimals)}});
}

}  // namespace

Outcome EvaluateAssertion(const Assertion& assertion, const NameResolver& resolve,
                          const Message& context) {
  std::string reason;
  auto lhs = EvaluateExpr(*assertion.lhs, resolve, &reason);
  if (!lhs) return NotEvaluable{reason};
  auto rhs = EvaluateExpr(*assertion.rhs, resolve, &reason);
  if (!rhs) return NotEvaluable{reason};
  if (!CertainlyFails(lhs->interval, assertion.op, rhs->interval)) return Holds{};
  Message message = AssertionMessage(*lhs, assertion.op, *rhs);
  if (!context.empty()) message = Message(context).With("finding", std::move(message));
  std::vector<Involved> involved = InvolvedList::Concat(lhs->involved, rhs->involved).Flatten();
  if (involved.empty()) return NotEvaluable{"the assertion involves no figure"};
  Violated v = MakeViolation(std::move(message), std::move(involved));
  v.relations = {Relation{lhs->interval, assertion.op, rhs->interval}};
  return v;
}

}  // namespace crossfoot
