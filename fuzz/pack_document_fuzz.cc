// libFuzzer target: a whole rule pack audited against a document. The input is the pack's
// YAML, a NUL byte, then the report's text; a pack that loads is run on the document (every
// check, applies-when ignored) and must not crash whatever either holds.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "engine/audit.h"
#include "read/read_document.h"
#include "rules/pack_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  size_t split = input.find('\0');
  if (split == std::string_view::npos) return 0;
  crossfoot::Diagnostics diags;
  std::optional<crossfoot::Pack> pack =
      crossfoot::LoadPackText("fuzz.yaml", crossfoot::WithoutTests(input.substr(0, split)), &diags);
  if (!pack) return 0;
  crossfoot::Result<crossfoot::Document> doc =
      crossfoot::ParseDocument("f.txt", input.substr(split + 1));
  if (!doc.ok()) return 0;
  std::vector<const crossfoot::Pack*> packs = {&*pack};
  crossfoot::AuditDocument(doc.value(), packs, /*force=*/true, nullptr);
  return 0;
}
