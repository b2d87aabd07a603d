// `crossfoot rules list` and `crossfoot rules explain ID`: the checks of the packs, as
// `ruff rule` shows a rule.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "cli/check_selection.h"
#include "cli/commands.h"
#include "emit/emitter.h"
#include "engine/pack_tests.h"
#include "util/escape.h"
#include "util/suggest.h"

namespace crossfoot {
namespace {

// The first finding of the check in the pack's own tests: what a user would see.
std::optional<FileReport> ExampleFinding(const Pack& pack, const CheckDef& check) {
  Pack one = pack;
  std::vector<PackTest> tests;
  for (const PackTest& t : pack.tests) {
    if (std::find(t.expect.begin(), t.expect.end(), check.id) != t.expect.end()) {
      tests.push_back(t);
      break;
    }
  }
  if (tests.empty()) return std::nullopt;
  one.tests = std::move(tests);
  for (PackTestResult& r : RunPackTests(one)) {
    for (Finding& f : r.findings) {
      if (f.rule_id != check.id) continue;
      FileReport report;
      report.path = f.path;
      report.findings.push_back(std::move(f));
      return report;
    }
  }
  return std::nullopt;
}

}  // namespace

int RunRulesList(const RulesOptions& opts, const char* argv0) {
  LoadedPacks packs = LoadPacks(opts.packs, argv0, /*with_tests=*/false);
  size_t width = 2;
  for (const std::string& id : CheckIds(packs)) width = std::max(width, id.size());
  std::cout << fmt::format("{:<{}}  {:<14} {:<8} {}\n", "id", width, "pack", "severity", "title");
  for (const auto& pack : packs.packs) {
    for (const CheckDef& c : pack->checks) {
      std::cout << EscapeControls(fmt::format("{:<{}}  {:<14} {:<8} {}", c.id, width, pack->id,
                                              c.severity, c.title))
                << "\n";
    }
  }
  return packs.complete() ? kExitClean : kExitFailure;
}

int RunRulesExplain(const RulesExplainOptions& opts, const char* argv0) {
  LoadedPacks packs = LoadPacks(opts.rules, argv0);
  if (packs.failed) return kExitFailure;
  for (const auto& pack : packs.packs) {
    for (const CheckDef& c : pack->checks) {
      if (c.id != opts.id) continue;
      // Each of the pack's texts escaped whole, its newlines included: a title "X\n::error::"
      // split into lines would start a GitHub workflow command (issue #26, item 17).
      std::cout << fmt::format(
          "{}: {}\n\npack:      {} ({})\nseverity:  {}\nkind:      {}\n"
          "defined:   {}:{}:{}\n\n{}\n",
          EscapeControls(c.id), EscapeControls(c.title), EscapeControls(pack->id),
          EscapeControls(pack->title), EscapeControls(c.severity), EscapeControls(c.kind),
          EscapeControls(c.where.file), c.where.line, c.where.column, EscapeControls(c.rationale));
      if (std::optional<FileReport> example = ExampleFinding(*pack, c)) {
        std::cout << "\nExample, from the pack's own tests:\n\n";
        EmitOptions eo;
        EmitTextFile(*example, eo, std::cout);
      } else {
        std::cout << "\nThe pack has no test that finds it.\n";
      }
      return kExitClean;
    }
  }
  PrintError("crossfoot: no check has the id '" + opts.id + "'" +
             DidYouMean(opts.id, CheckIds(packs)) + "; `crossfoot rules list` lists them");
  return kExitFailure;
}

}  // namespace crossfoot
