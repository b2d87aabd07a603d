#include "rules/diagnostics.h"

#include <fmt/format.h>

namespace crossfoot {

std::string Diagnostic::ToString() const {
  if (where.line == 0) return fmt::format("{}: {}: {}", where.file, severity, message);
  return fmt::format("{}:{}:{}: {}: {}", where.file, where.line, where.column, severity, message);
}

void Diagnostics::Error(const SourcePos& where, std::string message) {
  all_.push_back({where, "error", std::move(message)});
  ++errors_;
}

void Diagnostics::Warning(const SourcePos& where, std::string message) {
  all_.push_back({where, "warning", std::move(message)});
}

}  // namespace crossfoot
