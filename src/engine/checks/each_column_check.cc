// `each-column`: an assertion over named rows, evaluated in every value column of the matching
// tables — the form's own 勾稽关系 ("第一项加第二项之和，等于第三项加第四项之和") is one.
//
//   each-column: "申请人情况"                 # tables with a column header matching this
//   columns: "."                              # optional: which value columns (default: all)
//   rows: { new: "本年新收", carried: "上年结转", handled: "总计$", forward: "结转下年度" }
//   range: { name: outcomes, from: "予以公开", before: "总计$", except: "小计" }   # optional
//   assert: "new + carried == handled + forward"
//   section: "行政复议"                         # optional: only tables in a section so titled
//
// Each row pattern must match exactly one row. The range names the sum of the rows from the
// one matching `from` up to the next matching `before` (or `through`, inclusive). A column
// with a cell that is not reported or not a figure is not evaluated.
#include <fmt/format.h>

#include "engine/check_kind.h"
#include "engine/checks/fields.h"
#include "engine/checks/involve.h"
#include "engine/checks/kinds.h"
#include "engine/checks/table_cells.h"

namespace crossfoot {
namespace {

// The rows of a range as arithmetic, the same in every language: every figure of a short
// range, the first and last two of a long one ("3 + 5 + … + 2 + 1").
std::string RangeWritten(const std::vector<std::string>& figures) {
  std::string out;
  for (size_t i = 0; i < figures.size(); ++i) {
    if (figures.size() > 6 && i >= 2 && i + 2 < figures.size()) {
      if (i == 2) out += " + …";
      continue;
    }
    out += (out.empty() ? "" : " + ") + figures[i];
  }
  return out.empty() ? "0" : out;
}

struct RowRange {
  std::string name;
  Pattern from;
  Pattern end;
  bool inclusive = false;
  std::optional<Pattern> except;
};

class EachColumnCheck : public CheckKind {
 public:
  EachColumnCheck(TableSelection tables, std::optional<Pattern> columns,
                  std::vector<std::pair<std::string, Pattern>> rows, std::optional<RowRange> range,
                  Assertion a)
      : tables_(std::move(tables)),
        columns_(std::move(columns)),
        rows_(std::move(rows)),
        range_(std::move(range)),
        assertion_(std::move(a)) {}

  std::vector<std::string> FactsUsed() const override { return {}; }

  void Evaluate(const EvalContext& ctx, std::vector<Outcome>* out) const override {
    for (const TableRef& t : tables_.In(ctx.doc)) {
      std::map<std::string, int> row_of;
      std::string reason;
      for (const auto& [key, pattern] : rows_) {
        std::vector<int> rows = MatchingRows(*t.table, pattern);
        if (rows.size() != 1) {
          reason =
              fmt::format("row '{}' (\"{}\") matches {} rows", key, pattern.source(), rows.size());
          break;
        }
        row_of[key] = rows.front();
      }
      std::vector<int> range_rows;
      if (reason.empty() && range_) range_rows = RangeRows(*t.table, &reason);
      if (!reason.empty()) {
        out->push_back(NotEvaluable{reason});
        continue;
      }
      std::vector<int> columns;
      for (int c = t.table->label_columns; c < t.table->columns; ++c) {
        if (!columns_ || columns_->Matches(t.table->column_headers[c])) columns.push_back(c);
      }
      for (int c : columns) EvaluateColumn(ctx, t, c, row_of, range_rows, out);
    }
  }

 private:
  std::vector<int> RangeRows(const Table& t, std::string* reason) const {
    std::vector<int> out;
    const int rows = static_cast<int>(t.rows.size());
    int r = t.header_rows;
    while (r < rows && !range_->from.Matches(t.row_labels[r])) ++r;
    if (r == rows) {
      *reason =
          fmt::format("range '{}': no row matches \"{}\"", range_->name, range_->from.source());
      return {};
    }
    // Where the range starts must be one row, as for a table fact: never the first match.
    int starts = 0;
    for (int i = r; i < rows; ++i) starts += range_->from.Matches(t.row_labels[i]) ? 1 : 0;
    if (starts > 1) {
      *reason = fmt::format("range '{}': {} rows match \"{}\": ambiguous", range_->name, starts,
                            range_->from.source());
      return {};
    }
    int last = r;
    while (last < rows && !range_->end.Matches(t.row_labels[last])) ++last;
    if (last == rows) {
      *reason = fmt::format("range '{}': no row after \"{}\" matches \"{}\"", range_->name,
                            t.row_labels[r], range_->end.source());
      return {};
    }
    if (range_->inclusive) ++last;
    for (int i = r; i < last; ++i) {
      if (!range_->except || !range_->except->Matches(t.row_labels[i])) out.push_back(i);
    }
    if (out.empty()) *reason = fmt::format("range '{}' holds no row", range_->name);
    return out;
  }

  void EvaluateColumn(const EvalContext& ctx, const TableRef& t, int c,
                      const std::map<std::string, int>& row_of, const std::vector<int>& range_rows,
                      std::vector<Outcome>* out) const {
    const Table& table = *t.table;
    std::map<std::string, Operand> values;
    auto read = [&](int r) -> std::optional<Operand> {
      const CellRead& cell = ReadCell(ctx, t, r, c);
      if (!cell.operand) {
        out->push_back(NotEvaluable{fmt::format(
            "the cell {} is {}", CellLabel(table, r, c),
            cell.state == CellState::kNotReported ? "not reported" : "not one figure")});
      }
      return cell.operand;
    };
    for (const auto& [key, r] : row_of) {
      std::optional<Operand> v = read(r);
      if (!v) return;
      values[key] = std::move(*v);
    }
    if (range_) {
      Operand sum{Interval::Point(Rational(0)), "", {}, Rational(0), {}, {}};
      std::vector<std::string> figures;
      for (int r : range_rows) {
        std::optional<Operand> v = read(r);
        if (!v) return;
        sum.interval = sum.interval + v->interval;
        sum.involved = InvolvedList::Concat(sum.involved, v->involved);
        sum.nominal =
            sum.nominal && v->nominal ? std::optional(*sum.nominal + *v->nominal) : std::nullopt;
        figures.push_back(v->written);
      }
      sum.written = RangeWritten(figures);
      values[range_->name] = std::move(sum);
    }
    out->push_back(
        EvaluateAssertion(assertion_, MapResolver(values),
                          Message("assert.in-column", {{"column", table.column_headers[c]}})));
  }

  TableSelection tables_;
  std::optional<Pattern> columns_;
  std::vector<std::pair<std::string, Pattern>> rows_;
  std::optional<RowRange> range_;
  Assertion assertion_;
};

// Reads `range`: the map is read once; `name` is a name, the other values are patterns.
std::optional<RowRange> ReadRange(FieldReader& f) {
  const bool given = f.Has("range");
  auto fields = f.Map("range", /*required=*/false);
  if (!given) return std::nullopt;
  std::string name;
  std::optional<Pattern> from, end, except;
  bool inclusive = false;
  for (const auto& [key, source] : fields) {
    if (key == "name") {
      name = source;
      continue;
    }
    if (key != "from" && key != "before" && key != "through" && key != "except") {
      f.Error("range",
              "unknown key '" + key + "' in 'range' (name, from, before, through, except)");
      continue;
    }
    Pattern p = f.CompilePattern(source, false);
    if (!p.ok()) {
      f.Error("range", fmt::format("'range' {} \"{}\": {}", key, source, p.error()));
      return std::nullopt;
    }
    if (key == "from") {
      from = std::move(p);
    } else if (key == "except") {
      except = std::move(p);
    } else {
      if (end) f.Error("range", "'range' takes one of 'before' or 'through'");
      inclusive = key == "through";
      end = std::move(p);
    }
  }
  if (name.empty() || !from || !end) {
    f.Error("range", "'range' needs 'name', 'from' and 'before' (or 'through')");
    return std::nullopt;
  }
  return RowRange{name, std::move(*from), std::move(*end), inclusive, std::move(except)};
}

}  // namespace

std::shared_ptr<const CheckKind> MakeEachColumnCheck(FieldReader& f) {
  std::optional<TableSelection> tables = ReadTableSelection(f, "each-column");
  std::optional<Pattern> columns = f.PatternField("columns", false);
  auto rows = f.PatternMap("rows");
  std::optional<RowRange> range = ReadRange(f);
  std::vector<std::string> keys;
  keys.reserve(rows.size() + 1);
  for (const auto& [key, p] : rows) keys.push_back(key);
  if (range) keys.push_back(range->name);
  std::optional<Assertion> a =
      f.AssertionOver("assert", keys, "the rows named in 'rows' or 'range'");
  if (!f.Finish() || !tables || !a) return nullptr;
  return std::make_shared<EachColumnCheck>(std::move(*tables), std::move(columns), std::move(rows),
                                           std::move(range), std::move(*a));
}

}  // namespace crossfoot
