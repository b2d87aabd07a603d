// `check --summary`: the findings counted per file and per check, as two aligned tables — what
// an evaluator reads first after auditing a province's reports.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "emit/emitter.h"
#include "util/escape.h"
#include "util/unicode.h"

namespace crossfoot {
namespace {

// Pads to a display width (CJK characters are two columns wide).
std::string Pad(const std::string& text, size_t width) {
  auto shown = static_cast<size_t>(DisplayWidth(text));
  return text + std::string(width > shown ? width - shown : 0, ' ');
}

}  // namespace

void EmitSummaryTables(const RunResult& result, std::ostream& out) {
  size_t path_width = 4;
  for (const FileReport& f : result.files)
    path_width = std::max(path_width, static_cast<size_t>(DisplayWidth(EscapeControls(f.path))));
  out << Pad("file", path_width) << "  errors  warnings  notes\n";
  for (const FileReport& f : result.files) {
    int counts[3] = {0, 0, 0};
    for (const Finding& finding : f.findings) {
      ++counts[finding.severity == "error" ? 0 : finding.severity == "warning" ? 1 : 2];
    }
    out << Pad(EscapeControls(f.path), path_width)
        << (f.error.empty() ? fmt::format("  {:>6}  {:>8}  {:>5}", counts[0], counts[1], counts[2])
                            : std::string("  (could not be read)"))
        << "\n";
  }
  struct PerCheck {
    int findings = 0;
    std::set<std::string> files;
    std::string severity;
    std::string title;
  };
  std::map<std::string, PerCheck> checks;
  for (const FileReport& f : result.files) {
    for (const Finding& finding : f.findings) {
      PerCheck& c = checks[finding.rule_id];
      ++c.findings;
      c.files.insert(f.path);
      c.severity = finding.severity;
      c.title = finding.title;
    }
  }
  size_t id_width = 5;
  for (const auto& [id, c] : checks) id_width = std::max(id_width, EscapeControls(id).size());
  out << "\n" << Pad("check", id_width) << "  findings  files  severity  title\n";
  for (const auto& [id, c] : checks) {
    out << Pad(EscapeControls(id), id_width)
        << fmt::format("  {:>8}  {:>5}  {:<8}  {}\n", c.findings, c.files.size(), c.severity,
                       EscapeControls(c.title));
  }
}

}  // namespace crossfoot
