// crossfoot's own JSON: every file with its findings and check counts, and a summary.
#include <nlohmann/json.hpp>

#include "emit/emitter.h"
#include "emit/finding_json.h"
#include "emit/json_text.h"

namespace crossfoot {

void EmitJson(const RunResult& result, const EmitOptions& options, std::ostream& out) {
  nlohmann::ordered_json root;
  root["tool"] = {{"name", "crossfoot"}, {"version", options.tool_version}};
  root["files"] = nlohmann::ordered_json::array();
  for (const FileReport& file : result.files) {
    nlohmann::ordered_json f;
    f["path"] = file.path;
    if (!file.error.empty()) f["error"] = file.error;
    f["findings"] = nlohmann::ordered_json::array();
    for (const Finding& finding : file.findings)
      f["findings"].push_back(FindingJson(finding, options));
    f["coverage"] = CoverageJson(file);
    f["checks"] = nlohmann::ordered_json::array();
    for (const PackRun& p : file.packs) {
      for (const CheckRun& c : p.checks) {
        nlohmann::ordered_json j;
        j["pack"] = p.pack->id;
        j["ruleId"] = c.check->id;
        j["held"] = c.held;
        j["violated"] = c.violated;
        j["notEvaluable"] = c.not_evaluable;
        if (!c.reasons.empty()) j["reasons"] = c.reasons;
        f["checks"].push_back(std::move(j));
      }
    }
    root["files"].push_back(std::move(f));
  }
  Summary s = Summarise(result);
  root["summary"] = {{"files", s.files},
                     {"unreadable", s.unreadable},
                     {"errors", s.errors},
                     {"warnings", s.warnings},
                     {"notes", s.notes},
                     {"checksHeld", s.checks_held},
                     {"checksViolated", s.checks_violated},
                     {"checksNotEvaluable", s.checks_not_evaluable},
                     {"unchecked", s.unchecked}};
  out << JsonText(root, 2) << "\n";
}

}  // namespace crossfoot
