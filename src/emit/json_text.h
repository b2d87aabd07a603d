// The one way crossfoot writes JSON (json, jsonl, sarif, baselines). A file name or a pack
// string may hold bytes that are not UTF-8, which JSON cannot carry and nlohmann's dump throws
// on (type_error.316, which would lose the output of every file): each such byte becomes
// U+FFFD, and everything else is written as is.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace crossfoot {

/// `json` as text, indented by `indent` spaces (-1: one line), invalid UTF-8 replaced.
inline std::string JsonText(const nlohmann::ordered_json& json, int indent = -1) {
  return json.dump(indent, ' ', /*ensure_ascii=*/false,
                   nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace crossfoot
