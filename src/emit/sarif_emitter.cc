// SARIF 2.1.0: one run, every loaded check as a rule, one result per finding with the
// figure most likely wrong as its location and every other figure as a related location.
#include <fmt/format.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "emit/emitter.h"
#include "emit/json_text.h"
#include "engine/check_kind.h"

namespace crossfoot {
namespace {

using Json = nlohmann::ordered_json;

// A relative URI reference for a path: forward slashes, RFC 3986 percent-encoding.
std::string PathUri(const std::string& path) {
  std::filesystem::path p(path);
  if (p.is_absolute()) {
    std::error_code ec;
    std::filesystem::path rel = std::filesystem::relative(p, std::filesystem::current_path(), ec);
    if (!ec && !rel.empty() && rel.native().rfind("..", 0) != 0) p = rel;
  }
  std::string s = p.lexically_normal().generic_string();
  std::string out;
  for (unsigned char c : s) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    out += keep ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
  }
  return out;
}

std::string Level(const std::string& severity) {
  return severity == "warning" ? "warning" : severity == "note" ? "note" : "error";
}

Json PhysicalLocation(const std::string& path, const Location& l) {
  Json region;
  region["startLine"] = l.start.line;
  region["startColumn"] = l.start.column;
  region["endLine"] = l.end.line;
  region["endColumn"] = l.end.column;
  region["snippet"] = {{"text", l.written}};
  Json physical;
  physical["artifactLocation"] = {{"uri", PathUri(path)}, {"uriBaseId", "%SRCROOT%"}};
  physical["region"] = std::move(region);
  return physical;
}

std::string LocationMessage(const Location& l) {
  return l.where.empty() ? fmt::format("{}: {}", l.label, l.written)
                         : fmt::format("{}: {} ({})", l.label, l.written, l.where);
}

// An identifier-like name for viewers that show rule names.
std::string RuleName(const CheckDef& c) {
  std::string name;
  for (char ch : c.id) name += (ch == '-' || ch == '.') ? '_' : ch;
  return name;
}

}  // namespace

void EmitSarif(const RunResult& result, const EmitOptions& options, std::ostream& out) {
  Json rules = Json::array();
  std::map<std::string, size_t> rule_index;
  for (const Pack* pack : result.packs) {
    for (const CheckDef& c : pack->checks) {
      if (rule_index.count(c.id) > 0) continue;
      rule_index[c.id] = rules.size();
      Json rule;
      rule["id"] = c.id;
      rule["name"] = RuleName(c);
      rule["shortDescription"] = {{"text", c.title.empty() ? c.id : c.title}};
      std::string full = c.rationale.empty() ? c.title : c.rationale;
      rule["fullDescription"] = {{"text", full.empty() ? c.id : full}};
      rule["help"] = {{"text", fmt::format("{} ({} check in pack {}). {}", c.title, c.kind,
                                           pack->id, c.rationale)}};
      rule["defaultConfiguration"] = {{"level", Level(c.severity)}};
      rule["properties"] = {{"pack", pack->id}, {"kind", c.kind}};
      rules.push_back(std::move(rule));
    }
  }
  // crossfoot's own findings (about suppression markers) have no pack: a rule each, in the
  // order they first appear.
  for (const FileReport& file : result.files) {
    for (const Finding& f : file.findings) {
      if (rule_index.count(f.rule_id) > 0) continue;
      rule_index[f.rule_id] = rules.size();
      rules.push_back({{"id", f.rule_id},
                       {"shortDescription", {{"text", f.title}}},
                       {"defaultConfiguration", {{"level", Level(f.severity)}}},
                       {"properties", {{"pack", f.pack_id}}}});
    }
  }
  Json results = Json::array();
  Json notifications = Json::array();
  std::map<std::string, bool> artifacts;
  for (const FileReport& file : result.files) {
    if (!file.error.empty()) {
      notifications.push_back({{"level", "error"}, {"message", {{"text", file.error}}}});
      continue;
    }
    // What could be checked in each file; a file nothing could check is a warning.
    const Coverage& c = file.coverage;
    std::string packs;
    for (const PackRun& p : file.packs) packs += (packs.empty() ? "" : ", ") + p.pack->id;
    std::string text =
        c.unchecked.empty()
            ? fmt::format(
                  "{}: {} check evaluation{} ({} held, {} violated), {} not evaluable; "
                  "packs: {}",
                  file.path, c.evaluated, c.evaluated == 1 ? "" : "s", c.held, c.violated,
                  c.not_evaluable, packs)
            : fmt::format("{}: not checked: {}", file.path, c.unchecked);
    notifications.push_back(
        {{"level", c.unchecked.empty() ? "note" : "warning"},
         {"message", {{"text", text}}},
         {"locations",
          Json::array({{{"physicalLocation",
                         {{"artifactLocation",
                           {{"uri", PathUri(file.path)}, {"uriBaseId", "%SRCROOT%"}}}}}}})}});
    // Suppressed findings appear only when asked for, marked as suppressed in the source.
    std::vector<const Finding*> shown;
    for (const Finding& f : file.findings) shown.push_back(&f);
    if (options.show_suppressed) {
      for (const Finding& f : file.suppressed) shown.push_back(&f);
    }
    for (const Finding* finding : shown) {
      const Finding& f = *finding;
      Json r;
      r["ruleId"] = f.rule_id;
      r["ruleIndex"] = rule_index.count(f.rule_id) ? rule_index[f.rule_id] : 0;
      r["level"] = Level(f.severity);
      r["message"] = {{"text", MessageOf(f, options) + " (" + f.title + ")"}};
      Json primary = {{"physicalLocation", PhysicalLocation(f.path, f.primary)},
                      {"message", {{"text", LocationMessage(f.primary)}}}};
      // A table cell or a Word paragraph also has a name: 表1 行5 列4, 段落 12.
      // A PDF page too: 第3页, 第3页 表2 行5 列4.
      if (!f.primary.LogicalName().empty()) {
        primary["logicalLocations"] =
            Json::array({{{"name", f.primary.LogicalName()}, {"kind", "element"}}});
      }
      r["locations"] = Json::array({std::move(primary)});
      Json related = Json::array();
      int id = 1;
      for (const Location& l : f.related) {
        if (!l.path.empty()) artifacts[PathUri(l.path)] = true;
        related.push_back({{"id", id++},
                           {"physicalLocation", PhysicalLocation(l.PathOr(f.path), l)},
                           {"message", {{"text", LocationMessage(l)}}}});
      }
      if (!related.empty()) r["relatedLocations"] = std::move(related);
      r["partialFingerprints"] = {{"crossfootFinding/v1", f.fingerprint}};
      if (!f.suppression.empty()) {
        r["suppressions"] = Json::array({{{"kind", "inSource"}, {"justification", f.suppression}}});
      }
      results.push_back(std::move(r));
      artifacts[PathUri(f.path)] = true;
    }
  }
  Json artifact_list = Json::array();
  for (const auto& [uri, unused] : artifacts) {
    artifact_list.push_back({{"location", {{"uri", uri}, {"uriBaseId", "%SRCROOT%"}}}});
  }
  Json driver;
  driver["name"] = "crossfoot";
  driver["version"] = options.tool_version;
  driver["semanticVersion"] = options.tool_version;
  driver["rules"] = std::move(rules);
  Json run;
  run["tool"] = {{"driver", std::move(driver)}};
  run["originalUriBaseIds"] = {
      {"%SRCROOT%", {{"description", {{"text", "The directory crossfoot was run from."}}}}}};
  if (!artifact_list.empty()) run["artifacts"] = std::move(artifact_list);
  Json invocation;
  invocation["executionSuccessful"] =
      std::none_of(notifications.begin(), notifications.end(),
                   [](const Json& n) { return n["level"] == "error"; });
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
  run["invocations"] = Json::array({std::move(invocation)});
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = std::move(results);
  Json root;
  root["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  root["version"] = "2.1.0";
  root["runs"] = Json::array({std::move(run)});
  out << JsonText(root, 2) << "\n";
}

}  // namespace crossfoot
