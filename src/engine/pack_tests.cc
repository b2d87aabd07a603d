#include "engine/pack_tests.h"

#include <fmt/format.h>

#include "engine/audit.h"
#include "read/read_document.h"

namespace crossfoot {
namespace {

// The extension that makes ParseDocument read a test's document in its declared format.
const char* TestExtension(const std::string& format) {
  if (format == "markdown") return "md";
  if (format == "html") return "html";
  return "txt";
}

}  // namespace

std::vector<PackTestResult> RunPackTests(const Pack& pack) {
  std::vector<PackTestResult> out;
  int n = 0;
  for (const PackTest& test : pack.tests) {
    ++n;
    PackTestResult r;
    r.test = &test;
    r.name = test.name.empty() ? fmt::format("test {}", n) : test.name;
    r.expected = std::set<std::string>(test.expect.begin(), test.expect.end());
    std::string path =
        fmt::format("{}:{}.{}", pack.path, test.where.line, TestExtension(test.format));
    Result<Document> doc = ParseDocument(path, test.doc);
    if (!doc.ok()) {
      r.error = doc.error();
      out.push_back(std::move(r));
      continue;
    }
    std::optional<Result<Document>> previous;
    if (test.previous_doc) {
      previous.emplace(ParseDocument(fmt::format("{}:{}.previous.{}", pack.path, test.where.line,
                                                 TestExtension(test.previous_format)),
                                     *test.previous_doc));
      if (!previous->ok()) {
        r.error = previous->error();
        out.push_back(std::move(r));
        continue;
      }
    }
    FileReport report = AuditDocument(doc.value(), {&pack}, /*force=*/true,
                                      previous ? &previous->value() : nullptr);
    for (const Finding& f : report.findings) r.found.insert(f.rule_id);
    for (const PackRun& run : report.packs) {
      for (const CheckRun& c : run.checks) {
        if (c.held > 0) r.held.insert(c.check->id);
      }
    }
    r.passed = r.found == r.expected;
    r.findings = std::move(report.findings);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace crossfoot
