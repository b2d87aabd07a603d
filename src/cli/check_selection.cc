#include "cli/check_selection.h"

#include <algorithm>

#include "util/suggest.h"

namespace crossfoot {
namespace {

bool Matches(const std::string& id, const std::vector<std::string>& names) {
  return std::any_of(names.begin(), names.end(),
                     [&](const std::string& n) { return id.starts_with(n); });
}

}  // namespace

std::vector<std::string> CheckIds(const LoadedPacks& packs) {
  std::vector<std::string> ids;
  for (const auto& pack : packs.packs) {
    for (const CheckDef& c : pack->checks) ids.push_back(c.id);
  }
  return ids;
}

bool NamesChecks(const std::string& name, const std::vector<std::string>& ids) {
  return !name.empty() && std::any_of(ids.begin(), ids.end(),
                                      [&](const std::string& id) { return id.starts_with(name); });
}

std::optional<std::string> UnknownCheck(const std::string& name,
                                        const std::vector<std::string>& ids) {
  if (NamesChecks(name, ids)) return std::nullopt;
  return "unknown check '" + name + "'" + DidYouMean(name, ids);
}

bool CheckSelected(const std::string& id, const std::vector<std::string>& select,
                   const std::vector<std::string>& ignore) {
  return (select.empty() || Matches(id, select)) && !Matches(id, ignore);
}

void ApplySelection(const std::vector<std::string>& select, const std::vector<std::string>& ignore,
                    LoadedPacks* packs) {
  if (select.empty() && ignore.empty()) return;
  for (auto& pack : packs->packs) {
    std::erase_if(pack->checks, [&](const CheckDef& c) {
      if (CheckSelected(c.id, select, ignore)) return false;
      pack->deselected.push_back(c.id);
      return true;
    });
  }
}

}  // namespace crossfoot
