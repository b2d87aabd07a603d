// JSON lines: one finding per line, for batch runs whose outputs merge by concatenation.
#include <nlohmann/json.hpp>

#include "emit/emitter.h"
#include "emit/finding_json.h"

namespace crossfoot {

void EmitJsonLinesFile(const FileReport& file, const EmitOptions& options, std::ostream& out) {
  if (!file.error.empty()) {
    out << nlohmann::ordered_json{{"path", file.path}, {"error", file.error}}.dump() << "\n";
    return;
  }
  for (const Finding& f : file.findings) {
    nlohmann::ordered_json j{{"path", f.path}};
    j.update(FindingJson(f, options));
    out << j.dump() << "\n";
  }
}

}  // namespace crossfoot
