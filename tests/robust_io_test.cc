// The helpers behind issue #16's input and output rules: escaping, bounded reads, YAML text
// checks, the JSON policy, and the source window with control characters; and issue #26's:
// private directories, the nesting of JSON texts, the text aliases expand to.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "emit/json_text.h"
#include "emit/source_window.h"
#include "rules/yaml_checks.h"
#include "util/encoding.h"
#include "util/escape.h"
#include "util/file_read.h"
#include "util/json_depth.h"
#include "util/private_directory.h"

namespace crossfoot {
namespace {

TEST(EscapeControls, PlainTextIsUnchanged) {
  EXPECT_EQ(EscapeControls("reports/厦门 2018.txt \\n"), "reports/厦门 2018.txt \\n");
}

TEST(EscapeControls, ControlsAreShownVisibly) {
  EXPECT_EQ(EscapeControls("e\n::warning::x"), "e\\n::warning::x");
  EXPECT_EQ(EscapeControls("a\r\tb"), "a\\r\\tb");
  EXPECT_EQ(EscapeControls("\x1b[2J\x07\x7f"), "\\x1b[2J\\x07\\x7f");
  EXPECT_EQ(EscapeControls("\xC2\x9B"), "\\x9b");                   // C1 CSI
  EXPECT_EQ(EscapeControls("x\u202Ey\u2066"), "x\\u202ey\\u2066");  // bidi overrides
  EXPECT_EQ(EscapeControls("bad\xff\xfe"), "bad\\xff\\xfe");        // not UTF-8
  EXPECT_EQ(EscapeControls("\uFFFD"), "\uFFFD");                    // a real U+FFFD stays
}

TEST(SourceWindow, ControlsAreEscapedAndTheMarksStayAligned) {
  SourceWindow w = MakeWindow(
      "a\x1b"
      "b 12",
      {{4, 6, '^'}}, 40);
  EXPECT_EQ(w.text, "a\\x1bb 12");
  EXPECT_EQ(w.marks, "       ^^");
}

class TempFile : public ::testing::Test {
 protected:
  void SetUp() override {
    char name[] = "/tmp/robust_io_test.XXXXXX";
    int fd = mkstemp(name);
    ASSERT_GE(fd, 0);
    close(fd);
    path_ = name;
  }
  void TearDown() override { std::remove(path_.c_str()); }
  void Write(const std::string& bytes) { std::ofstream(path_, std::ios::binary) << bytes; }
  std::string path_;
};

TEST_F(TempFile, ReadsARegularFileUpToTheLimit) {
  Write("12345");
  Result<std::string> at = ReadRegularFile(path_, 5);
  ASSERT_TRUE(at.ok());
  EXPECT_EQ(at.value(), "12345");
  Result<std::string> over = ReadRegularFile(path_, 4);
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.error(), "the file is 5 bytes, over the limit of 4 bytes");
}

TEST(ReadRegularFile, RefusesDevicesDirectoriesAndMissingFiles) {
  EXPECT_EQ(ReadRegularFile("/dev/zero", 10).error(),
            "cannot read: it is a character device, not a regular file");
  EXPECT_EQ(ReadRegularFile("/tmp", 10).error(), "cannot read: it is a directory");
  EXPECT_EQ(ReadRegularFile("/nonexistent/file", 10).error(), kCannotReadFile);
}

TEST(ReadRegularFile, RefusesAFifoWithoutWaitingForAWriter) {
  std::string path = "/tmp/robust_io_test_fifo." + std::to_string(getpid());
  ASSERT_EQ(mkfifo(path.c_str(), 0600), 0);
  Result<std::string> r = ReadRegularFile(path, 10);
  std::remove(path.c_str());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error(), "cannot read: it is a FIFO (named pipe), not a regular file");
}

TEST(CheckYamlText, DropsByteOrderMarksAndLocatesBytesThatAreNotUtf8) {
  std::string_view bom = "\xEF\xBB\xBF\xEF\xBB\xBFpack: p\n";
  EXPECT_FALSE(CheckYamlText(&bom));
  EXPECT_EQ(bom, "pack: p\n");
  std::string_view gbk = "pack: p\nfacts:\n  a: \xB9\xB2\n";
  std::optional<YamlProblem> p = CheckYamlText(&gbk);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->line, 3);
  EXPECT_EQ(p->column, 6);
}

TEST(FindDuplicateKeys, FindsRepeatsAtEveryDepthInLineOrder) {
  YAML::Node root = YAML::Load("a: 1\nb:\n  - x: 1\n    x: 2\na: 3\n");
  std::vector<YamlProblem> found = FindDuplicateKeys(root);
  ASSERT_EQ(found.size(), 2U);
  EXPECT_EQ(found[0].line, 4);
  EXPECT_EQ(found[0].message, "duplicate key 'x' (first at line 3)");
  EXPECT_EQ(found[1].line, 5);
  EXPECT_EQ(found[1].message, "duplicate key 'a' (first at line 1)");
}

TEST(FindDuplicateKeys, AliasesCannotMakeTheWalkExplode) {
  std::string yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 9; ++i) {
    std::string prev = "*a" + std::to_string(i - 1);
    yaml += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [" + prev + ", " + prev +
            ", " + prev + ", " + prev + ", " + prev + ", " + prev + ", " + prev + ", " + prev +
            ", " + prev + ", " + prev + "]\n";
  }
  std::vector<YamlProblem> found = FindDuplicateKeys(YAML::Load(yaml));
  ASSERT_EQ(found.size(), 1U);
  EXPECT_EQ(found[0].message,
            "the YAML has more than 1000000 nodes (counting each use of an alias)");
}

TEST(FindDuplicateKeys, AliasesCannotExpandToGigabytesOfText) {
  std::string yaml = "big: &big \"" + std::string(300000, 'x') + "\"\nuses:\n";
  for (int i = 0; i < 100; ++i) yaml += "  - *big\n";
  std::vector<YamlProblem> found = FindDuplicateKeys(YAML::Load(yaml));
  ASSERT_EQ(found.size(), 1U);
  EXPECT_TRUE(found[0].fatal);
  EXPECT_EQ(found[0].line, 1);  // the anchor
  EXPECT_EQ(found[0].message,
            "aliases expand the YAML to more than 16777216 bytes of text (this node's text counts "
            "at each use of its anchor)");
  EXPECT_TRUE(FindDuplicateKeys(YAML::Load("a: &a x\nb: *a\n")).empty());
}

TEST(JsonNestingDepth, CountsBracketsOutsideStrings) {
  EXPECT_EQ(JsonNestingDepth("1"), 0U);
  EXPECT_EQ(JsonNestingDepth(R"({"a": [1, {"b": []}]})"), 4U);
  EXPECT_EQ(JsonNestingDepth(R"({"a": "[[[{{{\"[["})"), 1U);
  EXPECT_EQ(JsonNestingDepth(std::string(100000, '[')), 100000U);
  EXPECT_EQ(JsonNestingDepth("]]]}}["), 1U);  // stray closers never go below zero
}

TEST(PrivateDirectory, MadePrivateAndRefusedWhenOthersCanWrite) {
  char pattern[] = "/tmp/crossfoot-private-XXXXXX";
  ASSERT_NE(mkdtemp(pattern), nullptr);
  const std::string base = pattern;
  const std::string made = base + "/a/b";
  Result<FileDescriptor> opened = OpenPrivateDirectory(made);
  ASSERT_TRUE(opened.ok()) << opened.error();
  struct stat st {};
  ASSERT_EQ(stat(made.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0700U);
  ASSERT_EQ(chmod(made.c_str(), 0770), 0);
  Result<FileDescriptor> shared = OpenPrivateDirectory(made);
  ASSERT_FALSE(shared.ok());
  EXPECT_EQ(shared.error(), "it is writable by its group");
  ASSERT_EQ(chmod(made.c_str(), 0703), 0);
  EXPECT_EQ(OpenPrivateDirectory(made).error(), "it is writable by others");
  const std::string file = base + "/f";
  std::ofstream(file) << "x";
  EXPECT_FALSE(OpenPrivateDirectory(file).ok());
  EXPECT_EQ(NonRegularKind(file), "");
  EXPECT_EQ(NonRegularKind(base), "a directory");
  EXPECT_EQ(NonRegularKind(base + "/missing"), "");
  const std::string fifo = base + "/p";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_EQ(NonRegularKind(fifo), "a FIFO (named pipe)");
  std::remove(fifo.c_str());
  std::remove(file.c_str());
  rmdir(made.c_str());
  rmdir((base + "/a").c_str());
  rmdir(base.c_str());
}

TEST(JsonText, ReplacesBytesThatAreNotUtf8) {
  nlohmann::ordered_json j = {{"path", "a\xff.txt"}};
  EXPECT_EQ(JsonText(j), "{\"path\":\"a\uFFFD.txt\"}");
}

TEST(DecodeToUtf8, DecodesUtf16WithAByteOrderMark) {
  Result<DecodedText> le = DecodeToUtf8(std::string("\xFF\xFE\x71\x51\x31\x00", 6));
  ASSERT_TRUE(le.ok());
  EXPECT_EQ(le.value().text, "共1");
  EXPECT_EQ(le.value().encoding, "UTF-16LE (BOM)");
  EXPECT_TRUE(LooksLikeUtf16WithoutBom(std::string("R\0e\0p\0o\0", 8)));
  EXPECT_FALSE(LooksLikeUtf16WithoutBom("plain text"));
}

}  // namespace
}  // namespace crossfoot
