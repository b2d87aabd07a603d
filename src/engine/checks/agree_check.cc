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
#include "engine/quantity_text.h"

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
        std::optional<Interval> iv = MentionInterval(ctx, it->second);
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
      // The figures as written, in the reference's unit (45.54万元 against 455.4 under 万元:
      // 相差 409.86 万元), unless a blank or an approximate figure leaves only the intervals.
      const Figure& here = s.figure.mention.figure;
      const Figure& there = reference.figure.mention.figure;
      bool as_written = !here.blank && !there.blank && !here.approximate() && !there.approximate();
      Rational value = as_written ? here.value : there.value + Gap(s.interval, reference.interval);
      Message message("agree.differs", {{"label", s.figure.label},
                                        {"written", here.written},
                                        {"reference_label", reference.figure.label},
                                        {"reference", there.written},
                                        {"difference", DifferenceText(value, there)}});
      std::vector<Involved> involved{s.figure, reference.figure};
      for (const Statement& other : statements) {
        if (&other != &s && &other != &reference) involved.push_back(other.figure);
      }
      Violated v = MakeViolation(std::move(message), std::move(involved));
      v.relations = {Relation{s.interval, "==", reference.interval}};
      out->push_back(std::move(v));
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
