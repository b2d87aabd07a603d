#include "engine/suppressions.h"

#include <re2/re2.h>

#include <algorithm>

namespace crossfoot {
namespace {

struct Suppression {
  std::string rule_id;
  std::string reason;
  size_t begin = 0;  // the span of source it covers
  size_t end = 0;
};

bool CommentOnly(const Block& block) {
  std::string_view t = block.text.text;
  while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
  while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
  return block.kind != BlockKind::kTable && t.starts_with("<!--") && t.ends_with("-->");
}

std::vector<Suppression> FindSuppressions(const Document& doc) {
  static const re2::RE2 kComment(R"(<!--\s*crossfoot-ignore:\s*([A-Za-z0-9_.\-]+)\s*(.*?)\s*-->)");
  std::vector<Suppression> out;
  re2::StringPiece input(doc.source);
  std::string id;
  std::string reason;
  while (re2::RE2::FindAndConsume(&input, kComment, &id, &reason)) {
    size_t comment_end = static_cast<size_t>(input.data() - doc.source.data());
    const Block* target = nullptr;
    for (const Block& b : doc.blocks) {
      bool contains = b.source.begin < comment_end && comment_end <= b.source.end;
      if (contains && !CommentOnly(b)) {
        target = &b;
        break;
      }
      if (b.source.begin >= comment_end && !CommentOnly(b)) {
        target = &b;
        break;
      }
    }
    if (target != nullptr) out.push_back({id, reason, target->source.begin, target->source.end});
  }
  return out;
}

}  // namespace

void ApplyInlineSuppressions(const Document& doc, FileReport* report) {
  if (doc.format != "markdown" && doc.format != "html") return;
  std::vector<Suppression> suppressions = FindSuppressions(doc);
  if (suppressions.empty()) return;
  std::vector<Finding> kept;
  for (Finding& f : report->findings) {
    auto s = std::find_if(suppressions.begin(), suppressions.end(), [&](const Suppression& c) {
      return c.rule_id == f.rule_id && c.begin <= f.primary.span.begin &&
             f.primary.span.begin < c.end;
    });
    if (s == suppressions.end()) {
      kept.push_back(std::move(f));
    } else {
      f.suppression = s->reason.empty() ? "(no reason given)" : s->reason;
      report->suppressed.push_back(std::move(f));
    }
  }
  report->findings = std::move(kept);
}

}  // namespace crossfoot
