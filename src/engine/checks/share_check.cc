// `share`: a stated percentage equals part ÷ whole at the precision it is written with.
// Both rounding and truncation are accepted (4.34% for 35/805 = 4.3478…), so the stated p
// with step u covers [p − u/2, p + u].
//
//   share: categories.share     # the stated percentage
//   part: categories.part
//   whole: proactive.total
//   whole: [prose.handled, prose.received]   # or the bases the report could mean: reported
//                                            # only when none gives the stated share
//   whole: "t3.received + t3.carried"        # or an expression over facts
#include <fmt/format.h>

#include "engine/check_kind.h"
#include "engine/checks/fields.h"
#include "engine/checks/involve.h"
#include "engine/checks/kinds.h"
#include "engine/checks/share_text.h"
#include "engine/quantity_text.h"

namespace crossfoot {

std::string ShareText(const Operand& part, const Operand& whole, const Interval& computed,
                      const Figure& shown) {
  if (part.nominal && whole.nominal && !whole.nominal->is_zero()) {
    return (*part.nominal / *whole.nominal * Rational(100)).ToString(shown.decimals + 2);
  }
  return IntervalText(computed, nullptr, shown.decimals + 2);
}

namespace {

// A base: one fact, or an expression over facts ("t3.received + t3.carried").
struct Whole {
  std::string name;
  std::shared_ptr<const Assertion> expression;  // "… == 0", of which the left side is the whole
};

class ShareCheck : public CheckKind {
 public:
  ShareCheck(std::string stated, std::string part, std::vector<Whole> wholes)
      : stated_(std::move(stated)), part_(std::move(part)), wholes_(std::move(wholes)) {}

  std::vector<std::string> FactsUsed() const override {
    std::vector<std::string> all{stated_, part_};
    for (const Whole& w : wholes_) {
      if (w.expression) {
        w.expression->lhs->Names(&all);
      } else {
        all.push_back(w.name);
      }
    }
    return all;
  }

  void Evaluate(const EvalContext& ctx, std::vector<Outcome>* out) const override {
    ForEachInstance(ctx, FactsUsed(), out,
                    [&](int instance) { return EvaluateOnce(ctx, instance); });
  }

 private:
  Outcome EvaluateOnce(const EvalContext& ctx, int instance) const {
    Resolved stated = ResolveFact(ctx, stated_, instance);
    Resolved part = ResolveFact(ctx, part_, instance);
    for (const Resolved* r : {&stated, &part}) {
      if (!r->value) return NotEvaluable{r->reason};
    }
    const Figure& shown = stated.value->mentions.front().figure;
    if (!shown.percent) return NotEvaluable{fmt::format("{} is not a percentage", shown.written)};
    // Truncation: the true value may lie up to one step above the written digits.
    Interval accepted = stated.value->interval;
    Rational step = Rational::Pow10(-shown.decimals);
    if (shown.written.find("‰") != std::string::npos) step = step / Rational(10);
    if (accepted.hi) accepted.hi = *accepted.hi + step / Rational(2);
    // Every base the report states is tried; the first that fails is the one reported.
    std::optional<Outcome> first_failure;
    std::string missing;
    for (const Whole& w : wholes_) {
      std::optional<Operand> whole;
      if (w.expression) {
        whole = EvaluateExpr(*w.expression->lhs, FactResolver(ctx, instance), &missing);
      } else if (Resolved r = ResolveFact(ctx, w.name, instance); r.value) {
        whole = OperandOf(*r.value);
      } else {
        missing = r.reason;
      }
      if (!whole) continue;
      auto ratio = part.value->interval.DividedBy(whole->interval);
      if (!ratio) return NotEvaluable{"the whole may be zero"};
      Interval computed = *ratio * Interval::Point(Rational(100));
      if (computed.Overlaps(accepted)) return Holds{};
      if (!first_failure) first_failure = Failure(stated, part, *whole, computed, accepted, shown);
    }
    if (!first_failure) return NotEvaluable{missing};
    return *first_failure;
  }

  static Outcome Failure(const Resolved& stated, const Resolved& part, const Operand& w,
                         const Interval& computed, const Interval& accepted, const Figure& shown) {
    const Operand p = OperandOf(*part.value);
    Message message("share.differs", {{"part", p.written},
                                      {"whole", w.written},
                                      {"computed", ShareText(p, w, computed, shown)},
                                      {"stated", shown.qualifier == Qualifier::kNone
                                                     ? shown.written
                                                     : OperandOf(*stated.value).written}});
    std::vector<Involved> involved = InvolvedOf(*stated.value);
    for (const InvolvedList* list : {&p.involved, &w.involved}) {
      std::vector<Involved> figures = list->Flatten();
      involved.insert(involved.end(), figures.begin(), figures.end());
    }
    Violated v = MakeViolation(std::move(message), std::move(involved));
    v.relations = {Relation{computed, "==", accepted}};
    return v;
  }

  std::string stated_;
  std::string part_;
  std::vector<Whole> wholes_;
};

}  // namespace

std::shared_ptr<const CheckKind> MakeShareCheck(FieldReader& f) {
  std::string stated = f.Scalar("share");
  std::string part = f.Scalar("part");
  std::vector<std::string> listed = f.List("whole");
  if (!f.Finish()) return nullptr;
  if (listed.empty()) {
    f.Error("whole", "'whole' needs at least one fact");
    return nullptr;
  }
  std::vector<Whole> wholes;
  for (std::string& name : listed) {
    Whole w;
    if (name.find_first_of("+*/()") != std::string::npos || name.find(" - ") != std::string::npos) {
      Result<Assertion> parsed = ParseAssertion(name + " == 0");
      if (!parsed.ok()) {
        f.Error("whole", "'whole' is not an expression: " + parsed.error());
        return nullptr;
      }
      w.expression = std::make_shared<const Assertion>(std::move(parsed.value()));
    }
    w.name = std::move(name);
    wholes.push_back(std::move(w));
  }
  return std::make_shared<ShareCheck>(std::move(stated), std::move(part), std::move(wholes));
}

}  // namespace crossfoot
