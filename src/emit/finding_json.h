// One finding as a JSON object, shared by the json and jsonl formats.
#pragma once

#include <nlohmann/json.hpp>

#include "emit/emitter.h"
#include "engine/audit.h"

namespace crossfoot {

/// {"ruleId", "pack", "severity", "title", "message", "location", "related", "fingerprint"}
nlohmann::ordered_json FindingJson(const Finding& finding, const EmitOptions& options);

/// {"packs": [...], "evaluated", "held", "violated", "notEvaluable", "checked", "unchecked"}:
/// what could be checked in one file.
nlohmann::ordered_json CoverageJson(const FileReport& file);

}  // namespace crossfoot
