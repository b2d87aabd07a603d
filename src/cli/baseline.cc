#include "cli/baseline.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "emit/json_text.h"
#include "util/file_read.h"

namespace crossfoot {

std::string BaselineJson(const RunResult& result) {
  std::set<BaselineKey> keys;
  for (const FileReport& f : result.files) {
    for (const Finding& finding : f.findings)
      keys.emplace(finding.path, finding.rule_id, finding.fingerprint);
  }
  nlohmann::ordered_json root;
  root["crossfootBaseline"] = 1;
  root["findings"] = nlohmann::ordered_json::array();
  for (const auto& [path, rule, fingerprint] : keys) {
    root["findings"].push_back({{"path", path}, {"ruleId", rule}, {"fingerprint", fingerprint}});
  }
  return JsonText(root, 2) + "\n";
}

Result<std::set<BaselineKey>> ReadBaseline(const std::string& path) {
  Result<std::string> text = ReadRegularFile(path, kMaxBaselineBytes);
  if (!text.ok()) {
    return Error{path + ": " +
                 (text.error() == kCannotReadFile ? "cannot read the baseline" : text.error())};
  }
  nlohmann::json root = nlohmann::json::parse(text.value(), nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded() || !root.is_object() || !root.contains("findings") ||
      !root["findings"].is_array()) {
    return Error{path + ": not a crossfoot baseline (write one with `crossfoot baseline`)"};
  }
  std::set<BaselineKey> keys;
  for (const auto& entry : root["findings"]) {
    if (!entry.is_object() || !entry.contains("path") || !entry.contains("ruleId") ||
        !entry.contains("fingerprint") || !entry["path"].is_string() ||
        !entry["ruleId"].is_string() || !entry["fingerprint"].is_string()) {
      return Error{path + ": a baseline entry needs path, ruleId and fingerprint"};
    }
    keys.emplace(entry["path"].get<std::string>(), entry["ruleId"].get<std::string>(),
                 entry["fingerprint"].get<std::string>());
  }
  return keys;
}

int ApplyBaseline(const std::set<BaselineKey>& baseline, FileReport* file) {
  auto known = [&](const Finding& finding) {
    return baseline.count({finding.path, finding.rule_id, finding.fingerprint}) > 0;
  };
  auto removed = std::count_if(file->findings.begin(), file->findings.end(), known);
  file->findings.erase(std::remove_if(file->findings.begin(), file->findings.end(), known),
                       file->findings.end());
  return static_cast<int>(removed);
}

}  // namespace crossfoot
