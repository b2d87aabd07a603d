#include "emit/source_window.h"

#include <gtest/gtest.h>

namespace crossfoot {
namespace {

TEST(SourceWindow, ShortLinesAreShownWhole) {
  SourceWindow w = MakeWindow("total 579574", {{6, 12, '^'}}, 40);
  EXPECT_EQ(w.text, "total 579574");
  EXPECT_EQ(w.marks, "      ^^^^^^");
}

TEST(SourceWindow, CjkCharactersAreTwoColumnsWide) {
  SourceWindow w = MakeWindow("累计公开579574条", {{4, 10, '^'}}, 40);
  EXPECT_EQ(w.marks, "        ^^^^^^");
}

TEST(SourceWindow, LongLinesAreCutAroundTheFigure) {
  std::string line = std::string(100, 'a') + "12345" + std::string(100, 'b');
  SourceWindow w = MakeWindow(line, {{100, 105, '^'}, {0, 1, '~'}}, 21);
  EXPECT_EQ(w.text, "…aaaaaaaa12345bbbbbbbb…");
  EXPECT_EQ(w.marks, "         ^^^^^");
}

TEST(SourceWindow, OtherFiguresInTheWindowAreMarked) {
  SourceWindow w = MakeWindow("1 + 2 = 4", {{8, 9, '^'}, {0, 1, '~'}, {4, 5, '~'}}, 40);
  EXPECT_EQ(w.marks, "~   ~   ^");
}

}  // namespace
}  // namespace crossfoot
