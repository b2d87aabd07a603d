// Inline suppressions in Markdown and HTML sources, for a figure that is right for a reason
// the pack cannot know:
//
//   <!-- crossfoot-ignore: GIS21-X-FEE 收费含上年度结转款项 -->
//   本年收取行政事业性收费23.4万元……
//
// The comment applies to the block it stands in, or, on a line of its own, to the next block
// (paragraph, heading or table). Findings of that check whose figure lies there are moved out
// of the report's findings, with the reason as the justification.
#pragma once

#include "engine/audit.h"

namespace crossfoot {

void ApplyInlineSuppressions(const Document& doc, FileReport* report);

}  // namespace crossfoot
