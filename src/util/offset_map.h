// The map from each byte of a normalised text back to the source byte it came from, stored
// as segments rather than one offset per byte.
//
//   OffsetMap m;
//   m.PushRun(100, 3, /*linear=*/true);   // bytes copied as written: 100, 101, 102
//   m.PushRun(103, 1, /*linear=*/false);  // "，" normalised to ",": 103
//   m[1] == 101; m.size() == 4;
//
// A report's text is nearly all copied as written (ASCII, CJK), so a whole line is one or a
// few segments: four bytes per byte of text became about one segment per normalised
// character (full-width punctuation), which was most of a document's memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <vector>

namespace crossfoot {

class OffsetMap {
 public:
  OffsetMap() = default;
  OffsetMap(std::initializer_list<uint32_t> values) {
    for (uint32_t v : values) push_back(v);
  }

  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }
  uint32_t operator[](size_t i) const;
  uint32_t front() const { return segments_.front().source; }
  uint32_t back() const { return (*this)[size_ - 1]; }

  void push_back(uint32_t value) { PushRun(value, 1, true); }
  void pop_back();
  /// Replaces the last value (which must exist).
  void ReplaceBack(uint32_t value) {
    pop_back();
    push_back(value);
  }
  /// Appends `count` values: first, first + 1, … when linear; first, first, … otherwise.
  void PushRun(uint32_t first, size_t count, bool linear);
  /// Appends values [begin, end) of another map.
  void Append(const OffsetMap& other, size_t begin, size_t end);
  /// Values [begin, end) as a map of their own.
  OffsetMap Slice(size_t begin, size_t end) const {
    OffsetMap out;
    out.Append(*this, begin, end);
    return out;
  }

  /// Adds `by` to every value (a fragment read on its own, placed back in its document).
  void Shift(uint32_t by) {
    for (Segment& s : segments_) s.source += by;
  }

  /// The values one by one (tests and diagnostics).
  std::vector<uint32_t> Values() const;
  size_t segment_count() const { return segments_.size(); }

 private:
  struct Segment {
    uint32_t at = 0;      // index of the segment's first value
    uint32_t source = 0;  // its value
    bool linear = true;   // later values step by one (else they repeat it)
  };
  size_t SegmentOf(size_t i) const;

  std::vector<Segment> segments_;
  size_t size_ = 0;
};

}  // namespace crossfoot
