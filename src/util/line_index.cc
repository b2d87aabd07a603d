#include "util/line_index.h"

#include <algorithm>

#include "util/unicode.h"

namespace crossfoot {

LineIndex::LineIndex(std::string_view text) {
  starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts_.push_back(i + 1);
  }
}

LineColumn LineIndex::Locate(std::string_view text, size_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  size_t line = static_cast<size_t>(it - starts_.begin());
  size_t start = starts_[line - 1];
  return {line, CodePointCount(text.substr(start, offset - start)) + 1};
}

std::string_view LineIndex::Line(std::string_view text, size_t line) const {
  size_t start = starts_[line - 1];
  size_t end = line < starts_.size() ? starts_[line] : text.size();
  std::string_view s = text.substr(start, end - start);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace crossfoot
