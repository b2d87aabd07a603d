// Reports in Traditional script (government sites publish 繁體 versions; mirrors keep them)
// are read as Simplified, character by character, so that every figure's position still points
// at the character as written and the packs' vocabulary (受理, 申请, 条) matches.
//
//   if (LooksTraditional(text)) {
//     Result<CharacterMap> map = SimplifiedMap(text);   // OpenCC, through its module
//     ScopedCharacterMap use(&map.value());              // Normalise maps on this thread
//     … read the document again …
//   }
#pragma once

#include <string_view>

#include "util/result.h"
#include "util/unicode.h"

namespace crossfoot {

/// True when text is written in Traditional script: characters found only in Traditional
/// writing (開 與 國 條 數 …) are at least 20 and at least 2 % of its CJK characters.
bool LooksTraditional(std::string_view text);

/// Each distinct CJK character of text that OpenCC's t2s writes as one other character, mapped
/// to it. An error when the script module cannot be loaded.
Result<CharacterMap> SimplifiedMap(std::string_view text);

}  // namespace crossfoot
