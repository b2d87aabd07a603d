// Limits on what gumbo is asked to build, checked on the page's bytes before it parses:
// gumbo's time and memory grow with nesting and attributes much faster than with size
// ('<ul><li>' × 20,000, 160 KB, took 6 GiB and 16 s), so a limit checked after parsing
// would come too late.
//
//   std::string why = PrescanHtml(page);   // empty when gumbo may parse it
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace crossfoot {

/// Most start tags a page may have.
constexpr size_t kMaxHtmlElements = 200000;

/// Most elements open at once, estimated from the start and end tags seen so far (elements
/// that close themselves, such as p, li, td and tr, and void elements are not counted).
constexpr size_t kMaxHtmlOpenElements = 2048;

/// Most attributes one tag may have, and a page in all.
constexpr size_t kMaxHtmlAttributesPerTag = 256;
constexpr size_t kMaxHtmlAttributes = 400000;

/// Most memory gumbo may allocate for a page of `bytes` bytes; past it the page is refused as
/// it is parsed. Measured, gumbo needs about twice a page's size for its text and ~240 bytes
/// per element (48 MiB at kMaxHtmlElements, with attributes under 96 MiB): four times the size
/// plus 96 MiB leaves a page within the limits above room, and bounds gumbo's clones of
/// formatting elements, which the limits cannot foresee.
constexpr size_t HtmlParseBudget(size_t bytes) { return 4 * bytes + (96u << 20); }

/// Why a page exceeds one of the limits above, or empty. A cheap count over the bytes (tags,
/// attributes, comments and the text of script and style skipped), not a parse: it estimates
/// from above, so a page it passes is within the limits gumbo then works under.
std::string PrescanHtml(std::string_view html);

}  // namespace crossfoot
