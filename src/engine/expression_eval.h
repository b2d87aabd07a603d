// Evaluating parsed expressions in interval arithmetic, keeping the figures involved.
//
//   auto v = EvaluateExpr(*assertion.lhs, resolve, &reason);
//   // v->interval, v->written ("443610 + 136006"), v->involved (their mentions)
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/involved_list.h"
#include "engine/outcome.h"
#include "figures/figure.h"
#include "figures/interval.h"
#include "rules/expression.h"

namespace crossfoot {

/// A value in an expression: its interval, how it reads, and the figures behind it.
struct Operand {
  Interval interval;
  std::string written;
  InvolvedList involved;
  // The value the figures state, as written (45.54万 is 455400, not its rounding interval);
  // unset when a blank stands among them. Messages show it.
  std::optional<Rational> nominal;
  // The pack's relative tolerance, for an approximate figure (约5.5) read under it.
  std::optional<Rational> tolerance;
  // The figure it is, when it is one figure (for its unit and precision in messages).
  std::optional<Figure> figure;
};

/// Looks up a name; nullopt with *reason set when it has no value.
using NameResolver = std::function<std::optional<Operand>(const std::string&, std::string*)>;

/// Evaluates expr; nullopt with *reason set when a name has no value or a divisor may be 0.
std::optional<Operand> EvaluateExpr(const Expr& expr, const NameResolver& resolve,
                                    std::string* reason);

/// True when `lhs op rhs` certainly fails for every value the intervals allow.
bool CertainlyFails(const Interval& lhs, const std::string& op, const Interval& rhs);

/// The operator as shown in messages (≤, ≥, =, ≠, <, >).
std::string ShowOp(const std::string& op);

/// The operator that holds where op fails (for "1240 > 1235").
std::string NegatedOp(const std::string& op);

/// How far apart two intervals are (0 when they meet).
Rational Gap(const Interval& a, const Interval& b);

}  // namespace crossfoot
