#include "read/wrapped_lines.h"

#include <algorithm>
#include <string_view>

#include "read/numbering.h"
#include "util/unicode.h"

namespace crossfoot {
namespace {

// Lines shorter than this are never taken for wrapped prose (labels, headings, cells).
constexpr int kMinWrapColumns = 40;

bool EndsSentence(std::string_view text) {
  for (std::string_view end : {"。", "!", "?", ";", ":", "！", "？", "；", "：", ")"}) {
    if (text.size() >= end.size() && text.substr(text.size() - end.size()) == end) return true;
  }
  return false;
}

}  // namespace

WrapWidth::WrapWidth(const std::vector<SourceLine>& lines) {
  // A wrapped text has many lines of nearly one width: the most common width among the long
  // lines (within two columns) is the full width. One paragraph per line has no such peak.
  std::vector<int> widths;
  for (const SourceLine& l : lines) {
    if (l.blank()) continue;
    int w = DisplayWidth(l.text());
    if (w >= kMinWrapColumns && w <= 400) widths.push_back(w);
  }
  if (widths.size() < 8) return;
  std::sort(widths.begin(), widths.end());
  size_t best = 0;
  int best_width = 0;
  for (size_t i = 0, j = 0; i < widths.size(); ++i) {
    while (widths[i] - widths[j] > 4) ++j;
    if (i - j + 1 > best) {
      best = i - j + 1;
      best_width = widths[j];
    }
  }
  // At least a quarter of the long lines share the width.
  if (best * 4 >= widths.size()) full_ = best_width;
}

bool WrapWidth::Wraps(const SourceLine& line, const SourceLine& next) const {
  if (full_ == 0 || line.blank() || next.blank()) return false;
  if (DisplayWidth(line.text()) < full_ - 6) return false;
  if (EndsSentence(line.text())) return false;
  return ParseNumbering(next.text()).level == 0;
}

}  // namespace crossfoot
