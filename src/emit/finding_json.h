// One finding as a JSON object, shared by the json and jsonl formats.
#pragma once

#include <nlohmann/json.hpp>

#include "engine/audit.h"

namespace crossfoot {

/// {"ruleId", "pack", "severity", "title", "message", "location", "related", "fingerprint"}
nlohmann::ordered_json FindingJson(const Finding& finding);

}  // namespace crossfoot
