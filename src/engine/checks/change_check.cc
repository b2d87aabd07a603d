// `change`: a stated increase or decrease (增长 12%, 减少 34 万元, increased by 5 percent)
// against this year's and last year's figures. A percentage is the change relative to last
// year, an amount the difference; both at the precision they are written with, rounding or
// truncating like `share` (a stated x with step u covers [x − u/2, x + u]).
//
//   change: sanggong.change     # the stated change, as written (a positive number)
//   direction: decrease         # increase or decrease: which way the wording says
//   current: sanggong.current   # this year
//   prior: sanggong.prior       # last year; or an expression ("sanggong.current + sanggong.cut")
#include <fmt/format.h>

#include "engine/check_kind.h"
#include "engine/checks/fields.h"
#include "engine/checks/involve.h"
#include "engine/checks/kinds.h"
#include "engine/quantity_text.h"

namespace crossfoot {
namespace {

// A year's figure: one fact, or an expression over facts (last year as this year plus the
// stated decrease, when the report gives no figure for it).
struct Term {
  std::string name;
  std::shared_ptr<const Assertion> expression;  // "… == 0", of which the left side is the term

  void Names(std::vector<std::string>* out) const {
    if (expression) {
      expression->lhs->Names(out);
    } else {
      out->push_back(name);
    }
  }

  std::optional<Operand> Value(const EvalContext& ctx, int instance, std::string* reason) const {
    if (expression) return EvaluateExpr(*expression->lhs, FactResolver(ctx, instance), reason);
    Resolved r = ResolveFact(ctx, name, instance);
    if (!r.value) {
      *reason = r.reason;
      return std::nullopt;
    }
    return OperandOf(*r.value);
  }
};

class ChangeCheck : public CheckKind {
 public:
  ChangeCheck(std::string stated, bool increase, Term current, Term prior)
      : stated_(std::move(stated)),
        increase_(increase),
        current_(std::move(current)),
        prior_(std::move(prior)) {}

  std::vector<std::string> FactsUsed() const override {
    std::vector<std::string> all{stated_};
    current_.Names(&all);
    prior_.Names(&all);
    return all;
  }

  void Evaluate(const EvalContext& ctx, std::vector<Outcome>* out) const override {
    ForEachInstance(ctx, FactsUsed(), out,
                    [&](int instance) { return EvaluateOnce(ctx, instance); });
  }

 private:
  Outcome EvaluateOnce(const EvalContext& ctx, int instance) const {
    Resolved stated = ResolveFact(ctx, stated_, instance);
    if (!stated.value) return NotEvaluable{stated.reason};
    std::string reason;
    std::optional<Operand> current = current_.Value(ctx, instance, &reason);
    if (!current) return NotEvaluable{reason};
    std::optional<Operand> prior = prior_.Value(ctx, instance, &reason);
    if (!prior) return NotEvaluable{reason};
    const Figure& shown = stated.value->mentions.front().figure;
    if (shown.points) {
      return NotEvaluable{fmt::format("{} is a change in percentage points", shown.written)};
    }
    // The change the figures make, in the wording's direction: a decrease is prior − current.
    Interval diff =
        increase_ ? current->interval - prior->interval : prior->interval - current->interval;
    Interval computed = diff;
    if (shown.percent) {
      auto ratio = diff.DividedBy(prior->interval);
      if (!ratio) return NotEvaluable{"last year's figure may be zero"};
      computed = *ratio * Interval::Point(Rational(100));
    }
    // Truncation: the true value may lie up to one step above the written digits.
    Interval accepted = stated.value->interval;
    if (accepted.lo && accepted.hi && !accepted.is_point()) {
      accepted.hi = *accepted.hi + (*accepted.hi - *accepted.lo) / Rational(2);
    }
    if (computed.Overlaps(accepted)) return Holds{};
    return Failure(stated, *current, *prior, computed, accepted, shown);
  }

  // The finding's message (engine/messages_*.cc: change.increase, change.decrease-percent…).
  Outcome Failure(const Resolved& stated, const Operand& c, const Operand& p,
                  const Interval& computed, const Interval& accepted, const Figure& shown) const {
    // A percentage two digits finer than the stated one; an amount in the stated figure's unit,
    // with the unit named ("24 万元").
    std::string value = shown.percent || !computed.lo || !computed.hi
                            ? IntervalText(computed, shown.percent ? nullptr : &shown,
                                           shown.percent ? shown.decimals + 2 : 2)
                            : QuantityText((*computed.lo + *computed.hi) / Rational(2), shown);
    std::string written =
        shown.qualifier == Qualifier::kNone ? shown.written : OperandOf(*stated.value).written;
    std::string id = std::string(increase_ ? "change.increase" : "change.decrease") +
                     (shown.percent ? "-percent" : "");
    Message message(
        id,
        {{"prior", p.written}, {"current", c.written}, {"computed", value}, {"stated", written}});
    std::vector<Involved> involved = InvolvedOf(*stated.value);
    for (const InvolvedList* list : {&c.involved, &p.involved}) {
      std::vector<Involved> figures = list->Flatten();
      involved.insert(involved.end(), figures.begin(), figures.end());
    }
    Violated v = MakeViolation(std::move(message), std::move(involved));
    v.relations = {Relation{computed, "==", accepted}};
    return v;
  }

  std::string stated_;
  bool increase_;
  Term current_;
  Term prior_;
};

// A fact's name, or an expression when it has operators.
std::optional<Term> ReadTerm(FieldReader& f, const std::string& key, std::string text) {
  Term t;
  if (text.find_first_of("+*/()") != std::string::npos || text.find(" - ") != std::string::npos) {
    Result<Assertion> parsed = ParseAssertion(text + " == 0");
    if (!parsed.ok()) {
      f.Error(key, "'" + key + "' is not an expression: " + parsed.error());
      return std::nullopt;
    }
    t.expression = std::make_shared<const Assertion>(std::move(parsed.value()));
  }
  t.name = std::move(text);
  return t;
}

}  // namespace

std::shared_ptr<const CheckKind> MakeChangeCheck(FieldReader& f) {
  std::string stated = f.Scalar("change");
  std::string direction = f.Scalar("direction");
  std::string current = f.Scalar("current");
  std::string prior = f.Scalar("prior");
  if (!f.Finish()) return nullptr;
  if (direction != "increase" && direction != "decrease") {
    f.Error("direction", "'direction' is 'increase' or 'decrease'");
    return nullptr;
  }
  std::optional<Term> now = ReadTerm(f, "current", std::move(current));
  std::optional<Term> before = ReadTerm(f, "prior", std::move(prior));
  if (!now || !before) return nullptr;
  return std::make_shared<ChangeCheck>(std::move(stated), direction == "increase", std::move(*now),
                                       std::move(*before));
}

}  // namespace crossfoot
