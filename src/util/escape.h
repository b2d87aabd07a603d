// Text from reports, file names and packs, made safe to print on a terminal or in a CI log:
// a control character there could move the cursor, recolour the screen or, in a GitHub
// Actions log, start a workflow command ("\n::warning::…"). Every text output and every
// message on stderr goes through EscapeControls.
//
//   EscapeControls("e\n::warning::x")   // "e\\n::warning::x"
//   EscapeControls("\x1b[2J")           // "\\x1b[2J"
#pragma once

#include <string>
#include <string_view>

namespace crossfoot {

/// True for what must not reach a terminal as is: C0 controls, DEL, C1 controls and the
/// bidirectional formatting characters (which reorder what a reader sees).
bool IsUnsafeToPrint(char32_t cp);

/// `text` with every character IsUnsafeToPrint and every byte that is not UTF-8 written
/// visibly: \n \r \t \\x1b for controls, \\u202e for bidi controls, \\xff for invalid bytes.
/// Text without any is returned unchanged (backslashes included).
std::string EscapeControls(std::string_view text);

}  // namespace crossfoot
