// The interface every check kind implements, and what it is evaluated against.
//
// A check kind is one file in engine/checks/ and one line in engine/checks/registry.cc.
// It reads its own YAML fields at load time (reporting mistakes at their line) and evaluates
// to outcomes: one per instance for checks over repeated facts, one otherwise.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/binding.h"
#include "engine/fact_value.h"
#include "engine/outcome.h"

namespace crossfoot {

class CellCache;

/// What a check is evaluated against.
struct EvalContext {
  const Document& doc;
  const Pack& pack;
  const Bindings& bindings;
  CellCache& cells;  // table cells read so far, shared by the pack's checks on this document
  // Blank count cells read as 0 instead of [0, ∞): the second reading, whose violations are
  // warnings that state the assumption (a blank is not known to be zero).
  bool blanks_as_zero = false;
  // Figures read as other values (the correction search); null in an audit.
  const std::vector<FigureOverride>* overrides = nullptr;
  // Where the figures read are written, when set: which checks a correction can change.
  std::vector<size_t>* reads = nullptr;
};

/// One kind of check (sum, assert, share, agree, each-row).
class CheckKind {
 public:
  virtual ~CheckKind() = default;
  /// The full fact names the check uses (for lint and for `facts`).
  virtual std::vector<std::string> FactsUsed() const = 0;
  /// Appends one outcome per evaluation.
  virtual void Evaluate(const EvalContext& ctx, std::vector<Outcome>* out) const = 0;
};

}  // namespace crossfoot
