// How deeply a JSON text nests arrays and objects, found by scanning its bytes before any
// parser sees it. nlohmann's json copies a value recursively, and parsing an object into an
// ordered_json copies each earlier member whenever the object grows (its keys are const, so
// they cannot be moved): a message whose id was an array nested 100,000 deep overflowed the
// stack inside the parse (issue #26, item 2). Texts nested deeper than a client ever sends are
// refused unparsed.
//
//   if (JsonNestingDepth(message) > kMaxJsonDepth) return Refuse(...);
#pragma once

#include <cstddef>
#include <string_view>

namespace crossfoot {

/// The deepest nesting of arrays and objects a message may have (LSP's nest about 6 deep).
constexpr size_t kMaxJsonDepth = 64;

/// The deepest nesting of '[' and '{' in `text`, brackets inside strings not counted. The text
/// need not be valid JSON (the parser then refuses it).
size_t JsonNestingDepth(std::string_view text);

}  // namespace crossfoot
