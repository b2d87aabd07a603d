#include "engine/checks/involve.h"

#include <fmt/format.h>

#include "engine/check_kind.h"

namespace crossfoot {

std::vector<Involved> InvolvedOf(const FactValue& v) {
  std::vector<Involved> out;
  for (const Mention& m : v.mentions) out.push_back({v.label, m});
  return out;
}

Operand OperandOf(const FactValue& v) {
  std::string written = v.written();
  if (v.mentions.front().figure.qualifier != Qualifier::kNone) {
    const Figure& f = v.mentions.front().figure;
    bool before = f.qualifier == Qualifier::kApproximate && f.qualifier_text != "左右";
    written = before ? f.qualifier_text + written : written + f.qualifier_text;
  }
  return {v.interval, written, InvolvedOf(v)};
}

NameResolver FactResolver(const EvalContext& ctx, int instance) {
  return [&ctx, instance](const std::string& name, std::string* reason) -> std::optional<Operand> {
    Resolved r = ResolveFact(ctx, name, instance);
    if (!r.value) {
      *reason = r.reason;
      return std::nullopt;
    }
    return OperandOf(*r.value);
  };
}

Violated MakeViolation(std::string message, std::string message_zh,
                       std::vector<Involved> involved) {
  Violated v;
  v.message = std::move(message);
  v.message_zh = std::move(message_zh);
  v.primary = std::move(involved.front());
  v.related.assign(std::make_move_iterator(involved.begin() + 1),
                   std::make_move_iterator(involved.end()));
  return v;
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

Outcome EvaluateAssertion(const Assertion& assertion, const NameResolver& resolve,
                          const std::string& context, const std::string& context_zh) {
  std::string reason;
  auto lhs = EvaluateExpr(*assertion.lhs, resolve, &reason);
  if (!lhs) return NotEvaluable{reason};
  auto rhs = EvaluateExpr(*assertion.rhs, resolve, &reason);
  if (!rhs) return NotEvaluable{reason};
  if (!CertainlyFails(lhs->interval, assertion.op, rhs->interval)) return Holds{};
  std::string message =
      fmt::format("{}{}{} {} {} does not hold: {} {} {}", context, context.empty() ? "" : ": ",
                  lhs->written, ShowOp(assertion.op), rhs->written, lhs->interval.ToString(),
                  NegatedOp(assertion.op), rhs->interval.ToString());
  std::string message_zh =
      fmt::format("{}{}{} {} {} 不成立：{} {} {}", context_zh, context_zh.empty() ? "" : "：",
                  lhs->written, ShowOp(assertion.op), rhs->written, lhs->interval.ToString(),
                  NegatedOp(assertion.op), rhs->interval.ToString());
  std::vector<Involved> involved = InvolvedList::Concat(lhs->involved, rhs->involved).Flatten();
  if (involved.empty()) return NotEvaluable{"the assertion involves no figure"};
  return MakeViolation(std::move(message), std::move(message_zh), std::move(involved));
}

}  // namespace crossfoot
