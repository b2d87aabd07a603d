// Turning a run of text into a heading or a paragraph block, the same way for every format.
//
//   Block b = MakeTextBlock(std::move(run), span, /*heading_level=*/0, /*markdown=*/false);
//   // "一、概述" → heading, level 1; "(二)对申请的办理情况。2018年…" → paragraph that opens
//   // the section "(二)对申请的办理情况"
#pragma once

#include "read/document.h"

namespace crossfoot {

/// Classifies text: a heading when the format says so (heading_level > 0: HTML h1–h6, a Word
/// heading style), when it is a Markdown heading, or when it is a short numbered line;
/// otherwise a paragraph, whose numbered lead sentence (if short) titles a section.
Block MakeTextBlock(TextRun text, SourceSpan source, int heading_level, bool markdown);

}  // namespace crossfoot
