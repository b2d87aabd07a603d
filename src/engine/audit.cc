#include "engine/audit.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "engine/binding.h"
#include "engine/check_kind.h"
#include "engine/checks/table_cells.h"
#include "engine/position_columns.h"
#include "engine/suppressions.h"

namespace crossfoot {
namespace {

// FNV-1a: stable across runs and platforms, unlike std::hash.
uint64_t Fnv1a(std::string_view data, uint64_t h = 1469598103934665603ULL) {
  for (unsigned char c : data) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

// Built from what the finding is about, never from line numbers, so that it survives
// unrelated edits above it.
std::string Fingerprint(const Finding& f, const Document& doc) {
  uint64_t h = Fnv1a(f.pack_id);
  h = Fnv1a(f.rule_id, h);
  for (const Location* l : {&f.primary}) {
    h = Fnv1a(l->label, h);
    h = Fnv1a(l->written, h);
    if (!l->path.empty()) continue;  // in the previous year's report: no context from doc
    // A little of the text before the figure tells apart equal figures in different places.
    size_t line_start = doc.lines.LineStart(l->start.line);
    size_t from = l->span.begin >= line_start + 24 ? l->span.begin - 24 : line_start;
    while (from > line_start && (static_cast<unsigned char>(doc.source[from]) & 0xC0) == 0x80)
      --from;
    h = Fnv1a(std::string_view(doc.source).substr(from, l->span.begin - from), h);
  }
  for (const Location& l : f.related) {
    h = Fnv1a(l.label, h);
    h = Fnv1a(l.written, h);
  }
  return fmt::format("{:016x}", h);
}

Finding MakeFinding(const Document& doc, const Pack& pack, const CheckDef& check,
                    const Violated& v) {
  Finding f;
  f.path = doc.path;
  f.pack_id = pack.id;
  f.rule_id = check.id;
  f.severity = check.severity;
  f.title = check.title;
  f.message = v.message;
  f.message_zh = v.message_zh;
  f.language = pack.language;
  auto locate = [&](const Involved& inv) {
    const Document& in = inv.mention.doc != nullptr ? *inv.mention.doc : doc;
    Location l = LocateSpan(in, inv.mention.source, inv.label, inv.mention.figure.written,
                            inv.mention.where);
    if (&in != &doc) l.path = in.path;
    return l;
  };
  f.primary = locate(v.primary);
  for (const Involved& r : v.related) {
    Location l = locate(r);
    auto same = [&](const Location& o) { return o.span.begin == l.span.begin && o.path == l.path; };
    bool duplicate = same(f.primary) || std::any_of(f.related.begin(), f.related.end(), same);
    if (!duplicate) f.related.push_back(std::move(l));
  }
  f.fingerprint = Fingerprint(f, doc);
  return f;
}

}  // namespace

Location LocateSpan(const Document& doc, const SourceSpan& span, std::string label,
                    std::string written, std::string where) {
  Location l;
  l.label = std::move(label);
  l.written = std::move(written);
  l.span = span;
  l.start = doc.Locate(span.begin);
  l.end = doc.Locate(span.end);
  l.line_text = std::string(doc.Line(l.start.line));
  l.where = std::move(where);
  l.page = doc.PageOf(span.begin);
  return l;
}

FileReport AuditDocument(const Document& original, const std::vector<const Pack*>& packs,
                         bool force, const Document* previous) {
  FileReport report;
  report.path = original.path;
  for (const Pack* pack : packs) {
    if (!force && !pack->applies_when.Accepts(original.normalised_all)) continue;
    // Tables whose header cannot be read, named by the pack by position.
    std::shared_ptr<const Document> named = NameColumnsByPosition(*pack, original);
    const Document& doc = named != nullptr ? *named : original;
    std::shared_ptr<const Document> previous_named =
        previous != nullptr ? NameColumnsByPosition(*pack, *previous) : nullptr;
    Bindings bindings = BindFacts(*pack, doc);
    Bindings previous_bindings;
    if (previous != nullptr) {
      previous_bindings = BindFacts(*pack, previous_named != nullptr ? *previous_named : *previous);
      bindings.previous = &previous_bindings;
    }
    CellCache cells;
    EvalContext ctx{doc, *pack, bindings, cells};
    PackRun run;
    run.pack = pack;
    for (const CheckDef& check : pack->checks) {
      CheckRun cr;
      cr.check = &check;
      std::vector<Outcome> outcomes;
      try {
        check.impl->Evaluate(ctx, &outcomes);
      } catch (const ArithmeticOverflow& e) {
        outcomes.emplace_back(NotEvaluable{e.what()});
      } catch (const std::domain_error& e) {
        outcomes.emplace_back(NotEvaluable{e.what()});
      }
      for (const Outcome& o : outcomes) {
        if (std::holds_alternative<Holds>(o)) {
          ++cr.held;
        } else if (const auto* v = std::get_if<Violated>(&o)) {
          ++cr.violated;
          report.findings.push_back(MakeFinding(doc, *pack, check, *v));
        } else {
          ++cr.not_evaluable;
          cr.reasons.push_back(std::get<NotEvaluable>(o).reason);
        }
      }
      run.checks.push_back(std::move(cr));
    }
    report.packs.push_back(std::move(run));
  }
  ApplyInlineSuppressions(original, &report);
  std::stable_sort(report.findings.begin(), report.findings.end(),
                   [](const Finding& a, const Finding& b) {
                     return std::tie(a.primary.start.line, a.primary.start.column, a.rule_id) <
                            std::tie(b.primary.start.line, b.primary.start.column, b.rule_id);
                   });
  return report;
}

}  // namespace crossfoot
