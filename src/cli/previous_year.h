// Finding each report's previous-year report among the inputs, by name: "某局-2021.html" pairs
// with "某局-2020.html" (or "某局-2020.docx") in the same directory.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace crossfoot {

/// For each input, the input that is its previous year's report, if any.
std::vector<std::optional<std::string>> PairPreviousYears(const std::vector<std::string>& inputs);

}  // namespace crossfoot
