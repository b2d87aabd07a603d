#include "read/bar_cells_table.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <numeric>
#include <set>

#include "figures/recognise.h"
#include "read/grid_table.h"
#include "read/numbering.h"

namespace crossfoot {
namespace {

// Widest table read so (表四 of the 2021 form has 15 value columns); a probe looks this far for
// the first padding line, so probing from every line stays linear.
constexpr size_t kMaxWidth = 64;

struct Token {
  enum class Kind { kCell, kBlank, kPad };
  Kind kind = Kind::kCell;
  int bars = 0;  // kPad: how many positions the row lacked
  TextRun text;  // kCell: the cell; kBlank: empty, placed at its bar
  bool numeric = false;
  bool value = false;  // a figure, a blank, or "not reported": what stands in a value column
};

Token BarToken(int bars, size_t at) {
  Token t;
  t.kind = bars == 1 ? Token::Kind::kBlank : Token::Kind::kPad;
  t.bars = bars;
  t.value = true;
  t.text.origin = {static_cast<uint32_t>(at), static_cast<uint32_t>(at)};
  return t;
}

// One line as tokens, or false when it is not a line of this kind. Each cell is closed by a
// bar ("text |"); a bar with no text before it is a blank cell, and a run of bars ending the
// line is the padding of a short row ("… | 56 | ||"). A line opening with a bar before text
// is a Markdown row, read elsewhere.
bool ReadLine(std::string_view source, const SourceLine& line, std::vector<Token>* out) {
  std::string_view raw = source.substr(line.begin, line.end - line.begin);
  const size_t end = raw.find_last_not_of(" \t\r");
  if (end == std::string_view::npos || raw[end] != '|') return false;
  const size_t first = raw.find_first_not_of(" \t");
  if (raw[first] == '|' && raw.find_first_not_of("| \t\r") != std::string_view::npos) return false;
  const size_t before = out->size();
  size_t start = 0;  // where the text of the next cell begins
  for (size_t i = 0; i <= end;) {
    if (raw[i] != '|') {
      ++i;
      continue;
    }
    std::string_view text = raw.substr(start, i - start);
    if (text.find_first_not_of(" \t") != std::string_view::npos) {
      Token cell;
      cell.text = CellRun(source, line.begin + start, line.begin + i);
      cell.numeric = cell.text.CellFigure().has_value();
      cell.value = IsValueLine(cell.text.text);
      out->push_back(std::move(cell));
      start = ++i;
      continue;
    }
    size_t run = i;
    while (run <= end && raw[run] == '|') ++run;
    const int bars = static_cast<int>(run - i);
    if (run > end) {
      out->push_back(BarToken(bars, line.begin + i));
    } else {
      for (int b = 0; b < bars; ++b) out->push_back(BarToken(1, line.begin + i + b));
    }
    start = i = run;
  }
  return out->size() > before;
}

struct Row {
  std::vector<const Token*> cells;
  bool padded = false;   // closed by a line of bars: its cell count is exact
  bool complete = true;  // the table's last row, cut short where the text ends
};

// The rows of the table at a given width: a padding line closes a row, and so does the width.
std::optional<std::vector<Row>> SplitRows(const std::vector<Token>& tokens, size_t width) {
  std::vector<Row> rows;
  Row row;
  for (const Token& t : tokens) {
    if (t.kind == Token::Kind::kPad) {
      if (row.cells.empty() || row.cells.size() + static_cast<size_t>(t.bars) != width)
        return std::nullopt;
      row.padded = true;
      rows.push_back(std::move(row));
      row = Row{};
      continue;
    }
    row.cells.push_back(&t);
    if (row.cells.size() == width) {
      rows.push_back(std::move(row));
      row = Row{};
    }
  }
  if (!row.cells.empty()) {
    row.complete = false;
    rows.push_back(std::move(row));
  }
  // A row with figures has its labels first: a label after a figure means the width is wrong.
  for (const Row& r : rows) {
    bool numeric =
        std::any_of(r.cells.begin(), r.cells.end(), [](const Token* c) { return c->numeric; });
    if (!numeric) continue;
    bool in_values = false;
    for (const Token* c : r.cells) {
      if (c->value) in_values = true;
      if (in_values && !c->value) return std::nullopt;
    }
  }
  return rows;
}

// The width: every padding line completes its row to it, so it divides the cells since the
// previous padding line plus the pad; the widest such width whose rows keep their labels first.
std::optional<std::vector<Row>> Rows(const std::vector<Token>& tokens, size_t* width) {
  size_t g = 0;
  size_t since = 0;
  int widest_pad = 0;
  for (const Token& t : tokens) {
    if (t.kind != Token::Kind::kPad) {
      ++since;
      continue;
    }
    g = std::gcd(g, since + static_cast<size_t>(t.bars));
    widest_pad = std::max(widest_pad, t.bars);
    since = 0;
  }
  for (size_t w = std::min(g, kMaxWidth); w >= 2; --w) {
    if (g % w != 0 || w <= static_cast<size_t>(widest_pad)) continue;
    if (std::optional<std::vector<Row>> rows = SplitRows(tokens, w)) {
      *width = w;
      return rows;
    }
  }
  return std::nullopt;
}

size_t LabelCount(const Row& row) {
  size_t k = 0;
  while (k < row.cells.size() && !row.cells[k]->value) ++k;
  return k;
}

RawCell Raw(const Token& t, int col_span = 1) {
  RawCell c;
  c.text = t.text;
  c.col_span = col_span;
  return c;
}

int Level(const TextRun& text) { return ParseNumbering(text.text).level; }

// A row that ends in a bare bar: a blank cell, or a one-bar pad standing for none.
bool EndsInBareBar(const Row& row) { return row.cells.back()->kind == Token::Kind::kBlank; }

// An empty cell spanning `span` positions, placed at `at` (a corner over the label columns).
RawCell Corner(uint32_t at, size_t span) {
  RawCell c;
  c.text.origin = {at, at};
  c.col_span = static_cast<int>(span);
  return c;
}

// A part of the table: header rows, then the rows with figures under them.
struct Part {
  std::vector<size_t> header;
  std::vector<size_t> data;
};

class Builder {
 public:
  Builder(std::vector<Row> rows, size_t width) : rows_(std::move(rows)), width_(width) {}

  std::vector<Table> Build() {
    for (const Part& part : Parts()) Place(part);
    std::vector<RawRow> raw(rows_.size());
    for (auto& [index, cells] : placed_) raw[index] = std::move(cells);
    std::string error;
    Table whole = BuildGridTable(std::move(raw), "bar cells", &error);
    if (!error.empty()) return {};
    std::vector<Table> parts = SplitAtInnerHeaders(std::move(whole));
    for (Table& t : parts) Annotate(&t);
    return parts;
  }

 private:
  std::vector<Part> Parts() const {
    std::vector<Part> parts;
    for (size_t r = 0; r < rows_.size(); ++r) {
      const Row& row = rows_[r];
      const bool numeric = std::any_of(row.cells.begin(), row.cells.end(),
                                       [](const Token* c) { return c->numeric; });
      const bool any_value = LabelCount(row) < row.cells.size();
      const bool in_data = !parts.empty() && !parts.back().data.empty();
      if (numeric || (in_data && any_value)) {
        if (parts.empty()) parts.emplace_back();
        parts.back().data.push_back(r);
      } else {
        if (parts.empty() || in_data) parts.emplace_back();
        parts.back().header.push_back(r);
      }
    }
    return parts;
  }

  // The values of a row as written, and whether that count is certain: a row that fills the
  // width and ends in a bare bar may end in a one-bar pad instead of a blank cell.
  size_t Values(const Row& row, bool* exact) const {
    *exact = row.padded || (row.complete && !EndsInBareBar(row));
    return row.cells.size() - LabelCount(row);
  }

  // The part's value columns: what the rows of certain count agree on, else a count every
  // other row allows (each either full or ending in a one-bar pad); of two such counts, the
  // one under which the header reads as a label and one word per value column.
  std::optional<size_t> ValueColumns(const Part& part) const {
    if (part.data.size() == 1 && !rows_[part.data[0]].complete) {
      // Only the row where the text ends, its padding line dropped: its figures are all.
      return rows_[part.data[0]].cells.size() - LabelCount(rows_[part.data[0]]);
    }
    std::map<size_t, int> exact_counts;
    std::set<size_t> allowed;
    bool first = true;
    for (size_t r : part.data) {
      const Row& row = rows_[r];
      if (!row.complete) continue;  // cut short where the text ends: any count fits
      bool exact = false;
      size_t v = Values(row, &exact);
      if (exact) {
        ++exact_counts[v];
        continue;
      }
      std::set<size_t> here{v};
      if (v > 1 && EndsInBareBar(row)) here.insert(v - 1);
      if (first) {
        allowed = here;
        first = false;
      } else {
        std::set<size_t> both;
        std::set_intersection(allowed.begin(), allowed.end(), here.begin(), here.end(),
                              std::inserter(both, both.begin()));
        allowed = std::move(both);
      }
    }
    if (exact_counts.size() == 1) return exact_counts.begin()->first;
    if (!exact_counts.empty() || allowed.empty()) return std::nullopt;
    if (!part.header.empty() && allowed.size() > 1) {
      const size_t words = HeaderWords(rows_[part.header.back()]).size();
      for (size_t v : allowed) {
        if (words == v + 1) return v;
      }
    }
    return *allowed.rbegin();
  }

  static std::vector<const Token*> HeaderWords(const Row& row) {
    std::vector<const Token*> texts = row.cells;
    while (!texts.empty() && texts.back()->kind == Token::Kind::kBlank) texts.pop_back();
    return texts;
  }

  void Place(const Part& part) {
    std::optional<size_t> values = ValueColumns(part);
    if (!values || *values == 0 || *values > width_) {
      for (size_t r : part.header) PlaceHeader(r, 0);
      for (size_t r : part.data) {
        problems_[r] =
            "the table was copied one cell per line and its rows disagree on how many figures "
            "they hold, so the column of each figure cannot be known";
        PlaceLabelsOnly(r, width_);
      }
      return;
    }
    const size_t labels = width_ - *values;
    for (size_t r : part.header) PlaceHeader(r, *values);
    std::vector<const TextRun*> above;  // the label at each label position of the row above
    for (size_t r : part.data) PlaceData(r, *values, labels, &above);
  }

  // A header row is placed by the shape of the rows under it (a label, then one cell per value
  // column), else as written when it fills the width; otherwise it is not read.
  void PlaceHeader(size_t r, size_t values) {
    const Row& row = rows_[r];
    std::vector<const Token*> texts = HeaderWords(row);
    RawRow& out = placed_[r];
    const size_t labels = width_ - values;
    if (texts.size() == 1) {
      out.push_back(Raw(*texts[0], static_cast<int>(width_)));
    } else if (values > 0 && labels > 0 && texts.size() == values + 1) {
      out.push_back(Raw(*texts[0], static_cast<int>(labels)));
      for (size_t i = 1; i < texts.size(); ++i) out.push_back(Raw(*texts[i]));
    } else if (values > 0 && texts.size() == values) {
      if (labels > 0) out.push_back(Corner(texts[0]->text.origin.front(), labels));
      for (const Token* c : texts) out.push_back(Raw(*c));
    } else if (row.cells.size() == width_ && !row.padded) {
      for (const Token* c : row.cells) out.push_back(Raw(*c));
    } else {
      std::vector<std::string>& words = unread_words_[r];
      for (const Token* c : texts) {
        if (!c->text.text.empty()) words.push_back(c->text.text);
      }
    }
  }

  void PlaceLabelsOnly(size_t r, size_t labels) {
    const Row& row = rows_[r];
    const size_t k = LabelCount(row);
    for (size_t i = 0; i < k; ++i) {
      const size_t span = i + 1 == k && labels > i ? labels - i : 1;
      placed_[r].push_back(Raw(*row.cells[i], static_cast<int>(span)));
    }
    for (size_t i = k; i < row.cells.size(); ++i) {
      Cell c;
      c.text = row.cells[i]->text;
      c.row = static_cast<int>(r);
      c.col = -1;
      if (!c.text.text.empty()) unplaced_[r].push_back(std::move(c));
    }
  }

  void PlaceData(size_t r, size_t values, size_t labels, std::vector<const TextRun*>* above) {
    const Row& row = rows_[r];
    const size_t k = LabelCount(row);
    bool exact = false;
    size_t v = Values(row, &exact);
    if (!exact && v == values + 1 && EndsInBareBar(row)) v = values;
    std::string problem;
    if (!row.complete && v < values) {
      // The text ends inside this row: its missing cells are unknown, not blank.
      problem = fmt::format(
          "the text ends inside this row: {} of its {} values are there, so the column of each "
          "figure cannot be known",
          v, values);
    } else if (v != values || k > labels) {
      problem = fmt::format(
          "the table was copied one cell per line: this row holds {} value(s) where the "
          "others hold {}, so the column of each figure cannot be known",
          v, values);
    }
    if (!problem.empty()) {
      problems_[r] = std::move(problem);
      PlaceLabelsOnly(r, std::max<size_t>(labels, 1));
      above->clear();
      return;
    }
    RawRow& out = placed_[r];
    std::vector<const TextRun*> here;
    // Labels missing at the left continue the row above, while its labels there are numbered
    // at a shallower level than this row's first label ("2.其他…" under "(三)不予公开").
    size_t missing = labels - k;
    const int level = k > 0 ? Level(row.cells[0]->text) : 0;
    for (size_t p = 0; missing > 0 && level > 0 && p < above->size(); ++p) {
      const int over = Level(*(*above)[p]);
      if (over == 0 || over >= level) break;
      RawCell c;
      c.continues_above = true;
      out.push_back(std::move(c));
      here.push_back((*above)[p]);
      --missing;
    }
    // What is still missing is the last label's span (one label over several label columns).
    for (size_t i = 0; i < k; ++i) {
      const int span = i + 1 == k ? static_cast<int>(missing + 1) : 1;
      out.push_back(Raw(*row.cells[i], span));
      for (int s = 0; s < span; ++s) here.push_back(&row.cells[i]->text);
    }
    if (k == 0 && labels > 0) out.push_back(Corner(row.cells[0]->text.origin.front(), labels));
    for (size_t i = k; i < std::min(k + values, row.cells.size()); ++i)
      out.push_back(Raw(*row.cells[i]));
    *above = std::move(here);
  }

  void Annotate(Table* t) const {
    const int rows = static_cast<int>(t->rows.size());
    t->row_problems.assign(t->rows.size(), "");
    t->unplaced.assign(t->rows.size(), {});
    std::vector<std::string> words;
    for (int r = 0; r < rows; ++r) {
      const size_t at = static_cast<size_t>(t->first_row) + static_cast<size_t>(r);
      if (auto p = problems_.find(at); p != problems_.end()) t->row_problems[r] = p->second;
      if (auto u = unplaced_.find(at); u != unplaced_.end()) t->unplaced[r] = u->second;
      auto w = unread_words_.find(at);
      if (r < t->header_rows && w != unread_words_.end())
        words.insert(words.end(), w->second.begin(), w->second.end());
    }
    if (!words.empty()) {
      std::string joined;
      for (const std::string& w : words) joined += (joined.empty() ? "" : " / ") + w;
      t->header_problem = fmt::format(
          "the table was copied one cell per line and its merged header cells lost their "
          "spans, so the header words cannot be placed over the columns ({})",
          joined);
    }
  }

  std::vector<Row> rows_;
  size_t width_;
  std::map<size_t, RawRow> placed_;
  std::map<size_t, std::string> problems_;
  std::map<size_t, std::vector<Cell>> unplaced_;
  // Header rows that could not be placed, with their words (for the table's header_problem).
  std::map<size_t, std::vector<std::string>> unread_words_;
};

}  // namespace

std::optional<BarCellsMatch> MatchBarCellsTable(std::string_view source,
                                                const std::vector<SourceLine>& lines, size_t at,
                                                size_t* no_table_before) {
  std::vector<Token> tokens;
  bool padded = false;
  size_t i = at;
  for (; i < lines.size(); ++i) {
    if (lines[i].blank()) continue;
    if (!ReadLine(source, lines[i], &tokens)) break;
    padded = padded || tokens.back().kind == Token::Kind::kPad;
    // Most lines start no such table: give up early when no padding line comes soon.
    if (!padded && tokens.size() > kMaxWidth) return std::nullopt;
  }
  if (!padded) return std::nullopt;
  // A run of such lines that is no table is not probed again from each of its lines (which
  // made the probes quadratic in its length).
  *no_table_before = i;
  if (tokens.front().kind != Token::Kind::kCell) return std::nullopt;
  // The table's last cell may have lost its bar where the text ends: "0" under "0 |".
  if (i < lines.size() && lines[i].is_value() && tokens.back().kind != Token::Kind::kPad) {
    Token last;
    last.text = CellRun(source, lines[i].begin, lines[i].end);
    last.numeric = last.text.CellFigure().has_value();
    last.value = true;
    tokens.push_back(std::move(last));
    ++i;
  }
  size_t width = 0;
  std::optional<std::vector<Row>> rows = Rows(tokens, &width);
  if (!rows) return std::nullopt;
  const size_t with_figures =
      static_cast<size_t>(std::count_if(rows->begin(), rows->end(), [](const Row& r) {
        return std::any_of(r.cells.begin(), r.cells.end(),
                           [](const Token* c) { return c->numeric; });
      }));
  if (with_figures < 2) return std::nullopt;
  size_t last = i;
  while (last > at && lines[last - 1].blank()) --last;
  BarCellsMatch match;
  match.tables = Builder(std::move(*rows), width).Build();
  if (match.tables.empty()) return std::nullopt;
  match.next_line = last;
  return match;
}

}  // namespace crossfoot
