// The version crossfoot was built as: the CMake project version, and `git describe` of the
// source when it was built from a git checkout that is not exactly at that version's tag.
//
//   std::cout << "crossfoot " << CrossfootVersion() << "\n";   // 0.1.0 (v0.1.0-4-g1a2b3c4)
#pragma once

#include <string_view>

namespace crossfoot {

/// "0.1.0", or "0.1.0 (git describe)" when that says more.
std::string_view CrossfootVersion();

/// The project version alone ("0.1.0"), as SARIF's tool version and the baseline carry it.
std::string_view CrossfootProjectVersion();

}  // namespace crossfoot
