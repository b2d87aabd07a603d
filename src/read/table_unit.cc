#include "read/table_unit.h"

#include "figures/header_unit.h"

namespace crossfoot {

void DeclareTableUnits(Document* doc) {
  for (size_t i = 0; i < doc->blocks.size(); ++i) {
    Block& b = doc->blocks[i];
    if (b.kind != BlockKind::kTable) continue;
    Table& t = *b.table;
    for (int r = 0; r < t.header_rows && r < static_cast<int>(t.rows.size()) && t.unit.empty();
         ++r) {
      for (const Cell& cell : t.rows[static_cast<size_t>(r)]) {
        t.unit = DeclaredTableUnit(cell.text.text);
        if (!t.unit.empty()) break;
      }
    }
    if (t.unit.empty() && i > 0 && doc->blocks[i - 1].kind != BlockKind::kTable) {
      t.unit = DeclaredTableUnit(doc->blocks[i - 1].text.text);
    }
  }
}

}  // namespace crossfoot
