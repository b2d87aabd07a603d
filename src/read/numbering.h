// Chinese and Markdown heading numbering: 一、 (一) 1. (1) ① and #.
//
//   Numbering n = ParseNumbering("(二)对申请的办理情况。2018年…");
//   n.level == 2; n.text == "(二)"
#pragma once

#include <string>
#include <string_view>

namespace crossfoot {

/// The numbering that opens a line, and the heading level it implies (0: none).
struct Numbering {
  int level = 0;
  std::string text;   // the numbering as written (normalised)
  size_t length = 0;  // bytes of the line it covers, including following spaces
};

/// Reads the numbering at the start of NFKC-normalised, left-trimmed text.
Numbering ParseNumbering(std::string_view line);

}  // namespace crossfoot
