#include "engine/checks/involve.h"

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

Violated MakeViolation(std::string message, std::vector<Involved> involved) {
  Violated v;
  v.message = std::move(message);
  v.primary = std::move(involved.front());
  v.related.assign(std::make_move_iterator(involved.begin() + 1),
                   std::make_move_iterator(involved.end()));
  return v;
}

}  // namespace crossfoot
