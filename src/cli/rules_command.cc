// `crossfoot rules test` and `crossfoot rules lint`.
#include <fmt/format.h>

#include <iostream>
#include <set>

#include "cli/commands.h"
#include "engine/check_kind.h"
#include "engine/pack_tests.h"
#include "rules/pack_loader.h"

namespace crossfoot {
namespace {

std::string Join(const std::set<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out.empty() ? "nothing" : out;
}

}  // namespace

int RunRulesTest(const RulesOptions& opts, const char* argv0) {
  LoadedPacks packs = LoadPacks(opts.packs, argv0);
  int passed = 0;
  int failed = 0;
  for (const auto& pack : packs.packs) {
    for (const PackTestResult& r : RunPackTests(*pack)) {
      std::string where = fmt::format("{}:{}:{}", pack->path, r.test->where.line, r.test->where.column);
      if (r.passed) {
        ++passed;
        continue;
      }
      ++failed;
      if (!r.error.empty()) {
        std::cout << fmt::format("{}: FAIL {}: {}\n", where, r.name, r.error);
      } else {
        std::cout << fmt::format("{}: FAIL {}: expected {}, found {}\n", where, r.name, Join(r.expected),
                                 Join(r.found));
      }
    }
  }
  std::cout << fmt::format("{} passed, {} failed\n", passed, failed);
  if (packs.failed) return kExitFailure;
  return failed > 0 ? kExitFindings : kExitClean;
}

int RunRulesLint(const RulesOptions& opts, const char* argv0) {
  LoadedPacks packs = LoadPacks(opts.packs, argv0);
  int warnings = 0;
  auto warn = [&](const SourcePos& where, const std::string& message) {
    std::cout << Diagnostic{where, "warning", message}.ToString() << "\n";
    ++warnings;
  };
  for (const auto& pack : packs.packs) {
    SourcePos top{pack->path, 1, 1};
    if (pack->title.empty()) warn(top, "the pack has no 'title'");
    if (pack->applies_when.all.empty() && pack->applies_when.any.empty()) {
      warn(top, "the pack has no 'applies-when': it will run on every document");
    }
    std::set<std::string> used;
    for (const CheckDef& c : pack->checks) {
      for (const std::string& f : c.impl->FactsUsed()) used.insert(pack->FindSlot(f)->name);
    }
    for (const FactDef& f : pack->facts) {
      if (used.count(f.name) == 0) warn(f.where, "fact '" + f.name + "' is used by no check");
    }
    std::set<std::string> found_somewhere;
    std::set<std::string> quiet_somewhere;
    for (const PackTestResult& r : RunPackTests(*pack)) {
      found_somewhere.insert(r.expected.begin(), r.expected.end());
      for (const std::string& id : r.held) {
        if (r.expected.count(id) == 0) quiet_somewhere.insert(id);
      }
    }
    for (const CheckDef& c : pack->checks) {
      if (c.title.empty()) warn(c.where, "check " + c.id + " has no 'title'");
      if (c.rationale.empty()) warn(c.where, "check " + c.id + " has no 'rationale'");
      if (found_somewhere.count(c.id) == 0) warn(c.where, "check " + c.id + " has no test that must find it");
      if (quiet_somewhere.count(c.id) == 0) {
        warn(c.where, "check " + c.id + " has no test in which it must stay quiet (and holds)");
      }
    }
  }
  std::cout << fmt::format("{} warning(s) in {} pack(s)\n", warnings, packs.packs.size());
  if (packs.failed) return kExitFailure;
  return warnings > 0 ? kExitFindings : kExitClean;
}

}  // namespace crossfoot
