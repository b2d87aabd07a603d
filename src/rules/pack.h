// A rule pack: which documents it applies to, the facts it selects, the checks over them,
// and the tests that show each check finding and staying quiet.
//
//   Result<Pack> pack = LoadPack("rules/cn-gis-2008.yaml", &diagnostics);
//   for (const CheckDef& c : pack.value().checks) ...
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "figures/rational.h"
#include "rules/diagnostics.h"
#include "rules/pattern.h"

namespace crossfoot {

class CheckKind;

/// Prefix of a fact name read from the previous year's report ("previous.t3.forward").
inline constexpr std::string_view kPreviousPrefix = "previous.";

/// A field of a check as written in YAML: a scalar, a list of scalars or a map of scalars.
struct SpecValue {
  enum class Kind { kScalar, kList, kMap };
  Kind kind = Kind::kScalar;
  std::string scalar;
  std::vector<std::string> list;
  std::vector<std::pair<std::string, std::string>> map;
  SourcePos where;
};

/// The kind-specific fields of one check (everything but id, title, rationale, severity).
using CheckFields = std::map<std::string, SpecValue>;

/// A fact found by a pattern in prose.
struct ProseSelector {
  Pattern pattern;
  // `text:` given as a list: the other wordings of the same statement, with the same
  // placeholders ("收到申请70件", "收到70件申请").
  std::vector<Pattern> alternatives;
  std::optional<Pattern> section;          // the block must lie in a section whose title matches
  std::optional<Pattern> after;            // the match must follow this anchor in the same block
  std::optional<Pattern> within;           // the block's own text must match this
  std::optional<Pattern> not_preceded_by;  // rejects a match right after this ("累计")
};

/// A fact found in a table by row label and column header.
struct TableSelector {
  std::optional<Pattern> header;  // the table must have a column header matching this
  std::optional<Pattern> row;     // unset: the table has a single data row (表四)
  // Set: `row` and `through` match the cell of the value column whose header matches this,
  // not the row label — the other side of a two-sided table (收支总表: 支出›项目 beside 收入).
  std::optional<Pattern> label_column;
  // The table must lie in a section whose title matches (or follow a heading that does), as
  // for prose facts: two tables with the same headers, one per component.
  std::optional<Pattern> section;
  // Set: every row from the one matching `row` through the next one matching `through`, as
  // instances of a repeated fact (the 不予公开 rows 1–8, summed by a `sum` check).
  std::optional<Pattern> through;
  std::vector<std::pair<std::string, Pattern>> columns;  // slot suffix ("" for one column)
  // Columns named by position instead (`column: 1`, `columns: {current: 1, prior: 2}`): slot
  // suffix → the 1-based value column, counted after the label columns.
  std::vector<std::pair<std::string, int>> positions;
  // Set: a blank cell stands for the sum of its row's cells in the columns matching this (a
  // blank 总计 is the sum of the applicant columns, each blank among them [0, ∞)).
  std::optional<Pattern> blank_total_of;
};

/// A named figure (or group of figures) the pack selects from a document.
struct FactDef {
  std::string name;
  std::string label;  // shown to users; defaults to the name
  SourcePos where;
  std::variant<ProseSelector, TableSelector> selector;
  bool repeat = false;             // every match is a separate instance (a list)
  std::vector<std::string> slots;  // the full fact names this definition provides
  std::map<std::string, std::string> slot_placeholder;  // slot → placeholder or column key
};

/// A check: an invariant over facts.
struct CheckDef {
  std::string id;
  std::string title;
  std::string rationale;  // in the pack's language
  // `rationale-en`, `rationale-zh`…: the rationale in other languages, by language code.
  std::map<std::string, std::string> rationale_in;
  std::string severity;  // "error", "warning", "note"

  /// The rationale in `language`: its variant in that language, else the pack-language one.
  const std::string& RationaleIn(const std::string& language) const {
    auto it = rationale_in.find(language);
    return it != rationale_in.end() ? it->second : rationale;
  }
  std::string kind;  // "sum", "assert", "share", "agree", "each-row"
  SourcePos where;
  std::shared_ptr<const CheckKind> impl;
};

/// A test case carried by the pack: a document snippet and the check ids it must raise.
struct PackTest {
  std::string name;
  std::string doc;
  std::string format = "text";  // "text", "markdown" or "html"
  std::vector<std::string> expect;
  SourcePos where;
  // `previous: NAME`: an earlier test's document is the previous year's report.
  std::optional<std::string> previous_doc;
  std::string previous_format = "text";
};

/// Which documents a pack applies to: substrings that must (all/any) or must not (none) occur.
struct AppliesWhen {
  std::vector<std::string> all;
  std::vector<std::string> any;
  std::vector<std::string> none;

  bool Accepts(const std::string& normalised_text) const;
};

/// Names for the columns of a table whose header cannot be read (mangled in PDFs and their
/// text copies), by position: the table is found by its row labels or its section, and must
/// have exactly as many value columns as names.
struct PositionColumns {
  std::vector<Pattern> rows;       // every one must match a row label of the table
  std::optional<Pattern> section;  // the table must lie in a section whose title matches
  std::vector<std::string> names;  // the value columns, left to right
  SourcePos where;
};

/// A loaded, validated rule pack.
struct Pack {
  std::string id;
  std::string title;
  std::string description;
  std::string language = "zh";
  std::string path;
  std::string version = "1";
  AppliesWhen applies_when;
  /// Relative tolerance for approximate figures (约, 左右); unset: they are not evaluated.
  std::optional<Rational> approximate_tolerance;
  std::vector<PositionColumns> columns_by_position;
  std::vector<FactDef> facts;
  std::vector<CheckDef> checks;
  std::vector<PackTest> tests;
  /// Ids of checks left out by --select / --ignore: still known (a suppression may name them).
  std::vector<std::string> deselected;

  /// The definition providing a full fact name, or nullptr. "previous.X" names fact X of the
  /// previous year's report.
  const FactDef* FindSlot(const std::string& slot) const;
};

}  // namespace crossfoot
