#include "cli/previous_year.h"

#include <filesystem>
#include <map>

namespace crossfoot {
namespace {

namespace fs = std::filesystem;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The file's directory and name without extension, with its last four-digit year (19xx or
// 20xx, not part of a longer number) taken one back; nullopt when the name has no year.
std::optional<std::string> PreviousKey(const fs::path& p) {
  std::string stem = p.stem().string();
  for (size_t i = stem.size(); i >= 4; --i) {
    size_t at = i - 4;
    bool four = IsDigit(stem[at]) && IsDigit(stem[at + 1]) && IsDigit(stem[at + 2]) &&
                IsDigit(stem[at + 3]);
    bool alone = (at == 0 || !IsDigit(stem[at - 1])) && (i == stem.size() || !IsDigit(stem[i]));
    if (!four || !alone || !(stem.compare(at, 2, "19") == 0 || stem.compare(at, 2, "20") == 0))
      continue;
    int year = std::stoi(stem.substr(at, 4));
    stem.replace(at, 4, std::to_string(year - 1));
    return (p.parent_path() / stem).string();
  }
  return std::nullopt;
}

}  // namespace

std::vector<std::optional<std::string>> PairPreviousYears(const std::vector<std::string>& inputs) {
  // Key: directory and stem. Among several files with one stem, the same extension wins,
  // then the first in input order.
  std::multimap<std::string, size_t> by_key;
  for (size_t i = 0; i < inputs.size(); ++i) {
    fs::path p(inputs[i]);
    by_key.emplace((p.parent_path() / p.stem()).string(), i);
  }
  std::vector<std::optional<std::string>> out(inputs.size());
  for (size_t i = 0; i < inputs.size(); ++i) {
    fs::path p(inputs[i]);
    std::optional<std::string> key = PreviousKey(p);
    if (!key) continue;
    auto [lo, hi] = by_key.equal_range(*key);
    for (auto it = lo; it != hi; ++it) {
      if (!out[i] || fs::path(inputs[it->second]).extension() == p.extension())
        out[i] = inputs[it->second];
    }
  }
  return out;
}

}  // namespace crossfoot
