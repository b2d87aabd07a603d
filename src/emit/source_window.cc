#include "emit/source_window.h"

#include "util/escape.h"
#include "util/unicode.h"

namespace crossfoot {
namespace {

struct Glyph {
  std::string text;
  int width;
};

std::vector<Glyph> Glyphs(std::string_view line) {
  std::vector<Glyph> out;
  size_t pos = 0;
  while (pos < line.size()) {
    size_t start = pos;
    char32_t cp = NextCodePoint(line, &pos);
    std::string_view bytes = line.substr(start, pos - start);
    // A tab is shown as one space so that the markers stay aligned; other controls (an escape
    // sequence, a bidi override) are shown escaped, as wide as their escape.
    if (cp == '\t') {
      out.push_back({" ", 1});
    } else if (IsUnsafeToPrint(cp) || (cp == 0xFFFD && bytes.size() == 1)) {
      std::string shown = EscapeControls(bytes);
      int width = static_cast<int>(shown.size());
      out.push_back({std::move(shown), width});
    } else {
      out.push_back({std::string(bytes), DisplayWidth(bytes)});
    }
  }
  return out;
}

}  // namespace

SourceWindow MakeWindow(std::string_view line, const std::vector<Underline>& underlines,
                        int width) {
  std::vector<Glyph> glyphs = Glyphs(line);
  size_t n = glyphs.size();
  size_t focus_begin = underlines.empty() ? 0 : std::min(underlines[0].begin, n);
  size_t focus_end = underlines.empty() ? 0 : std::min(underlines[0].end, n);
  // Grow the window around the focus, alternating sides, until it is full.
  size_t begin = focus_begin;
  size_t end = focus_end;
  int used = 0;
  for (size_t i = begin; i < end; ++i) used += glyphs[i].width;
  bool grew = true;
  while (grew) {
    grew = false;
    if (begin > 0 && used + glyphs[begin - 1].width <= width) {
      used += glyphs[--begin].width;
      grew = true;
    }
    if (end < n && used + glyphs[end].width <= width) {
      used += glyphs[end++].width;
      grew = true;
    }
  }
  SourceWindow w;
  if (begin > 0) {
    w.text += "…";
    w.marks += " ";
  }
  for (size_t i = begin; i < end; ++i) {
    w.text += glyphs[i].text;
    char mark = ' ';
    for (const Underline& u : underlines) {
      if (i >= u.begin && i < u.end && mark == ' ') mark = u.mark;
    }
    w.marks.append(static_cast<size_t>(glyphs[i].width), mark);
  }
  if (end < n) w.text += "…";
  while (!w.marks.empty() && w.marks.back() == ' ') w.marks.pop_back();
  return w;
}

}  // namespace crossfoot
