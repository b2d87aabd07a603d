// Output formats. Each format is one file in emit/ and one line in emitter.cc.
//
//   const Emitter* e = FindEmitter("sarif");
//   e->emit(result, options, std::cout);
#pragma once

#include <ostream>
#include <string>
#include <string_view>
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
};

/// One output format.
struct Emitter {
  std::string_view name;
  void (*emit)(const RunResult&, const EmitOptions&, std::ostream&);
};

/// The emitter for a format name, or nullptr.
const Emitter* FindEmitter(std::string_view name);

/// The names of every format, for help and errors.
std::vector<std::string> EmitterNames();

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
};

Summary Summarise(const RunResult& result);

/// A finding's message in the language asked for (by default its pack's).
const std::string& MessageOf(const Finding& f, const EmitOptions& options);

/// Emitters, defined in their own files.
void EmitText(const RunResult& result, const EmitOptions& options, std::ostream& out);
void EmitSarif(const RunResult& result, const EmitOptions& options, std::ostream& out);
void EmitJson(const RunResult& result, const EmitOptions& options, std::ostream& out);
void EmitJsonLines(const RunResult& result, const EmitOptions& options, std::ostream& out);
void EmitGithub(const RunResult& result, const EmitOptions& options, std::ostream& out);
void EmitHtml(const RunResult& result, const EmitOptions& options, std::ostream& out);

/// `--summary`: findings per file and per check, as two text tables.
void EmitSummaryTables(const RunResult& result, std::ostream& out);

}  // namespace crossfoot
