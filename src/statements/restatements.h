// The same quantity stated twice: two counts of the prose whose clauses say exactly the same
// words before them (a date, a subject, a measure: 截止2010年末,街道累计公开信息总数…条). Short
// clauses (其中当面申请) name different things in different places and are never paired.
#pragma once

#include "read/document.h"
#include "statements/statement.h"

namespace crossfoot {

/// Every later statement of a quantity already stated, in source order.
std::vector<Restatement> FindRestatements(const Document& doc);

}  // namespace crossfoot
