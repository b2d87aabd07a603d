// Showing a long source line as a window around the figures of interest, with markers under
// them placed by display width (CJK characters are two columns wide).
//
//   SourceWindow w = MakeWindow(line, {{col_begin, col_end, '^'}}, 72);
//   // w.text  = "…累计主动公开579574条,其中…"
//   // w.marks = "         ^^^^^^"
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace crossfoot {

/// A range of code-point columns [begin, end) (0-based) to underline with `mark`.
struct Underline {
  size_t begin = 0;
  size_t end = 0;
  char mark = '^';
};

struct SourceWindow {
  std::string text;
  std::string marks;
};

/// A window of at most `width` display columns around the first underline; the others are
/// marked when they fall inside it. Cut ends are shown as "…".
SourceWindow MakeWindow(std::string_view line, const std::vector<Underline>& underlines, int width);

}  // namespace crossfoot
