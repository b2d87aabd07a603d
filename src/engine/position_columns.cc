#include "engine/position_columns.h"

#include <algorithm>
#include <set>

namespace crossfoot {
namespace {

bool Found(const PositionColumns& pc, const Block& block) {
  const Table& t = block.table;
  if (pc.section && std::none_of(block.sections.begin(), block.sections.end(),
                                 [&](const std::string& s) { return pc.section->Matches(s); }))
    return false;
  return std::all_of(pc.rows.begin(), pc.rows.end(), [&](const Pattern& p) {
    for (int r = t.header_rows; r < static_cast<int>(t.row_labels.size()); ++r) {
      if (p.Matches(t.row_labels[r])) return true;
    }
    return false;
  });
}

// The last two characters of a CJK header name its lowest level ("结果维持", "总计").
std::string_view Ending(std::string_view s) {
  size_t cut = s.size() >= 6 ? s.size() - 6 : 0;
  return s.substr(cut);
}

// A header read in part agrees with a name when the name holds it, or ends as it does (the
// group level "未经复议直接起诉" lost above "结果维持").
bool Agrees(const std::string& header, const std::string& name) {
  std::string flat;
  for (size_t i = 0; i < name.size();) {
    if (name.compare(i, 3, "›") == 0) {
      i += 3;
      continue;
    }
    flat += name[i++];
  }
  return flat.find(header) != std::string::npos || Ending(flat) == Ending(header);
}

// True when the table's own header does not name its value columns: the reader could not
// place it, it is empty, or its names repeat (the spanning level lost) while each agrees with
// the name at its position. A header that names the columns otherwise is never overridden.
bool HeaderNotRead(const PositionColumns& pc, const Table& t) {
  if (!t.header_problem.empty()) return true;
  std::set<std::string> distinct;
  bool all_empty = true;
  for (size_t i = 0; i < pc.names.size(); ++i) {
    const std::string& h = t.column_headers[static_cast<size_t>(t.label_columns) + i];
    if (!h.empty()) all_empty = false;
    if (!h.empty() && !Agrees(h, pc.names[i])) return false;
    distinct.insert(h);
  }
  return all_empty || distinct.size() < pc.names.size();
}

}  // namespace

std::shared_ptr<const Document> NameColumnsByPosition(const Pack& pack, const Document& doc) {
  if (pack.columns_by_position.empty()) return nullptr;
  std::shared_ptr<Document> copy;
  for (size_t b = 0; b < doc.blocks.size(); ++b) {
    const Block& block = doc.blocks[b];
    if (block.kind != BlockKind::kTable) continue;
    const Table& t = block.table;
    for (const PositionColumns& pc : pack.columns_by_position) {
      if (t.columns - t.label_columns != static_cast<int>(pc.names.size())) continue;
      if (!Found(pc, block) || !HeaderNotRead(pc, t)) continue;
      if (copy == nullptr) copy = std::make_shared<Document>(doc);
      Table& named = *copy->blocks[b].table;
      for (size_t i = 0; i < pc.names.size(); ++i)
        named.column_headers[static_cast<size_t>(t.label_columns) + i] = pc.names[i];
      named.columns_from = "position";
      break;
    }
  }
  return copy;
}

}  // namespace crossfoot
