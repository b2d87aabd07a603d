// `.crossfoot.yaml`: a project's settings, found from the current directory upward (to the
// repository's root or $HOME).
//
//   rules: [rules/, local-pack.yaml]      # packs (instead of the shipped ones)
//   include: ["reports/**/*.html"]        # which inputs are audited (globs, from this file's
//   exclude: ["reports/drafts/*"]         #   directory; * also crosses /)
//   severity: { GIS21-X-FEE: warning, GIS-P14: off }   # per check; off drops its findings
//   select: [GIS21-T3]                  # checks by id or prefix (default: all)
//   ignore: [GIS21-T3-ROW-SUM]
//   fail-on: warning
//   baseline: .crossfoot-baseline.json
//
// Options given on the command line win over the file.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "util/result.h"

namespace crossfoot {

/// Largest .crossfoot.yaml read.
constexpr size_t kMaxConfigBytes = 1u << 20;

struct Config {
  std::string path;  // the file; paths in it are relative to its directory
  std::string dir;
  std::vector<std::string> rules;
  std::vector<std::string> include;
  std::vector<std::string> exclude;
  std::map<std::string, std::string> severity;
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  /// Where each check id or prefix named in the file stands ("FILE:LINE:COL"), for messages
  /// about ids no pack has.
  std::vector<std::pair<std::string, std::string>> named_checks;  // (id, where)
  std::optional<std::string> fail_on;
  std::optional<std::string> baseline;

  /// True when an input (a path as given on the command line) is to be audited.
  bool Selects(const std::string& input) const;
};

/// The nearest .crossfoot.yaml from `start` upward, stopping at the repository's root (a
/// directory holding .git) or $HOME: nullopt when there is none, an error (naming the file and
/// line) when it is not valid, or when another user owns it or anyone else can write it
/// (cli/config_lookup.cc).
Result<std::optional<Config>> FindConfig(const std::string& start);

/// The configuration file named by --config; an error when it cannot be read or is not valid.
Result<Config> LoadConfig(const std::string& path);

/// The file at `path` read as a configuration; an error when it cannot be read or is not valid.
Result<Config> ParseConfig(const std::string& path);

}  // namespace crossfoot
