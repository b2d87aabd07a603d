// The subcommands, each in its own file, wired in main.cc.
#pragma once

#include <string>
#include <vector>

#include "cli/app.h"

namespace crossfoot {

struct CheckOptions {
  std::vector<std::string> rules;
  std::string format = "text";
  std::string output;
  std::string fail_on;  // empty: from .crossfoot.yaml, else "error"
  std::vector<std::string> paths;
  size_t max_input_size = 64u << 20;  // bytes (read/read_document.h: kDefaultMaxInputBytes)
  unsigned jobs = 0;                  // worker threads; 0: one per core
  std::string previous;               // the previous year's report (one input only)
  std::string baseline;               // findings recorded here are not reported
  bool summary = false;               // tables per file and per check
  bool show_suppressed = false;       // SARIF lists suppressed findings with `suppressions`
  bool write_baseline = false;        // `crossfoot baseline`: print a baseline, not findings
  bool no_config = false;             // ignore .crossfoot.yaml
  std::string lang;                   // messages: "en", "zh", or empty for each pack's own
  bool allow_unchecked = false;       // exit 0, not 3, when some file could not be checked
  std::vector<std::string> select;    // check ids or prefixes that run (empty: all)
  std::vector<std::string> ignore;    // check ids or prefixes that do not
  std::string config;                 // --config FILE instead of the nearest .crossfoot.yaml
  std::string stdin_filename;         // the name of the report read from `-`
  bool quiet = false;                 // findings only: no notes on stderr, no closing line
  bool verbose = false;               // also name the files a directory walk skipped
};

struct FactsOptions {
  std::vector<std::string> rules;
  std::string path;
};

struct RulesOptions {
  std::vector<std::string> packs;
};

struct RulesExplainOptions {
  std::vector<std::string> rules;
  std::string id;
};

int RunCheck(const CheckOptions& opts, const char* argv0);
/// `crossfoot server`: the language server; `opts` gives --rules, --config, --no-config,
/// --lang, --select, --ignore (the configuration is found from the workspace's root).
int RunServer(const CheckOptions& opts, const char* argv0);
int RunFacts(const FactsOptions& opts, const char* argv0);
int RunRulesTest(const RulesOptions& opts, const char* argv0);
int RunRulesLint(const RulesOptions& opts, const char* argv0);
int RunRulesDoc(const RulesOptions& opts, const char* argv0);
int RunRulesList(const RulesOptions& opts, const char* argv0);
int RunRulesExplain(const RulesExplainOptions& opts, const char* argv0);

}  // namespace crossfoot
