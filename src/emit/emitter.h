// Output formats. Each format is one file in emit/ and one line in emitter.cc.
//
//   const Emitter* e = FindEmitter("sarif");
//   e->emit(result, options, std::cout);
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "engine/audit.h"

namespace crossfoot {

/// Everything one run produced, in input order.
struct RunResult {
  std::vector<FileReport> files;
  std::vector<const Pack*> packs;  // every pack loaded, for rule metadata
};

struct EmitOptions {
  bool color = false;
  std::string tool_version;
  bool show_suppressed = false;  // SARIF: list inline-suppressed findings, marked so
  std::string lang;              // "en", "zh", or empty: each pack's own language
  std::string config_path;       // the .crossfoot.yaml the run obeyed, or empty (JSON, SARIF)
};

/// Counts over a run, shared by the formats that print a summary.
struct Summary {
  int files = 0;
  int unreadable = 0;
  int errors = 0;
  int warnings = 0;
  int notes = 0;
  int checks_held = 0;
  int checks_violated = 0;
  int checks_not_evaluable = 0;
  int unchecked = 0;  // files read on which nothing could be checked

  /// Counts one more file.
  void Add(const FileReport& file);
};

/// A single-document format written file by file: the document's head when opened, each
/// file's part as its turn comes, the end with the run's counts.
class ReportWriter {
 public:
  ReportWriter() = default;
  ReportWriter(const ReportWriter&) = delete;
  ReportWriter& operator=(const ReportWriter&) = delete;
  virtual ~ReportWriter() = default;
  virtual void File(const FileReport& file) = 0;
  virtual void End(const Summary& summary) = 0;
};

using OpenWriter = std::unique_ptr<ReportWriter> (*)(const std::vector<const Pack*>& packs,
                                                     const EmitOptions& options, std::ostream& out);

/// One output format.
struct Emitter {
  std::string_view name;
  void (*emit)(const RunResult&, const EmitOptions&, std::ostream&);
  // Formats written file by file (text, jsonl, github) give these as well: a batch run then
  // writes each file's findings as soon as its turn comes and keeps none of them. emit_end
  // (optional) closes the output with the run's counts.
  void (*emit_file)(const FileReport&, const EmitOptions&, std::ostream&) = nullptr;
  void (*emit_end)(const Summary&, const EmitOptions&, std::ostream&) = nullptr;
  // The single-document formats (json, sarif) stream through a writer instead.
  OpenWriter open = nullptr;
};

/// The emitter for a format name, or nullptr.
const Emitter* FindEmitter(std::string_view name);

/// The names of every format, for help and errors.
std::vector<std::string> EmitterNames();

Summary Summarise(const RunResult& result);

/// What a location's cell description adds to its label ("表1 行5 列4" of
/// "表1 行5 列4: 行政复议数 › 累计"), so that a note does not repeat its label; empty when nothing.
std::string WhereBeyondLabel(const Location& l);

/// A finding's message in the language asked for (by default its pack's).
const std::string& MessageOf(const Finding& f, const EmitOptions& options);

/// Emitters, defined in their own files.
void EmitText(const RunResult& result, const EmitOptions& options, std::ostream& out);
void EmitTextFile(const FileReport& file, const EmitOptions& options, std::ostream& out);
void EmitTextEnd(const Summary& summary, const EmitOptions& options, std::ostream& out);
void EmitJsonLinesFile(const FileReport& file, const EmitOptions& options, std::ostream& out);
void EmitGithubFile(const FileReport& file, const EmitOptions& options, std::ostream& out);

/// The whole-run output of a format written file by file: each file, then its end.
template <auto EmitFile, auto EmitEnd = nullptr>
void EmitFileByFile(const RunResult& result, const EmitOptions& options, std::ostream& out) {
  for (const FileReport& file : result.files) EmitFile(file, options, out);
  if constexpr (!std::is_same_v<decltype(EmitEnd), std::nullptr_t>) {
    EmitEnd(Summarise(result), options, out);
  }
}
/// The whole run through a format's writer.
template <OpenWriter Open>
void EmitThroughWriter(const RunResult& result, const EmitOptions& options, std::ostream& out) {
  std::unique_ptr<ReportWriter> writer = Open(result.packs, options, out);
  for (const FileReport& file : result.files) writer->File(file);
  writer->End(Summarise(result));
}
std::unique_ptr<ReportWriter> OpenJson(const std::vector<const Pack*>& packs,
                                       const EmitOptions& options, std::ostream& out);
std::unique_ptr<ReportWriter> OpenSarif(const std::vector<const Pack*>& packs,
                                        const EmitOptions& options, std::ostream& out);
void EmitHtml(const RunResult& result, const EmitOptions& options, std::ostream& out);

/// `--summary`: findings per file and per check, as two text tables.
void EmitSummaryTables(const RunResult& result, std::ostream& out);

}  // namespace crossfoot
