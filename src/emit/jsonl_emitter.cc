// JSON lines: one finding per line, for batch runs whose outputs merge by concatenation.
#include <nlohmann/json.hpp>

#include "emit/emitter.h"

namespace crossfoot {

void EmitJsonLines(const RunResult& result, const EmitOptions& /*options*/, std::ostream& out) {
  for (const FileReport& file : result.files) {
    if (!file.error.empty()) {
      out << nlohmann::ordered_json{{"path", file.path}, {"error", file.error}}.dump() << "\n";
      continue;
    }
    for (const Finding& f : file.findings) {
      nlohmann::ordered_json j;
      j["path"] = f.path;
      j["ruleId"] = f.rule_id;
      j["pack"] = f.pack_id;
      j["severity"] = f.severity;
      j["message"] = f.message;
      j["line"] = f.primary.start.line;
      j["column"] = f.primary.start.column;
      j["text"] = f.primary.written;
      j["related"] = nlohmann::ordered_json::array();
      for (const Location& r : f.related) {
        j["related"].push_back({{"label", r.label},
                                {"text", r.written},
                                {"line", r.start.line},
                                {"column", r.start.column}});
      }
      j["fingerprint"] = f.fingerprint;
      out << j.dump() << "\n";
    }
  }
}

}  // namespace crossfoot
