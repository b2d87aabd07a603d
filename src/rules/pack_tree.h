// A rule pack's YAML as a plain tree (scalars, lists, mappings, each with its line and column),
// the form the pack loader reads. yaml-cpp builds it once (pack_loader.cc); it is then written
// to and read from the pack cache (rules/pack_cache.h) as a few flat bytes, so that a run
// whose packs have not changed does not parse YAML at all.
//
//   const PackNode& checks = root["checks"];
//   for (const PackNode& item : checks.items()) Use(item["id"].Scalar(), item.Mark().line);
//
// The tree is the YAML itself, not the loaded pack: a new pack key needs no change here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace crossfoot {

/// A 0-based line and column in the YAML text (-1: unknown), as yaml-cpp's Mark.
struct PackMark {
  int line = -1;
  int column = -1;
};

/// One node of a pack's YAML. Mirrors the part of yaml-cpp's Node that the loader uses.
class PackNode {
 public:
  enum class Kind : uint8_t { kUndefined, kNull, kScalar, kSequence, kMap };

  PackNode() = default;
  PackNode(Kind kind, PackMark mark) : kind_(kind), mark_(mark) {}

  bool IsDefined() const { return kind_ != Kind::kUndefined; }
  bool IsNull() const { return kind_ == Kind::kNull; }
  bool IsScalar() const { return kind_ == Kind::kScalar; }
  bool IsSequence() const { return kind_ == Kind::kSequence; }
  bool IsMap() const { return kind_ == Kind::kMap; }
  explicit operator bool() const { return IsDefined(); }
  Kind kind() const { return kind_; }
  PackMark Mark() const { return mark_; }

  /// The text of a scalar; empty for any other node.
  const std::string& Scalar() const { return scalar_; }
  /// Items of a sequence, or entries of a mapping.
  size_t size() const { return IsMap() ? pairs_.size() : items_.size(); }
  /// The value of a mapping's key; an undefined node when there is none.
  const PackNode& operator[](std::string_view key) const;
  /// The item at `i` of a sequence; an undefined node past its end.
  const PackNode& operator[](size_t i) const;
  const std::vector<PackNode>& items() const { return items_; }
  const std::vector<std::pair<PackNode, PackNode>>& pairs() const { return pairs_; }

  void set_scalar(std::string text) { scalar_ = std::move(text); }
  /// True for a scalar written in quotes (`"2"` is text, `2` a number, where both are allowed).
  bool Quoted() const { return quoted_; }
  void set_quoted(bool quoted) { quoted_ = quoted; }
  void add_item(PackNode item) { items_.push_back(std::move(item)); }
  void add_pair(PackNode key, PackNode value) {
    pairs_.emplace_back(std::move(key), std::move(value));
  }

 private:
  Kind kind_ = Kind::kUndefined;
  PackMark mark_;
  std::string scalar_;
  bool quoted_ = false;
  std::vector<PackNode> items_;
  std::vector<std::pair<PackNode, PackNode>> pairs_;
};

/// YAML's words for true and false, as yaml-cpp reads them (true, yes, on, y… in any of its
/// three cases); nullopt for any other text.
std::optional<bool> PackBool(const PackNode& node);

/// The tree as bytes (appended to *out), and back. Reading checks every length against the
/// bytes left and the depth against kMaxPackTreeDepth: nullopt for anything that is not a
/// whole tree, so a damaged cache file is never half-read.
void SerialisePackTree(const PackNode& root, std::string* out);
std::optional<PackNode> DeserialisePackTree(std::string_view bytes);

/// Deepest tree written or read (a pack is a few levels deep).
constexpr int kMaxPackTreeDepth = 200;

}  // namespace crossfoot
