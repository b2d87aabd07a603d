// A cache of parsed packs: each pack's YAML tree (rules/pack_tree.h), keyed by a hash of the
// pack's bytes and crossfoot's version, in $XDG_CACHE_HOME/crossfoot (else ~/.cache/crossfoot).
// Parsing the shipped packs with yaml-cpp takes most of a one-file run; reading their trees
// back takes a small part of a millisecond.
//
//   PackCache cache = PackCache::FromEnvironment();
//   if (std::optional<PackNode> tree = cache.Find(yaml)) ... else cache.Store(yaml, Parse(yaml));
//
// Never trusted blindly: the directory is used only when it is this user's and nobody else
// can write it (util/private_directory.h), so no other user can plant an entry; an entry names
// the SHA-256 and the length of the text it was made from and ends with a SHA-256 of all its
// bytes, which ties its body to that text; anything that does not match (a damaged or
// truncated file, another version's format, another pack's body) is ignored and written
// afresh. Entries are written to a temporary file created with O_EXCL and O_NOFOLLOW (nothing
// already at its name is followed or opened) and renamed, so concurrent runs never read half
// an entry.
// The loader validates the tree (facts, checks, patterns) on every run, cached or not. Beside
// the tree, an entry keeps the prefilters of the pack's patterns (rules/pattern_compiler.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "rules/pack_tree.h"
#include "rules/pattern_compiler.h"

namespace crossfoot {

/// Where parsed packs are kept between runs; an empty directory keeps nothing.
class PackCache {
 public:
  PackCache() = default;
  explicit PackCache(std::string dir) : dir_(std::move(dir)) {}

  /// $CROSSFOOT_CACHE_DIR, else $XDG_CACHE_HOME/crossfoot, else $HOME/.cache/crossfoot;
  /// none when CROSSFOOT_NO_CACHE is set or no directory can be named.
  static PackCache FromEnvironment();

  bool enabled() const { return !dir_.empty(); }
  const std::string& dir() const { return dir_; }

  /// A stored tree, and whether the pack it makes loaded without an error (then its patterns
  /// compiled, and may be compiled when used: Pattern::CompileWhenUsed).
  struct Entry {
    PackNode tree;
    bool loaded = false;
    PrefilterTable prefilters;  // of its patterns, when it loaded (rules/pattern_compiler.h)
  };

  /// The entry stored for exactly this pack text, or nullopt.
  std::optional<Entry> Find(std::string_view yaml) const;
  /// Stores the tree for this pack text; failures (a read-only home) are ignored: the cache
  /// only saves time.
  void Store(std::string_view yaml, const PackNode& tree, bool loaded,
             const PrefilterTable& prefilters = {}) const;

  /// The entry file for a pack text (for tests that damage it).
  std::string EntryPath(std::string_view yaml) const;

 private:
  std::string EntryPathFor(std::string_view hash) const;

  std::string dir_;
};

/// A 128-bit FNV-1a hash of the bytes, as 32 hex digits.
std::string ContentHash(std::string_view bytes);

}  // namespace crossfoot
