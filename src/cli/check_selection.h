// Which checks a run uses: --select and --ignore (and `select:` / `ignore:` in .crossfoot.yaml),
// each an id or an id's prefix, as ruff takes them.
//
//   crossfoot check --select GIS21-T3 --ignore GIS21-T3-ROW-SUM reports/
//
// A name that is no check's id nor the prefix of one is an error, with the nearest id.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/app.h"

namespace crossfoot {

/// Every check id of the loaded packs, in pack order.
std::vector<std::string> CheckIds(const LoadedPacks& packs);

/// True when `name` is a check's id or a prefix of one ("GIS21-T3" of "GIS21-T3-SUM").
bool NamesChecks(const std::string& name, const std::vector<std::string>& ids);

/// The message for a name that names no check ("unknown check 'X' (did you mean 'Y'?)"), or
/// nullopt when it names some.
std::optional<std::string> UnknownCheck(const std::string& name,
                                        const std::vector<std::string>& ids);

/// True when a check with this id runs: selected (or no selection) and not ignored.
bool CheckSelected(const std::string& id, const std::vector<std::string>& select,
                   const std::vector<std::string>& ignore);

/// Drops the checks that do not run from the packs (before any document is audited).
void ApplySelection(const std::vector<std::string>& select, const std::vector<std::string>& ignore,
                    LoadedPacks* packs);

}  // namespace crossfoot
