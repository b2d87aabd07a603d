// `sum`: parts add up to a total (`equals`), or do not exceed it (`at-most`, for "其中" lists
// that need not be exhaustive).
//
//   sum: [proactive.local, proactive.lower]   # facts; a repeated fact adds all its instances
//   equals: proactive.total                   # or  at-most: proactive.total
#include <fmt/format.h>

#include "engine/check_kind.h"
#include "engine/checks/fields.h"
#include "engine/checks/involve.h"
#include "engine/checks/kinds.h"
#include "engine/quantity_text.h"

namespace crossfoot {
namespace {

class SumCheck : public CheckKind {
 public:
  SumCheck(std::vector<std::string> parts, std::string total, bool exact)
      : parts_(std::move(parts)), total_(std::move(total)), exact_(exact) {}

  std::vector<std::string> FactsUsed() const override {
    std::vector<std::string> all = parts_;
    all.push_back(total_);
    return all;
  }

  void Evaluate(const EvalContext& ctx, std::vector<Outcome>* out) const override {
    Resolved total = ResolveFact(ctx, total_, kAllInstances);
    if (!total.value) {
      out->push_back(NotEvaluable{total.reason});
      return;
    }
    Interval sum = Interval::Point(Rational(0));
    std::optional<Rational> nominal = Rational(0);
    std::string written;
    std::vector<Involved> involved = InvolvedOf(*total.value);
    for (const std::string& part : parts_) {
      for (const Resolved& r : ResolveEach(ctx, part)) {
        if (!r.value) {
          out->push_back(NotEvaluable{r.reason});
          return;
        }
        Operand op = OperandOf(*r.value);
        sum = sum + op.interval;
        nominal = nominal && op.nominal ? std::optional(*nominal + *op.nominal) : std::nullopt;
        written += (written.empty() ? "" : " + ") + op.written;
        std::vector<Involved> figures = op.involved.Flatten();
        involved.insert(involved.end(), figures.begin(), figures.end());
      }
    }
    const Interval& stated = total.value->interval;
    bool fails = exact_ ? !sum.Overlaps(stated) : (sum.lo && stated.hi && *sum.lo > *stated.hi);
    if (!fails) {
      out->push_back(Holds{});
      return;
    }
    const Figure& shown = total.value->mentions.front().figure;
    Message message(
        exact_ ? "sum.differs" : "sum.exceeds",
        {{"parts", written},
         {"sum", nominal ? ValueText(*nominal, &shown) : IntervalText(sum, &shown)},
         {"total", total.value->written()},
         {"difference", nominal ? DifferenceText(*nominal, shown)
                                : DifferenceText(shown.value + Gap(sum, stated), shown)}});
    Violated v = MakeViolation(std::move(message), std::move(involved));
    v.relations = {Relation{sum, exact_ ? "==" : "<=", stated}};
    out->push_back(std::move(v));
  }

 private:
  std::vector<std::string> parts_;
  std::string total_;
  bool exact_;
};

}  // namespace

std::shared_ptr<const CheckKind> MakeSumCheck(FieldReader& f) {
  std::vector<std::string> parts = f.List("sum");
  bool exact = f.Has("equals");
  if (exact == f.Has("at-most")) {
    f.Error("sum", "a 'sum' check needs exactly one of 'equals' or 'at-most'");
    return nullptr;
  }
  std::string total = f.Scalar(exact ? "equals" : "at-most");
  if (!f.Finish()) return nullptr;
  return std::make_shared<SumCheck>(std::move(parts), std::move(total), exact);
}

}  // namespace crossfoot
