#include "read/text_block.h"

#include "read/numbering.h"

namespace crossfoot {
namespace {

constexpr size_t kMaxHeadingCodePoints = 50;
constexpr size_t kMaxLeadTitleCodePoints = 40;

bool IsShortHeading(const std::string& text) {
  if (!CodePointsAtMost(text, kMaxHeadingCodePoints)) return false;
  size_t stop = text.find("。");
  return stop == std::string::npos || stop + 3 >= text.size();
}

std::string LeadTitle(const std::string& text, size_t numbering_length) {
  size_t stop = text.find("。", numbering_length);
  if (stop == std::string::npos) return "";
  std::string title = text.substr(0, stop);
  return CodePointsAtMost(title, kMaxLeadTitleCodePoints) ? title : "";
}

}  // namespace

Block MakeTextBlock(TextRun text, SourceSpan source, int heading_level, bool markdown) {
  Block b;
  b.text = std::move(text);
  b.source = source;
  Numbering n = ParseNumbering(b.text.text);
  if (!n.text.empty() && n.text[0] == '#' && !markdown) n = Numbering{};
  bool markdown_heading = !n.text.empty() && n.text[0] == '#';
  if (heading_level > 0 || markdown_heading || (n.level > 0 && IsShortHeading(b.text.text))) {
    b.kind = BlockKind::kHeading;
    b.level = n.level > 0 ? n.level : heading_level;
    b.numbering = n.text;
    b.title = markdown_heading ? b.text.text.substr(n.length) : b.text.text;
    return b;
  }
  b.kind = BlockKind::kParagraph;
  b.numbering = n.text;
  if (n.level > 0) b.title = LeadTitle(b.text.text, n.length);
  b.level = b.title.empty() ? 0 : n.level;
  return b;
}

}  // namespace crossfoot
