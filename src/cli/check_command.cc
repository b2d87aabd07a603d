// `crossfoot check`: audit reports and print the findings.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <thread>

#include "cli/baseline.h"
#include "cli/commands.h"
#include "cli/config.h"
#include "cli/previous_year.h"
#include "cli/progress.h"
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

// Audits every input on `jobs` threads. Each worker takes the next input, reads and audits it,
// and keeps only its report: memory holds a few documents at a time, whatever the count.
std::vector<FileReport> AuditFiles(const std::vector<std::string>& inputs,
                                   const std::vector<std::optional<std::string>>& previous,
                                   const std::vector<const Pack*>& packs, size_t max_input_size,
                                   unsigned jobs, bool keep_documents) {
  std::vector<FileReport> reports(inputs.size());
  std::atomic<size_t> next{0};
  Progress progress(inputs.size(), isatty(STDERR_FILENO) != 0);
  auto work = [&]() {
    for (size_t i = next++; i < inputs.size(); i = next++, progress.Done()) {
      Result<Document> doc = ReadDocument(inputs[i], max_input_size);
      if (!doc.ok()) {
        reports[i].path = inputs[i];
        reports[i].error = doc.error();
        continue;
      }
      std::optional<Result<Document>> before;
      if (previous[i]) before.emplace(ReadDocument(*previous[i], max_input_size));
      const Document* prev = before && before->ok() ? &before->value() : nullptr;
      // An unreadable previous report is reported as an input of its own (or up front, for
      // --previous); this year's report is still audited, without the year-against-year checks.
      reports[i] = AuditDocument(doc.value(), packs, /*force=*/false, prev);
      if (keep_documents)
        reports[i].document = std::make_shared<const Document>(std::move(doc).value());
    }
  };
  unsigned threads = jobs != 0 ? jobs : std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<size_t>(threads, std::max<size_t>(inputs.size(), 1)));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  return reports;
}

// Severity overrides from .crossfoot.yaml: a new level, or "off" to drop the check's findings.
void ApplySeverities(const std::map<std::string, std::string>& severity, RunResult* result) {
  if (severity.empty()) return;
  for (FileReport& f : result->files) {
    std::vector<Finding> kept;
    for (Finding& finding : f.findings) {
      auto it = severity.find(finding.rule_id);
      if (it != severity.end() && it->second == "off") continue;
      if (it != severity.end()) finding.severity = it->second;
      kept.push_back(std::move(finding));
    }
    f.findings = std::move(kept);
  }
}

}  // namespace

int RunCheck(const CheckOptions& given, const char* argv0) {
  CheckOptions opts = given;
  std::optional<Config> config;
  if (!opts.no_config) {
    Result<std::optional<Config>> found = FindConfig(".");
    if (!found.ok()) {
      std::cerr << found.error() << "\n";
      return kExitFailure;
    }
    config = std::move(found).value();
  }
  if (config) {
    if (opts.rules.empty()) opts.rules = config->rules;
    if (opts.fail_on.empty() && config->fail_on) opts.fail_on = *config->fail_on;
    if (opts.baseline.empty() && config->baseline && !opts.write_baseline)
      opts.baseline = *config->baseline;
  }
  if (opts.fail_on.empty()) opts.fail_on = "error";
  const Emitter* emitter = FindEmitter(opts.format);
  if (emitter == nullptr) {
    std::cerr << "crossfoot: unknown format '" << opts.format << "'\n";
    return kExitFailure;
  }
  LoadedPacks packs = LoadPacks(opts.rules, argv0, /*with_tests=*/false);
  if (packs.failed) return kExitFailure;
  int failures = 0;
  std::vector<std::string> inputs = CollectInputs(opts.paths, &failures);
  if (config) {
    std::erase_if(inputs, [&](const std::string& p) { return !config->Selects(p); });
  }
  if (!opts.output.empty() && IsSameFileAsAny(opts.output, inputs)) {
    std::cerr << opts.output << ": refusing to write the output over an input file\n";
    return kExitFailure;
  }
  std::vector<std::optional<std::string>> previous = PairPreviousYears(inputs);
  if (!opts.previous.empty()) {
    if (inputs.size() != 1) {
      std::cerr << "crossfoot: --previous takes one report to check, not " << inputs.size()
                << "; in a batch, name the reports X-2020 and X-2021 and they pair up\n";
      return kExitFailure;
    }
    Result<Document> readable = ReadDocument(opts.previous, opts.max_input_size);
    if (!readable.ok()) {
      std::cerr << readable.error() << "\n";
      return kExitFailure;
    }
    previous[0] = opts.previous;
  }
  std::set<BaselineKey> baseline;
  if (!opts.baseline.empty()) {
    Result<std::set<BaselineKey>> read = ReadBaseline(opts.baseline);
    if (!read.ok()) {
      std::cerr << read.error() << "\n";
      return kExitFailure;
    }
    baseline = std::move(read).value();
  }
  RunResult result;
  result.packs = packs.Pointers();
  result.files = AuditFiles(inputs, previous, result.packs, opts.max_input_size, opts.jobs,
                            /*keep_documents=*/opts.format == "html");
  // Messages come in input order, whatever order the workers finished in.
  for (const FileReport& f : result.files) {
    if (!f.error.empty()) {
      std::cerr << f.error << "\n";
      ++failures;
    }
  }
  if (config) ApplySeverities(config->severity, &result);
  int known = ApplyBaseline(baseline, &result);
  if (known > 0) {
    std::cerr << "crossfoot: " << known << " finding" << (known == 1 ? " is" : "s are")
              << " in the baseline " << opts.baseline << " and not reported\n";
  }
  EmitOptions eo;
  eo.tool_version = kVersion;
  eo.show_suppressed = opts.show_suppressed;
  eo.lang = opts.lang;
  eo.color =
      opts.output.empty() && isatty(STDOUT_FILENO) != 0 && std::getenv("NO_COLOR") == nullptr;
  std::ostringstream text;
  if (opts.write_baseline) {
    text << BaselineJson(result);
  } else {
    emitter->emit(result, eo, text);
  }
  if (opts.summary) {
    // After the findings in text; on stderr beside a machine-readable format.
    std::ostringstream tables;
    EmitSummaryTables(result, tables);
    if (opts.format == "text" && !opts.write_baseline) {
      text << "\n" << tables.str();
    } else {
      std::cerr << tables.str();
    }
  }
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
  if (opts.write_baseline) return kExitClean;
  int threshold = SeverityRank(opts.fail_on);
  for (const FileReport& f : result.files) {
    for (const Finding& finding : f.findings) {
      if (SeverityRank(finding.severity) >= threshold) return kExitFindings;
    }
  }
  return kExitClean;
}

}  // namespace crossfoot
