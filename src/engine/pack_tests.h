// Running the test cases a pack carries: each document must raise exactly the checks it
// expects.
//
//   for (const PackTestResult& r : RunPackTests(pack)) if (!r.passed) Report(r);
#pragma once

#include <set>
#include <string>
#include <vector>

#include "engine/audit.h"
#include "rules/pack.h"

namespace crossfoot {

/// The outcome of one pack test.
struct PackTestResult {
  const PackTest* test = nullptr;
  std::set<std::string> expected;
  std::set<std::string> found;
  std::set<std::string> held;  // checks that evaluated and held at least once
  std::string error;           // the document could not be read
  bool passed = false;
  std::string name;               // the test's name, or "test N"
  std::vector<Finding> findings;  // as the audit of the test's document reported them
};

/// Runs every test of pack (applies-when is not consulted: tests are snippets).
std::vector<PackTestResult> RunPackTests(const Pack& pack);

}  // namespace crossfoot
