// Baselines: today's findings recorded by fingerprint, so that a CI gate reports only new ones.
//
//   crossfoot baseline reports/ > .crossfoot-baseline.json
//   crossfoot check --baseline .crossfoot-baseline.json reports/
//
// An entry names its file by the path relative to the baseline's root — the directory of
// .crossfoot.yaml, else the git repository's top directory, else the baseline file's own
// directory — so that `check ./reports`, an absolute path or a run from a subdirectory match a
// baseline made by `baseline reports`. The fingerprint is made from the check, the figures and
// the words before them (engine/audit.cc), never from line numbers.
#pragma once

#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "emit/emitter.h"
#include "util/result.h"

namespace crossfoot {

/// (path relative to the root, rule id, fingerprint): what identifies a finding across runs.
using BaselineKey = std::tuple<std::string, std::string, std::string>;

/// Largest baseline file read (an entry is about 150 bytes).
constexpr size_t kMaxBaselineBytes = 256u << 20;

/// The directory baseline paths are relative to (absolute): `config_dir` when not empty, else
/// the top of the git repository holding the current directory, else `baseline_file`'s
/// directory (the current directory when that is empty).
std::string BaselineRoot(const std::string& config_dir, const std::string& baseline_file);

/// `path` (as given on the command line) relative to `root`, with '/' separators.
std::string RootRelative(const std::string& path, const std::string& root);

/// The run's findings as a baseline file (JSON, sorted, one finding per entry).
std::string BaselineJson(const RunResult& result, const std::string& root);

/// Reads a baseline file; the error names the file. Entries of a version-1 baseline (paths
/// as typed, from the current directory) are made relative to the root.
Result<std::set<BaselineKey>> ReadBaseline(const std::string& path, const std::string& root);

/// Removes the findings of one file's report that the baseline records; returns how many, and
/// puts the entries used in *used.
int ApplyBaseline(const std::set<BaselineKey>& baseline, const std::string& root, FileReport* file,
                  std::set<BaselineKey>* used);

/// Entries for files the run audited (`audited`, root-relative) that matched no finding: the
/// findings they recorded are gone, and the baseline can be rewritten.
std::vector<BaselineKey> StaleEntries(const std::set<BaselineKey>& baseline,
                                      const std::set<BaselineKey>& used,
                                      const std::set<std::string>& audited);

}  // namespace crossfoot
