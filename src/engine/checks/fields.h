// Reading a check kind's own YAML fields, with located errors and unknown-key detection.
//
//   FieldReader f(where, fields, "sum", diags);
//   std::vector<std::string> parts = f.List("sum");
//   std::string total = f.Scalar("equals", /*required=*/false);
//   if (!f.Finish()) return nullptr;
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "rules/expression.h"
#include "rules/pack.h"
#include "rules/pattern_compiler.h"

namespace crossfoot {

/// Reads fields once each; Finish() reports the fields nobody read.
class FieldReader {
 public:
  /// Patterns are compiled by `compiler` (the pack loader's: now, or when first used for a
  /// pack that loaded without an error before), or at once without one.
  FieldReader(const SourcePos& where, const CheckFields& fields, std::string kind,
              Diagnostics* diags, PatternCompiler* compiler = nullptr);

  bool Has(const std::string& key) const { return fields_.count(key) > 0; }
  std::string Scalar(const std::string& key, bool required = true);
  std::vector<std::string> List(const std::string& key, bool required = true);
  std::vector<std::pair<std::string, std::string>> Map(const std::string& key,
                                                       bool required = true);
  /// A field compiled as a pattern (no placeholders); nullopt after reporting a bad one.
  std::optional<Pattern> PatternField(const std::string& key, bool required = true);
  /// A mapping whose values are patterns, in the order written.
  std::vector<std::pair<std::string, Pattern>> PatternMap(const std::string& key,
                                                          bool required = true);
  /// A list of patterns.
  std::vector<Pattern> PatternList(const std::string& key, bool required = true);
  /// source as a pattern, compiled now or when first used (see the constructor).
  Pattern CompilePattern(std::string_view source, bool allow_placeholders);
  /// The `assert` field parsed, with every name it uses among `names`.
  std::optional<Assertion> AssertionOver(const std::string& key,
                                         const std::vector<std::string>& names,
                                         const std::string& what_names_are);
  const SourcePos& Where(const std::string& key) const;
  void Error(const std::string& key, const std::string& message);
  /// Reports unread fields; true when no error was reported.
  bool Finish();

 private:
  const SpecValue* Get(const std::string& key, bool required);

  SourcePos where_;
  const CheckFields& fields_;
  std::string kind_;
  Diagnostics* diags_;
  std::set<std::string> read_;
  bool failed_ = false;
  PatternCompiler* compiler_ = nullptr;
};

}  // namespace crossfoot
