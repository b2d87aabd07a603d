// `agree`: every statement of one figure agrees — the same figure in prose and appendix, or
// stated twice in prose. The last fact listed is the reference (usually the table); the first
// statement that disagrees with it is reported, with every other statement as related.
//
//   agree: [prose.reviews.cumulative, appendix.reviews.cumulative]
#include <fmt/format.h>

#include "engine/check_kind.h"
#include "engine/checks/fields.h"
#include "engine/checks/involve.h"
#include "engine/checks/kinds.h"

namespace crossfoot {
namespace {

struct Statement {
  Involved figure;
  Interval interval;
};

class AgreeCheck : public CheckKind {
 public:
  explicit AgreeCheck(std::vector<std::string> facts) : facts_(std::move(facts)) {}

  std::vector<std::string> FactsUsed() const override { return facts_; }

  void Evaluate(const EvalContext& ctx, std::vector<Outcome>* out) const override {
    std::vector<Statement> statements;
    size_t reference_count = 0;
    for (const std::string& slot : facts_) {
      const FactBinding* binding = ctx.bindings.ForSlot(slot);
      if (binding == nullptr) continue;
      reference_count = 0;
      for (const Instance& inst : binding->instances) {
        auto it = inst.slots.find(slot);
        if (it == inst.slots.end()) continue;
        std::optional<Interval> iv =
            EffectiveInterval(it->second.figure, ctx.pack, ctx.blanks_as_zero);
        if (!iv) {
          out->push_back(NotEvaluable{fmt::format(
              "{} is approximate and the pack sets no tolerance", it->second.figure.written)});
          return;
        }
        statements.push_back({{binding->def->label, it->second}, *iv});
        ++reference_count;
      }
    }
    if (statements.size() < 2 || reference_count == 0) {
      out->push_back(NotEvaluable{"fewer than two statements of the figure were found"});
      return;
    }
    const Statement& reference = statements[statements.size() - reference_count];
    for (const Statement& s : statements) {
      if (s.interval.Overlaps(reference.interval)) continue;
      std::string message = fmt::format(
          "{} is stated as {} here, but {} is {}: difference {}", s.figure.label,
          s.figure.mention.figure.written, reference.figure.label,
          reference.figure.mention.figure.written, Gap(s.interval, reference.interval).ToString());
      std::string message_zh = fmt::format("此处{}写作 {}，而{}为 {}：相差 {}", s.figure.label,
                                           s.figure.mention.figure.written, reference.figure.label,
                                           reference.figure.mention.figure.written,
                                           Gap(s.interval, reference.interval).ToString());
      std::vector<Involved> involved{s.figure, reference.figure};
      for (const Statement& other : statements) {
        if (&other != &s && &other != &reference) involved.push_back(other.figure);
      }
      out->push_back(MakeViolation(std::move(message), std::move(message_zh), std::move(involved)));
      return;
    }
    out->push_back(Holds{});
  }

 private:
  std::vector<std::string> facts_;
};

}  // namespace

std::shared_ptr<const CheckKind> MakeAgreeCheck(FieldReader& f) {
  std::vector<std::string> facts = f.List("agree");
  if (!f.Finish()) return nullptr;
  if (facts.empty()) {
    f.Error("agree", "'agree' needs at least one fact");
    return nullptr;
  }
  return std::make_shared<AgreeCheck>(std::move(facts));
}

}  // namespace crossfoot
