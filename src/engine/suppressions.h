// Inline suppressions, for a figure that is right for a reason the pack cannot know, in every
// format that can carry one:
//
//   Markdown, HTML:  <!-- crossfoot-ignore: GIS21-X-FEE 收费含上年度结转款项 -->
//   text:            crossfoot-ignore: GIS21-X-FEE 收费含上年度结转款项      (a line of its own)
//   Word (.docx):    a comment on the paragraph or table cell, whose text is the same
//                    "crossfoot-ignore: GIS21-X-FEE 收费含上年度结转款项"
//   PDF:             none (a PDF is not edited; suppress in its source, or with a baseline)
//
// A marker applies to the block it stands in, or, on a line of its own, to the next block
// (paragraph, heading or table); a Word comment to the paragraph or cell it is anchored in.
// Findings of that check whose figure lies there are moved out of the report's findings, with
// the reason as the justification. The markers themselves are checked, and what is wrong with
// them is reported as findings of crossfoot's own, so every output format and the exit status
// treat them as any other finding:
//   CF-SUPPRESSION-UNKNOWN (error)     the id is no check's of the loaded packs
//   CF-SUPPRESSION-NO-REASON (warning) no reason is given
//   CF-SUPPRESSION-UNUSED (warning)    the check ran on the document and found nothing there
#pragma once

#include <array>

#include "engine/audit.h"

namespace crossfoot {

/// A check of crossfoot's own, about the suppression markers of a document (no pack has it).
struct OwnCheck {
  const char* id;
  const char* severity;
  const char* title;
};

inline constexpr OwnCheck kSuppressionUnknown{"CF-SUPPRESSION-UNKNOWN", "error",
                                              "crossfoot-ignore names an unknown check"};
inline constexpr OwnCheck kSuppressionNoReason{"CF-SUPPRESSION-NO-REASON", "warning",
                                               "crossfoot-ignore without a reason"};
inline constexpr OwnCheck kSuppressionUnused{"CF-SUPPRESSION-UNUSED", "warning",
                                             "crossfoot-ignore that suppresses nothing"};
/// Every one of them, in a fixed order (SARIF lists them as rules before any result).
inline constexpr std::array<OwnCheck, 3> kOwnChecks = {kSuppressionUnknown, kSuppressionNoReason,
                                                       kSuppressionUnused};

/// Applies the document's suppressions to its report; `packs` are every pack of the run (an
/// id is known when one of them has, or had before --select/--ignore, a check of that id).
void ApplyInlineSuppressions(const Document& doc, const std::vector<const Pack*>& packs,
                             FileReport* report);

}  // namespace crossfoot
