// JSON lines: one finding per line, for batch runs whose outputs merge by concatenation.
#include <nlohmann/json.hpp>

#include "emit/emitter.h"
#include "emit/finding_json.h"
#include "emit/json_text.h"

namespace crossfoot {

void EmitJsonLinesFile(const FileReport& file, const EmitOptions& options, std::ostream& out) {
  if (!file.error.empty()) {
    out << JsonText({{"path", file.path}, {"error", file.error}}) << "\n";
    return;
  }
  for (const Finding& f : file.findings) {
    nlohmann::ordered_json j{{"path", f.path}};
    j.update(FindingJson(f, options));
    out << JsonText(j) << "\n";
  }
  // One line per file with what could be checked: a file with no finding is still accounted
  // for, and one that nothing could check says so.
  out << JsonText({{"path", file.path}, {"coverage", CoverageJson(file)}}) << "\n";
}

}  // namespace crossfoot
