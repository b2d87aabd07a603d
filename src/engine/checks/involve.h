// Turning fact values into the operands and labelled figures that findings show.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "engine/expression_eval.h"
#include "engine/fact_value.h"
#include "rules/expression.h"

namespace crossfoot {

/// Every mention of a fact, labelled with the fact's label.
std::vector<Involved> InvolvedOf(const FactValue& v);

/// A fact value as an expression operand (written as its first mention).
Operand OperandOf(const FactValue& v);

/// A resolver over pack facts for one instance of the check.
NameResolver FactResolver(const EvalContext& ctx, int instance);

/// The first involved figure as primary, the rest as related.
Violated MakeViolation(Message message, std::vector<Involved> involved);

/// An operand as messages show it: the figure as written when it is one, else its value in
/// plain numbers, in the unit and at the precision of `like` (the figure it is compared with).
std::string ShownValue(const Operand& v, const Figure* like, int decimals = 0);

/// A resolver over named operands (a table row's columns, a column's rows); `values` must
/// outlive it.
NameResolver MapResolver(const std::map<std::string, Operand>& values);

/// Evaluates an assertion with names from resolve. A violation's message reads
/// "lhs op rhs does not hold: values" (assert.fails), or, for an approximate figure against a
/// computed value, assert.approximate; inside `context` (its {finding}) when that is set.
Outcome EvaluateAssertion(const Assertion& assertion, const NameResolver& resolve,
                          const Message& context = {});

}  // namespace crossfoot
