#include "read/source_lines.h"

#include <algorithm>

#include "figures/recognise.h"

namespace crossfoot {
namespace {

bool IsTrimmable(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Trims ASCII blanks and the UTF-8 encodings of U+00A0 and U+3000 from [*begin, *end).
void TrimRange(std::string_view s, size_t* begin, size_t* end) {
  for (bool changed = true; changed;) {
    changed = false;
    if (*begin < *end && IsTrimmable(s[*begin])) {
      ++*begin;
      changed = true;
    } else if (*end - *begin >= 2 && s.substr(*begin, 2) == "\xC2\xA0") {
      *begin += 2;
      changed = true;
    } else if (*end - *begin >= 3 && s.substr(*begin, 3) == "\xE3\x80\x80") {
      *begin += 3;
      changed = true;
    }
    if (*end > *begin && IsTrimmable(s[*end - 1])) {
      --*end;
      changed = true;
    } else if (*end - *begin >= 2 && s.substr(*end - 2, 2) == "\xC2\xA0") {
      *end -= 2;
      changed = true;
    } else if (*end - *begin >= 3 && s.substr(*end - 3, 3) == "\xE3\x80\x80") {
      *end -= 3;
      changed = true;
    }
  }
}

}  // namespace

std::vector<SourceLine> SplitLines(std::string_view source) {
  std::vector<SourceLine> lines;
  lines.reserve(static_cast<size_t>(std::count(source.begin(), source.end(), '\n')) + 1);
  size_t start = 0;
  while (start <= source.size()) {
    size_t nl = source.find('\n', start);
    size_t end = nl == std::string_view::npos ? source.size() : nl;
    size_t content_end = end > start && source[end - 1] == '\r' ? end - 1 : end;
    SourceLine line;
    line.begin = start;
    line.end = content_end;
    size_t b = start;
    size_t e = content_end;
    TrimRange(source, &b, &e);
    // Normalised once: classification reads `text`, blocks take `run` with its offsets.
    line.run = TextRun::FromSource(source, b, e);
    lines.push_back(std::move(line));
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return lines;
}

TextRun CellText(std::string_view source, size_t begin, size_t end) {
  TrimRange(source, &begin, &end);
  return TextRun::FromSource(source, begin, end);
}

TextRun CellRun(std::string_view source, size_t begin, size_t end) {
  TextRun run = CellText(source, begin, end);
  run.Recognise();
  return run;
}

TextRun LineRun(const SourceLine& line) {
  TextRun run = line.run;
  run.Recognise();
  return run;
}

bool IsValueLine(std::string_view text) {
  return IsNotReportedCell(text) || RecogniseCell(text).has_value();
}

bool SourceLine::IsValueLineText(std::string_view text) { return IsValueLine(text); }

namespace {

// Joins the texts of merged or stacked cells: "申请人情况›法人或其他组织›商业企业". A merged cell
// repeats across the positions it covers; it is named once.
bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Printable ASCII other than the space: the characters of English labels ("Cash & Other").
bool IsAsciiWord(char c) { return c > ' ' && c < 0x7F; }

}  // namespace

std::string LabelText(std::string_view text) {
  std::string out;
  bool pending_space = false;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t start = pos;
    NextCodePoint(text, &pos);
    std::string_view cp = text.substr(start, pos - start);
    if (StripSpaces(cp).empty()) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty() && IsAsciiWord(out.back()) && IsAsciiWord(cp[0])) {
      out += ' ';
    }
    pending_space = false;
    out.append(cp);
  }
  return out;
}

namespace {

// "Assets:", "Intragovernmental:": an English statement's title row over a group of rows, its
// value cells empty.
bool IsGroupTitle(const Table& t, int row, const std::string& label) {
  if (label.size() < 2 || label.back() != ':') return false;
  bool letters = false;
  for (char c : label) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;  // Chinese 其中: rows are not groups
    letters |= IsAsciiAlnum(c) && !(c >= '0' && c <= '9');
  }
  if (!letters) return false;
  for (int c = t.label_columns; c < t.columns; ++c) {
    if (!StripSpaces(t.rows[row][c].text.text).empty()) return false;
  }
  return true;
}

// The rows under group titles carry the groups in their labels (Assets›Intragovernmental›
// Total intragovernmental); a "Total …" row is the last of its group.
void LabelGroups(Table* table) {
  std::vector<std::string> groups;
  for (int r = table->header_rows; r < static_cast<int>(table->rows.size()); ++r) {
    std::string& label = table->row_labels[r];
    if (IsGroupTitle(*table, r, label)) {
      groups.push_back(label.substr(0, label.size() - 1));
      continue;
    }
    if (groups.empty()) continue;
    bool total = label.rfind("Total", 0) == 0 || label.rfind("TOTAL", 0) == 0;
    std::string path;
    for (const std::string& g : groups) {
      path += g;
      path += "›";
    }
    path += label;
    label = std::move(path);
    if (total) groups.pop_back();
  }
}

void JoinPart(const std::string& part, std::string* joined, std::string* last) {
  if (part.empty() || part == *last) return;
  if (!joined->empty()) *joined += "›";
  *joined += part;
  *last = part;
}

}  // namespace

void DetectLabelColumns(Table* table) {
  Table& t = *table;
  t.label_columns = 0;
  while (t.label_columns < t.columns - 1) {
    bool figures = false;
    for (size_t r = static_cast<size_t>(t.header_rows); r < t.rows.size() && !figures; ++r) {
      figures = t.rows[r][static_cast<size_t>(t.label_columns)].text.CellFigure().has_value();
    }
    if (figures) break;
    ++t.label_columns;
  }
}

void FillDownLabels(Table* table) {
  Table& t = *table;
  for (size_t r = static_cast<size_t>(t.header_rows) + 1; r < t.rows.size(); ++r) {
    int last_filled = -1;
    for (int c = 0; c < t.label_columns; ++c) {
      if (!t.rows[r][static_cast<size_t>(c)].text.text.empty()) last_filled = c;
    }
    for (int c = 0; c < last_filled; ++c) {
      auto& cell = t.rows[r][static_cast<size_t>(c)];
      if (cell.text.text.empty()) cell.text = t.rows[r - 1][static_cast<size_t>(c)].text;
    }
  }
}

void LabelTable(Table* table) {
  table->column_headers.assign(table->columns, "");
  for (int c = 0; c < table->columns; ++c) {
    std::string last;
    for (int r = 0; r < table->header_rows && r < static_cast<int>(table->rows.size()); ++r) {
      if (c < static_cast<int>(table->rows[r].size())) {
        JoinPart(LabelText(table->rows[r][c].text.text), &table->column_headers[c], &last);
      }
    }
  }
  table->row_labels.clear();
  for (const auto& row : table->rows) {
    std::string label;
    std::string last;
    for (int c = 0; c < table->label_columns && c < static_cast<int>(row.size()); ++c) {
      JoinPart(LabelText(row[c].text.text), &label, &last);
    }
    table->row_labels.push_back(label);
  }
  LabelGroups(table);
  table->row_problems.resize(table->rows.size());
}

}  // namespace crossfoot
