#include "engine/suppressions.h"

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>
#include <set>

#include "engine/message.h"
#include "rules/pack_cache.h"
#include "util/suggest.h"

namespace crossfoot {
namespace {

struct Suppression {
  std::string rule_id;
  std::string reason;
  SourceSpan covers;  // the span of source it applies to
  SourceSpan marker;  // where it is written, for messages about it
  bool used = false;
};

std::string_view Trimmed(std::string_view t) {
  while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '\r'))
    t.remove_suffix(1);
  return t;
}

// A block that is nothing but a marker applies its marker to the next block. In text, the
// marker's line may have been joined to the paragraph below it (wrapped lines): the block is
// the marker alone only when it ends within the marker's line.
bool MarkerOnly(const Document& doc, const Block& block, SourceSpan marker) {
  if (block.kind == BlockKind::kTable) return false;
  if (doc.format == "text")
    return block.source.begin >= marker.begin && block.source.end <= marker.end;
  std::string_view t = Trimmed(block.text.text);
  return t.starts_with("<!--") && t.ends_with("-->");
}

// The block a marker applies to: the one it stands in, else the next.
const Block* TargetOf(const Document& doc, SourceSpan marker) {
  for (const Block& b : doc.blocks) {
    if (MarkerOnly(doc, b, marker)) continue;
    bool contains = b.source.begin < marker.end && marker.end <= b.source.end;
    if (contains || b.source.begin >= marker.end) return &b;
  }
  return nullptr;
}

std::vector<Suppression> FindMarkers(const Document& doc) {
  static const re2::RE2 kComment(R"(<!--\s*crossfoot-ignore:\s*([A-Za-z0-9_.\-]+)\s*(.*?)\s*-->)");
  static const re2::RE2 kLine(
      R"((?m)^[ \t]*crossfoot-ignore:[ \t]*([A-Za-z0-9_.\-]+)[ \t]*(.*?)[ \t\r]*$)");
  const re2::RE2& marker = doc.format == "text" ? kLine : kComment;
  std::vector<Suppression> out;
  re2::StringPiece input(doc.source);
  std::string id;
  std::string reason;
  while (re2::RE2::FindAndConsume(&input, marker, &id, &reason)) {
    size_t end = static_cast<size_t>(input.data() - doc.source.data());
    size_t begin = doc.source.rfind("crossfoot-ignore:", end);
    SourceSpan written{begin == std::string::npos ? end : begin, end};
    const Block* target = TargetOf(doc, written);
    SourceSpan covers = target != nullptr ? target->source : SourceSpan{0, 0};
    out.push_back({id, reason, covers, written});
    if (input.empty()) break;
  }
  return out;
}

// Word comments whose text is a marker, each covering what it is anchored on.
std::vector<Suppression> FromComments(const Document& doc) {
  static const re2::RE2 kText(R"(^\s*crossfoot-ignore:\s*([A-Za-z0-9_.\-]+)\s*(.*?)\s*$)");
  std::vector<Suppression> out;
  for (const SourceComment& c : doc.comments) {
    std::string id;
    std::string reason;
    if (re2::RE2::FullMatch(c.text, kText, &id, &reason))
      out.push_back({id, reason, c.anchor, c.anchor});
  }
  return out;
}

Finding Problem(const Document& doc, const Suppression& s, const OwnCheck& check, Message what) {
  Finding f;
  f.path = doc.path;
  f.pack_id = "crossfoot";
  f.rule_id = check.id;
  f.severity = check.severity;
  f.title = check.title;
  f.message = RenderMessage(what, "en");
  f.message_zh = RenderMessage(what, "zh");
  f.what = std::move(what);
  f.language = "zh";
  std::string written = doc.source.substr(s.marker.begin, s.marker.end - s.marker.begin);
  f.primary = LocateSpan(doc, s.marker, "crossfoot-ignore", written, "");
  f.fingerprint = ContentHash(fmt::format("{}\n{}\n{}\n{}", check.id, s.rule_id, s.reason, written))
                      .substr(0, 16);
  return f;
}

}  // namespace

void ApplyInlineSuppressions(const Document& doc, const std::vector<const Pack*>& packs,
                             FileReport* report) {
  std::vector<Suppression> suppressions;
  if (doc.format == "markdown" || doc.format == "html" || doc.format == "text") {
    suppressions = FindMarkers(doc);
  } else if (doc.format == "docx") {
    suppressions = FromComments(doc);
  }
  if (suppressions.empty()) return;
  std::set<std::string> known;
  for (const Pack* p : packs) {
    for (const CheckDef& c : p->checks) known.insert(c.id);
    known.insert(p->deselected.begin(), p->deselected.end());
  }
  std::set<std::string> ran;
  for (const PackRun& run : report->packs) {
    for (const CheckRun& c : run.checks) ran.insert(c.check->id);
  }
  std::vector<Finding> kept;
  for (Finding& f : report->findings) {
    auto s = std::find_if(suppressions.begin(), suppressions.end(), [&](const Suppression& c) {
      return c.rule_id == f.rule_id && c.covers.begin <= f.primary.span.begin &&
             f.primary.span.begin < c.covers.end;
    });
    if (s == suppressions.end()) {
      kept.push_back(std::move(f));
    } else {
      s->used = true;
      f.suppression = s->reason.empty() ? "(no reason given)" : s->reason;
      report->suppressed.push_back(std::move(f));
    }
  }
  for (const Suppression& s : suppressions) {
    if (known.count(s.rule_id) == 0) {
      std::optional<std::string> near =
          ClosestName(s.rule_id, std::vector<std::string>(known.begin(), known.end()));
      Message what = near
                         ? Message("suppression.unknown-near", {{"id", s.rule_id}, {"near", *near}})
                         : Message("suppression.unknown", {{"id", s.rule_id}});
      kept.push_back(Problem(doc, s, kSuppressionUnknown, std::move(what)));
      continue;
    }
    if (s.reason.empty()) {
      kept.push_back(Problem(doc, s, kSuppressionNoReason,
                             Message("suppression.no-reason", {{"id", s.rule_id}})));
    }
    if (!s.used && ran.count(s.rule_id) > 0) {
      kept.push_back(
          Problem(doc, s, kSuppressionUnused, Message("suppression.unused", {{"id", s.rule_id}})));
    }
  }
  report->findings = std::move(kept);
}

}  // namespace crossfoot
