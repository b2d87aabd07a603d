// The command-line application: shared plumbing of the subcommands.
//
//   crossfoot check [--rules PACK]... [--format F] [--output FILE] [--fail-on LEVEL] PATH...
//   crossfoot facts [--rules PACK]... FILE
//   crossfoot rules test|lint [PACK]...
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "rules/pack.h"

namespace crossfoot {

/// Exit statuses, as the README documents them.
enum ExitStatus { kExitClean = 0, kExitFindings = 1, kExitFailure = 2 };

/// Packs loaded for a run; they stay in place (findings point into them).
struct LoadedPacks {
  std::vector<std::unique_ptr<Pack>> packs;
  bool failed = false;  // some pack had errors (reported on stderr)

  std::vector<const Pack*> Pointers() const;
};

/// Loads the packs named by --rules, or the shipped ones when none are named; reports
/// errors on stderr as FILE:LINE:COL.
LoadedPacks LoadPacks(const std::vector<std::string>& rule_paths, const char* argv0,
                      bool with_tests = true);

/// The report files named by the arguments (directories are searched); unreadable paths are
/// reported on stderr and counted in *failures.
std::vector<std::string> CollectInputs(const std::vector<std::string>& paths, int* failures);

/// True when `output` names the same file as one of `inputs`.
bool IsSameFileAsAny(const std::string& output, const std::vector<std::string>& inputs);

constexpr const char* kVersion = "0.1.0";

}  // namespace crossfoot
