// `crossfoot check`: audit reports and print the findings.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include "cli/atomic_output.h"
#include "cli/baseline.h"
#include "cli/check_selection.h"
#include "cli/check_setup.h"
#include "cli/commands.h"
#include "cli/config.h"
#include "cli/previous_year.h"
#include "cli/progress.h"
#include "emit/emitter.h"
#include "engine/audit.h"
#include "read/read_document.h"
#include "util/version.h"

namespace crossfoot {
namespace {

// Most files one HTML page shows (each with its text and findings).
constexpr size_t kMaxHtmlFiles = 1000;

// The report on standard input, named `name` (its extension gives the format).
Result<Document> ReadStandardInput(const std::string& name, size_t max_input_size) {
  std::string bytes;
  char buffer[1 << 16];
  size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) {
    bytes.append(buffer, got);
    if (bytes.size() > max_input_size) {
      return Error{
          fmt::format("{}: standard input is over the limit of {} bytes "
                      "(--max-input-size)",
                      name, max_input_size)};
    }
  }
  if (std::ferror(stdin) != 0) return Error{name + ": cannot read standard input"};
  return ParseDocument(name, bytes);
}

int SeverityRank(const std::string& s) {
  if (s == "error") return 3;
  if (s == "warning") return 2;
  if (s == "note") return 1;
  return 4;  // "none": nothing reaches it
}

// Audits every input on `jobs` threads and hands each report to `deliver` in input order,
// whatever order the workers finish in. Each worker takes the next input and reads and audits
// it; a finished report waits only until the reports before it are delivered, so memory holds
// a few documents and reports at a time, whatever the number of files. `deliver` runs under a
// lock, one report at a time.
void AuditFiles(const std::vector<std::string>& inputs,
                const std::vector<std::optional<std::string>>& previous,
                const std::vector<const Pack*>& packs, size_t max_input_size, unsigned jobs,
                bool keep_documents, bool quiet, const std::string& stdin_name,
                const std::function<void(size_t, FileReport)>& deliver) {
  std::mutex order;
  std::map<size_t, FileReport> waiting;
  size_t next_to_deliver = 0;
  auto finished = [&](size_t i, FileReport report) {
    std::lock_guard<std::mutex> lock(order);
    waiting.emplace(i, std::move(report));
    for (auto it = waiting.find(next_to_deliver); it != waiting.end();
         it = waiting.find(next_to_deliver)) {
      deliver(it->first, std::move(it->second));
      waiting.erase(it);
      ++next_to_deliver;
    }
  };
  std::atomic<size_t> next{0};
  Progress progress(inputs.size(), !quiet && isatty(STDERR_FILENO) != 0);
  auto audit_one = [&](size_t i) {
    FileReport report;
    Result<Document> doc = inputs[i] == "-" ? ReadStandardInput(stdin_name, max_input_size)
                                            : ReadDocument(inputs[i], max_input_size,
                                                           /*with_sha256=*/keep_documents);
    if (!doc.ok()) {
      report.path = inputs[i] == "-" ? stdin_name : inputs[i];
      report.error = doc.error();
      return report;
    }
    std::optional<Result<Document>> before;
    if (previous[i]) before.emplace(ReadDocument(*previous[i], max_input_size));
    const Document* prev = before && before->ok() ? &before->value() : nullptr;
    // An unreadable previous report is reported as an input of its own (or up front, for
    // --previous); this year's report is still audited, without the year-against-year checks.
    report = AuditDocument(doc.value(), packs, /*force=*/false, prev);
    if (keep_documents) report.document = std::make_shared<const Document>(std::move(doc).value());
    return report;
  };
  auto work = [&]() {
    for (size_t i = next++; i < inputs.size(); i = next++, progress.Done()) {
      FileReport report;
      // The standard library's own exceptions (memory exhausted) end this file's audit, not
      // the thread (an exception leaving a thread aborts the process) nor the other files.
      try {
        report = audit_one(i);
      } catch (const std::exception& e) {
        report = FileReport{};
        report.path = inputs[i];
        report.error = inputs[i] + ": cannot audit the file: " + e.what();
      }
      finished(i, std::move(report));
    }
  };
  unsigned threads = jobs != 0 ? jobs : std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<size_t>(threads, std::max<size_t>(inputs.size(), 1)));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
}

// What --summary needs of a file once its output is written: its path, error and findings'
// check, severity and title.
FileReport SummaryOnly(const FileReport& file) {
  FileReport slim;
  slim.path = file.path;
  slim.error = file.error;
  for (const Finding& f : file.findings) {
    Finding kept;
    kept.path = f.path;
    kept.rule_id = f.rule_id;
    kept.severity = f.severity;
    kept.title = f.title;
    slim.findings.push_back(std::move(kept));
  }
  return slim;
}

}  // namespace

int RunCheck(const CheckOptions& given, const char* argv0) {
  CheckOptions opts = given;
  std::optional<Config> config;
  if (!ApplyConfig(&opts, &config)) return kExitFailure;
  // The configuration chooses the packs and what is audited: a run says which it obeyed.
  if (opts.verbose) {
    PrintError(config ? "crossfoot: using the configuration " + config->path
                      : std::string("crossfoot: no configuration file applies"));
  }
  const Emitter* emitter = FindEmitter(opts.format);
  if (emitter == nullptr) {
    PrintError("crossfoot: unknown format '" + opts.format + "'");
    return kExitFailure;
  }
  if (std::count(opts.paths.begin(), opts.paths.end(), "-") > 1) {
    PrintError("crossfoot: '-' (standard input) may be given once");
    return kExitFailure;
  }
  const std::string stdin_name = opts.stdin_filename.empty() ? "stdin.txt" : opts.stdin_filename;
  LoadedPacks packs = LoadPacks(opts.rules, argv0, /*with_tests=*/false);
  if (packs.failed) return kExitFailure;
  if (!CheckNamesKnown(given, config, packs)) return kExitFailure;
  ApplySelection(opts.select, opts.ignore, &packs);
  int failures = packs.unreadable_dirs;
  InputList listed = CollectInputs(opts.paths, &failures);
  std::vector<std::string> inputs = std::move(listed.files);
  std::vector<bool> walked = std::move(listed.walked);
  if (config) {
    size_t found = inputs.size();
    std::vector<std::string> kept;
    std::vector<bool> kept_walked;
    for (size_t i = 0; i < inputs.size(); ++i) {
      if (inputs[i] != "-" && !config->Selects(inputs[i])) continue;
      kept.push_back(inputs[i]);
      kept_walked.push_back(walked[i]);
    }
    inputs = std::move(kept);
    walked = std::move(kept_walked);
    // A CI gate must not pass on no files because a glob is wrong.
    if (found > 0 && inputs.empty()) {
      PrintError(
          fmt::format("{}: 'include' and 'exclude' select none of the {} report file{} "
                      "given; nothing would be audited",
                      config->path, found, found == 1 ? "" : "s"));
      return kExitFailure;
    }
  }
  if (opts.verbose) {
    for (const std::string& f : listed.ignored) PrintError(f + ": skipped: git ignores it");
  }
  if (!opts.output.empty()) {
    // Everything the run reads: the reports, the packs, the baseline, --previous, the config.
    std::vector<std::string> read = inputs;
    for (const auto& pack : packs.packs) read.push_back(pack->path);
    if (!opts.previous.empty()) read.push_back(opts.previous);
    if (!opts.baseline.empty()) read.push_back(opts.baseline);
    if (config) read.push_back(config->path);
    if (const std::string* input = SameFileAs(opts.output, read)) {
      PrintError(opts.output + ": refusing to write the output over an input file (" + *input +
                 ")");
      return kExitFailure;
    }
  }
  // The page holds every report's text with its findings until it is written: it is for
  // people reading a few reports, and a batch of thousands would hold them all in memory.
  if (opts.format == "html" && inputs.size() > kMaxHtmlFiles) {
    PrintError(
        fmt::format("crossfoot: --format html makes one page of {} files, more than the "
                    "{} a page holds; use --format jsonl (or json, sarif) for a batch, "
                    "or one page per file",
                    inputs.size(), kMaxHtmlFiles));
    return kExitFailure;
  }
  std::vector<std::optional<std::string>> previous = PairPreviousYears(inputs);
  if (!opts.previous.empty()) {
    if (inputs.size() != 1) {
      PrintError(
          fmt::format("crossfoot: --previous takes one report to check, not {}; in a "
                      "batch, name the reports X-2020 and X-2021 and they pair up",
                      inputs.size()));
      return kExitFailure;
    }
    Result<Document> readable = ReadDocument(opts.previous, opts.max_input_size);
    if (!readable.ok()) {
      PrintError(readable.error());
      return kExitFailure;
    }
    previous[0] = opts.previous;
  }
  const std::string baseline_root =
      BaselineRoot(config ? config->dir : "", opts.write_baseline ? opts.output : opts.baseline);
  std::set<BaselineKey> baseline;
  std::set<BaselineKey> baseline_used;
  std::set<std::string> audited;  // root-relative, for stale baseline entries
  if (!opts.baseline.empty()) {
    Result<std::set<BaselineKey>> read = ReadBaseline(opts.baseline, baseline_root);
    if (!read.ok()) {
      PrintError(read.error());
      return kExitFailure;
    }
    baseline = std::move(read).value();
  }
  EmitOptions eo;
  eo.tool_version = std::string(CrossfootProjectVersion());
  eo.show_suppressed = opts.show_suppressed;
  eo.lang = opts.lang;
  if (config) eo.config_path = config->path;
  eo.color =
      opts.output.empty() && isatty(STDOUT_FILENO) != 0 && std::getenv("NO_COLOR") == nullptr;
  std::optional<AtomicOutput> file_out;
  if (!opts.output.empty()) {
    file_out.emplace(opts.output);
    if (!file_out->ok()) {
      PrintError(file_out->error());
      return kExitFailure;
    }
  }
  std::ostream& out = file_out ? file_out->stream() : std::cout;
  // A format written file by file streams: each report is written when its turn comes and
  // then dropped (--summary keeps its counts); json and sarif through a writer that opens and
  // closes the document. HTML alone needs the whole run at the end.
  const bool streaming =
      (emitter->emit_file != nullptr || emitter->open != nullptr) && !opts.write_baseline;
  RunResult result;
  result.packs = packs.Pointers();
  std::unique_ptr<ReportWriter> writer;
  if (streaming && emitter->open != nullptr) writer = emitter->open(result.packs, eo, out);
  Summary summary;
  int known = 0;
  int worst = 0;
  int unchecked = 0;
  std::vector<std::string> not_reports;  // found by a walk, and no pack reads them as a report
  AuditFiles(inputs, previous, result.packs, opts.max_input_size, opts.jobs,
             /*keep_documents=*/opts.format == "html", opts.quiet, stdin_name,
             [&](size_t index, FileReport report) {
               if (walked[index] && report.error.empty() && report.coverage.packs == 0) {
                 not_reports.push_back(report.path);
                 return;
               }
               if (!baseline.empty()) audited.insert(RootRelative(report.path, baseline_root));
               if (!report.error.empty()) {
                 PrintError(report.error);
                 ++failures;
               }
               if (config) ApplySeverities(config->severity, &report);
               known += ApplyBaseline(baseline, baseline_root, &report, &baseline_used);
               for (const Finding& f : report.findings) {
                 worst = std::max(worst, SeverityRank(f.severity));
               }
               if (report.error.empty() && !report.coverage.unchecked.empty()) ++unchecked;
               if (!streaming) {
                 result.files.push_back(std::move(report));
                 return;
               }
               if (writer) {
                 writer->File(report);
               } else {
                 emitter->emit_file(report, eo, out);
               }
               summary.Add(report);
               if (opts.summary) result.files.push_back(SummaryOnly(report));
             });
  if (known > 0 && !opts.quiet) {
    PrintError(fmt::format("crossfoot: {} finding{} in the baseline {} and not reported", known,
                           known == 1 ? " is" : "s are", opts.baseline));
  }
  std::vector<BaselineKey> stale = StaleEntries(baseline, baseline_used, audited);
  if (!stale.empty() && !opts.quiet) {
    PrintError(
        fmt::format("crossfoot: {} baseline entr{} of {} match{} no finding any more "
                    "(stale; `crossfoot baseline` rewrites the file)",
                    stale.size(), stale.size() == 1 ? "y" : "ies", opts.baseline,
                    stale.size() == 1 ? "es" : ""));
    if (opts.verbose) {
      for (const auto& [path, rule, fingerprint] : stale)
        PrintError(fmt::format("{}: stale baseline entry {} {}", path, rule, fingerprint));
    }
  }
  if (!not_reports.empty()) {
    if (opts.verbose) {
      for (const std::string& f : not_reports)
        PrintError(f + ": skipped: not a report (no rule pack recognises its wording)");
    }
    if (!opts.quiet) {
      PrintError(
          fmt::format("crossfoot: {} file{} found in directories skipped: no rule pack "
                      "recognises {} as a report (--verbose names them)",
                      not_reports.size(), not_reports.size() == 1 ? "" : "s",
                      not_reports.size() == 1 ? "it" : "them"));
    }
  }
  if (streaming) {
    const bool closing_line = !(opts.quiet && opts.format == "text");
    if (writer) {
      writer->End(summary);
    } else if (emitter->emit_end != nullptr && closing_line) {
      emitter->emit_end(summary, eo, out);
    }
  } else if (opts.write_baseline) {
    out << BaselineJson(result, baseline_root);
  } else {
    emitter->emit(result, eo, out);
  }
  if (opts.summary) {
    // After the findings in text; on stderr beside a machine-readable format.
    std::ostringstream tables;
    EmitSummaryTables(result, tables);
    if (opts.format == "text" && !opts.write_baseline) {
      out << "\n" << tables.str();
    } else {
      std::cerr << tables.str();
    }
  }
  if (file_out) {
    if (!file_out->Commit()) {
      PrintError(file_out->error());
      return kExitFailure;
    }
  } else {
    std::cout << std::flush;
  }
  if (failures > 0) return kExitFailure;
  if (opts.write_baseline) return kExitClean;
  if (worst >= SeverityRank(opts.fail_on)) return kExitFindings;
  if (unchecked > 0 && !opts.allow_unchecked && opts.fail_on != "none") {
    if (opts.format != "text" && !opts.quiet) {
      PrintError(
          fmt::format("crossfoot: {} file{} could not be checked (exit status 3; "
                      "--allow-unchecked to accept)",
                      unchecked, unchecked == 1 ? "" : "s"));
    }
    return kExitUnchecked;
  }
  return kExitClean;
}

}  // namespace crossfoot
