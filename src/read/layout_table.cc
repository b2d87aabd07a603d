#include "read/layout_table.h"

#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <limits>
#include <map>

#include "re2/re2.h"
#include "read/grid_table.h"
#include "read/numbering.h"
#include "read/source_lines.h"

namespace crossfoot {
namespace {

constexpr size_t kMaxHeaderLines = 12;
// A line of one cell this long is running prose, not a header or a wrapped label.
constexpr size_t kProseCodePoints = 26;
constexpr double kInfinity = std::numeric_limits<double>::infinity();

bool IsValueCell(const LayoutCell& cell) { return IsValueLine(cell.text.text); }

// The index of the leftmost value cell that stands right of a label, or of the first cell
// of a row that is figures only; npos for a line that is no table row.
size_t FirstValueCell(const LayoutLine& line) {
  if (line.furniture || line.cells.size() < 2) return std::string::npos;
  for (size_t c = 0; c < line.cells.size(); ++c) {
    if (!IsValueCell(line.cells[c])) continue;
    if (c > 0) return c;
    // A row that opens with a figure is a row only if every cell is one (表四's single row,
    // the figures of a row whose label wrapped onto other lines).
    bool all = std::all_of(line.cells.begin(), line.cells.end(), IsValueCell);
    return all ? 0 : std::string::npos;
  }
  return std::string::npos;
}

bool IsValueRow(const LayoutLine& line) { return FirstValueCell(line) != std::string::npos; }

bool IsNumbered(const TextRun& run) { return ParseNumbering(run.text).level > 0; }

// "三、收到和处理政府信息公开申请情况": a heading line, never part of a table's header.
bool IsHeadingLine(const LayoutLine& line) {
  if (line.cells.size() != 1) return false;
  Numbering n = ParseNumbering(line.cells[0].text.text);
  return (n.level == 1 || n.level == 2) && n.length < line.cells[0].text.text.size();
}

// Lines in reading order: by page, then down the page.
double Order(const LayoutLine& line) { return line.page * 1e7 + line.y0; }

double Height(const LayoutLine& line) { return std::max(line.y1 - line.y0, 1e-6); }

// Joins the fragments of a label or a header: nothing between CJK text, a space between
// Latin words.
TextRun JoinRuns(std::vector<std::pair<std::pair<double, double>, const TextRun*>> parts) {
  std::stable_sort(parts.begin(), parts.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  TextRun out;
  for (const auto& part : parts) {
    const TextRun& next = *part.second;
    if (next.text.empty()) continue;
    bool latin = !out.text.empty() && static_cast<unsigned char>(out.text.back()) < 0x80 &&
                 static_cast<unsigned char>(next.text.front()) < 0x80;
    out.Append(next, latin ? " " : "");
  }
  out.Recognise();
  return out;
}

struct Column {
  double x0 = kInfinity;
  double x1 = -kInfinity;
};

// Value columns: the cells right of the labels, clustered by horizontal overlap.
// Cells closer than merge_gap are one column: pdftotext's character grid moves a cell by a
// position or two from row to row.
std::vector<Column> ClusterColumns(const std::vector<const LayoutCell*>& cells, double merge_gap) {
  std::vector<const LayoutCell*> sorted = cells;
  std::sort(sorted.begin(), sorted.end(),
            [](const LayoutCell* a, const LayoutCell* b) { return a->x0 < b->x0; });
  std::vector<Column> out;
  for (const LayoutCell* c : sorted) {
    if (out.empty() || c->x0 > out.back().x1 + merge_gap) {
      out.push_back({c->x0, c->x1});
    } else {
      out.back().x1 = std::max(out.back().x1, c->x1);
    }
  }
  return out;
}

// The columns [x0 - tol, x1 + tol] a cell overlaps.
std::vector<int> Overlapping(const std::vector<Column>& columns, const LayoutCell& cell,
                             double tol) {
  std::vector<int> out;
  for (size_t k = 0; k < columns.size(); ++k) {
    if (cell.x0 < columns[k].x1 + tol && columns[k].x0 - tol < cell.x1)
      out.push_back(static_cast<int>(k));
  }
  return out;
}

// One row of figures as found: its line, its label cell (if any) and its value cells.
struct RowLine {
  size_t line = 0;
  const LayoutCell* own_label = nullptr;  // the label cell nearest the figures
  std::vector<const LayoutCell*> values;  // right of the labels
  std::vector<std::pair<std::pair<double, double>, const TextRun*>> label_parts;
  bool numbered_fragment = false;  // a numbered fragment above already opens its label
  double label_start = 0;          // where its label starts, once a fragment opens it
  bool has_label_start = false;
};

class LayoutTableBuilder {
 public:
  LayoutTableBuilder(const std::vector<LayoutLine>& lines, const LayoutMetrics& m)
      : lines_(lines), m_(m) {}

  std::optional<LayoutTableMatch> Match(size_t at) {
    const LayoutLine& first = lines_[at];
    if (first.blank() || first.furniture || IsProseLine(first) || IsHeadingLine(first))
      return std::nullopt;
    size_t i = at;
    while (i < lines_.size()) {
      const LayoutLine& line = lines_[i];
      if (line.blank() || line.furniture) {
        ++i;
        continue;
      }
      if (IsValueRow(line)) break;
      if (IsProseLine(line) || IsHeadingLine(line)) return std::nullopt;
      header_.push_back(i);
      if (header_.size() > kMaxHeaderLines) return std::nullopt;
      ++i;
    }
    if (i >= lines_.size()) return std::nullopt;
    ScanBody(i);
    if (rows_.empty() || (header_.empty() && rows_.size() < 2)) return std::nullopt;
    return Build(at);
  }

 private:
  double LabelEnd(int page) const {
    auto it = label_end_.find(page);
    if (it != label_end_.end()) return it->second;
    return label_end_.empty() ? kInfinity : label_end_.rbegin()->second;
  }

  bool IsFragmentLine(const LayoutLine& line) const {
    double end = LabelEnd(line.page) + m_.x_tolerance;
    return std::all_of(line.cells.begin(), line.cells.end(),
                       [&](const LayoutCell& c) { return c.x1 <= end; });
  }

  // A line that repeats a cell of this table's header ("信息内容") starts the next table.
  bool RepeatsHeader(const LayoutLine& line) const {
    if (line.cells.size() < 2) return false;
    for (size_t h : header_) {
      for (const LayoutCell& mine : lines_[h].cells) {
        for (const LayoutCell& c : line.cells) {
          if (c.text.text == mine.text.text) return true;
        }
      }
    }
    return false;
  }

  void ScanBody(size_t from) {
    std::vector<size_t> fragments;
    for (size_t j = from; j < lines_.size(); ++j) {
      const LayoutLine& line = lines_[j];
      if (line.blank() || line.furniture) continue;
      size_t v = FirstValueCell(line);
      if (v != std::string::npos) {
        double& end = label_end_.try_emplace(line.page, kInfinity).first->second;
        end = std::min(end, line.cells[v].x0);
        RowLine row;
        row.line = j;
        for (size_t c = 0; c < line.cells.size(); ++c) {
          if (c >= v) {
            row.values.push_back(&line.cells[c]);
          } else {
            // Left of the figures: the nearest cell is the row's own label; cells further
            // left belong to a merged group cell ("（三）不予公开") and are not its label.
            row.own_label = &line.cells[c];
          }
        }
        rows_.push_back(std::move(row));
        continue;
      }
      if (RepeatsHeader(line)) {
        next_header_ = true;
        break;
      }
      if (IsProseLine(line) || !IsFragmentLine(line)) break;
      fragments.push_back(j);
    }
    // Label lines after the last row belong to it only when they run on from it directly.
    size_t last = rows_.empty() ? 0 : rows_.back().line;
    const LayoutLine* prev = rows_.empty() ? nullptr : &lines_[last];
    for (size_t f : fragments) {
      if (f < last) {
        fragments_.push_back(f);
        continue;
      }
      const LayoutLine& line = lines_[f];
      bool adjacent = prev != nullptr && line.page == prev->page &&
                      line.y0 - prev->y1 < 0.6 * Height(*prev) &&
                      std::none_of(line.cells.begin(), line.cells.end(),
                                   [](const LayoutCell& c) { return IsNumbered(c.text); });
      // Before the next table's header, a label line is that table's title.
      if (!adjacent || next_header_) break;
      fragments_.push_back(f);
      prev = &line;
    }
    next_line_ = std::max(last, fragments_.empty() ? 0 : fragments_.back()) + 1;
  }

  // The row a label fragment continues or opens, or -1 when that is in doubt.
  int FragmentTarget(size_t line_index, const LayoutCell& cell,
                     const std::map<std::pair<size_t, double>, int>& placed) const {
    const LayoutLine& line = lines_[line_index];
    auto below = std::find_if(rows_.begin(), rows_.end(),
                              [&](const RowLine& r) { return r.line > line_index; });
    int down = below == rows_.end() ? -1 : static_cast<int>(below - rows_.begin());
    // A fragment wholly left of where the row's label (or, for a row with none on its line,
    // most rows' labels) starts belongs to a merged group cell ("（六）其他处理"), not to it.
    auto compatible = [&](int r) {
      if (r < 0) return false;
      const RowLine& row = rows_[r];
      double start = row.own_label != nullptr ? row.own_label->x0
                     : row.has_label_start    ? row.label_start
                                              : label_x0_;
      return cell.x1 > start + m_.x_tolerance;
    };
    if (IsNumbered(cell.text)) {
      // A numbered fragment opens a label: the row below, whose own text continues it.
      if (down < 0 || rows_[down].numbered_fragment) return -1;
      const LayoutCell* own = rows_[down].own_label;
      if (own != nullptr && IsNumbered(own->text)) return -1;
      return compatible(down) ? down : -1;
    }
    // Unnumbered: continues the label just above it, or opens the row just below; the nearer.
    int up = -1;
    double up_gap = kInfinity;
    for (size_t k = line_index; k-- > 0;) {
      const LayoutLine& above = lines_[k];
      if (above.blank() || above.furniture) continue;
      if (k < rows_.front().line) break;
      auto row =
          std::find_if(rows_.begin(), rows_.end(), [&](const RowLine& r) { return r.line == k; });
      if (row != rows_.end()) {
        up = static_cast<int>(row - rows_.begin());
      } else {
        for (const LayoutCell& c : above.cells) {
          auto p = placed.find({k, c.x0});
          if (p != placed.end() && c.x0 < cell.x1 && cell.x0 < c.x1) up = p->second;
        }
      }
      if (above.page == line.page) up_gap = line.y0 - above.y1;
      break;
    }
    double down_gap = down >= 0 && lines_[rows_[down].line].page == line.page
                          ? lines_[rows_[down].line].y0 - line.y1
                          : kInfinity;
    if (up >= 0 && up == down) return compatible(up) ? up : -1;
    // A label opens with its numbering: text cannot run on into a row whose own label is
    // numbered ("法规禁止公开" continues "2.其他法律行政", never opens "3.危及…").
    if (down >= 0 && rows_[down].own_label != nullptr && IsNumbered(rows_[down].own_label->text))
      down = -1;
    double tie = 0.15 * Height(line);
    int target = -1;
    if (up >= 0 && (down < 0 || up_gap + tie < down_gap)) target = up;
    if (down >= 0 && (up < 0 || down_gap + tie < up_gap)) target = down;
    return compatible(target) ? target : -1;
  }

  void AttachFragments() {
    std::vector<double> starts;
    for (const RowLine& row : rows_) {
      if (row.own_label != nullptr) starts.push_back(row.own_label->x0);
    }
    if (!starts.empty()) {
      std::nth_element(starts.begin(), starts.begin() + starts.size() / 2, starts.end());
      label_x0_ = starts[starts.size() / 2];
    }
    for (RowLine& row : rows_) {
      if (row.own_label != nullptr) {
        const LayoutLine& line = lines_[row.line];
        row.label_parts.push_back({{Order(line), row.own_label->x0}, &row.own_label->text});
      }
    }
    std::map<std::pair<size_t, double>, int> placed;  // (line, x0) → row
    for (size_t f : fragments_) {
      const LayoutLine& line = lines_[f];
      for (const LayoutCell& cell : line.cells) {
        int target = FragmentTarget(f, cell, placed);
        if (target < 0) continue;
        placed[{f, cell.x0}] = target;
        rows_[target].label_parts.push_back({{Order(line), cell.x0}, &cell.text});
        if (!rows_[target].has_label_start) {
          rows_[target].label_start = cell.x0;
          rows_[target].has_label_start = true;
        }
        if (IsNumbered(cell.text)) rows_[target].numbered_fragment = true;
      }
    }
  }

  // A figure run into the end of a label cell ("其他对外管理服务事项 42", a narrow table) is a
  // value when it stands in a column of figures the row has no value in.
  void SplitRunInFigures(const std::map<int, std::vector<Column>>& page_columns) {
    for (RowLine& r : rows_) {
      if (r.own_label == nullptr) continue;
      const LayoutLine& line = lines_[r.line];
      std::vector<const LayoutCell*> words;
      for (const LayoutCell& w : line.Words()) {
        if (w.x0 >= r.own_label->x0 - 1e-6 && w.x1 <= r.own_label->x1 + 1e-6) words.push_back(&w);
      }
      if (words.size() < 2 || !IsValueCell(*words.back())) continue;
      const std::vector<Column>& here = page_columns.at(line.page);
      std::vector<int> over = Overlapping(here, *words.back(), m_.x_tolerance);
      if (over.size() != 1) continue;
      bool taken = std::any_of(r.values.begin(), r.values.end(), [&](const LayoutCell* v) {
        return Overlapping(here, *v, m_.x_tolerance) == over;
      });
      if (taken) continue;
      LayoutCell label;
      std::vector<std::pair<std::pair<double, double>, const TextRun*>> parts;
      for (size_t i = 0; i + 1 < words.size(); ++i)
        parts.push_back({{0, words[i]->x0}, &words[i]->text});
      label.text = JoinRuns(parts);
      label.x0 = words.front()->x0;
      label.x1 = words[words.size() - 2]->x1;
      split_.push_back(std::move(label));
      r.own_label = &split_.back();
      r.values.insert(r.values.begin(), words.back());
    }
  }

  LayoutTableMatch Build(size_t at) {
    // The columns of each page the table runs over: pdftotext lays out each page afresh.
    std::map<int, std::vector<Column>> page_columns;
    {
      std::map<int, std::vector<const LayoutCell*>> cells;
      for (const RowLine& r : rows_) {
        auto& v = cells[lines_[r.line].page];
        v.insert(v.end(), r.values.begin(), r.values.end());
      }
      for (auto& [page, v] : cells) page_columns[page] = ClusterColumns(v, 2 * m_.x_tolerance);
    }
    SplitRunInFigures(page_columns);
    AttachFragments();
    const int first_page = lines_[rows_.front().line].page;
    const std::vector<Column>& columns = page_columns[first_page];
    const int k = static_cast<int>(columns.size());
    bool has_label = std::any_of(rows_.begin(), rows_.end(),
                                 [](const RowLine& r) { return !r.label_parts.empty(); });
    const int offset = has_label ? 1 : 0;

    LayoutTableMatch match;
    Table& t = match.table;
    t.shape = m_.shape;
    t.columns = k + offset;
    t.header_rows = 1;
    t.label_columns = offset;

    // Header: each word joins the one column it stands over.
    std::vector<std::vector<std::pair<std::pair<double, double>, const TextRun*>>> header(
        static_cast<size_t>(t.columns));
    std::string header_problem;
    double label_end = LabelEnd(first_page) + m_.x_tolerance;
    struct Placed {
      const LayoutLine* line;
      const LayoutCell* word;
      int column;  // -1: over no column, -2: over several (a header spanning them)
    };
    std::vector<Placed> words;
    for (size_t h : header_) {
      const LayoutLine& line = lines_[h];
      for (const LayoutCell& w : line.Words()) {
        int column = -1;
        if (has_label && w.x1 <= label_end) {
          column = 0;
        } else {
          std::vector<int> over = Overlapping(columns, w, m_.x_tolerance);
          if (over.size() == 1) column = over[0] + offset;
          if (over.size() > 1) column = -2;
        }
        words.push_back({&line, &w, column});
      }
    }
    // A fragment over no column is stacked with one that is ("商业企" over "业"): it joins it.
    for (Placed& p : words) {
      for (const Placed& q : words) {
        if (p.column != -1) break;
        if (q.column >= 0 && q.line != p.line && q.word->x0 < p.word->x1 && p.word->x0 < q.word->x1)
          p.column = q.column;
      }
      if (p.column == -1 && header_problem.empty()) {
        header_problem = fmt::format(
            "the header word \"{}\" stands over no column of figures, so the header cannot be "
            "matched to the columns",
            p.word->text.text);
      }
      if (p.column >= 0)
        header[static_cast<size_t>(p.column)].push_back(
            {{Order(*p.line), p.word->x0}, &p.word->text});
    }
    std::vector<Cell> header_row(static_cast<size_t>(t.columns));
    for (int c = 0; c < t.columns; ++c) {
      if (c >= offset && !header_problem.empty()) continue;
      header_row[c].text = JoinRuns(header[c]);
    }
    t.rows.push_back(std::move(header_row));
    t.header_problem = header_problem;

    for (const RowLine& r : rows_) {
      const int row_index = static_cast<int>(t.rows.size());
      std::vector<Cell> row(static_cast<size_t>(t.columns));
      if (has_label) row[0].text = JoinRuns(r.label_parts);
      std::string problem;
      const int page = lines_[r.line].page;
      const std::vector<Column>& here = page_columns[page];
      if (static_cast<int>(here.size()) != k) {
        problem = fmt::format(
            "on page {} the figures stand in {} columns, against {} where the table starts", page,
            here.size(), k);
      }
      std::vector<Cell> values;
      for (const LayoutCell* v : r.values) {
        Cell cell{v->text, row_index, -1};
        if (!cell.text.recognised) cell.text.Recognise();
        if (problem.empty()) {
          std::vector<int> over = Overlapping(here, *v, m_.x_tolerance);
          const int col = over.empty() ? 0 : over[0] + offset;
          if (over.size() != 1) {
            problem = fmt::format("the value \"{}\" stands between columns", v->text.text);
          } else if (!row[static_cast<size_t>(col)].text.text.empty()) {
            problem = fmt::format("two values stand in one column (\"{}\" and \"{}\")",
                                  row[static_cast<size_t>(col)].text.text, v->text.text);
          } else {
            cell.col = over[0] + offset;
            row[static_cast<size_t>(cell.col)] = cell;
          }
        }
        values.push_back(std::move(cell));
      }
      if (!problem.empty()) {
        for (int c = offset; c < t.columns; ++c) row[c] = Cell{};
      }
      // A blank cell stands where the next filled cell to its right starts (or at the end of
      // the line), so a finding about it can point there.
      uint32_t next = static_cast<uint32_t>(lines_[r.line].source.end);
      for (int c = t.columns; c-- > offset;) {
        TextRun& run = row[static_cast<size_t>(c)].text;
        if (run.origin.empty()) {
          run.origin.push_back(next);
        } else {
          next = run.origin.front();
        }
      }
      t.rows.push_back(std::move(row));
      t.row_problems.resize(t.rows.size());
      t.unplaced.resize(t.rows.size());
      if (!problem.empty()) {
        t.row_problems.back() = problem;
        for (Cell& v : values) v.col = -1;
        t.unplaced.back() = std::move(values);
      }
    }
    for (size_t r = 0; r < t.rows.size(); ++r) {
      for (int c = 0; c < t.columns; ++c) {
        t.rows[r][c].row = static_cast<int>(r);
        t.rows[r][c].col = c;
      }
    }
    std::vector<std::string> problems = std::move(t.row_problems);
    LabelTable(&t);
    problems.resize(t.rows.size());
    t.row_problems = std::move(problems);
    t.unplaced.resize(t.rows.size());
    match.next_line = next_line_;
    match.source = {lines_[at].source.begin, lines_[next_line_ - 1].source.end};
    return match;
  }

  const std::vector<LayoutLine>& lines_;
  const LayoutMetrics& m_;
  std::vector<size_t> header_;
  std::vector<RowLine> rows_;
  std::vector<size_t> fragments_;
  std::map<int, double> label_end_;  // per page: where the figures start
  double label_x0_ = -kInfinity;     // where most rows' own labels start
  size_t next_line_ = 0;
  bool next_header_ = false;      // the body ended where the next table's header starts
  std::deque<LayoutCell> split_;  // label cells with a figure split off their end
};

}  // namespace

bool IsPageNumberLine(std::string_view normalised) {
  static const re2::RE2 kPageNumber(
      R"((?:[-—–－]+ *\d{1,4} *[-—–－]+|\d{1,4} */ *\d{1,4}|第 *\d{1,4} *页(?: *[,，/]? *共 *\d{1,4} *页)?))");
  return re2::RE2::FullMatch(normalised, kPageNumber);
}

bool IsProseLine(const LayoutLine& line) {
  if (line.cells.size() != 1) return false;
  const std::string& text = line.cells[0].text.text;
  return text.find("。") != std::string::npos || !CodePointsAtMost(text, kProseCodePoints - 1);
}

std::optional<LayoutTableMatch> MatchLayoutTable(const std::vector<LayoutLine>& lines, size_t at,
                                                 const LayoutMetrics& metrics) {
  if (at >= lines.size()) return std::nullopt;
  LayoutTableBuilder builder(lines, metrics);
  std::optional<LayoutTableMatch> match = builder.Match(at);
  if (match &&
      match->table.rows.size() * static_cast<size_t>(match->table.columns) > kMaxTableCells) {
    return std::nullopt;
  }
  return match;
}

}  // namespace crossfoot
