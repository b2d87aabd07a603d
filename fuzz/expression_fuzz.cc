// libFuzzer target: the assertion parser.
#include <cstddef>
#include <cstdint>
#include <string>

#include "rules/expression.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto a = crossfoot::ParseAssertion(std::string(reinterpret_cast<const char*>(data), size));
  if (a.ok()) a.value().Names();
  return 0;
}
