// `each-row`: an assertion over the columns of every data row of the matching tables.
//
//   each-row: "历年累计"                       # tables with a column header matching this
//   columns: { year: "年度$", cumulative: "历年累计" }
//   assert: "year <= cumulative"
//
// Rows whose cells are not all figures (labels, "/", dropped cells) are skipped.
#include <fmt/format.h>

#include "engine/check_kind.h"
#include "engine/checks/fields.h"
#include "engine/checks/involve.h"
#include "engine/checks/kinds.h"
#include "figures/header_unit.h"
#include "figures/recognise.h"

namespace crossfoot {
namespace {

class EachRowCheck : public CheckKind {
 public:
  EachRowCheck(Pattern table, std::vector<std::pair<std::string, Pattern>> columns, Assertion a)
      : table_(std::move(table)), columns_(std::move(columns)), assertion_(std::move(a)) {}

  std::vector<std::string> FactsUsed() const override { return {}; }

  void Evaluate(const EvalContext& ctx, std::vector<Outcome>* out) const override {
    for (size_t b = 0; b < ctx.doc.blocks.size(); ++b) {
      const Block& block = ctx.doc.blocks[b];
      if (block.kind != BlockKind::kTable) continue;
      const Table& t = block.table;
      bool selected = false;
      for (const std::string& h : t.column_headers) selected = selected || table_.Matches(h);
      if (!selected) continue;
      std::map<std::string, int> col_of;
      for (const auto& [key, pattern] : columns_) {
        for (int c = t.label_columns; c < t.columns; ++c) {
          if (pattern.Matches(t.column_headers[c])) {
            col_of[key] = c;
            break;
          }
        }
      }
      if (col_of.size() != columns_.size()) continue;
      for (int r = t.header_rows; r < static_cast<int>(t.rows.size()); ++r) {
        EvaluateRow(ctx, t, static_cast<int>(b), r, col_of, out);
      }
    }
  }

 private:
  void EvaluateRow(const EvalContext& ctx, const Table& t, int block, int r,
                   const std::map<std::string, int>& col_of, std::vector<Outcome>* out) const {
    std::map<std::string, Operand> values;
    for (const auto& [key, c] : col_of) {
      const Cell& cell = t.rows[r][c];
      std::optional<Figure> f = RecogniseCell(cell.text.text);
      if (!f) return;
      ApplyHeaderUnit(t.column_headers[c], &*f);
      std::optional<Interval> iv = EffectiveInterval(*f, ctx.pack);
      if (!iv) return;
      Mention m{*f, cell.text.Source(f->begin, f->end), block,
                fmt::format("{} › {}", t.row_labels[r], t.column_headers[c])};
      std::string label = fmt::format("{} ({})", t.row_labels[r], t.column_headers[c]);
      values[key] = Operand{*iv, f->written, {{label, m}}};
    }
    NameResolver resolve = [&values](const std::string& name,
                                     std::string* reason) -> std::optional<Operand> {
      auto it = values.find(name);
      if (it == values.end()) {
        *reason = "unknown column " + name;
        return std::nullopt;
      }
      return it->second;
    };
    std::string reason;
    auto lhs = EvaluateExpr(*assertion_.lhs, resolve, &reason);
    auto rhs = lhs ? EvaluateExpr(*assertion_.rhs, resolve, &reason) : std::nullopt;
    if (!lhs || !rhs) {
      out->push_back(NotEvaluable{reason});
      return;
    }
    if (!CertainlyFails(lhs->interval, assertion_.op, rhs->interval)) {
      out->push_back(Holds{});
      return;
    }
    std::string message =
        fmt::format("row {}: {} {} {} does not hold ({} {} {})", t.row_labels[r], lhs->written,
                    ShowOp(assertion_.op), rhs->written,
                    assertion_.lhs->kind == Expr::Kind::kName ? assertion_.lhs->name : "left",
                    NegatedOp(assertion_.op),
                    assertion_.rhs->kind == Expr::Kind::kName ? assertion_.rhs->name : "right");
    std::vector<Involved> involved = std::move(lhs->involved);
    involved.insert(involved.end(), rhs->involved.begin(), rhs->involved.end());
    out->push_back(MakeViolation(std::move(message), std::move(involved)));
  }

  Pattern table_;
  std::vector<std::pair<std::string, Pattern>> columns_;
  Assertion assertion_;
};

}  // namespace

std::shared_ptr<const CheckKind> MakeEachRowCheck(FieldReader& f) {
  std::string table = f.Scalar("each-row");
  auto columns = f.Map("columns");
  std::string text = f.Scalar("assert");
  if (!f.Finish()) return nullptr;
  Pattern table_pattern = Pattern::Compile(table, false);
  if (!table_pattern.ok()) {
    f.Error("each-row", "'each-row' \"" + table + "\": " + table_pattern.error());
    return nullptr;
  }
  std::vector<std::pair<std::string, Pattern>> compiled;
  for (const auto& [key, source] : columns) {
    Pattern p = Pattern::Compile(source, false);
    if (!p.ok()) {
      f.Error("columns", fmt::format("column '{}' \"{}\": {}", key, source, p.error()));
      return nullptr;
    }
    compiled.emplace_back(key, std::move(p));
  }
  Result<Assertion> a = ParseAssertion(text);
  if (!a.ok()) {
    f.Error("assert", "'assert': " + a.error());
    return nullptr;
  }
  for (const std::string& name : a.value().Names()) {
    bool known = false;
    for (const auto& [key, p] : compiled) known = known || key == name;
    if (!known) {
      f.Error("assert", "'assert' uses '" + name + "', which is not one of the row's columns");
      return nullptr;
    }
  }
  return std::make_shared<EachRowCheck>(std::move(table_pattern), std::move(compiled),
                                        std::move(a).value());
}

}  // namespace crossfoot
