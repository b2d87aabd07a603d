// Arithmetic assertions over facts, as written in a pack's `assert:` field.
//
//   Result<Assertion> a = ParseAssertion("appendix.replies.year <= appendix.applications.year");
//   a.value().lhs->Names(&names);
//
// Grammar: comparison := sum (<= | < | == | = | >= | > | !=) sum
//          sum := product ((+|-) product)*;  product := unary ((*|/) unary)*
//          unary := - unary | number | name | ( sum )
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "figures/rational.h"
#include "util/result.h"

namespace crossfoot {

/// A node of an arithmetic expression.
struct Expr {
  enum class Kind { kNumber, kName, kAdd, kSub, kMul, kDiv, kNeg };
  Kind kind = Kind::kNumber;
  Rational number;
  std::string name;
  std::unique_ptr<Expr> left;
  std::unique_ptr<Expr> right;

  /// Appends every name the expression uses, in order of appearance.
  void Names(std::vector<std::string>* out) const;
};

/// A comparison of two expressions.
struct Assertion {
  std::unique_ptr<Expr> lhs;
  std::string op;  // "<=", "<", "==", ">=", ">", "!="
  std::unique_ptr<Expr> rhs;
  std::string source;

  std::vector<std::string> Names() const;
};

/// Deepest nesting an expression may have.
constexpr int kMaxExpressionDepth = 64;

/// Most nodes (numbers, names, operators) an expression may have.
constexpr int kMaxExpressionNodes = 256;

/// Parses an assertion; the error names the offending position.
Result<Assertion> ParseAssertion(std::string_view text);

}  // namespace crossfoot
