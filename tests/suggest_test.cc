#include "util/suggest.h"

#include <gtest/gtest.h>

namespace crossfoot {
namespace {

TEST(Suggest, EditDistanceCountsInsertionsDeletionsSubstitutions) {
  EXPECT_EQ(EditDistance("chek", "check"), 1u);
  EXPECT_EQ(EditDistance("--verison", "--version"), 2u);
  EXPECT_EQ(EditDistance("", "abc"), 3u);
  EXPECT_EQ(EditDistance("same", "same"), 0u);
}

TEST(Suggest, ClosestNameOnlyForTypos) {
  std::vector<std::string> commands = {"check", "baseline", "facts", "rules"};
  EXPECT_EQ(ClosestName("chek", commands), std::optional<std::string>("check"));
  EXPECT_EQ(ClosestName("Rulez", commands), std::optional<std::string>("rules"));
  EXPECT_FALSE(ClosestName("deploy", commands));
  std::vector<std::string> ids = {"GIS21-T3-SUM", "GIS21-T4-SUM", "GIS21-X-FEE"};
  EXPECT_EQ(ClosestName("GIS21-X-FE", ids), std::optional<std::string>("GIS21-X-FEE"));
  EXPECT_EQ(DidYouMean("GIS21-X-FEES", ids), " (did you mean 'GIS21-X-FEE'?)");
  EXPECT_EQ(DidYouMean("nothing-like-it", ids), "");
}

}  // namespace
}  // namespace crossfoot
