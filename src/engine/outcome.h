// What evaluating a check gives: it holds, it is violated (a finding), or it cannot be
// evaluated (and why).
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "engine/binding.h"
#include "engine/message.h"
#include "figures/interval.h"

namespace crossfoot {

/// A figure involved in a violation, with what it is.
struct Involved {
  std::string label;
  Mention mention;
};

struct Holds {};

/// The comparison a violated check made, `lhs op rhs` (op as in expressions: ==, <=, <, >=, >),
/// kept so that the search for the figure to correct (engine/correction.h) can tell how far
/// off it is with a figure replaced.
struct Relation {
  Interval lhs;
  std::string op;
  Interval rhs;
};

/// A violated check: the arithmetic, the figure most likely wrong, and every other figure.
struct Violated {
  Message message;  // rendered in each language from the catalogue (engine/message.h)
  Involved primary;
  std::vector<Involved> related;
  // The comparison made; for an any-of, one per reading (any one holding would do); empty for
  // checks that are no comparison (a blank cell, a missing table).
  std::vector<Relation> relations;
};

struct NotEvaluable {
  std::string reason;
};

using Outcome = std::variant<Holds, Violated, NotEvaluable>;

}  // namespace crossfoot
