#include "engine/involved_list.h"

namespace crossfoot {

InvolvedList::InvolvedList(std::vector<Involved> items) {
  if (!items.empty())
    node_ = std::make_shared<const Node>(Node{std::move(items), nullptr, nullptr});
}

InvolvedList InvolvedList::Concat(const InvolvedList& a, const InvolvedList& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  InvolvedList out;
  out.node_ = std::make_shared<const Node>(Node{{}, a.node_, b.node_});
  return out;
}

std::vector<Involved> InvolvedList::Flatten() const {
  std::vector<Involved> out;
  if (node_) Append(*node_, &out);
  return out;
}

void InvolvedList::Append(const Node& node, std::vector<Involved>* out) {
  out->insert(out->end(), node.items.begin(), node.items.end());
  if (node.left) Append(*node.left, out);
  if (node.right) Append(*node.right, out);
}

}  // namespace crossfoot
