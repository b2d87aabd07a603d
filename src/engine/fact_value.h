// The value of a fact for a check: the interval its mentions agree on, or why there is none.
//
//   Resolved r = ResolveFact(ctx, "proactive.total", kAllInstances);
//   if (!r.value) return NotEvaluable{r.reason};
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/binding.h"
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
/// figure when the pack sets none.
std::optional<Interval> EffectiveInterval(const Figure& figure, const Pack& pack);

/// Resolves a full fact name; `instance` picks one instance of a repeated fact.
Resolved ResolveFact(const EvalContext& ctx, const std::string& slot, int instance);

/// Every instance's value of a (repeated) fact, for sums over lists.
std::vector<Resolved> ResolveEach(const EvalContext& ctx, const std::string& slot);

/// How many times a check over these facts is evaluated: the instance count of the one
/// repeated fact among them, or kAllInstances when none repeats. Fails when two different
/// repeated facts are mixed.
std::optional<int> InstanceCount(const EvalContext& ctx, const std::vector<std::string>& slots,
                                 std::string* error);

/// The instance indices to evaluate for a count from InstanceCount.
std::vector<int> InstanceIndices(int count);

}  // namespace crossfoot
