// The unit a table declares for all its figures: "单位：万元" on the line above a 决算 table, or
// "(Dollars in Thousands)" in a statement's caption or first header row.
#pragma once

#include "read/document.h"

namespace crossfoot {

/// Sets Table::unit of every table whose preceding line or header rows declare one.
void DeclareTableUnits(Document* doc);

}  // namespace crossfoot
