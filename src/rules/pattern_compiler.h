// How a pack's patterns are compiled: a pack read afresh has every pattern compiled (and so
// validated) at once, and their prefilters noted for the pack cache; a pack that loaded without
// an error before compiles each pattern when first used, and refuses the texts that lack its
// noted prefilter's atoms without compiling it (rules/pattern.h), so that a one-file run
// compiles only the patterns its document may match.
//
//   PatternCompiler now;                  // a pack read afresh
//   Pattern p = now.Compile(source, true);
//   cache.Store(yaml, tree, ok, now.noted());
//   PatternCompiler later(&entry->prefilters);  // the same pack from the cache
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "rules/pattern.h"

namespace crossfoot {

/// The prefilters of a pack's patterns, by PatternCompiler::Key.
using PrefilterTable = std::map<std::string, PatternPrefilter, std::less<>>;

class PatternCompiler {
 public:
  /// Compiles every pattern now and notes its prefilter.
  PatternCompiler() = default;
  /// Compiles each pattern when first used, with the prefilters of `known` (kept alive by
  /// the caller); a pattern not in it is refused by RE2's prefilter after compiling.
  explicit PatternCompiler(const PrefilterTable* known) : known_(known), when_used_(true) {}

  Pattern Compile(std::string_view source, bool allow_placeholders);

  /// The prefilters of the patterns compiled now (none when compiling when used).
  const PrefilterTable& noted() const { return noted_; }

  /// A pattern's key in a PrefilterTable: its source and whether it allows placeholders.
  static std::string Key(std::string_view source, bool allow_placeholders);

 private:
  const PrefilterTable* known_ = nullptr;
  bool when_used_ = false;
  PrefilterTable noted_;
};

/// The table as bytes (appended to *out), and back: nullopt for anything that is not a whole
/// table (every length checked against the bytes left, every prefilter whole).
void SerialisePrefilters(const PrefilterTable& table, std::string* out);
std::optional<PrefilterTable> DeserialisePrefilters(std::string_view bytes);

}  // namespace crossfoot
