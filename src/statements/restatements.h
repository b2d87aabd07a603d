// The same quantity stated twice: two counts of the prose whose sentences say exactly the same
// words before them, a date among them (截止2010年末,街道累计公开信息总数…条). Short clauses
// (其中当面申请) name different things in different places, and undated ones (全年共收办申请…件)
// may be another year's sentence quoted: neither is paired.
#pragma once

#include "read/document.h"
#include "statements/statement.h"

namespace crossfoot {

/// Every later statement of a quantity already stated, in source order.
std::vector<Restatement> FindRestatements(const Document& doc);

}  // namespace crossfoot
