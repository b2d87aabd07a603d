// Auditing one document with rule packs: bind, check, and turn violations into findings.
//
//   FileReport report = AuditDocument(doc, packs);
//   for (const Finding& f : report.findings) ...   // sorted by position, then rule id
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/message.h"
#include "read/document.h"
#include "rules/pack.h"
#include "util/line_index.h"

namespace crossfoot {

/// A figure's place in a file, resolved for printing.
struct Location {
  std::string label;
  std::string written;
  SourceSpan span;
  LineColumn start;
  LineColumn end;         // exclusive column
  std::string line_text;  // the whole source line of `start`
  std::string where;      // table cell description, empty in prose
  std::string path;       // set when the figure is in another file (the previous year's)
  int page = 0;           // the PDF page the figure is on (0: a format without pages)

  /// The file the figure is in, given the finding's own.
  const std::string& PathOr(const std::string& finding_path) const {
    return path.empty() ? finding_path : path;
  }
  /// "第3页" for a PDF, else empty.
  std::string PageName() const { return page > 0 ? "第" + std::to_string(page) + "页" : ""; }
  /// The page and the cell, for a logical location ("第3页 表2 行5 列4: …"), or empty.
  std::string LogicalName() const {
    std::string p = PageName();
    return p.empty() ? where : where.empty() ? p : p + " " + where;
  }
};

/// The figure whose correction resolves a finding and the findings it shares figures with.
struct FigureToCorrect {
  std::string written;    // as the report writes it ("112")
  std::string corrected;  // as it should read ("111")
  int resolves = 0;       // how many reported findings the correction resolves
};

/// A violated check in one file.
struct Finding {
  std::string path;
  std::string pack_id;
  std::string rule_id;
  std::string severity;
  std::string title;
  Message what;            // the message as data (engine/message.h), notes included
  std::string message;     // `what` in English
  std::string message_zh;  // `what` in Chinese
  std::string language;    // the pack's ("zh"): the language shown by default
  Location primary;
  std::vector<Location> related;
  std::string fingerprint;
  std::string suppression;  // the justification, for a suppressed finding
  /// Set when one figure explains this finding's group; `primary` is then that figure.
  std::optional<FigureToCorrect> correction;
  /// Set when no single figure resolves the group: how many findings the group has.
  int unexplained_group = 0;
  int group = -1;  // the correction search's group, shared by findings with common figures
};

/// How one check fared on one document.
struct CheckRun {
  const CheckDef* check = nullptr;
  int held = 0;
  int violated = 0;
  int not_evaluable = 0;
  std::vector<std::string> reasons;  // why it could not be evaluated
};

/// The checks of one pack on one document.
struct PackRun {
  const Pack* pack = nullptr;
  std::vector<CheckRun> checks;
};

/// What the packs could check in one file: a CI gate must not pass a report nobody read.
struct Coverage {
  int packs = 0;      // packs that applied
  int evaluated = 0;  // evaluations of checks (held or violated), table-present notes aside
  int held = 0;
  int violated = 0;
  int not_evaluable = 0;
  /// Why nothing was checked (no pack applied, or no check found its figures); empty when
  /// something was.
  std::string unchecked;
};

/// Everything the audit of one input produced.
struct FileReport {
  std::string path;
  std::string error;  // set when the file could not be read; nothing else then
  Coverage coverage;
  std::vector<Finding> findings;
  std::vector<PackRun> packs;
  /// Findings an inline `crossfoot-ignore` comment suppressed (not reported, not counted).
  std::vector<Finding> suppressed;
  /// The document itself, kept only for formats that show it (html).
  std::shared_ptr<const Document> document;
};

/// Runs the packs whose applies-when accepts the document (all packs when `force`). With the
/// previous year's report, "previous.X" facts read X from it.
FileReport AuditDocument(const Document& doc, const std::vector<const Pack*>& packs, bool force,
                         const Document* previous = nullptr);

/// Resolves a source span of doc to a printable location.
Location LocateSpan(const Document& doc, const SourceSpan& span, std::string label,
                    std::string written, std::string where);

}  // namespace crossfoot
