// A pack's names for the columns of tables whose header cannot be read, by position
// (docs/rule-language.md, columns-by-position).
//
//   std::shared_ptr<const Document> named = NameColumnsByPosition(pack, doc);
//   const Document& d = named ? *named : doc;   // audit the pack against d
#pragma once

#include <memory>

#include "read/document.h"
#include "rules/pack.h"

namespace crossfoot {

/// A copy of doc in which the tables the pack names by position carry those names (and
/// Table::columns_from == "position"), or nullptr when the pack names none of its tables.
/// A table is named only when it is found (row labels or section), has exactly as many value
/// columns as names, and its own header is not read: the header words could not be placed,
/// are missing, or repeat without contradicting the names ("结果维持" under each group of 表四).
std::shared_ptr<const Document> NameColumnsByPosition(const Pack& pack, const Document& doc);

}  // namespace crossfoot
