#include "cli/baseline.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "emit/json_text.h"

namespace crossfoot {
namespace {

namespace fs = std::filesystem;

fs::path Canonical(const fs::path& p) {
  std::error_code ec;
  fs::path absolute = fs::absolute(p, ec);
  if (ec) return p.lexically_normal();
  fs::path canonical = fs::weakly_canonical(absolute, ec);
  return ec ? absolute.lexically_normal() : canonical;
}

}  // namespace

std::string BaselineRoot(const std::string& config_dir, const std::string& baseline_file) {
  if (!config_dir.empty()) return Canonical(config_dir).string();
  std::error_code ec;
  for (fs::path dir = Canonical(fs::current_path(ec));; dir = dir.parent_path()) {
    if (fs::exists(dir / ".git", ec)) return dir.string();
    if (dir.parent_path() == dir || dir.empty()) break;
  }
  fs::path file = baseline_file.empty() ? fs::path(".") : fs::path(baseline_file).parent_path();
  return Canonical(file.empty() ? fs::path(".") : file).string();
}

std::string RootRelative(const std::string& path, const std::string& root) {
  fs::path relative = Canonical(path).lexically_relative(root);
  if (relative.empty()) return Canonical(path).generic_string();
  return relative.generic_string();
}

std::string BaselineJson(const RunResult& result, const std::string& root) {
  std::set<BaselineKey> keys;
  for (const FileReport& f : result.files) {
    for (const Finding& finding : f.findings)
      keys.emplace(RootRelative(finding.path, root), finding.rule_id, finding.fingerprint);
  }
  nlohmann::ordered_json root_json;
  root_json["crossfootBaseline"] = 2;
  root_json["findings"] = nlohmann::ordered_json::array();
  for (const auto& [path, rule, fingerprint] : keys) {
    root_json["findings"].push_back(
        {{"path", path}, {"ruleId", rule}, {"fingerprint", fingerprint}});
  }
  return JsonText(root_json, 2) + "\n";
}

int ApplyBaseline(const std::set<BaselineKey>& baseline, const std::string& root, FileReport* file,
                  std::set<BaselineKey>* used) {
  if (baseline.empty()) return 0;
  const std::string relative = RootRelative(file->path, root);
  int removed = 0;
  std::erase_if(file->findings, [&](const Finding& finding) {
    BaselineKey key{relative, finding.rule_id, finding.fingerprint};
    if (baseline.count(key) == 0) return false;
    used->insert(std::move(key));
    ++removed;
    return true;
  });
  return removed;
}

std::vector<BaselineKey> StaleEntries(const std::set<BaselineKey>& baseline,
                                      const std::set<BaselineKey>& used,
                                      const std::set<std::string>& audited) {
  std::vector<BaselineKey> stale;
  for (const BaselineKey& key : baseline) {
    if (audited.count(std::get<0>(key)) > 0 && used.count(key) == 0) stale.push_back(key);
  }
  return stale;
}

}  // namespace crossfoot
