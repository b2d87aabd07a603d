// crossfoot's own JSON: every file with its findings and check counts, and a summary. Written
// file by file (emit/json_stream.h): a run keeps no file's report for it.
#include <nlohmann/json.hpp>

#include "emit/emitter.h"
#include "emit/finding_json.h"
#include "emit/json_stream.h"

namespace crossfoot {
namespace {

using Json = nlohmann::ordered_json;

Json FileJson(const FileReport& file, const EmitOptions& options) {
  Json f;
  f["path"] = file.path;
  if (!file.error.empty()) f["error"] = file.error;
  f["findings"] = Json::array();
  for (const Finding& finding : file.findings)
    f["findings"].push_back(FindingJson(finding, options));
  f["coverage"] = CoverageJson(file);
  f["checks"] = Json::array();
  for (const PackRun& p : file.packs) {
    for (const CheckRun& c : p.checks) {
      Json j;
      j["pack"] = p.pack->id;
      j["ruleId"] = c.check->id;
      j["held"] = c.held;
      j["violated"] = c.violated;
      j["notEvaluable"] = c.not_evaluable;
      if (!c.reasons.empty()) j["reasons"] = c.reasons;
      f["checks"].push_back(std::move(j));
    }
  }
  return f;
}

class JsonWriter : public ReportWriter {
 public:
  JsonWriter(const EmitOptions& options, std::ostream& out)
      : options_(options), out_(out), files_(out, Head(options), "files", 0) {}

  void File(const FileReport& file) override { files_.Add(FileJson(file, options_)); }

  // The tool, and the configuration that chose the packs when there is one: a record of a run
  // says what it obeyed (issue #26, item 13).
  static Json Head(const EmitOptions& options) {
    Json head = {{"tool", {{"name", "crossfoot"}, {"version", options.tool_version}}}};
    if (!options.config_path.empty()) head["configuration"] = options.config_path;
    return head;
  }

  void End(const Summary& s) override {
    files_.Close({{"summary",
                   {{"files", s.files},
                    {"unreadable", s.unreadable},
                    {"errors", s.errors},
                    {"warnings", s.warnings},
                    {"notes", s.notes},
                    {"checksHeld", s.checks_held},
                    {"checksViolated", s.checks_violated},
                    {"checksNotEvaluable", s.checks_not_evaluable},
                    {"unchecked", s.unchecked}}}});
    out_ << "\n";
  }

 private:
  const EmitOptions& options_;
  std::ostream& out_;
  JsonArrayStream files_;
};

}  // namespace

std::unique_ptr<ReportWriter> OpenJson(const std::vector<const Pack*>& /*packs*/,
                                       const EmitOptions& options, std::ostream& out) {
  return std::make_unique<JsonWriter>(options, out);
}

}  // namespace crossfoot
