// `each-row`: an assertion over the columns of every data row of the matching tables.
//
//   each-row: "历年累计"                       # tables with a column header matching this
//   columns: { year: "年度$", cumulative: "历年累计" }
//   assert: "year <= cumulative"
//   section: "行政复议"                         # optional: only tables in a section so titled
//
// Rows whose cells are not all figures (labels, "/", dropped cells) are skipped.
#include <fmt/format.h>

#include "engine/check_kind.h"
#include "engine/checks/fields.h"
#include "engine/checks/involve.h"
#include "engine/checks/kinds.h"
#include "engine/checks/table_cells.h"

namespace crossfoot {
namespace {

class EachRowCheck : public CheckKind {
 public:
  EachRowCheck(TableSelection tables, std::vector<std::pair<std::string, Pattern>> columns,
               Assertion a)
      : tables_(std::move(tables)), columns_(std::move(columns)), assertion_(std::move(a)) {}

  std::vector<std::string> FactsUsed() const override { return {}; }

  void Evaluate(const EvalContext& ctx, std::vector<Outcome>* out) const override {
    for (const TableRef& t : tables_.In(ctx.doc)) {
      std::map<std::string, int> col_of;
      std::string ambiguous;
      for (const auto& [key, pattern] : columns_) {
        std::vector<int> cols = MatchingColumns(*t.table, pattern);
        if (cols.size() == 1) col_of[key] = cols.front();
        // Several matching columns are ambiguous, as for a table fact: never the first match.
        if (cols.size() > 1 && ambiguous.empty()) {
          ambiguous = fmt::format("column '{}' (\"{}\") matches {} columns: ambiguous", key,
                                  pattern.source(), cols.size());
        }
      }
      if (!ambiguous.empty()) {
        out->push_back(NotEvaluable{ambiguous});
        continue;
      }
      if (col_of.size() != columns_.size()) continue;
      for (int r = t.table->header_rows; r < static_cast<int>(t.table->rows.size()); ++r) {
        EvaluateRow(ctx, t, r, col_of, out);
      }
    }
  }

 private:
  void EvaluateRow(const EvalContext& ctx, const TableRef& t, int r,
                   const std::map<std::string, int>& col_of, std::vector<Outcome>* out) const {
    std::map<std::string, Operand> values;
    for (const auto& [key, c] : col_of) {
      const CellRead& cell = ReadCell(ctx, t, r, c);
      if (!cell.operand) return;
      values[key] = *cell.operand;
    }
    // A table of one unlabelled row (表四) needs no row named.
    const std::string& label = t.table->row_labels[r];
    out->push_back(
        EvaluateAssertion(assertion_, MapResolver(values),
                          label.empty() ? Message() : Message("assert.in-row", {{"row", label}})));
  }

  TableSelection tables_;
  std::vector<std::pair<std::string, Pattern>> columns_;
  Assertion assertion_;
};

}  // namespace

std::shared_ptr<const CheckKind> MakeEachRowCheck(FieldReader& f) {
  std::optional<TableSelection> tables = ReadTableSelection(f, "each-row");
  auto columns = f.PatternMap("columns");
  std::vector<std::string> keys;
  keys.reserve(columns.size());
  for (const auto& [key, p] : columns) keys.push_back(key);
  std::optional<Assertion> a = f.AssertionOver("assert", keys, "the row's columns");
  if (!f.Finish() || !tables || !a) return nullptr;
  return std::make_shared<EachRowCheck>(std::move(*tables), std::move(columns), std::move(*a));
}

}  // namespace crossfoot
