#include "rules/pack_tree.h"

#include <array>
#include <cstring>

#include "rules/cache_bytes.h"

namespace crossfoot {
namespace {

const PackNode& Undefined() {
  static const PackNode kUndefined;
  return kUndefined;
}

void PutNode(const PackNode& node, int depth, std::string* out) {
  out->push_back(static_cast<char>(node.kind()));
  PutU32(static_cast<uint32_t>(node.Mark().line), out);
  PutU32(static_cast<uint32_t>(node.Mark().column), out);
  switch (node.kind()) {
    case PackNode::Kind::kScalar:
      out->push_back(node.Quoted() ? '\1' : '\0');
      PutU32(static_cast<uint32_t>(node.Scalar().size()), out);
      out->append(node.Scalar());
      break;
    case PackNode::Kind::kSequence:
      PutU32(static_cast<uint32_t>(node.items().size()), out);
      for (const PackNode& item : node.items()) PutNode(item, depth + 1, out);
      break;
    case PackNode::Kind::kMap:
      PutU32(static_cast<uint32_t>(node.pairs().size()), out);
      for (const auto& [key, value] : node.pairs()) {
        PutNode(key, depth + 1, out);
        PutNode(value, depth + 1, out);
      }
      break;
    default:
      break;
  }
}

// Reads from a shrinking view; any short read or bad value fails the whole tree.
class TreeReader {
 public:
  explicit TreeReader(std::string_view bytes) : in_(bytes) {}

  std::optional<PackNode> Node(int depth) {
    std::optional<uint8_t> kind_byte = in_.U8();
    if (depth > kMaxPackTreeDepth || !kind_byte) return std::nullopt;
    auto kind = static_cast<PackNode::Kind>(*kind_byte);
    std::optional<uint32_t> line = in_.U32();
    std::optional<uint32_t> column = in_.U32();
    if (!line || !column) return std::nullopt;
    PackNode node(kind, {static_cast<int>(*line), static_cast<int>(*column)});
    switch (kind) {
      case PackNode::Kind::kNull:
        return node;
      case PackNode::Kind::kScalar: {
        std::optional<uint8_t> quoted = in_.U8();
        if (!quoted || *quoted > 1) return std::nullopt;
        node.set_quoted(*quoted == 1);
        std::optional<std::string_view> scalar = in_.String();
        if (!scalar) return std::nullopt;
        node.set_scalar(std::string(*scalar));
        return node;
      }
      case PackNode::Kind::kSequence: {
        std::optional<uint32_t> count = in_.U32();
        // Every node takes at least 9 bytes: a count beyond that is damage, not a big pack.
        if (!count || *count > in_.left() / 9) return std::nullopt;
        for (uint32_t i = 0; i < *count; ++i) {
          std::optional<PackNode> item = Node(depth + 1);
          if (!item) return std::nullopt;
          node.add_item(std::move(*item));
        }
        return node;
      }
      case PackNode::Kind::kMap: {
        std::optional<uint32_t> count = in_.U32();
        if (!count || *count > in_.left() / 18) return std::nullopt;
        for (uint32_t i = 0; i < *count; ++i) {
          std::optional<PackNode> key = Node(depth + 1);
          if (!key) return std::nullopt;
          std::optional<PackNode> value = Node(depth + 1);
          if (!value) return std::nullopt;
          node.add_pair(std::move(*key), std::move(*value));
        }
        return node;
      }
      default:
        return std::nullopt;
    }
  }

  bool at_end() const { return in_.at_end(); }

 private:
  ByteReader in_;
};

}  // namespace

const PackNode& PackNode::operator[](std::string_view key) const {
  for (const auto& [k, v] : pairs_) {
    if (k.IsScalar() && k.Scalar() == key) return v;
  }
  return Undefined();
}

const PackNode& PackNode::operator[](size_t i) const {
  return i < items_.size() ? items_[i] : Undefined();
}

std::optional<bool> PackBool(const PackNode& node) {
  if (!node.IsScalar()) return std::nullopt;
  static constexpr std::array<std::string_view, 6> kTrue = {"y", "yes", "true", "on"};
  static constexpr std::array<std::string_view, 6> kFalse = {"n", "no", "false", "off"};
  const std::string& s = node.Scalar();
  // yaml-cpp accepts lower case, Capitalised and UPPER case, not mixtures.
  auto spelled = [&](std::string_view word) {
    if (word.empty() || s.size() != word.size()) return false;
    bool lower = true;
    bool upper = true;
    bool capital = true;
    for (size_t i = 0; i < s.size(); ++i) {
      char up = static_cast<char>(word[i] - 'a' + 'A');
      lower = lower && s[i] == word[i];
      upper = upper && s[i] == up;
      capital = capital && s[i] == (i == 0 ? up : word[i]);
    }
    return lower || upper || capital;
  };
  for (std::string_view w : kTrue) {
    if (spelled(w)) return true;
  }
  for (std::string_view w : kFalse) {
    if (spelled(w)) return false;
  }
  return std::nullopt;
}

void SerialisePackTree(const PackNode& root, std::string* out) { PutNode(root, 0, out); }

std::optional<PackNode> DeserialisePackTree(std::string_view bytes) {
  TreeReader reader(bytes);
  std::optional<PackNode> root = reader.Node(0);
  if (!root || !reader.at_end()) return std::nullopt;
  return root;
}

}  // namespace crossfoot
