// GitHub Actions workflow commands: one annotation per finding, on the figure most likely
// wrong, with the related figures in the message.
#include <fmt/format.h>

#include "emit/emitter.h"
#include "util/escape.h"

namespace crossfoot {
namespace {

// Escaping as the runner's workflow-command parser expects it. The pieces of a message are
// first made safe to print (util/escape.h), so that only the newlines crossfoot puts between
// them are sent as %0A.
std::string EscapeData(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%') {
      out += "%25";
    } else if (c == '\r') {
      out += "%0D";
    } else if (c == '\n') {
      out += "%0A";
    } else {
      out += c;
    }
  }
  return out;
}

std::string EscapeProperty(std::string_view s) {
  std::string out;
  for (char c : EscapeData(s)) {
    if (c == ':') {
      out += "%3A";
    } else if (c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

void EmitGithubFile(const FileReport& file, const EmitOptions& options, std::ostream& out) {
  if (!file.error.empty()) {
    out << "::error title=crossfoot::" << EscapeData(EscapeControls(file.error)) << "\n";
    return;
  }
  for (const Finding& f : file.findings) {
    std::string command = f.severity == "error"     ? "error"
                          : f.severity == "warning" ? "warning"
                                                    : "notice";
    std::string message = EscapeControls(MessageOf(f, options));
    for (const Location& r : f.related) {
      message += fmt::format("\n{}{}:{}: {} {}", r.path.empty() ? "" : EscapeControls(r.path) + ":",
                             r.start.line, r.start.column, EscapeControls(r.label),
                             EscapeControls(r.written));
    }
    out << fmt::format("::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                       command, EscapeProperty(EscapeControls(f.path)), f.primary.start.line,
                       f.primary.start.column, f.primary.end.line, f.primary.end.column,
                       EscapeProperty(EscapeControls(f.rule_id + " " + f.title)),
                       EscapeData(message));
  }
}

}  // namespace crossfoot
