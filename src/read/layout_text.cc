// Text laid out in columns by spaces (pdftotext -layout, a copy from a PDF viewer): each line
// as positioned cells for the layout-table builder. x counts code points, as pdftotext lays
// out its character grid (a CJK character is one position there, not two); cells are
// separated by two spaces or more, words by one. A form feed or a page-number line ("-3-")
// starts a new page, on which pdftotext may have laid the columns out afresh.
#include "read/layout_text.h"

#include <algorithm>

#include "read/layout_table.h"

namespace crossfoot {
namespace {

constexpr size_t kMaxLayoutLineBytes = 4096;    // longer lines are prose or data, never a grid
constexpr size_t kMaxWordSplitCodePoints = 40;  // longer lines without wide gaps are prose

bool IsBlank(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == 0x3000 || cp == 0xA0 || cp == '\r';
}

// Whether Runs(source, begin, end, 2) would find two cells: two blanks between non-blank
// characters. A layout table needs a row of two cells or more, so a text without such a line
// has none, and its lines are not laid out at all.
bool HasWideGap(std::string_view source, size_t begin, size_t end) {
  int blanks = 0;
  bool seen = false;
  size_t pos = begin;
  while (pos < end) {
    char32_t cp = NextCodePoint(source.substr(0, end), &pos);
    if (cp == '\f') continue;
    if (IsBlank(cp)) {
      ++blanks;
      continue;
    }
    if (seen && blanks >= 2) return true;
    seen = true;
    blanks = 0;
  }
  return false;
}

// The runs of non-blank characters of [begin, end), split where at least `gap` blanks stand.
std::vector<LayoutCell> Runs(std::string_view source, size_t begin, size_t end, int gap) {
  std::vector<LayoutCell> out;
  double x = 0;
  size_t run_begin = 0;
  double run_x = 0;
  double run_end_x = 0;
  size_t run_end = 0;
  int blanks = 0;
  bool in_run = false;
  auto flush = [&]() {
    if (!in_run) return;
    LayoutCell cell;
    // Figures are recognised when a cell is placed in a table (most lines are in none).
    cell.text = CellText(source, run_begin, run_end);
    cell.x0 = run_x;
    cell.x1 = run_end_x;
    if (!cell.text.text.empty()) out.push_back(std::move(cell));
    in_run = false;
  };
  size_t pos = begin;
  while (pos < end) {
    size_t start = pos;
    char32_t cp = NextCodePoint(source.substr(0, end), &pos);
    if (cp == '\f') continue;  // a page break, not a position
    bool blank = IsBlank(cp);
    double width = cp == '\t' ? 8 - static_cast<int>(x) % 8 : 1;
    if (blank) {
      ++blanks;
      if (blanks >= gap) flush();
    } else {
      if (!in_run) {
        in_run = true;
        run_begin = start;
        run_x = x;
      }
      blanks = 0;
      run_end = pos;
      run_end_x = x + width;
    }
    x += width;
  }
  flush();
  return out;
}

}  // namespace

std::vector<LayoutLine> TextLayoutLines(std::string_view source,
                                        const std::vector<SourceLine>& lines) {
  if (std::none_of(lines.begin(), lines.end(), [&](const SourceLine& line) {
        return line.end - line.begin <= kMaxLayoutLineBytes &&
               HasWideGap(source, line.begin, line.end);
      })) {
    return {};
  }
  std::vector<LayoutLine> out(lines.size());
  int page = 1;
  for (size_t i = 0; i < lines.size(); ++i) {
    const SourceLine& line = lines[i];
    LayoutLine& l = out[i];
    l.y0 = static_cast<double>(i);
    l.y1 = static_cast<double>(i) + 1;
    l.source = {line.begin, line.end};
    if (line.begin < source.size() && source[line.begin] == '\f') ++page;
    l.page = page;
    if (line.blank() || line.end - line.begin > kMaxLayoutLineBytes) continue;
    if (IsPageNumberLine(line.text())) {
      l.furniture = true;
      ++page;
      continue;
    }
    std::string_view raw = source.substr(line.begin, line.end - line.begin);
    if (raw.find("  ") == std::string_view::npos && raw.find('\t') == std::string_view::npos &&
        !CodePointsAtMost(line.text(), kMaxWordSplitCodePoints)) {
      // A long line of one cell is prose: its run is the line's own, split no further (most
      // lines of a report; reading them cell by cell would cost as much as the rest).
      LayoutCell cell;
      cell.text = line.run;
      size_t lead = raw.find_first_not_of(" \f");
      cell.x0 = static_cast<double>(lead == std::string_view::npos ? 0 : lead);
      cell.x1 = cell.x0 + static_cast<double>(DisplayWidth(line.text()));
      l.cells.push_back(std::move(cell));
      continue;
    }
    l.cells = Runs(source, line.begin, line.end, 2);
    // Words are kept only where they differ from the cells (a line with single spaces): a
    // copy of every line's cells was a third of a text's memory while it was read.
    if (raw.find(' ', raw.find_first_not_of(" \f")) != std::string_view::npos) {
      l.words = Runs(source, line.begin, line.end, 1);
      if (l.words.size() == l.cells.size()) l.words.clear();
    }
  }
  return out;
}

std::optional<TableMatch> MatchTextLayoutTable(const std::vector<LayoutLine>& layout, size_t at) {
  static const LayoutMetrics kTextMetrics{1, "layout"};
  std::optional<LayoutTableMatch> m = MatchLayoutTable(layout, at, kTextMetrics);
  if (!m) return std::nullopt;
  return TableMatch{std::move(m->table), m->next_line};
}

}  // namespace crossfoot
