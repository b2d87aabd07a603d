// What `check` and `server` both do before auditing: the options completed from
// .crossfoot.yaml, the check names it and the command line give verified against the packs,
// and the configuration's severity overrides applied to a file's findings.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "cli/app.h"
#include "cli/commands.h"
#include "cli/config.h"
#include "engine/audit.h"

namespace crossfoot {

/// The options, with the configuration (--config FILE, else the nearest .crossfoot.yaml from
/// `start`) filled in where the command line left them out. Sets *config; false when the file
/// is not valid (reported on stderr).
bool ApplyConfig(CheckOptions* opts, std::optional<Config>* config, const std::string& start = ".");

/// True when every check id named on the command line (`given`) or in the configuration is some
/// check's id or prefix; each one that is not is reported on stderr with the nearest id.
bool CheckNamesKnown(const CheckOptions& given, const std::optional<Config>& config,
                     const LoadedPacks& packs);

/// Severity overrides from .crossfoot.yaml: a new level, or "off" to drop the check's findings.
void ApplySeverities(const std::map<std::string, std::string>& severity, FileReport* file);

}  // namespace crossfoot
