#include "read/inline_table.h"

#include <re2/re2.h>

#include <array>
#include <string_view>
#include <vector>

#include "figures/recognise.h"

namespace crossfoot {
namespace {

// The units of a statistics table's 计量单位 column.
constexpr std::array<std::string_view, 9> kUnits = {"条",   "件", "个", "元", "万元",
                                                    "人次", "次", "项", "份"};

// At most this many words make one row label ("其中:1、" "网站公开").
constexpr int kMaxLabelWords = 6;

struct Token {
  size_t begin = 0;
  size_t end = 0;
  std::string_view text;
};

std::vector<Token> Tokens(std::string_view text, size_t from) {
  std::vector<Token> out;
  size_t i = from;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    if (j > i) out.push_back({i, j, text.substr(i, j - i)});
    i = j;
  }
  return out;
}

bool IsUnit(std::string_view t) {
  for (std::string_view u : kUnits) {
    if (t == u) return true;
  }
  return false;
}

bool IsNumber(std::string_view t) {
  if (t.empty()) return false;
  for (char c : t) {
    if (!((c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-')) return false;
  }
  return t.front() >= '0' && t.front() <= '9';
}

// A value cell: a number, or a blank written as "/", "-", "—".
bool IsValue(std::string_view t) {
  return IsNumber(t) || (t != "" && IsNotReportedCell(t) && t != "无");
}

std::string WithoutSpaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ') out.push_back(c);
  }
  return out;
}

Cell MakeCell(const TextRun& run, size_t begin, size_t end, int row, int col) {
  Cell c;
  c.text = SliceRun(run, begin, end);
  c.row = row;
  c.col = col;
  c.text.Recognise();
  return c;
}

}  // namespace

TextRun SliceRun(const TextRun& run, size_t begin, size_t end) {
  TextRun out;
  out.text = run.text.substr(begin, end - begin);
  out.origin = run.origin.Slice(begin, end + 1);
  return out;
}

std::optional<InlineTable> FindInlineTable(const TextRun& run) {
  static const RE2 kHeader(
      R"((指标名称) ?(计量 ?单位) ?((?:19|20)\d\d ?年度?) ?(历年累计|本年累计|累计))");
  std::string_view text = run.text;
  if (text.find("指标名称") == std::string_view::npos) return std::nullopt;
  std::array<re2::StringPiece, 4> caps;
  re2::StringPiece input(text.data(), text.size());
  if (!RE2::FindAndConsume(&input, kHeader, &caps[0], &caps[1], &caps[2], &caps[3])) {
    return std::nullopt;
  }
  std::array<std::string_view, 4> header;
  for (size_t c = 0; c < caps.size(); ++c)
    header[c] = std::string_view(caps[c].data(), caps[c].size());
  InlineTable found;
  found.begin = static_cast<size_t>(header[0].data() - text.data());
  const size_t header_end = static_cast<size_t>(header[3].data() + header[3].size() - text.data());
  Table& t = found.table;
  t.shape = "inline";
  t.columns = 4;
  t.header_rows = 1;
  t.label_columns = 1;
  std::vector<Cell> head;
  for (int c = 0; c < 4; ++c) {
    size_t b = static_cast<size_t>(header[c].data() - text.data());
    head.push_back(MakeCell(run, b, b + header[c].size(), 0, c));
    t.column_headers.push_back(WithoutSpaces(header[c]));
  }
  t.rows.push_back(std::move(head));
  t.row_labels.push_back("");
  t.row_problems.emplace_back();
  t.unplaced.emplace_back();

  // Rows: label words, a unit word, then the figures.
  std::vector<Token> tokens = Tokens(text, header_end);
  size_t i = 0;
  size_t end = header_end;
  while (i < tokens.size()) {
    size_t j = i;
    while (j < tokens.size() && j - i < kMaxLabelWords && !IsUnit(tokens[j].text) &&
           !IsValue(tokens[j].text))
      ++j;
    if (j == i || j == tokens.size() || !IsUnit(tokens[j].text)) break;
    size_t k = j + 1;
    while (k < tokens.size() && k - j - 1 < 2 && IsValue(tokens[k].text)) ++k;
    const int row = static_cast<int>(t.rows.size());
    std::vector<Cell> cells;
    cells.push_back(MakeCell(run, tokens[i].begin, tokens[j - 1].end, row, 0));
    cells.push_back(MakeCell(run, tokens[j].begin, tokens[j].end, row, 1));
    const size_t values = k - j - 1;
    std::string problem;
    if (values == 2) {
      cells.push_back(MakeCell(run, tokens[j + 1].begin, tokens[j + 1].end, row, 2));
      cells.push_back(MakeCell(run, tokens[j + 2].begin, tokens[j + 2].end, row, 3));
    } else {
      problem = values == 0 ? "the row has no figure"
                            : "the row has one figure for two columns: which one is blank is not "
                              "known";
      size_t at = tokens[j].end;
      for (int c = 2; c < 4; ++c) cells.push_back(MakeCell(run, at, at, row, c));
    }
    t.unplaced.emplace_back();
    if (values == 1)
      t.unplaced.back().push_back(MakeCell(run, tokens[j + 1].begin, tokens[j + 1].end, row, -1));
    t.row_labels.push_back(WithoutSpaces(cells[0].text.text));
    t.rows.push_back(std::move(cells));
    t.row_problems.push_back(std::move(problem));
    end = tokens[k - 1].end;
    i = k;
  }
  if (t.rows.size() == 1) {
    // No spaced row. When a label runs into its unit and digits ("主动公开信息数条20263542"),
    // the cells run together: the table is kept unread, its digits are not prose figures, and
    // nothing is split. Otherwise this is not a table of this shape.
    static const RE2 kFused(R"(^ ?[^ \d]{2,40}?(?:条|件|个|元|人次|次|项|份)\d{2,})");
    std::string_view rest = text.substr(header_end);
    if (!RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), kFused)) return std::nullopt;
    t.shape = "inline (cells run together without separators: not read)";
    end = text.size();
  }
  found.end = end;
  return found;
}

}  // namespace crossfoot
