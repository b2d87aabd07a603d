// The figures behind an expression operand, shared rather than copied: table checks evaluate
// an assertion for every row or column, and nearly every one holds, so the figures are only
// gathered into one list when a finding is made.
//
//   InvolvedList sum = InvolvedList::Concat(a.involved, b.involved);  // no figure copied
//   std::vector<Involved> figures = sum.Flatten();                    // a, then b
#pragma once

#include <memory>
#include <vector>

#include "engine/outcome.h"

namespace crossfoot {

class InvolvedList {
 public:
  InvolvedList() = default;
  InvolvedList(std::vector<Involved> items);  // NOLINT(google-explicit-constructor)

  /// a's figures, then b's.
  static InvolvedList Concat(const InvolvedList& a, const InvolvedList& b);

  bool empty() const { return node_ == nullptr; }

  /// Every figure, in order.
  std::vector<Involved> Flatten() const;

 private:
  // A leaf holds figures; an inner node joins two non-empty lists.
  struct Node {
    std::vector<Involved> items;
    std::shared_ptr<const Node> left;
    std::shared_ptr<const Node> right;
  };
  static void Append(const Node& node, std::vector<Involved>* out);

  std::shared_ptr<const Node> node_;
};

}  // namespace crossfoot
