// A pack's YAML and a document's text, audited: the helper the check-kind tests share.
//
//   Audited run = AuditText(kPack, "共5件…");
//   EXPECT_EQ(Messages(run), (std::vector<std::string>{"SUM: …"}));
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/audit.h"
#include "read/read_document.h"
#include "rules/pack_loader.h"

namespace crossfoot {

struct Audited {
  std::unique_ptr<Pack> pack;
  FileReport report;
};

/// The document (read as `path`, whose extension picks the reader) audited with the pack,
/// forced to apply; with last year's report when `previous_text` is given.
inline Audited AuditText(const std::string& pack_yaml, const std::string& doc_text,
                         const std::string& path = "d.md",
                         const std::string* previous_text = nullptr) {
  Diagnostics diags;
  std::optional<Pack> pack = LoadPackText("p.yaml", pack_yaml, &diags);
  EXPECT_TRUE(pack.has_value()) << (diags.all().empty() ? "" : diags.all()[0].ToString());
  Audited run;
  if (!pack) return run;
  run.pack = std::make_unique<Pack>(std::move(*pack));
  Result<Document> doc = ParseDocument(path, doc_text);
  EXPECT_TRUE(doc.ok());
  if (!doc.ok()) return run;
  std::optional<Result<Document>> previous;
  if (previous_text != nullptr) previous.emplace(ParseDocument("before.md", *previous_text));
  run.report = AuditDocument(doc.value(), {run.pack.get()}, true,
                             previous && previous->ok() ? &previous->value() : nullptr);
  return run;
}

inline Audited AuditText(const std::string& pack_yaml, const std::string& doc_text,
                         const std::string* previous_text) {
  return AuditText(pack_yaml, doc_text, "d.md", previous_text);
}

/// "RULE-ID: message" for each finding, in order.
inline std::vector<std::string> Messages(const Audited& run) {
  std::vector<std::string> out;
  for (const Finding& f : run.report.findings) out.push_back(f.rule_id + ": " + f.message);
  return out;
}

}  // namespace crossfoot
