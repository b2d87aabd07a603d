// Compiler-style text: path:line:col: severity: message [ID], the source window with the
// figures underlined, one note per related figure, and a summary line.
#include <fmt/format.h>

#include "emit/emitter.h"
#include "emit/source_window.h"
#include "util/escape.h"

namespace crossfoot {
namespace {

constexpr int kWindowWidth = 76;

struct Style {
  bool on;
  std::string Paint(std::string_view code, std::string_view text) const {
    return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : std::string(text);
  }
};

std::string_view SeverityColour(const std::string& severity) {
  if (severity == "error") return "1;31";
  if (severity == "warning") return "1;35";
  return "1;36";
}

void PrintWindow(const Finding& f, const Style& style, std::ostream& out) {
  std::vector<Underline> marks{{f.primary.start.column - 1,
                                f.primary.end.line == f.primary.start.line
                                    ? f.primary.end.column - 1
                                    : f.primary.start.column,
                                '^'}};
  for (const Location& r : f.related) {
    if (r.path.empty() && r.start.line == f.primary.start.line && r.end.line == r.start.line) {
      marks.push_back({r.start.column - 1, r.end.column - 1, '~'});
    }
  }
  SourceWindow w = MakeWindow(f.primary.line_text, marks, kWindowWidth);
  std::string gutter = fmt::format("{:>5} | ", f.primary.start.line);
  out << gutter << w.text << "\n";
  out << "      | " << style.Paint("1;32", w.marks) << "\n";
}

std::string Plural(int n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

}  // namespace

// Every string of a finding comes from a report, a file name or a pack: none reaches the
// terminal with its control characters (util/escape.h).
void EmitTextFile(const FileReport& file, const EmitOptions& options, std::ostream& out) {
  Style style{options.color};
  auto safe = [](std::string_view s) { return EscapeControls(s); };
  if (file.error.empty() && !file.coverage.unchecked.empty()) {
    // Not a finding about a figure: the audit itself found nothing it could check.
    out << style.Paint("1", safe(file.path) + ":") << " " << style.Paint("1;35", "warning:") << " "
        << style.Paint("1", "not checked: " + safe(file.coverage.unchecked)) << "\n\n";
  }
  for (const Finding& f : file.findings) {
    // A PDF's figures are found by page first: report.pdf:第3页:12:5:
    std::string page = f.primary.page > 0 ? f.primary.PageName() + ":" : "";
    out << style.Paint("1", fmt::format("{}:{}{}:{}:", safe(f.path), page, f.primary.start.line,
                                        f.primary.start.column))
        << " " << style.Paint(SeverityColour(f.severity), f.severity + ":") << " "
        << style.Paint("1", safe(MessageOf(f, options))) << " [" << safe(f.rule_id) << "]\n";
    if (!f.primary.where.empty()) out << "      | (" << safe(f.primary.where) << ")\n";
    PrintWindow(f, style, out);
    out << "      = " << safe(f.title) << ": " << safe(f.primary.label) << " "
        << safe(f.primary.written) << "\n";
    for (const Location& r : f.related) {
      std::string beyond = WhereBeyondLabel(r);
      std::string where = beyond.empty() ? "" : " (" + safe(beyond) + ")";
      out << style.Paint("1", fmt::format("{}:{}{}:{}:", safe(r.PathOr(f.path)),
                                          r.page > 0 ? r.PageName() + ":" : "", r.start.line,
                                          r.start.column))
          << " " << style.Paint("1;36", "note:") << " " << safe(r.label) << " " << safe(r.written)
          << where << "\n";
    }
    out << "\n";
  }
}

void EmitTextEnd(const Summary& s, const EmitOptions& /*options*/, std::ostream& out) {
  std::string findings = Plural(s.errors + s.warnings + s.notes, "finding");
  out << fmt::format("{} ({}, {}, {}) in {}; {} held, {} could not be evaluated", findings,
                     Plural(s.errors, "error"), Plural(s.warnings, "warning"),
                     Plural(s.notes, "note"), Plural(s.files, "file"),
                     Plural(s.checks_held, "check"), s.checks_not_evaluable);
  if (s.unreadable > 0) out << fmt::format("; {} could not be read", Plural(s.unreadable, "file"));
  if (s.unchecked > 0) out << fmt::format("; {} not checked", Plural(s.unchecked, "file"));
  out << "\n";
}

void EmitText(const RunResult& result, const EmitOptions& options, std::ostream& out) {
  EmitFileByFile<EmitTextFile, EmitTextEnd>(result, options, out);
}
}  // namespace crossfoot
