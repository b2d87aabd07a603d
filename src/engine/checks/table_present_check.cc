// `table-present`: the report has the table, with every row and column the pack's other checks
// read. When it has not, one finding says what is missing, instead of a cascade: the checks on
// the missing cells are simply not evaluated.
//
//   table-present: "申请人情况"                 # a column header that identifies the table
//   rows: ["本年新收", "上年结转", "总计$"]        # row labels it must have (each once)
//   columns: ["自然人", "总计"]                  # optional: column headers it must have
//   heading: "收到和处理政府信息公开申请"         # optional: where to point when it is missing
//   section: "收到和处理"                        # optional: only in a section so titled
#include <fmt/format.h>

#include "engine/check_kind.h"
#include "engine/checks/fields.h"
#include "engine/checks/involve.h"
#include "engine/checks/kinds.h"
#include "engine/checks/table_cells.h"

namespace crossfoot {
namespace {

Involved BlockStart(const Document& doc, int b, const std::string& what) {
  Mention m;
  const Block& block = doc.blocks[b];
  m.figure.written = "";
  m.source = {block.source.begin, block.source.begin};
  m.block = b;
  m.where = block.name;
  m.doc = &doc;
  return {what, m};
}

class TablePresentCheck : public CheckKind {
 public:
  TablePresentCheck(TableSelection tables, std::vector<Pattern> rows, std::vector<Pattern> columns,
                    std::optional<Pattern> heading)
      : tables_(std::move(tables)),
        rows_(std::move(rows)),
        columns_(std::move(columns)),
        heading_(std::move(heading)) {}

  std::vector<std::string> FactsUsed() const override { return {}; }

  void Evaluate(const EvalContext& ctx, std::vector<Outcome>* out) const override {
    const Document& doc = ctx.doc;
    std::vector<TableRef> tables = tables_.In(doc);
    if (doc.blocks.empty()) {
      out->push_back(NotEvaluable{"the document has no blocks"});
      return;
    }
    if (tables.empty()) {
      int at = 0;
      for (size_t b = 0; heading_ && b < doc.blocks.size(); ++b) {
        if (doc.blocks[b].kind != BlockKind::kTable && heading_->Matches(doc.blocks[b].text.text)) {
          at = static_cast<int>(b);
          break;
        }
      }
      out->push_back(
          MakeViolation(Message("table-present.missing", {{"pattern", tables_.header.source()}}),
                        {BlockStart(doc, at, "表格应在此处")}));
      return;
    }
    const TableRef& t = tables.front();
    Message message("table-present.incomplete", {});
    for (const Pattern& p : rows_) {
      size_t n = MatchingRows(*t.table, p).size();
      if (n == 0) message.With("missing", Message("table-present.row", {{"pattern", p.source()}}));
      if (n > 1) {
        message.With("missing", Message("table-present.row-ambiguous",
                                        {{"pattern", p.source()}, {"count", std::to_string(n)}}));
      }
    }
    for (const Pattern& p : columns_) {
      if (MatchingColumns(*t.table, p).empty())
        message.With("missing", Message("table-present.column", {{"pattern", p.source()}}));
    }
    if (message.parts.empty()) {
      out->push_back(Holds{});
      return;
    }
    out->push_back(MakeViolation(std::move(message), {BlockStart(doc, t.block, "不完整的表格")}));
  }

 private:
  TableSelection tables_;
  std::vector<Pattern> rows_;
  std::vector<Pattern> columns_;
  std::optional<Pattern> heading_;
};

}  // namespace

std::shared_ptr<const CheckKind> MakeTablePresentCheck(FieldReader& f) {
  std::optional<TableSelection> tables = ReadTableSelection(f, "table-present");
  std::vector<Pattern> rows = f.PatternList("rows", false);
  std::vector<Pattern> columns = f.PatternList("columns", false);
  std::optional<Pattern> heading = f.PatternField("heading", false);
  if (!f.Finish() || !tables) return nullptr;
  return std::make_shared<TablePresentCheck>(std::move(*tables), std::move(rows),
                                             std::move(columns), std::move(heading));
}

}  // namespace crossfoot
