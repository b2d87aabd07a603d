// The figure recogniser against tests/data/figures.tsv: written form → value, interval and
// kind, for every way real reports write (and do not write) figures. Each line says why it
// matters.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "figures/recognise.h"
#include "util/unicode.h"

namespace crossfoot {
namespace {

struct Case {
  int line;
  std::string input;
  std::string expected;
  std::string reason;
};

std::vector<Case> LoadCases() {
  std::ifstream in(std::string(CROSSFOOT_SOURCE_DIR) + "/tests/data/figures.tsv");
  std::vector<Case> cases;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream ss(line);
    std::string field;
    while (std::getline(ss, field, '\t')) fields.push_back(field);
    EXPECT_EQ(fields.size(), 3u) << "figures.tsv:" << n << " needs input, expected and reason";
    if (fields.size() == 3) cases.push_back({n, fields[0], fields[1], fields[2]});
  }
  return cases;
}

// Everything recognised, in order: "written=interval[%][ qualifier][ qualitative]" for figures,
// "written:kind" for what is not a figure, "-" for nothing.
std::string Describe(const Recognised& r) {
  std::vector<std::pair<size_t, std::string>> items;
  for (const Figure& f : r.figures) {
    std::string d = f.written + "=" + f.interval.ToString() + (f.percent ? "%" : "") +
                    (f.points ? " points" : "");
    if (f.qualifier != Qualifier::kNone) d += std::string(" ") + QualifierName(f.qualifier);
    if (f.qualitative) d += " qualitative";
    items.emplace_back(f.begin, d);
  }
  for (const NonFigure& n : r.skipped) items.emplace_back(n.begin, n.written + ":" + n.kind);
  std::stable_sort(items.begin(), items.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string out;
  for (const auto& [pos, d] : items) out += (out.empty() ? "" : " ; ") + d;
  return out.empty() ? "-" : out;
}

TEST(FiguresTable, EveryCaseReadsAsExpected) {
  std::vector<Case> cases = LoadCases();
  EXPECT_GE(cases.size(), 300u);
  for (const Case& c : cases) {
    EXPECT_EQ(Describe(RecogniseFigures(NormaliseString(c.input))), c.expected)
        << "figures.tsv:" << c.line << ": " << c.input << " (" << c.reason << ")";
  }
}

}  // namespace
}  // namespace crossfoot
