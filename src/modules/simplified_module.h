// The Chinese-script module's interface (libcrossfoot_simplified.so,
// src/modules/simplified_module.cc): Traditional characters as Simplified, by OpenCC. The module
// is the one place that uses OpenCC; util/simplified.cc loads it (util/module.h) only when a
// document is written in Traditional script.
#pragma once

#include <string>

/// Converts each line of `lines` (one character a line) from Traditional to Simplified script
/// with OpenCC's t2s configuration, into *out (the same number of lines). 1 on success; 0 with
/// the reason in *out otherwise.
extern "C" int crossfoot_simplified_lines(const std::string* lines, std::string* out);
