#include "emit/finding_json.h"

namespace crossfoot {
namespace {

nlohmann::ordered_json LocationJson(const Location& l) {
  nlohmann::ordered_json j;
  if (!l.path.empty()) j["path"] = l.path;
  j["label"] = l.label;
  j["text"] = l.written;
  j["line"] = l.start.line;
  j["column"] = l.start.column;
  j["endLine"] = l.end.line;
  j["endColumn"] = l.end.column;
  j["offset"] = l.span.begin;
  j["length"] = l.span.end - l.span.begin;
  if (!l.where.empty()) j["cell"] = l.where;
  if (l.page > 0) j["page"] = l.page;
  return j;
}

}  // namespace

nlohmann::ordered_json FindingJson(const Finding& finding, const EmitOptions& options) {
  nlohmann::ordered_json j;
  j["ruleId"] = finding.rule_id;
  j["pack"] = finding.pack_id;
  j["severity"] = finding.severity;
  j["title"] = finding.title;
  j["message"] = MessageOf(finding, options);
  j["location"] = LocationJson(finding.primary);
  j["related"] = nlohmann::ordered_json::array();
  for (const Location& r : finding.related) j["related"].push_back(LocationJson(r));
  if (finding.correction) {
    // The figure to correct is the location; this says what it should read.
    j["correction"] = {{"text", finding.correction->written},
                       {"corrected", finding.correction->corrected},
                       {"resolves", finding.correction->resolves}};
  } else if (finding.unexplained_group > 0) {
    j["correction"] = {{"noSingleFigure", finding.unexplained_group}};
  }
  j["fingerprint"] = finding.fingerprint;
  return j;
}

nlohmann::ordered_json CoverageJson(const FileReport& file) {
  nlohmann::ordered_json packs = nlohmann::ordered_json::array();
  for (const PackRun& p : file.packs) packs.push_back(p.pack->id);
  const Coverage& c = file.coverage;
  nlohmann::ordered_json j{{"packs", std::move(packs)},
                           {"evaluated", c.evaluated},
                           {"held", c.held},
                           {"violated", c.violated},
                           {"notEvaluable", c.not_evaluable},
                           {"checked", file.error.empty() && c.unchecked.empty()}};
  if (!c.unchecked.empty()) j["unchecked"] = c.unchecked;
  return j;
}

}  // namespace crossfoot
