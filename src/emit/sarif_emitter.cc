// SARIF 2.1.0: one run, every loaded check as a rule, one result per finding with the
// figure most likely wrong as its location and every other figure as a related location.
// Written file by file: the results stream, and only a line per file is kept to the end.
#include <fmt/format.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "emit/emitter.h"
#include "emit/json_stream.h"
#include "emit/json_text.h"
#include "engine/check_kind.h"
#include "engine/suppressions.h"
#include "util/file_uri.h"

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
  return PercentEncodePath(p.lexically_normal().generic_string());
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
std::string RuleName(std::string_view id) {
  std::string name;
  for (char ch : id) name += (ch == '-' || ch == '.') ? '_' : ch;
  return name;
}

// The rules: every loaded check, then crossfoot's own (about suppression markers), so that
// every result's ruleIndex is known before the first file is written.
Json Rules(const std::vector<const Pack*>& packs, std::map<std::string, size_t>* rule_index) {
  Json rules = Json::array();
  for (const Pack* pack : packs) {
    for (const CheckDef& c : pack->checks) {
      if (rule_index->count(c.id) > 0) continue;
      (*rule_index)[c.id] = rules.size();
      Json rule;
      rule["id"] = c.id;
      rule["name"] = RuleName(c.id);
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
  for (const OwnCheck& c : kOwnChecks) {
    if (rule_index->count(c.id) > 0) continue;
    (*rule_index)[c.id] = rules.size();
    const std::string help = fmt::format(
        "{}: a check of crossfoot's own, on the document's crossfoot-ignore markers "
        "(docs/workflows.md).",
        c.title);
    rules.push_back({{"id", c.id},
                     {"name", RuleName(c.id)},
                     {"shortDescription", {{"text", c.title}}},
                     {"fullDescription", {{"text", help}}},
                     {"help", {{"text", help}}},
                     {"defaultConfiguration", {{"level", Level(c.severity)}}},
                     {"properties", {{"pack", "crossfoot"}}}});
  }
  return rules;
}

// What could be checked in a file; a file nothing could check is a warning.
Json CoverageNotification(const FileReport& file) {
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
  return {{"level", c.unchecked.empty() ? "note" : "warning"},
          {"message", {{"text", text}}},
          {"locations",
           Json::array({{{"physicalLocation",
                          {{"artifactLocation",
                            {{"uri", PathUri(file.path)}, {"uriBaseId", "%SRCROOT%"}}}}}}})}};
}

Json Result(const Finding& f, size_t rule_index, const EmitOptions& options,
            std::map<std::string, bool>* artifacts) {
  Json r;
  r["ruleId"] = f.rule_id;
  r["ruleIndex"] = rule_index;
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
    if (!l.path.empty()) (*artifacts)[PathUri(l.path)] = true;
    related.push_back({{"id", id++},
                       {"physicalLocation", PhysicalLocation(l.PathOr(f.path), l)},
                       {"message", {{"text", LocationMessage(l)}}}});
  }
  if (!related.empty()) r["relatedLocations"] = std::move(related);
  r["partialFingerprints"] = {{"crossfootFinding/v1", f.fingerprint}};
  if (!f.suppression.empty()) {
    r["suppressions"] = Json::array({{{"kind", "inSource"}, {"justification", f.suppression}}});
  }
  (*artifacts)[PathUri(f.path)] = true;
  return r;
}

Json RunHead(const std::vector<const Pack*>& packs, const EmitOptions& options,
             std::map<std::string, size_t>* rule_index) {
  Json driver;
  driver["name"] = "crossfoot";
  driver["version"] = options.tool_version;
  driver["semanticVersion"] = options.tool_version;
  driver["rules"] = Rules(packs, rule_index);
  Json run;
  run["tool"] = {{"driver", std::move(driver)}};
  run["originalUriBaseIds"] = {
      {"%SRCROOT%", {{"description", {{"text", "The directory crossfoot was run from."}}}}}};
  run["columnKind"] = "unicodeCodePoints";
  return run;
}

// One run: its results are written as each file comes; what SARIF puts beside them (the
// artifacts, the notifications: one small entry a file) follows them.
class SarifWriter : public ReportWriter {
 public:
  SarifWriter(const std::vector<const Pack*>& packs, const EmitOptions& options, std::ostream& out)
      : options_(options),
        out_(out),
        results_(Begin(out), RunHead(packs, options, &rule_index_), "results", 2) {}

  void File(const FileReport& file) override {
    if (!file.error.empty()) {
      notifications_.push_back({{"level", "error"}, {"message", {{"text", file.error}}}});
      successful_ = false;
      return;
    }
    notifications_.push_back(CoverageNotification(file));
    // Suppressed findings appear only when asked for, marked as suppressed in the source.
    auto add = [&](const Finding& f) {
      auto known = rule_index_.find(f.rule_id);
      results_.Add(
          Result(f, known == rule_index_.end() ? 0 : known->second, options_, &artifacts_));
    };
    for (const Finding& f : file.findings) add(f);
    if (options_.show_suppressed) {
      for (const Finding& f : file.suppressed) add(f);
    }
  }

  void End(const Summary& /*summary*/) override {
    Json tail = Json::object();
    Json artifact_list = Json::array();
    for (const auto& [uri, unused] : artifacts_) {
      artifact_list.push_back({{"location", {{"uri", uri}, {"uriBaseId", "%SRCROOT%"}}}});
    }
    if (!artifact_list.empty()) tail["artifacts"] = std::move(artifact_list);
    Json invocation;
    invocation["executionSuccessful"] = successful_;
    if (!notifications_.empty()) invocation["toolExecutionNotifications"] = notifications_;
    // The configuration that chose the packs, when there is one (issue #26, item 13).
    if (!options_.config_path.empty())
      invocation["properties"] = {{"configuration", options_.config_path}};
    tail["invocations"] = Json::array({std::move(invocation)});
    results_.Close(tail);
    out_ << "\n  ]\n}\n";
  }

 private:
  // The document's opening, up to the run object, which the results stream writes.
  static std::ostream& Begin(std::ostream& out) {
    out << "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
           "  \"version\": \"2.1.0\",\n  \"runs\": [\n    ";
    return out;
  }

  const EmitOptions& options_;
  std::ostream& out_;
  std::map<std::string, size_t> rule_index_;
  std::map<std::string, bool> artifacts_;
  Json notifications_ = Json::array();
  bool successful_ = true;
  JsonArrayStream results_;
};

}  // namespace

std::unique_ptr<ReportWriter> OpenSarif(const std::vector<const Pack*>& packs,
                                        const EmitOptions& options, std::ostream& out) {
  return std::make_unique<SarifWriter>(packs, options, out);
}

}  // namespace crossfoot
