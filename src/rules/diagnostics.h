// Located messages about a rule pack: "rules/x.yaml:12:5: error: unknown fact 'a.b'".
#pragma once

#include <string>
#include <vector>

namespace crossfoot {

/// A position in a pack file; line and column are 1-based (0 = unknown).
struct SourcePos {
  std::string file;
  int line = 0;
  int column = 0;
};

/// One message about a pack.
struct Diagnostic {
  SourcePos where;
  std::string severity;  // "error" or "warning"
  std::string message;

  /// "FILE:LINE:COL: severity: message"
  std::string ToString() const;
};

/// Collects diagnostics; loading goes on after an error so that all of them are reported.
class Diagnostics {
 public:
  void Error(const SourcePos& where, std::string message);
  void Warning(const SourcePos& where, std::string message);
  bool has_errors() const { return errors_ > 0; }
  const std::vector<Diagnostic>& all() const { return all_; }

 private:
  std::vector<Diagnostic> all_;
  int errors_ = 0;
};

}  // namespace crossfoot
