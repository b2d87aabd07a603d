// OffsetMap against the plain vector it replaced: every operation, on random sequences that
// mix the runs a normaliser makes (bytes copied as written, characters normalised to one or
// more bytes, separators mapped to one point).
#include "util/offset_map.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace crossfoot {
namespace {

void ExpectSame(const OffsetMap& map, const std::vector<uint32_t>& plain) {
  ASSERT_EQ(map.size(), plain.size());
  EXPECT_EQ(map.Values(), plain);
  for (size_t i = 0; i < plain.size(); ++i) ASSERT_EQ(map[i], plain[i]) << "at " << i;
  if (!plain.empty()) {
    EXPECT_EQ(map.front(), plain.front());
    EXPECT_EQ(map.back(), plain.back());
  }
}

TEST(OffsetMap, TextCopiedAsWrittenIsOneSegment) {
  OffsetMap m;
  for (uint32_t i = 0; i < 1000; ++i) m.push_back(40 + i);
  EXPECT_EQ(m.segment_count(), 1U);
  EXPECT_EQ(m[999], 1039U);
  m.PushRun(1040, 300, true);
  EXPECT_EQ(m.segment_count(), 1U);
}

TEST(OffsetMap, NormalisedCharactersRepeatTheirSourceOffset) {
  OffsetMap m;
  m.PushRun(0, 6, true);   // "厦门"
  m.PushRun(6, 1, false);  // "，" → ","
  m.PushRun(9, 2, false);  // "㎡" → "m2"
  m.PushRun(12, 3, true);  // "市"
  m.push_back(15);         // the end
  ExpectSame(m, {0, 1, 2, 3, 4, 5, 6, 9, 9, 12, 13, 14, 15});
}

TEST(OffsetMap, MatchesAPlainVectorUnderRandomOperations) {
  std::mt19937 engine(20261202);
  auto random = [&engine] { return static_cast<uint32_t>(engine()); };
  for (int round = 0; round < 300; ++round) {
    OffsetMap map;
    std::vector<uint32_t> plain;
    uint32_t at = random() % 5;
    for (int step = 0; step < 60; ++step) {
      switch (random() % 6) {
        case 0:
        case 1: {  // a run copied as written, or repeated, from here or from a jump
          size_t count = random() % 5;
          bool linear = random() % 2 == 0;
          if (random() % 3 == 0) at += random() % 4;
          map.PushRun(at, count, linear);
          for (size_t i = 0; i < count; ++i)
            plain.push_back(linear ? at + static_cast<uint32_t>(i) : at);
          at += linear ? static_cast<uint32_t>(count) : 1;
          break;
        }
        case 2:
          at = random() % 50;  // back to anywhere (table cells, joins)
          map.push_back(at);
          plain.push_back(at);
          break;
        case 3:
          if (!plain.empty()) {
            map.pop_back();
            plain.pop_back();
          }
          break;
        case 4:
          if (!plain.empty()) {
            uint32_t v = random() % 60;
            map.ReplaceBack(v);
            plain.back() = v;
          }
          break;
        default: {
          size_t b = plain.empty() ? 0 : random() % plain.size();
          size_t e = plain.empty() ? 0 : b + random() % (plain.size() - b + 1);
          OffsetMap slice = map.Slice(b, e);
          ExpectSame(slice, std::vector<uint32_t>(plain.begin() + static_cast<long>(b),
                                                  plain.begin() + static_cast<long>(e)));
          map.Append(slice, 0, slice.size());
          plain.insert(plain.end(), plain.begin() + static_cast<long>(b),
                       plain.begin() + static_cast<long>(e));
          break;
        }
      }
      ExpectSame(map, plain);
      if (HasFatalFailure()) return;
    }
  }
}

}  // namespace
}  // namespace crossfoot
