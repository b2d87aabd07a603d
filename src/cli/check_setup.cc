#include "cli/check_setup.h"

#include <fmt/format.h>

#include <utility>
#include <vector>

#include "cli/check_selection.h"

namespace crossfoot {

void ApplySeverities(const std::map<std::string, std::string>& severity, FileReport* file) {
  if (severity.empty()) return;
  std::vector<Finding> kept;
  for (Finding& finding : file->findings) {
    auto it = severity.find(finding.rule_id);
    if (it != severity.end() && it->second == "off") continue;
    if (it != severity.end()) finding.severity = it->second;
    kept.push_back(std::move(finding));
  }
  file->findings = std::move(kept);
}

bool ApplyConfig(CheckOptions* opts, std::optional<Config>* config, const std::string& start) {
  if (!opts->config.empty()) {
    Result<Config> named = LoadConfig(opts->config);
    if (!named.ok()) {
      PrintError(named.error());
      return false;
    }
    *config = std::move(named).value();
  } else if (!opts->no_config) {
    Result<std::optional<Config>> found = FindConfig(start);
    if (!found.ok()) {
      PrintError(found.error());
      return false;
    }
    *config = std::move(found).value();
  }
  if (*config) {
    const Config& c = **config;
    if (opts->rules.empty()) opts->rules = c.rules;
    if (opts->fail_on.empty() && c.fail_on) opts->fail_on = *c.fail_on;
    if (opts->baseline.empty() && c.baseline && !opts->write_baseline) opts->baseline = *c.baseline;
    if (opts->select.empty()) opts->select = c.select;
    opts->ignore.insert(opts->ignore.end(), c.ignore.begin(), c.ignore.end());
  }
  if (opts->fail_on.empty()) opts->fail_on = "error";
  return true;
}

// Every check id named on the command line or in the configuration must be some check's id (or
// prefix): a misspelt one would silently select, ignore or re-rate nothing.
bool CheckNamesKnown(const CheckOptions& given, const std::optional<Config>& config,
                     const LoadedPacks& packs) {
  const std::vector<std::string> ids = CheckIds(packs);
  bool ok = true;
  for (const std::vector<std::string>* list : {&given.select, &given.ignore}) {
    for (const std::string& name : *list) {
      if (std::optional<std::string> unknown = UnknownCheck(name, ids)) {
        PrintError(fmt::format("crossfoot: {} in --{}", *unknown,
                               list == &given.select ? "select" : "ignore"));
        ok = false;
      }
    }
  }
  if (config) {
    for (const auto& [name, where] : config->named_checks) {
      if (std::optional<std::string> unknown = UnknownCheck(name, ids)) {
        PrintError(fmt::format("{}: error: {}", where, *unknown));
        ok = false;
      }
    }
  }
  return ok;
}

}  // namespace crossfoot
