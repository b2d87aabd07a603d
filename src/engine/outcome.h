// What evaluating a check gives: it holds, it is violated (a finding), or it cannot be
// evaluated (and why).
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "engine/binding.h"

namespace crossfoot {

/// A figure involved in a violation, with what it is.
struct Involved {
  std::string label;
  Mention mention;
};

struct Holds {};

/// A violated check: the arithmetic, the figure most likely wrong, and every other figure.
struct Violated {
  std::string message;     // English
  std::string message_zh;  // Chinese, for packs in Chinese
  Involved primary;
  std::vector<Involved> related;
};

struct NotEvaluable {
  std::string reason;
};

using Outcome = std::variant<Holds, Violated, NotEvaluable>;

}  // namespace crossfoot
