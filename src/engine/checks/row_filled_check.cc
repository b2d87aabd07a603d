// `row-filled`: in every data row where a part holds a non-zero figure, the required cell
// (the row's 总计) is filled in. A blank total is an incompletely filled form, not a zero.
//
//   row-filled: "申请人情况"                                   # tables
//   required: "总计|合计"                                       # the column that must be filled
//   parts: "自然人|商业企业|科研机构|社会公益组织|法律服务机构|其他$"  # the columns that oblige it
//   section: "收到和处理"                                       # optional: tables in a section
#include <fmt/format.h>

#include "engine/check_kind.h"
#include "engine/checks/fields.h"
#include "engine/checks/involve.h"
#include "engine/checks/kinds.h"
#include "engine/checks/table_cells.h"

namespace crossfoot {
namespace {

class RowFilledCheck : public CheckKind {
 public:
  RowFilledCheck(TableSelection tables, Pattern required, Pattern parts)
      : tables_(std::move(tables)), required_(std::move(required)), parts_(std::move(parts)) {}

  std::vector<std::string> FactsUsed() const override { return {}; }

  void Evaluate(const EvalContext& ctx, std::vector<Outcome>* out) const override {
    for (const TableRef& t : tables_.In(ctx.doc)) {
      std::vector<int> required = MatchingColumns(*t.table, required_);
      std::vector<int> parts = MatchingColumns(*t.table, parts_);
      if (required.size() != 1 || parts.empty()) {
        out->push_back(NotEvaluable{fmt::format("'required' matches {} columns and 'parts' {}",
                                                required.size(), parts.size())});
        continue;
      }
      for (int r = t.table->header_rows; r < static_cast<int>(t.table->rows.size()); ++r) {
        out->push_back(EvaluateRow(ctx, t, r, required.front(), parts));
      }
    }
  }

 private:
  Outcome EvaluateRow(const EvalContext& ctx, const TableRef& t, int r, int required,
                      const std::vector<int>& parts) const {
    const Table& table = *t.table;
    const CellRead& total = ReadCell(ctx, t, r, required);
    if (total.state != CellState::kNotReported) return Holds{};
    std::vector<Involved> filled;
    for (int c : parts) {
      const CellRead& cell = ReadCell(ctx, t, r, c);
      if (cell.state == CellState::kFigure && !cell.figure.value.is_zero()) {
        filled.push_back({CellLabel(table, r, c), cell.mention});
      }
    }
    if (filled.empty()) return Holds{};
    std::string shown;
    for (const Involved& i : filled)
      shown += (shown.empty() ? "" : "、") + i.mention.figure.written;
    const TextRun& blank = table.rows[r][required].text;
    std::vector<Involved> involved;
    if (!blank.origin.empty()) {
      Mention m;
      m.figure.written = blank.text.empty() ? "空白" : blank.text;
      m.source = blank.Source(0, blank.text.size());
      m.block = t.block;
      m.where = CellLabel(table, r, required);
      m.doc = &ctx.doc;
      involved.push_back({CellLabel(table, r, required), m});
    }
    involved.insert(involved.end(), filled.begin(), filled.end());
    return MakeViolation(Message("row-filled.blank", {{"row", table.row_labels[r]},
                                                      {"column", table.column_headers[required]},
                                                      {"figures", shown}}),
                         std::move(involved));
  }

  TableSelection tables_;
  Pattern required_;
  Pattern parts_;
};

}  // namespace

std::shared_ptr<const CheckKind> MakeRowFilledCheck(FieldReader& f) {
  std::optional<TableSelection> tables = ReadTableSelection(f, "row-filled");
  std::optional<Pattern> required = f.PatternField("required");
  std::optional<Pattern> parts = f.PatternField("parts");
  if (!f.Finish() || !tables || !required || !parts) return nullptr;
  return std::make_shared<RowFilledCheck>(std::move(*tables), std::move(*required),
                                          std::move(*parts));
}

}  // namespace crossfoot
