// `whole-counts`: every figure in the value cells of the matching tables is a count — a
// non-negative whole number (表三, 表四: numbers of applications and cases).
//
//   whole-counts: "申请人情况"     # tables with a column header matching this
//   columns: "."                  # optional: which value columns (default: all)
//   section: "行政复议"            # optional: only tables in a section so titled
#include <fmt/format.h>

#include "engine/check_kind.h"
#include "engine/checks/fields.h"
#include "engine/checks/involve.h"
#include "engine/checks/kinds.h"
#include "engine/checks/table_cells.h"

namespace crossfoot {
namespace {

class WholeCountsCheck : public CheckKind {
 public:
  WholeCountsCheck(TableSelection tables, std::optional<Pattern> columns)
      : tables_(std::move(tables)), columns_(std::move(columns)) {}

  std::vector<std::string> FactsUsed() const override { return {}; }

  void Evaluate(const EvalContext& ctx, std::vector<Outcome>* out) const override {
    for (const TableRef& t : tables_.In(ctx.doc)) {
      const Table& table = *t.table;
      for (int r = table.header_rows; r < static_cast<int>(table.rows.size()); ++r) {
        for (int c = table.label_columns; c < table.columns; ++c) {
          if (columns_ && !columns_->Matches(table.column_headers[c])) continue;
          if (c > table.label_columns && table.SameCell(r, c, c - 1)) continue;  // one merged cell
          const CellRead& cell = ReadCell(ctx, t, r, c);
          if (cell.state != CellState::kFigure) continue;
          const Figure& f = cell.figure;
          const char* problem = f.value.is_negative()   ? "whole-counts.negative"
                                : f.percent             ? "whole-counts.percentage"
                                : !f.value.is_integer() ? "whole-counts.fraction"
                                                        : nullptr;
          if (problem == nullptr) {
            out->push_back(Holds{});
            continue;
          }
          out->push_back(MakeViolation(Message(problem, {{"written", f.written}}),
                                       {{CellLabel(table, r, c), cell.mention}}));
        }
      }
    }
  }

 private:
  TableSelection tables_;
  std::optional<Pattern> columns_;
};

}  // namespace

std::shared_ptr<const CheckKind> MakeWholeCountsCheck(FieldReader& f) {
  std::optional<TableSelection> tables = ReadTableSelection(f, "whole-counts");
  std::optional<Pattern> columns = f.PatternField("columns", false);
  if (!f.Finish() || !tables) return nullptr;
  return std::make_shared<WholeCountsCheck>(std::move(*tables), std::move(columns));
}

}  // namespace crossfoot
