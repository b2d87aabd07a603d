// Baselines: today's findings recorded by fingerprint, so that a CI gate reports only new ones.
//
//   crossfoot baseline reports/ > .crossfoot-baseline.json
//   crossfoot check --baseline .crossfoot-baseline.json reports/
#pragma once

#include <set>
#include <string>
#include <tuple>

#include "emit/emitter.h"
#include "util/result.h"

namespace crossfoot {

/// (path, rule id, fingerprint): what identifies a finding across runs.
using BaselineKey = std::tuple<std::string, std::string, std::string>;

/// Largest baseline file read (an entry is about 150 bytes).
constexpr size_t kMaxBaselineBytes = 256u << 20;

/// The run's findings as a baseline file (JSON, sorted, one finding per entry).
std::string BaselineJson(const RunResult& result);

/// Reads a baseline file; the error names the file.
Result<std::set<BaselineKey>> ReadBaseline(const std::string& path);

/// Removes the findings of one file's report that the baseline records; returns how many.
int ApplyBaseline(const std::set<BaselineKey>& baseline, FileReport* file);

}  // namespace crossfoot
