// "Did you mean …?" for a mistyped name: the closest of the known names by edit distance.
//
//   if (auto near = ClosestName("chek", {"check", "facts", "rules"})) Say("did you mean " + *near);
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crossfoot {

/// Levenshtein distance between two byte strings (insert, delete, substitute: 1 each).
size_t EditDistance(std::string_view a, std::string_view b);

/// The known name closest to `typed`, when it is close enough to be a typo (at most a third of
/// its length away, and at most 3 edits); ties go to the first in `known`. Case is ignored.
std::optional<std::string> ClosestName(std::string_view typed,
                                       const std::vector<std::string>& known);

/// " (did you mean 'X'?)" for ClosestName, or "".
std::string DidYouMean(std::string_view typed, const std::vector<std::string>& known);

}  // namespace crossfoot
