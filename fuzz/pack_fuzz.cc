// libFuzzer target: the rule-pack loader on arbitrary YAML. It must report, never crash; a pack
// that loads must run its own tests without crashing.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/pack_tests.h"
#include "rules/pack_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  crossfoot::Diagnostics diags;
  std::optional<crossfoot::Pack> pack = crossfoot::LoadPackText(
      "fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size), &diags);
  // Running a pack's tests exercises binding and checks; big shipped packs would slow the search.
  if (pack && pack->tests.size() <= 4) crossfoot::RunPackTests(*pack);
  if (!pack && diags.all().empty()) __builtin_trap();  // a rejected pack always says why
  return 0;
}
