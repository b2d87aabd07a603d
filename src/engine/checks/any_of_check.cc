// `any-of`: alternative readings of one statement, of which at least one must hold. Real
// reports say 收到75件 for 新收 74 + 上年结转 1 as often as for 新收 alone, so the statement is
// compared with each reading the form allows and reported only when none fits.
//
//   any-of:
//     - "prose.received == t3.received"
//     - "prose.received == t3.received + t3.carried"
//
// A reading that cannot be evaluated (a fact not found) might be the one meant, so the check
// is then not evaluable rather than violated. Over a repeated fact the readings are evaluated
// once per instance.
#include <fmt/format.h>

#include "engine/check_kind.h"
#include "engine/checks/fields.h"
#include "engine/checks/involve.h"
#include "engine/checks/kinds.h"

namespace crossfoot {
namespace {

class AnyOfCheck : public CheckKind {
 public:
  explicit AnyOfCheck(std::vector<Assertion> readings) : readings_(std::move(readings)) {}

  std::vector<std::string> FactsUsed() const override {
    std::vector<std::string> names;
    for (const Assertion& a : readings_) {
      for (std::string& n : a.Names()) {
        if (std::find(names.begin(), names.end(), n) == names.end()) names.push_back(std::move(n));
      }
    }
    return names;
  }

  void Evaluate(const EvalContext& ctx, std::vector<Outcome>* out) const override {
    ForEachInstance(ctx, FactsUsed(), out,
                    [&](int instance) { return EvaluateOnce(FactResolver(ctx, instance)); });
  }

 private:
  Outcome EvaluateOnce(const NameResolver& resolve) const {
    std::vector<Violated> failed;
    for (const Assertion& a : readings_) {
      Outcome o = EvaluateAssertion(a, resolve);
      if (std::holds_alternative<Holds>(o)) return o;
      if (const auto* n = std::get_if<NotEvaluable>(&o)) {
        return NotEvaluable{fmt::format("reading \"{}\": {}", a.source, n->reason)};
      }
      failed.push_back(std::get<Violated>(std::move(o)));
    }
    if (failed.size() == 1) return failed.front();
    Message message("any-of.none-holds", {});
    std::vector<Involved> involved{failed.front().primary};
    for (size_t i = 0; i < failed.size(); ++i) {
      message.With("readings", failed[i].message);
      std::vector<Involved> all = failed[i].related;
      if (i > 0) all.insert(all.begin(), failed[i].primary);
      for (Involved& inv : all) {
        bool seen = std::any_of(involved.begin(), involved.end(), [&](const Involved& x) {
          return x.mention.source.begin == inv.mention.source.begin &&
                 x.mention.doc == inv.mention.doc;
        });
        if (!seen) involved.push_back(std::move(inv));
      }
    }
    Violated v = MakeViolation(std::move(message), std::move(involved));
    for (const Violated& reading : failed) {
      v.relations.insert(v.relations.end(), reading.relations.begin(), reading.relations.end());
    }
    // Each reading is one comparison; otherwise the readings cannot be told apart.
    if (v.relations.size() != failed.size()) v.relations.clear();
    return v;
  }

  std::vector<Assertion> readings_;
};

}  // namespace

std::shared_ptr<const CheckKind> MakeAnyOfCheck(FieldReader& f) {
  std::vector<std::string> texts = f.List("any-of");
  if (!f.Finish()) return nullptr;
  if (texts.empty()) {
    f.Error("any-of", "'any-of' needs at least one assertion");
    return nullptr;
  }
  std::vector<Assertion> readings;
  for (const std::string& text : texts) {
    Result<Assertion> a = ParseAssertion(text);
    if (!a.ok()) {
      f.Error("any-of", fmt::format("'any-of' \"{}\": {}", text, a.error()));
      return nullptr;
    }
    readings.push_back(std::move(a).value());
  }
  return std::make_shared<AnyOfCheck>(std::move(readings));
}

}  // namespace crossfoot
