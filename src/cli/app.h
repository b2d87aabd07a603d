// The command-line application: shared plumbing of the subcommands.
//
//   crossfoot check [--rules PACK]... [--format F] [--output FILE] [--fail-on LEVEL] PATH...
//   crossfoot facts [--rules PACK]... FILE
//   crossfoot rules test|lint [PACK]...
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rules/pack.h"

namespace crossfoot {

/// Exit statuses, as the README documents them.
// 3: no finding at or above --fail-on, but some file could not be checked at all (no pack
// applies, or no check found its figures) — a CI gate must not pass a report nobody read.
enum ExitStatus { kExitClean = 0, kExitFindings = 1, kExitFailure = 2, kExitUnchecked = 3 };

/// Packs loaded for a run; they stay in place (findings point into them).
struct LoadedPacks {
  std::vector<std::unique_ptr<Pack>> packs;
  bool failed = false;  // some pack had errors (reported on stderr)
  // Directories under --rules that could not be listed (reported on stderr): the packs found
  // are loaded and used, and the run fails at its end.
  int unreadable_dirs = 0;

  bool complete() const { return !failed && unreadable_dirs == 0; }

  std::vector<const Pack*> Pointers() const;
};

/// Loads the packs named by --rules, or the shipped ones when none are named; reports
/// errors on stderr as FILE:LINE:COL.
LoadedPacks LoadPacks(const std::vector<std::string>& rule_paths, const char* argv0,
                      bool with_tests = true);

/// The report files named by the arguments, in order, and whether each was found by walking a
/// directory (a file named on the command line is always audited; one found by a walk is
/// audited when it reads as a report).
struct InputList {
  std::vector<std::string> files;
  std::vector<bool> walked;
  std::vector<std::string> ignored;  // left out of walks because git ignores them
};

/// The report files named by the arguments (directories are searched, leaving out what the
/// git repository ignores); unreadable paths are reported on stderr and counted in *failures.
/// "-" stands for standard input.
InputList CollectInputs(const std::vector<std::string>& paths, int* failures);

/// The input that `output` is the same file as (same device and inode, symlinks followed), or
/// nullptr.
const std::string* SameFileAs(const std::string& output, const std::vector<std::string>& inputs);

/// Writes a message line on stderr with its control characters escaped (util/escape.h): a
/// file name or a report's text must not drive the terminal or a CI log.
void PrintError(std::string_view message);

}  // namespace crossfoot
