#include "modules/simplified_module.h"

#include <opencc/opencc.h>

#include <exception>

extern "C" int crossfoot_simplified_lines(const std::string* lines, std::string* out) {
  // OpenCC throws when its configuration or dictionaries are missing: stopped here.
  try {
    static const opencc::SimpleConverter kConverter(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
    *out = kConverter.Convert(*lines);
    return 1;
  } catch (const std::exception& e) {
    *out = std::string("OpenCC could not convert Traditional script: ") + e.what();
    return 0;
  }
}
