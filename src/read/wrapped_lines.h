// Paragraphs wrapped over several lines in plain text: text copied out of a PDF, or
// `pdftotext -layout`, breaks every paragraph at the page width, often mid-sentence.
//
//   WrapWidth width(lines);                       // the text's full line width
//   if (width.Wraps(lines[i], lines[i + 1])) ...  // line i continues on line i + 1
#pragma once

#include <vector>

#include "read/source_lines.h"

namespace crossfoot {

/// Tells when a line of plain text is a wrapped part of a paragraph.
class WrapWidth {
 public:
  explicit WrapWidth(const std::vector<SourceLine>& lines);

  /// True when `line` fills the text's line width, does not end its sentence, and `next`
  /// goes on with the same paragraph (it is not blank and not numbered).
  bool Wraps(const SourceLine& line, const SourceLine& next) const;

 private:
  int full_ = 0;  // display columns of a full line; 0 when the text is not wrapped
};

}  // namespace crossfoot
