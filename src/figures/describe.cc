#include "figures/describe.h"

#include <fmt/format.h>

namespace crossfoot {

std::string DescribeFigure(const Figure& f) {
  std::string q = f.qualifier == Qualifier::kNone
                      ? ""
                      : fmt::format(" {} ({})", QualifierName(f.qualifier), f.qualifier_text);
  // Percentage points are a difference of shares: shown as such, never as a bare count or a %.
  const char* kind = f.percent ? " %" : f.points ? " percentage points" : "";
  return fmt::format("{} = {}{}{}", f.written, f.interval.ToString(), kind, q);
}

}  // namespace crossfoot
