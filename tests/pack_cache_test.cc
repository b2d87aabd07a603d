// The parsed-pack cache: a tree read back is the tree written, a damaged entry is never used,
// and every shipped pack loads the same from the cache as from its YAML.
#include "rules/pack_cache.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/check_kind.h"
#include "rules/pack_loader.h"
#include "rules/pack_tree.h"
#include "rules/pattern_compiler.h"

namespace crossfoot {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "crossfoot-cache-XXXXXX").string();
    path_ = mkdtemp(pattern.data()) != nullptr ? pattern : "";
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Everything a loaded pack holds that a run uses, as text: two loads that print the same
// loaded the same pack. The loader reads the tree through one code path, cached or not; this
// compares the result, so a new pack key is covered without a change here.
std::string Describe(const Pack& p) {
  std::ostringstream out;
  out << p.id << "|" << p.title << "|" << p.description << "|" << p.language << "|" << p.version
      << "|" << (p.approximate_tolerance ? p.approximate_tolerance->ToString() : "-") << "\n";
  for (const auto& v : {p.applies_when.all, p.applies_when.any, p.applies_when.none}) {
    for (const std::string& s : v) out << s << ",";
    out << "\n";
  }
  for (const PositionColumns& c : p.columns_by_position) {
    out << "columns " << c.where.line << ":" << c.where.column << " " << c.rows.size() << " "
        << (c.section ? c.section->source() : "-");
    for (const std::string& n : c.names) out << " " << n;
    out << "\n";
  }
  for (const FactDef& f : p.facts) {
    out << "fact " << f.name << " " << f.label << " " << f.where.line << ":" << f.where.column
        << " repeat=" << f.repeat << " variant=" << f.selector.index();
    for (const std::string& s : f.slots) out << " " << s << "=" << f.slot_placeholder.at(s);
    if (const auto* prose = std::get_if<ProseSelector>(&f.selector)) {
      out << " text=" << prose->pattern.source() << " alternatives=" << prose->alternatives.size();
    } else if (const auto* table = std::get_if<TableSelector>(&f.selector)) {
      out << " columns=" << table->columns.size()
          << " row=" << (table->row ? table->row->source() : "-");
    }
    out << "\n";
  }
  for (const CheckDef& c : p.checks) {
    out << "check " << c.id << " " << c.kind << " " << c.severity << " " << c.where.line << ":"
        << c.where.column << " " << c.title << " | " << c.rationale << " facts:";
    for (const std::string& f : c.impl->FactsUsed()) out << " " << f;
    out << "\n";
  }
  for (const PackTest& t : p.tests) {
    out << "test " << t.name << " " << t.where.line << " " << t.format << " " << t.doc.size()
        << "\n";
  }
  return out.str();
}

TEST(PackTree, RoundTripsThroughBytes) {
  PackNode root(PackNode::Kind::kMap, {0, 0});
  PackNode list(PackNode::Kind::kSequence, {1, 2});
  PackNode item(PackNode::Kind::kScalar, {2, 4});
  item.set_scalar("主动公开{n}条");
  list.add_item(item);
  list.add_item(PackNode(PackNode::Kind::kNull, {3, 4}));
  PackNode key(PackNode::Kind::kScalar, {1, 0});
  key.set_scalar("facts");
  root.add_pair(key, list);
  std::string bytes;
  SerialisePackTree(root, &bytes);
  std::optional<PackNode> back = DeserialisePackTree(bytes);
  ASSERT_TRUE(back);
  EXPECT_TRUE(back->IsMap());
  EXPECT_EQ(back->size(), 1u);
  EXPECT_EQ((*back)["facts"].size(), 2u);
  EXPECT_EQ((*back)["facts"][0].Scalar(), "主动公开{n}条");
  EXPECT_EQ((*back)["facts"][0].Mark().line, 2);
  EXPECT_EQ((*back)["facts"][0].Mark().column, 4);
  EXPECT_TRUE((*back)["facts"][1].IsNull());
  EXPECT_FALSE((*back)["missing"].IsDefined());
  // Every truncation, and a byte too many, is refused rather than half-read.
  for (size_t n = 0; n < bytes.size(); ++n) {
    EXPECT_FALSE(DeserialisePackTree(std::string_view(bytes).substr(0, n))) << n;
  }
  EXPECT_FALSE(DeserialisePackTree(bytes + "x"));
}

TEST(PackTree, BoolsAsYamlCppReadsThem) {
  for (const char* yes : {"true", "True", "TRUE", "yes", "on", "y", "Y"}) {
    PackNode n(PackNode::Kind::kScalar, {});
    n.set_scalar(yes);
    EXPECT_EQ(PackBool(n), std::optional<bool>(true)) << yes;
  }
  for (const char* no : {"false", "No", "OFF", "n"}) {
    PackNode n(PackNode::Kind::kScalar, {});
    n.set_scalar(no);
    EXPECT_EQ(PackBool(n), std::optional<bool>(false)) << no;
  }
  for (const char* neither : {"tRue", "1", "", "yess"}) {
    PackNode n(PackNode::Kind::kScalar, {});
    n.set_scalar(neither);
    EXPECT_FALSE(PackBool(n)) << neither;
  }
}

TEST(PackCache, EveryShippedPackLoadsTheSameFromTheCache) {
  TempDir dir;
  PackCache cache(dir.path());
  for (const std::string& file : FindPackFiles(std::string(CROSSFOOT_SOURCE_DIR) + "/rules")) {
    for (bool with_tests : {false, true}) {
      Diagnostics plain_diags;
      std::optional<Pack> plain = LoadPackFile(file, &plain_diags, with_tests);
      ASSERT_TRUE(plain) << file;
      Diagnostics first_diags;
      std::optional<Pack> first = LoadPackFile(file, &first_diags, with_tests, &cache);
      ASSERT_TRUE(first) << file;
      Diagnostics cached_diags;
      std::optional<Pack> cached = LoadPackFile(file, &cached_diags, with_tests, &cache);
      ASSERT_TRUE(cached) << file;
      EXPECT_EQ(Describe(*plain), Describe(*first)) << file;
      EXPECT_EQ(Describe(*plain), Describe(*cached)) << file;
    }
  }
  EXPECT_GE(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 8);
}

TEST(PackCache, ADamagedEntryIsIgnoredAndRewritten) {
  TempDir dir;
  PackCache cache(dir.path());
  const std::string yaml =
      "pack: t\nchecks:\n  - id: T-1\n    assert: \"a == 1\"\nfacts:\n  a: { text: \"a{n}\" }\n";
  Diagnostics d1;
  ASSERT_TRUE(LoadPackText("t.yaml", yaml, &d1, &cache));
  const std::string entry = cache.EntryPath(yaml);
  const std::string good = ReadAll(entry);
  ASSERT_FALSE(good.empty());
  ASSERT_TRUE(cache.Find(yaml));
  // A flipped byte anywhere in the entry, or a truncated entry: never used.
  for (size_t at : {size_t{0}, good.size() / 2, good.size() - 1}) {
    std::string bad = good;
    bad[at] = static_cast<char>(bad[at] ^ 0x20);
    std::ofstream(entry, std::ios::binary | std::ios::trunc) << bad;
    EXPECT_FALSE(cache.Find(yaml)) << at;
  }
  std::ofstream(entry, std::ios::binary | std::ios::trunc) << good.substr(0, good.size() - 3);
  EXPECT_FALSE(cache.Find(yaml));
  // The loader parses the YAML afresh, and stores a good entry again.
  Diagnostics d2;
  std::optional<Pack> again = LoadPackText("t.yaml", yaml, &d2, &cache);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->checks.at(0).id, "T-1");
  EXPECT_EQ(ReadAll(entry), good);
  // Another text has another entry: a changed pack is never read from the old one.
  EXPECT_FALSE(cache.Find(yaml + "# changed\n"));
}

TEST(PackCache, AnEntryKeepsThePrefiltersOfItsPatterns) {
  TempDir dir;
  PackCache cache(dir.path());
  const std::string yaml =
      "pack: t\nchecks:\n  - id: T-1\n    assert: \"a == 1\"\nfacts:\n  a: { text: "
      "\"行政复议{n}件\" }\n";
  Diagnostics d1;
  ASSERT_TRUE(LoadPackText("t.yaml", yaml, &d1, &cache));
  std::optional<PackCache::Entry> entry = cache.Find(yaml);
  ASSERT_TRUE(entry);
  EXPECT_TRUE(entry->loaded);
  auto it = entry->prefilters.find(PatternCompiler::Key("行政复议{n}件", true));
  ASSERT_NE(it, entry->prefilters.end());
  const auto& atoms = it->second.atoms;
  EXPECT_TRUE(std::any_of(atoms.begin(), atoms.end(),
                          [](const PatternPrefilter::Atom& a) { return a.text == "行政复议"; }));
  // The table survives its bytes; a table cut short anywhere is refused whole.
  std::string bytes;
  SerialisePrefilters(entry->prefilters, &bytes);
  std::optional<PrefilterTable> back = DeserialisePrefilters(bytes);
  ASSERT_TRUE(back);
  ASSERT_EQ(back->size(), entry->prefilters.size());
  EXPECT_EQ(back->begin()->second.answers, entry->prefilters.begin()->second.answers);
  for (size_t cut = 0; cut < bytes.size(); ++cut)
    EXPECT_FALSE(DeserialisePrefilters(bytes.substr(0, cut))) << cut;
  // The pack loaded from the entry finds what the pack loaded afresh finds.
  Diagnostics d2;
  std::optional<Pack> cached = LoadPackText("t.yaml", yaml, &d2, &cache);
  ASSERT_TRUE(cached);
  const Pattern& pattern = std::get<ProseSelector>(cached->facts.at(0).selector).pattern;
  EXPECT_TRUE(pattern.FindAll("全年受理诉讼3件").empty());
  EXPECT_FALSE(pattern.compiled_yet());
  EXPECT_EQ(pattern.FindAll("收到行政复议12件").size(), 1u);
}

TEST(PackCache, ErrorsAreReportedTheSameFromACachedTree) {
  TempDir dir;
  PackCache cache(dir.path());
  const std::string yaml = "pack: t\nchecks:\n  - id: T-1\n    assert: \"b == 1\"\n";
  for (int run = 0; run < 2; ++run) {
    Diagnostics diags;
    EXPECT_FALSE(LoadPackText("t.yaml", yaml, &diags, &cache));
    ASSERT_FALSE(diags.all().empty());
    EXPECT_EQ(diags.all().front().where.line, 3) << run;
  }
  // A text yaml-cpp refuses is never stored.
  Diagnostics bad;
  EXPECT_FALSE(LoadPackText("t.yaml", "pack: [", &bad, &cache));
  EXPECT_FALSE(fs::exists(cache.EntryPath("pack: [")));
}

}  // namespace
}  // namespace crossfoot
