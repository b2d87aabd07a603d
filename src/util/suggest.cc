#include "util/suggest.h"

#include <algorithm>
#include <cctype>
#include <numeric>

#include "util/substring.h"

namespace crossfoot {
namespace {}  // namespace

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), size_t{0});
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::optional<std::string> ClosestName(std::string_view typed,
                                       const std::vector<std::string>& known) {
  const std::string t = AsciiLower(typed);
  const size_t limit = std::min<size_t>(3, std::max<size_t>(1, t.size() / 3));
  std::optional<std::string> best;
  size_t best_distance = limit + 1;
  for (const std::string& name : known) {
    size_t d = EditDistance(t, AsciiLower(name));
    if (d < best_distance) {
      best_distance = d;
      best = name;
    }
  }
  return best;
}

std::string DidYouMean(std::string_view typed, const std::vector<std::string>& known) {
  std::optional<std::string> near = ClosestName(typed, known);
  return near ? " (did you mean '" + *near + "'?)" : "";
}

}  // namespace crossfoot
