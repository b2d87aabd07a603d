// Statistics tables that a site crawler saved on one line, cells separated by spaces:
//
//   "统计表 指标名称 计量单位 2013年度 历年累计 主动公开信息数 条 72804 76424 其中:1、网站公开 条
//   …"
//
// The header (指标名称, 计量单位, a year's column, 历年累计) says a table starts; each row is
// its label, its unit word (条, 件…) and one figure per value column. A row with fewer figures
// than columns is kept with the reason and binds nothing (which column is blank is not known).
// Cells run together with no separator ("主动公开信息数条20263542") are never split: the table
// is kept with no rows and says why, and its digits are no longer prose figures.
#pragma once

#include <optional>

#include "read/document.h"

namespace crossfoot {

/// A one-line table found inside a paragraph's text: [begin, end) of the run, and the table.
struct InlineTable {
  size_t begin = 0;
  size_t end = 0;
  Table table;
};

/// The first one-line statistics table in `run`, if there is one.
std::optional<InlineTable> FindInlineTable(const TextRun& run);

/// The part [begin, end) of a run, with its offsets.
TextRun SliceRun(const TextRun& run, size_t begin, size_t end);

}  // namespace crossfoot
