#include "util/offset_map.h"

#include <algorithm>

namespace crossfoot {

size_t OffsetMap::SegmentOf(size_t i) const {
  auto it = std::upper_bound(segments_.begin(), segments_.end(), i,
                             [](size_t index, const Segment& s) { return index < s.at; });
  return static_cast<size_t>(it - segments_.begin()) - 1;
}

uint32_t OffsetMap::operator[](size_t i) const {
  const Segment& s = segments_[SegmentOf(i)];
  return s.linear ? s.source + static_cast<uint32_t>(i - s.at) : s.source;
}

void OffsetMap::pop_back() {
  --size_;
  if (segments_.back().at == size_) segments_.pop_back();
}

void OffsetMap::PushRun(uint32_t first, size_t count, bool linear) {
  if (count == 0) return;
  // A run of one value steps either way: it takes the step of the segment it extends.
  if (count == 1) linear = segments_.empty() || segments_.back().linear;
  if (!segments_.empty()) {
    Segment& last = segments_.back();
    const size_t length = size_ - last.at;
    const uint32_t next = last.linear ? last.source + static_cast<uint32_t>(length) : last.source;
    if (length == 1 && (first == last.source || first == last.source + 1) &&
        (count == 1 || linear == (first == last.source + 1))) {
      // A one-value segment takes the step its next value shows.
      last.linear = first == last.source + 1;
      size_ += count;
      return;
    }
    if (first == next && last.linear == linear) {
      size_ += count;
      return;
    }
    if (first == next && count > 1) {
      // The first value continues this segment; the rest start one of the other step.
      ++size_;
      segments_.push_back({static_cast<uint32_t>(size_), linear ? first + 1 : first, linear});
      size_ += count - 1;
      return;
    }
  }
  segments_.push_back({static_cast<uint32_t>(size_), first, linear});
  size_ += count;
}

void OffsetMap::Append(const OffsetMap& other, size_t begin, size_t end) {
  end = std::min(end, other.size_);
  if (begin >= end) return;
  for (size_t k = other.SegmentOf(begin); k < other.segments_.size(); ++k) {
    const Segment& s = other.segments_[k];
    const size_t seg_end = k + 1 < other.segments_.size() ? other.segments_[k + 1].at : other.size_;
    const size_t from = std::max<size_t>(begin, s.at);
    const size_t to = std::min(end, seg_end);
    if (from >= to) break;
    const uint32_t first = s.linear ? s.source + static_cast<uint32_t>(from - s.at) : s.source;
    PushRun(first, to - from, s.linear);
  }
}

std::vector<uint32_t> OffsetMap::Values() const {
  std::vector<uint32_t> out;
  out.reserve(size_);
  for (size_t k = 0; k < segments_.size(); ++k) {
    const Segment& s = segments_[k];
    const size_t seg_end = k + 1 < segments_.size() ? segments_[k + 1].at : size_;
    for (size_t i = s.at; i < seg_end; ++i) {
      out.push_back(s.linear ? s.source + static_cast<uint32_t>(i - s.at) : s.source);
    }
  }
  return out;
}

}  // namespace crossfoot
