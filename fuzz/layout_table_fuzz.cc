// libFuzzer target: the layout-table builder on arbitrary positioned words. The bytes are
// read as lines of cells (text, x0, width, line gap, page break); the builder must never
// crash, every row has `columns` cells, and every placed value lies in a value column.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "read/layout_table.h"

namespace {

crossfoot::TextRun Run(std::string* source, const std::string& text) {
  size_t begin = source->size();
  *source += text;
  crossfoot::TextRun run = crossfoot::TextRun::FromSource(*source, begin, source->size());
  run.Recognise();
  *source += ' ';
  return run;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const char* const kWords[] = {"规章",
                                       "1",
                                       "0",
                                       "11",
                                       "(二)部分公开",
                                       "形,不计",
                                       "总计",
                                       "自然人",
                                       "商业",
                                       "企业",
                                       "-3-",
                                       "3.其他",
                                       "无",
                                       "/",
                                       "96171.6",
                                       "信息内容",
                                       "一、本年新收",
                                       "5.要求",
                                       "1.属于国家秘密",
                                       "12"};
  std::string source;
  source.reserve(size * 24 + 16);  // runs keep offsets only, but keep the text in one piece
  std::vector<crossfoot::LayoutLine> lines;
  size_t i = 0;
  int page = 1;
  double y = 0;
  while (i + 1 < size && lines.size() < 64) {
    crossfoot::LayoutLine line;
    uint8_t head = data[i++];
    if (head & 0x80) ++page;
    line.page = page;
    line.y0 = y;
    line.y1 = y + 1 + (head & 3);
    y = line.y1 + ((head >> 2) & 3);
    size_t cells = (head >> 4) & 7;
    double x = 0;
    for (size_t c = 0; c < cells && i + 1 < size; ++c) {
      crossfoot::LayoutCell cell;
      cell.text = Run(&source, kWords[data[i++] % 20]);
      x += data[i++] % 40;
      cell.x0 = x;
      cell.x1 = x + 2 + static_cast<double>(cell.text.text.size() % 7);
      x = cell.x1;
      line.words.push_back(cell);
      line.cells.push_back(std::move(cell));
    }
    line.furniture = !line.cells.empty() && crossfoot::IsPageNumberLine(line.cells[0].text.text);
    lines.push_back(std::move(line));
  }
  for (double tol : {1.0, 2.0}) {
    crossfoot::LayoutMetrics metrics{tol, "fuzz"};
    for (size_t at = 0; at < lines.size(); ++at) {
      std::optional<crossfoot::LayoutTableMatch> m =
          crossfoot::MatchLayoutTable(lines, at, metrics);
      if (!m) continue;
      const crossfoot::Table& t = m->table;
      if (m->next_line <= at || m->next_line > lines.size()) __builtin_trap();
      if (t.row_problems.size() != t.rows.size() || t.row_labels.size() != t.rows.size())
        __builtin_trap();
      for (const auto& row : t.rows) {
        if (static_cast<int>(row.size()) != t.columns) __builtin_trap();
      }
    }
  }
  return 0;
}
