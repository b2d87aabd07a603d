#include "cli/config.h"

#include <fnmatch.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <set>

#include "rules/yaml_checks.h"
#include "util/file_read.h"

namespace crossfoot {
namespace {

namespace fs = std::filesystem;

std::string Where(const std::string& path, const YAML::Node& node) {
  return path + ":" + std::to_string(node.Mark().line + 1) + ":" +
         std::to_string(node.Mark().column + 1);
}

std::string Located(const std::string& path, const YAML::Node& node, const std::string& message) {
  return Where(path, node) + ": error: " + message;
}

// The strings of a scalar or a list of scalars; nullopt when an item is not a string.
std::optional<std::vector<std::string>> Strings(const YAML::Node& node) {
  std::vector<std::string> out;
  if (node.IsScalar()) out.push_back(node.Scalar());
  if (node.IsSequence()) {
    for (const auto& item : node) {
      if (!item.IsScalar()) return std::nullopt;
      out.push_back(item.Scalar());
    }
  }
  return out;
}

bool AnyMatches(const std::vector<std::string>& globs, const std::string& path) {
  for (const std::string& g : globs) {
    if (fnmatch(g.c_str(), path.c_str(), 0) == 0) return true;
  }
  return false;
}

}  // namespace

Result<Config> ParseConfig(const std::string& path) {
  Config c;
  c.path = path;
  c.dir = fs::path(path).parent_path().string();
  Result<std::string> bytes = ReadRegularFile(path, kMaxConfigBytes);
  if (!bytes.ok()) return Error{path + ": " + bytes.error()};
  std::string_view text = bytes.value();
  if (std::optional<YamlProblem> problem = CheckYamlText(&text)) {
    return Error{path + ":" + std::to_string(problem->line) + ":" +
                 std::to_string(problem->column) + ": error: " + problem->message};
  }
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    return Error{path + ":" + std::to_string(e.mark.line + 1) + ":" +
                 std::to_string(e.mark.column + 1) + ": error: invalid YAML: " + e.msg};
  }
  if (root.IsNull()) return c;
  std::vector<YamlProblem> duplicates = FindDuplicateKeys(root);
  if (!duplicates.empty()) {
    const YamlProblem& d = duplicates.front();
    if (d.line == 0) return Error{path + ": error: " + d.message};
    return Error{path + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) +
                 ": error: " + d.message};
  }
  if (!root.IsMap()) return Error{Located(path, root, "the configuration must be a mapping")};
  static const std::set<std::string> kKeys = {"rules",  "include",  "exclude", "select",
                                              "ignore", "severity", "fail-on", "baseline"};
  static const std::set<std::string> kSeverities = {"error", "warning", "note", "off"};
  try {
    for (const auto& kv : root) {
      if (!kv.first.IsScalar()) return Error{Located(path, kv.first, "a key must be a string")};
      std::string key = kv.first.Scalar();
      const YAML::Node& value = kv.second;
      if (kKeys.count(key) == 0) {
        return Error{Located(path, kv.first,
                             "unknown key '" + key +
                                 "' (known: rules, include, exclude, select, ignore, severity, "
                                 "fail-on, baseline)")};
      }
      if (key == "rules" || key == "include" || key == "exclude" || key == "select" ||
          key == "ignore") {
        if (!value.IsScalar() && !value.IsSequence())
          return Error{Located(path, value, "'" + key + "' must be a list")};
        auto& list = key == "rules"     ? c.rules
                     : key == "include" ? c.include
                     : key == "exclude" ? c.exclude
                     : key == "select"  ? c.select
                                        : c.ignore;
        std::optional<std::vector<std::string>> strings = Strings(value);
        if (!strings) return Error{Located(path, value, "'" + key + "' must be a list of strings")};
        list = std::move(*strings);
        if (key == "select" || key == "ignore") {
          if (value.IsScalar()) c.named_checks.emplace_back(value.Scalar(), Where(path, value));
          if (value.IsSequence()) {
            for (const auto& item : value)
              c.named_checks.emplace_back(item.Scalar(), Where(path, item));
          }
        }
      } else if (key == "severity") {
        if (!value.IsMap())
          return Error{
              Located(path, value, "'severity' maps check ids to error, warning, note or off")};
        for (const auto& s : value) {
          if (!s.first.IsScalar() || !s.second.IsScalar())
            return Error{Located(path, s.first, "'severity' maps check ids to levels")};
          std::string level = s.second.Scalar();
          if (kSeverities.count(level) == 0)
            return Error{
                Located(path, s.second,
                        "severity '" + level + "' is not one of error, warning, note, off")};
          c.severity[s.first.Scalar()] = level;
          c.named_checks.emplace_back(s.first.Scalar(), Where(path, s.first));
        }
      } else if (key == "fail-on") {
        std::string level = value.IsScalar() ? value.Scalar() : "";
        if (level != "error" && level != "warning" && level != "note" && level != "none")
          return Error{Located(path, value, "'fail-on' is one of error, warning, note, none")};
        c.fail_on = level;
      } else {
        if (!value.IsScalar()) return Error{Located(path, value, "'baseline' must be a file name")};
        c.baseline = value.Scalar();
      }
    }
  } catch (const YAML::Exception& e) {
    return Error{path + ":" + std::to_string(e.mark.line + 1) + ":" +
                 std::to_string(e.mark.column + 1) + ": error: " + e.msg};
  }
  // Paths in the file are relative to it, wherever crossfoot runs from.
  auto resolve = [&](std::string& p) {
    if (!fs::path(p).is_absolute()) p = (fs::path(c.dir) / p).lexically_normal().string();
  };
  for (std::string& r : c.rules) resolve(r);
  if (c.baseline) resolve(*c.baseline);
  return c;
}

bool Config::Selects(const std::string& input) const {
  std::error_code ec;
  std::string relative =
      fs::absolute(input, ec).lexically_normal().lexically_relative(fs::absolute(dir, ec)).string();
  if (ec) relative = input;
  if (!include.empty() && !AnyMatches(include, relative)) return false;
  return !AnyMatches(exclude, relative);
}

Result<Config> LoadConfig(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return Error{path + ": no such configuration file"};
  return ParseConfig(path);
}

}  // namespace crossfoot
