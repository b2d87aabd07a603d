// Line and column of a byte offset, computed only when a location is printed.
//
//   LineIndex index(text);
//   LineColumn lc = index.Locate(text, offset);  // 1-based line, 1-based code-point column
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace crossfoot {

/// A 1-based line and 1-based column counted in Unicode code points.
struct LineColumn {
  size_t line = 0;
  size_t column = 0;
};

/// The start offset of every line of a text.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  LineIndex() = default;

  /// The line and column of `offset` in `text` (the text the index was built from).
  LineColumn Locate(std::string_view text, size_t offset) const;
  /// The text of 1-based line `line`, without its line terminator.
  std::string_view Line(std::string_view text, size_t line) const;
  size_t LineStart(size_t line) const { return starts_[line - 1]; }
  size_t line_count() const { return starts_.size(); }

 private:
  std::vector<size_t> starts_;
};

}  // namespace crossfoot
