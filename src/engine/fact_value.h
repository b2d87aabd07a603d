// The value of a fact for a check: the interval its mentions agree on, or why there is none.
//
//   Resolved r = ResolveFact(ctx, "proactive.total", kAllInstances);
//   if (!r.value) return NotEvaluable{r.reason};
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/binding.h"
#include "engine/outcome.h"
#include "figures/interval.h"

namespace crossfoot {

struct EvalContext;

/// Instance index meaning "every instance of a non-repeated fact, which must agree".
constexpr int kAllInstances = -1;

/// A fact's value: the interval all its mentions allow, and the mentions.
struct FactValue {
  std::string slot;
  std::string label;
  Interval interval;
  std::vector<Mention> mentions;

  /// The written form of the first mention ("579574", "45.46%").
  const std::string& written() const { return mentions.front().figure.written; }
};

/// A value, or the reason there is none (not found, mentions disagree, approximate).
struct Resolved {
  std::optional<FactValue> value;
  std::string reason;
};

/// The interval a figure stands for under the pack's tolerance; nullopt for an approximate
/// figure when the pack sets none. A blank cell is [0, ∞), or 0 with `blanks_as_zero`.
std::optional<Interval> EffectiveInterval(const Figure& figure, const Pack& pack,
                                          bool blanks_as_zero = false);

/// A figure of the document read as another value: what the search for the figure to correct
/// tries (engine/correction.h). `source_begin` is where the figure is written in the source.
struct FigureOverride {
  size_t source_begin = 0;
  Interval value;
};

/// The interval of a mention for a check: its override, if the context has one for it, else
/// EffectiveInterval.
std::optional<Interval> MentionInterval(const EvalContext& ctx, const Mention& m);

/// Resolves a full fact name; `instance` picks one instance of a repeated fact.
Resolved ResolveFact(const EvalContext& ctx, const std::string& slot, int instance);

/// Every instance's value of a (repeated) fact, for sums over lists.
std::vector<Resolved> ResolveEach(const EvalContext& ctx, const std::string& slot);

/// Evaluates a check over these facts once per instance of the one repeated fact among them
/// (once with kAllInstances when none repeats), appending each outcome. Mixing two different
/// repeated facts is not evaluable.
void ForEachInstance(const EvalContext& ctx, const std::vector<std::string>& slots,
                     std::vector<Outcome>* out, const std::function<Outcome(int)>& evaluate);

}  // namespace crossfoot
