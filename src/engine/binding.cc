#include "engine/binding.h"

#include <fmt/format.h>

#include <algorithm>

#include "figures/header_unit.h"
#include "figures/recognise.h"
#include "read/source_lines.h"

namespace crossfoot {
namespace {

std::string LineOf(const Document& doc, const TextRun& run, size_t offset) {
  LineColumn lc = doc.Locate(run.Source(offset, offset).begin);
  return fmt::format("line {}", lc.line);
}

Mention MakeMention(const Document& doc, const Figure& f, const TextRun& run, int block,
                    std::string where) {
  Mention m;
  m.figure = f;
  m.source = run.Source(f.begin, f.end);
  m.block = block;
  m.doc = &doc;
  m.where = std::move(where);
  return m;
}

void BindProse(const FactDef& def, const ProseSelector& sel, const Document& doc,
               FactBinding* out) {
  for (size_t b = 0; b < doc.blocks.size(); ++b) {
    const Block& block = doc.blocks[b];
    if (block.kind == BlockKind::kTable) continue;
    if (sel.section && !InSection(block, *sel.section)) continue;
    if (sel.within && !sel.within->Matches(block.text.text)) continue;
    size_t from = 0;
    if (sel.after) {
      PatternMatch anchor;
      if (!sel.after->Find(block.text.text, &anchor)) continue;
      from = anchor.end;
    }
    // Every wording's matches, in text order; a figure two wordings both find is one match.
    std::vector<PatternMatch> matches = sel.pattern.FindAll(block.text.text);
    for (const Pattern& other : sel.alternatives) {
      for (PatternMatch& m : other.FindAll(block.text.text)) {
        bool seen = std::any_of(matches.begin(), matches.end(), [&](const PatternMatch& x) {
          return x.placeholders == m.placeholders;
        });
        if (!seen) matches.push_back(std::move(m));
      }
    }
    if (!sel.alternatives.empty()) {
      std::stable_sort(
          matches.begin(), matches.end(),
          [](const PatternMatch& x, const PatternMatch& y) { return x.begin < y.begin; });
    }
    for (const PatternMatch& m : matches) {
      if (m.begin < from) continue;
      if (sel.not_preceded_by &&
          sel.not_preceded_by->Matches(std::string_view(block.text.text).substr(0, m.begin))) {
        out->notes.push_back(fmt::format("skipped the match at {}: it follows \"{}\"",
                                         LineOf(doc, block.text, m.begin),
                                         sel.not_preceded_by->source()));
        continue;
      }
      Instance inst;
      std::string problem;
      for (const auto& [slot, placeholder] : def.slot_placeholder) {
        auto at = m.placeholders.find(placeholder);
        if (at == m.placeholders.end()) continue;
        const auto& figures = block.text.figures.figures;
        auto f = std::find_if(figures.begin(), figures.end(), [&](const Figure& fig) {
          return fig.begin == at->second || (fig.begin + 1 == at->second && fig.written[0] == '-');
        });
        if (f != figures.end()) {
          inst.slots[slot] = MakeMention(doc, *f, block.text, static_cast<int>(b), block.name);
          continue;
        }
        if (std::string_view(block.text.text).substr(at->second, 3) == "无") {
          // 无 where a figure is expected ("行政强制数量无") states zero.
          Figure zero;
          zero.begin = at->second;
          zero.end = at->second + 3;
          zero.written = "无";
          zero.interval = Interval::Point(Rational(0));
          inst.slots[slot] = MakeMention(doc, zero, block.text, static_cast<int>(b), block.name);
          continue;
        }
        const auto& skipped = block.text.figures.skipped;
        auto s = std::find_if(skipped.begin(), skipped.end(), [&](const NonFigure& n) {
          return n.begin <= at->second && at->second < n.end;
        });
        problem = s != skipped.end()
                      ? fmt::format("matched \"{}\" at {}, but it reads as a {}, not a figure",
                                    s->written, LineOf(doc, block.text, at->second), s->kind)
                      : fmt::format("matched at {}, but no figure starts where {{{}}} matched",
                                    LineOf(doc, block.text, at->second), placeholder);
      }
      if (!problem.empty()) {
        out->notes.push_back(problem);
        continue;
      }
      out->instances.push_back(std::move(inst));
    }
  }
}

struct RowHit {
  int block;
  int row;
  std::string label;  // the row's label, or its cell in the selector's label column
};

bool HasHeader(const Table& t, const std::optional<Pattern>& header) {
  return !header || std::any_of(t.column_headers.begin(), t.column_headers.end(),
                                [&](const std::string& h) { return header->Matches(h); });
}

constexpr int kNoLabelColumn = -2;

// The column whose cells name the rows: -1 for the row labels; with `label-column`, the one
// value column whose header matches (kNoLabelColumn, with a note, when not exactly one does).
int LabelColumn(const Table& t, const TableSelector& sel, std::vector<std::string>* notes) {
  if (!sel.label_column) return -1;
  std::vector<int> found;
  for (int c = t.label_columns; c < t.columns; ++c) {
    if (sel.label_column->Matches(t.column_headers[c])) found.push_back(c);
  }
  if (found.size() == 1) return found.front();
  if (!found.empty()) {
    notes->push_back(fmt::format("label-column \"{}\" matches {} columns: ambiguous",
                                 sel.label_column->source(), found.size()));
  }
  return kNoLabelColumn;
}

std::string RowLabel(const Table& t, int row, int label_column) {
  return label_column < 0 ? t.row_labels[row] : LabelText(t.rows[row][label_column].text.text);
}

// The rows a selector picks: those whose label matches `row`; with `through`, every row from
// the first match to the next row matching `through`; without `row`, the single data row.
std::vector<RowHit> SelectRows(const TableSelector& sel, const Document& doc,
                               std::vector<std::string>* notes) {
  std::vector<RowHit> hits;
  for (size_t b = 0; b < doc.blocks.size(); ++b) {
    const Table& t = doc.blocks[b].table;
    if (doc.blocks[b].kind != BlockKind::kTable || !HasHeader(t, sel.header)) continue;
    if (sel.section && !InSection(doc.blocks[b], *sel.section)) continue;
    const int rows = static_cast<int>(t.rows.size());
    if (!sel.row) {
      if (rows - t.header_rows == 1) {
        hits.push_back({static_cast<int>(b), t.header_rows, t.row_labels[t.header_rows]});
      }
      continue;
    }
    const int label_column = LabelColumn(t, sel, notes);
    if (label_column == kNoLabelColumn) continue;
    auto label = [&](int r) { return RowLabel(t, r, label_column); };
    for (int r = t.header_rows; r < rows; ++r) {
      if (!sel.row->Matches(label(r))) continue;
      if (!sel.through) {
        hits.push_back({static_cast<int>(b), r, label(r)});
        continue;
      }
      int last = r;
      while (last < rows && !sel.through->Matches(label(last))) ++last;
      if (last == rows) {
        notes->push_back(fmt::format("rows from \"{}\": no later row label matches \"{}\"",
                                     label(r), sel.through->source()));
        return {};
      }
      for (int i = r; i <= last; ++i) hits.push_back({static_cast<int>(b), i, label(i)});
      break;
    }
  }
  return hits;
}

// A blank total is the sum of its row's parts: at least their filled figures, exactly them
// when none is blank. Unchanged ([0, ∞)) when a part is not a figure.
void BlankAsSumOfRow(const Table& t, int row, int column, const Pattern& parts, Figure* f) {
  Interval sum = Interval::Point(Rational(0));
  Interval if_zero = sum;
  bool any = false;
  for (int c = t.label_columns; c < t.columns; ++c) {
    if (c == column || !parts.Matches(t.column_headers[c])) continue;
    if (c > t.label_columns && t.SameCell(row, c, c - 1)) continue;  // one merged cell
    const TextRun& text = t.rows[row][c].text;
    if (IsNotReportedCell(text.text)) {
      sum = sum + Interval::AtLeast(Rational(0));
      any = true;
      continue;
    }
    std::optional<Figure> part = text.CellFigure();
    if (!part || part->approximate() || !ApplyHeaderUnit(t.column_headers[c], &*part, t.unit))
      return;
    sum = sum + part->interval;
    if_zero = if_zero + part->interval;
    any = true;
  }
  if (!any) return;
  f->interval = sum;
  f->if_blanks_zero = if_zero;
}

void BindTable(const FactDef& def, const TableSelector& sel, const Document& doc,
               FactBinding* out) {
  std::vector<RowHit> hits = SelectRows(sel, doc, &out->notes);
  if (hits.empty()) {
    if (out->notes.empty()) {
      out->notes.push_back(
          sel.row ? fmt::format("no table row label matches \"{}\"", sel.row->source())
                  : fmt::format("no table with a column header matching \"{}\" has exactly one "
                                "data row",
                                sel.header->source()));
    }
    return;
  }
  if (hits.size() > 1 && !def.repeat) {
    std::string labels;
    for (const RowHit& h : hits) {
      labels += (labels.empty() ? "" : ", ") + h.label;
    }
    // Without a row pattern, each hit is the single data row of another table.
    out->notes.push_back(
        sel.row ? fmt::format("row pattern \"{}\" matches {} rows ({}): ambiguous, nothing bound",
                              sel.row->source(), hits.size(), labels)
                : fmt::format("{} tables with a column header matching \"{}\" have one data row "
                              "({}): ambiguous, nothing bound",
                              hits.size(), sel.header ? sel.header->source() : "", labels));
    return;
  }
  // A range is all or nothing: a sum over rows with one not reported would understate.
  const bool whole_range = sel.through.has_value();
  std::vector<Instance> instances;
  for (const RowHit& h : hits) {
    const Table& t = doc.blocks[h.block].table;
    const std::string& label = h.label;
    if (!t.row_problems[h.row].empty()) {
      out->notes.push_back(fmt::format("row {}: {}", label, t.row_problems[h.row]));
      if (whole_range) return;
      continue;
    }
    Instance inst;
    // Columns by pattern, then by position: each names exactly one value column.
    std::vector<std::pair<std::string, std::vector<int>>> chosen;
    for (const auto& [key, pattern] : sel.columns) {
      std::vector<int> cols;
      for (int c = t.label_columns; c < t.columns; ++c) {
        // A header spanning columns over one merged value cell names one column.
        bool merged = !cols.empty() && t.column_headers[c] == t.column_headers[cols.back()] &&
                      t.SameCell(h.row, c, cols.back());
        if (pattern.Matches(t.column_headers[c]) && !merged) cols.push_back(c);
      }
      chosen.emplace_back(key, std::move(cols));
    }
    for (const auto& [key, position] : sel.positions) {
      int c = t.label_columns + position - 1;
      chosen.emplace_back(key, c < t.columns ? std::vector<int>{c} : std::vector<int>{});
    }
    for (size_t k = 0; k < chosen.size(); ++k) {
      const std::string& key = chosen[k].first;
      const std::vector<int>& cols = chosen[k].second;
      std::string slot = key.empty() ? def.name : def.name + "." + key;
      if (cols.size() != 1) {
        out->notes.push_back(k < sel.columns.size()
                                 ? fmt::format("{}: column pattern \"{}\" matches {} columns", slot,
                                               sel.columns[k].second.source(), cols.size())
                                 : fmt::format("{}: the table has no value column {}", slot,
                                               sel.positions[k - sel.columns.size()].second));
        if (whole_range) return;
        continue;
      }
      const Cell& cell = t.rows[h.row][cols[0]];
      std::optional<Figure> f;
      if (IsNotReportedCell(cell.text.text)) {
        f = BlankCellFigure(cell.text.text);  // an unknown count, [0, ∞), never zero
        if (sel.blank_total_of) BlankAsSumOfRow(t, h.row, cols[0], *sel.blank_total_of, &*f);
      } else {
        f = cell.text.CellFigure();
      }
      if (f && !f->blank && !ApplyHeaderUnit(t.column_headers[cols[0]], &*f, t.unit)) {
        out->notes.push_back(fmt::format(
            "{}: the cell in row {}, column {} is too large for exact arithmetic (\"{}\")", slot,
            label, t.column_headers[cols[0]], cell.text.text));
        if (whole_range) return;
        continue;
      }
      if (!f) {
        out->notes.push_back(
            fmt::format("{}: the cell in row {}, column {} is not one figure (\"{}\")", slot, label,
                        t.column_headers[cols[0]], cell.text.text));
        if (whole_range) return;
        continue;
      }
      std::string where =
          t.CellWhere(h.row, cols[0], fmt::format("{} › {}", label, t.column_headers[cols[0]]));
      Mention m = MakeMention(doc, *f, cell.text, h.block, where);
      m.source = t.CellSource(h.row, cols[0], f->begin, f->end);
      inst.slots[slot] = std::move(m);
    }
    if (!inst.slots.empty()) instances.push_back(std::move(inst));
  }
  for (Instance& inst : instances) out->instances.push_back(std::move(inst));
}

}  // namespace

bool InSection(const Block& block, const Pattern& section) {
  return std::any_of(block.sections.begin(), block.sections.end(),
                     [&](const std::string& title) { return section.Matches(title); });
}

const FactBinding* Bindings::ForSlot(const std::string& slot) const {
  if (slot.starts_with(kPreviousPrefix)) {
    return previous != nullptr ? previous->ForSlot(slot.substr(kPreviousPrefix.size())) : nullptr;
  }
  if (pack == nullptr) return nullptr;
  const FactDef* def = pack->FindSlot(slot);
  if (def == nullptr) return nullptr;
  auto it = facts.find(def->name);
  return it == facts.end() ? nullptr : &it->second;
}

Bindings BindFacts(const Pack& pack, const Document& doc) {
  Bindings out;
  out.pack = &pack;
  for (const FactDef& def : pack.facts) {
    FactBinding& binding = out.facts[def.name];
    binding.def = &def;
    if (const auto* prose = std::get_if<ProseSelector>(&def.selector)) {
      BindProse(def, *prose, doc, &binding);
    } else {
      BindTable(def, std::get<TableSelector>(def.selector), doc, &binding);
    }
    if (binding.instances.empty() && binding.notes.empty()) {
      binding.notes.push_back("the pattern matched nowhere");
    }
  }
  return out;
}

}  // namespace crossfoot
