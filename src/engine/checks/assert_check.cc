// `assert`: an arithmetic comparison over facts, in interval arithmetic.
//
//   assert: "replies.answered <= applications.received"
//   assert: "efficiency.average == efficiency.days / efficiency.items"
//
// Over a repeated fact the assertion is evaluated once per instance.
#include <fmt/format.h>

#include "engine/check_kind.h"
#include "engine/checks/fields.h"
#include "engine/checks/involve.h"
#include "engine/checks/kinds.h"

namespace crossfoot {
namespace {

class AssertCheck : public CheckKind {
 public:
  explicit AssertCheck(Assertion a) : assertion_(std::move(a)) {}

  std::vector<std::string> FactsUsed() const override { return assertion_.Names(); }

  void Evaluate(const EvalContext& ctx, std::vector<Outcome>* out) const override {
    ForEachInstance(ctx, FactsUsed(), out, [&](int instance) {
      return EvaluateAssertion(assertion_, FactResolver(ctx, instance));
    });
  }

 private:
  Assertion assertion_;
};

}  // namespace

std::shared_ptr<const CheckKind> MakeAssertCheck(FieldReader& f) {
  std::string text = f.Scalar("assert");
  if (!f.Finish()) return nullptr;
  Result<Assertion> a = ParseAssertion(text);
  if (!a.ok()) {
    f.Error("assert", "'assert': " + a.error());
    return nullptr;
  }
  return std::make_shared<AssertCheck>(std::move(a).value());
}

}  // namespace crossfoot
