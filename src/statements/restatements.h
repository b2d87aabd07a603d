// The same quantity stated twice: two counts of the prose whose sentences say exactly the same
// words before them, a date among them (截止2010年末,街道累计公开信息总数…条). Short clauses
// (其中当面申请) name different things in different places, and undated ones (全年共收办申请…件)
// may be another year's sentence quoted: neither is paired.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "figures/figure.h"
#include "statements/prose_text.h"
#include "statements/statement.h"

namespace crossfoot {

/// The words already seen before a count (with its unit), and where: kept across blocks.
using RestatedWords = std::map<std::string, FigureRef>;

/// Records each count of one block whose words were seen before as a restatement.
void ReadRestatements(std::string_view text, const std::vector<Figure>& figures,
                      const std::vector<NonFigure>& not_figures, const Sentences& sentences,
                      int block, RestatedWords* seen, Statements* out);

}  // namespace crossfoot
