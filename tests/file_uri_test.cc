#include "util/file_uri.h"

#include <gtest/gtest.h>

namespace crossfoot {
namespace {

TEST(FileUri, EncodesEverythingButUnreservedCharactersAndSlashes) {
  EXPECT_EQ(PercentEncodePath("reports/a-b_c.~d.md"), "reports/a-b_c.~d.md");
  EXPECT_EQ(PercentEncodePath("年 报#?.md"), "%E5%B9%B4%20%E6%8A%A5%23%3F.md");
  EXPECT_EQ(FileUri("/srv/r/a b.md"), "file:///srv/r/a%20b.md");
}

TEST(FileUri, DecodesWhatItEncodes) {
  for (const char* path : {"/srv/r/a b.md", "/年报/2021 报告.txt", "/a%b/c#d?.html", "/"}) {
    EXPECT_EQ(FileUriPath(FileUri(path)), std::string(path)) << path;
  }
}

TEST(FileUri, ReadsTheFormsClientsSend) {
  EXPECT_EQ(FileUriPath("file:///home/u/r.md"), "/home/u/r.md");
  EXPECT_EQ(FileUriPath("FILE://localhost/home/u/r.md"), "/home/u/r.md");
  EXPECT_EQ(FileUriPath("file:///home/u/%E5%B9%B4.md"), "/home/u/年.md");
  EXPECT_EQ(FileUriPath("file:///home/u/r.md?x=1#top"), "/home/u/r.md");
}

TEST(FileUri, RefusesWhatIsNotALocalFile) {
  EXPECT_EQ(FileUriPath("untitled:Untitled-1"), std::nullopt);
  EXPECT_EQ(FileUriPath("https://example.org/r.md"), std::nullopt);
  EXPECT_EQ(FileUriPath("file://server/share/r.md"), std::nullopt);
  EXPECT_EQ(FileUriPath("file:///bad%2"), std::nullopt);
  EXPECT_EQ(FileUriPath("file:///bad%zz"), std::nullopt);
  EXPECT_EQ(FileUriPath("file:"), std::nullopt);
  EXPECT_EQ(FileUriPath("file:///a%00b"), std::nullopt);
}

}  // namespace
}  // namespace crossfoot
