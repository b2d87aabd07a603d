// The shipped packs on the sample report, its corrected copy and a copy with planted errors,
// and every pack's own test cases.
#include <gtest/gtest.h>

#include <set>

#include "engine/audit.h"
#include "engine/pack_tests.h"
#include "read/read_document.h"
#include "rules/pack_loader.h"

namespace crossfoot {
namespace {

const std::string kRoot = CROSSFOOT_SOURCE_DIR;

std::unique_ptr<Pack> LoadShipped(const std::string& path) {
  Diagnostics diags;
  std::optional<Pack> pack = LoadPackFile(kRoot + "/" + path, &diags);
  EXPECT_TRUE(pack.has_value()) << (diags.all().empty() ? "" : diags.all()[0].ToString());
  return std::make_unique<Pack>(std::move(*pack));
}

std::set<std::pair<std::string, size_t>> Found(const std::string& report) {
  auto pack = LoadShipped("rules/cn-gis-2008.yaml");
  Result<Document> doc = ReadDocument(kRoot + "/" + report);
  EXPECT_TRUE(doc.ok());
  FileReport r = AuditDocument(doc.value(), {pack.get()}, false);
  std::set<std::pair<std::string, size_t>> out;
  for (const Finding& f : r.findings) out.insert({f.rule_id, f.primary.start.line});
  return out;
}

TEST(Xiamen2018, EveryGenuineInconsistencyAndNothingElse) {
  std::set<std::pair<std::string, size_t>> expected = {
      {"GIS-P11", 10},  // 办结率100% while 1222 of 1235 were answered
      {"GIS-P14", 14},  // 260 working days / 129 items is not about 5.5
      {"GIS-P15", 22},  // 5 微博 + 26 微信 ≠ 32 新媒体
      {"GIS-P02", 26},  // 443610 + 136006 ≠ 579574
      {"GIS-P06", 50},  // 1429 + 6318 ≠ 7738
      {"GIS-P09", 52},  // 382 + 112 + 151 + 479 ≠ 1222
      {"GIS-X08", 52},  // 1222 answered in prose, 1235 in the appendix
      {"GIS-X12", 52},  // 479 other replies in prose, 590 in the appendix
      {"GIS-X14", 58},  // 119 reviews in prose, 196 in the appendix
      {"GIS-X15", 58},  // 67 lawsuits in prose, 97 in the appendix
      // 1994 + 3828 + 1824 ≠ 7738: the total agrees with the prose and the other columns, so
      // the figure to correct is the 1824 of line 120.
      {"GIS-A02", 120},
      {"GIS-A04", 138},  // 3565 + 497 + 702 + 2923 ≠ 7686
  };
  EXPECT_EQ(Found("reports/xiamen-2018.txt"), expected);
}

TEST(Xiamen2018, TheCorrectedCopyIsSilent) {
  EXPECT_TRUE(Found("fixtures/xiamen-2018-corrected.txt").empty());
}

TEST(Xiamen2018, PlantedErrorsAreFoundExactly) {
  std::set<std::pair<std::string, size_t>> expected = {
      {"GIS-X01", 10},   // a transposed digit in the overview's restated total
      {"GIS-P04", 28},   // a wrong percentage
      {"GIS-A05", 106},  // a yearly figure above its cumulative figure
  };
  EXPECT_EQ(Found("fixtures/xiamen-2018-planted.txt"), expected);
}

TEST(PackTests, EveryShippedAndFixturePackPassesItsOwnTests) {
  for (const std::string& dir : {std::string("rules"), std::string("fixtures/packs")}) {
    for (const std::string& file : FindPackFiles(kRoot + "/" + dir)) {
      Diagnostics diags;
      std::optional<Pack> pack = LoadPackFile(file, &diags);
      ASSERT_TRUE(pack.has_value()) << file;
      std::vector<PackTestResult> results = RunPackTests(*pack);
      EXPECT_FALSE(results.empty()) << file << " carries no tests";
      for (const PackTestResult& r : results) {
        EXPECT_TRUE(r.passed) << file << ": " << r.name << ": expected " << r.expected.size()
                              << " ids, found " << r.found.size() << " " << r.error;
      }
    }
  }
}

}  // namespace
}  // namespace crossfoot
