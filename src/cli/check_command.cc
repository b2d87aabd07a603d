// `crossfoot check`: audit reports and print the findings.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "emit/emitter.h"
#include "engine/audit.h"
#include "read/read_document.h"

namespace crossfoot {
namespace {

int SeverityRank(const std::string& s) {
  if (s == "error") return 3;
  if (s == "warning") return 2;
  if (s == "note") return 1;
  return 4;  // "none": nothing reaches it
}

}  // namespace

int RunCheck(const CheckOptions& opts, const char* argv0) {
  const Emitter* emitter = FindEmitter(opts.format);
  if (emitter == nullptr) {
    std::cerr << "crossfoot: unknown format '" << opts.format << "'\n";
    return kExitFailure;
  }
  LoadedPacks packs = LoadPacks(opts.rules, argv0);
  if (packs.failed) return kExitFailure;
  int failures = 0;
  std::vector<std::string> inputs = CollectInputs(opts.paths, &failures);
  if (!opts.output.empty() && IsSameFileAsAny(opts.output, inputs)) {
    std::cerr << opts.output << ": refusing to write the output over an input file\n";
    return kExitFailure;
  }
  RunResult result;
  result.packs = packs.Pointers();
  for (const std::string& path : inputs) {
    Result<Document> doc = ReadDocument(path, opts.max_input_size);
    if (!doc.ok()) {
      std::cerr << doc.error() << "\n";
      ++failures;
      FileReport failed;
      failed.path = path;
      failed.error = doc.error();
      result.files.push_back(std::move(failed));
      continue;
    }
    result.files.push_back(AuditDocument(doc.value(), result.packs, /*force=*/false));
  }
  EmitOptions eo;
  eo.tool_version = kVersion;
  eo.color =
      opts.output.empty() && isatty(STDOUT_FILENO) != 0 && std::getenv("NO_COLOR") == nullptr;
  std::ostringstream text;
  emitter->emit(result, eo, text);
  if (opts.output.empty()) {
    std::cout << text.str() << std::flush;
  } else {
    std::string error;
    if (!WriteFileAtomically(opts.output, text.str(), &error)) {
      std::cerr << error << "\n";
      return kExitFailure;
    }
  }
  if (failures > 0) return kExitFailure;
  int threshold = SeverityRank(opts.fail_on);
  for (const FileReport& f : result.files) {
    for (const Finding& finding : f.findings) {
      if (SeverityRank(finding.severity) >= threshold) return kExitFindings;
    }
  }
  return kExitClean;
}

}  // namespace crossfoot
