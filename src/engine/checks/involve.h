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

/// The first involved figure as primary, the rest as related; the message in English and in
/// Chinese.
Violated MakeViolation(std::string message, std::string message_zh, std::vector<Involved> involved);

/// A resolver over named operands (a table row's columns, a column's rows); `values` must
/// outlive it.
NameResolver MapResolver(const std::map<std::string, Operand>& values);

/// Evaluates an assertion with names from resolve. A violation's message reads
/// "lhs op rhs does not hold: values", after "context: " when context is set.
Outcome EvaluateAssertion(const Assertion& assertion, const NameResolver& resolve,
                          const std::string& context, const std::string& context_zh = "");

}  // namespace crossfoot
