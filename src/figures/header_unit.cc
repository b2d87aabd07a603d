#include "figures/header_unit.h"

#include <algorithm>
#include <cctype>

#include "util/substring.h"

namespace crossfoot {
namespace {

struct UnitWord {
  std::string_view word;
  int64_t scale;
  std::string_view unit;  // the unit the scaled figure is in
};

// Chinese headers write the unit with its magnitude (万元); English ones the magnitude alone,
// in the plural ("in thousands", "(millions)").
constexpr UnitWord kUnitWords[] = {{"万元", 10000, "元"},
                                   {"萬元", 10000, "元"},
                                   {"亿元", 100000000, "元"},
                                   {"億元", 100000000, "元"},
                                   {"千元", 1000, "元"},
                                   {"thousands", 1000, "dollars"},
                                   {"millions", 1000000, "dollars"},
                                   {"billions", 1000000000, "dollars"}};

const UnitWord* UnitIn(std::string_view header) {
  std::string lower = AsciiLower(header);
  const UnitWord* found = nullptr;
  for (const UnitWord& u : kUnitWords) {
    if (lower.find(u.word) != std::string::npos) found = &u;
  }
  return found;
}

}  // namespace

bool ApplyHeaderUnit(std::string_view header, Figure* f, std::string_view table_unit) {
  const UnitWord* u = UnitIn(header);
  if (u == nullptr) u = UnitIn(table_unit);
  if (u == nullptr || !f->unit.empty() || f->percent || f->points) return true;
  Rational scale(u->scale);
  // Scaled with the checked steps: a cell too large in 元 is no figure (a positive scale
  // keeps the bounds in order).
  std::optional<Rational> value = f->value.Times(scale);
  if (!value || !value->FitsFigure()) return false;
  Interval interval = f->interval;
  for (std::optional<Rational>* bound : {&interval.lo, &interval.hi}) {
    if (!*bound) continue;
    *bound = (*bound)->Times(scale);
    if (!*bound) return false;
  }
  f->value = *value;
  f->interval = interval;
  f->unit = std::string(u->unit);
  return true;
}

std::string DeclaredTableUnit(std::string_view line) {
  // A declaration is a short line: a title with its unit, not a paragraph that mentions one.
  if (line.size() > 160) return {};
  std::string lower = AsciiLower(line);
  bool declares = lower.find("单位") != std::string::npos ||
                  lower.find("in thousands") != std::string::npos ||
                  lower.find("in millions") != std::string::npos ||
                  lower.find("in billions") != std::string::npos ||
                  lower.find("(thousands)") != std::string::npos ||
                  lower.find("(millions)") != std::string::npos;
  const UnitWord* u = UnitIn(line);
  return declares && u != nullptr ? std::string(u->word) : std::string();
}

}  // namespace crossfoot
