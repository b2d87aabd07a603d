#include "engine/audit.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "engine/binding.h"
#include "engine/check_kind.h"
#include "engine/checks/table_cells.h"
#include "engine/position_columns.h"
#include "engine/suppressions.h"
#include "figures/recognise.h"

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

// True when some value cell of a table is blank, so that a second reading with the blanks
// as zero can tell an assumption-dependent violation from a certain one.
bool HasBlankCells(const Document& doc) {
  for (const Block& b : doc.blocks) {
    if (b.kind != BlockKind::kTable) continue;
    const Table& t = b.table;
    for (int r = t.header_rows; r < static_cast<int>(t.rows.size()); ++r) {
      for (int c = t.label_columns; c < t.columns; ++c) {
        if (IsNotReportedCell(t.rows[r][c].text.text)) return true;
      }
    }
  }
  return false;
}

std::vector<Outcome> Evaluate(const CheckDef& check, const EvalContext& ctx) {
  std::vector<Outcome> outcomes;
  try {
    check.impl->Evaluate(ctx, &outcomes);
  } catch (const ArithmeticOverflow& e) {
    outcomes.emplace_back(NotEvaluable{e.what()});
  } catch (const std::domain_error& e) {
    outcomes.emplace_back(NotEvaluable{e.what()});
  }
  return outcomes;
}

// A violation that appears only when the blank cells it involves are read as 0: a warning that
// says so and names them ("若空白栏为 0，则 …").
std::optional<Violated> AssumingBlanksZero(Violated v) {
  std::string blanks;
  auto add = [&](const Involved& i) {
    if (!i.mention.figure.blank) return;
    if (blanks.find(i.label) != std::string::npos) return;
    blanks += (blanks.empty() ? "" : "、") + i.label;
  };
  add(v.primary);
  for (const Involved& i : v.related) add(i);
  if (blanks.empty()) return std::nullopt;
  v.message = fmt::format("If the blank cells are 0, {} (blank: {})", v.message, blanks);
  v.message_zh = fmt::format("若空白栏为 0，则{}（空白栏：{}）", v.message_zh, blanks);
  return v;
}

// The figures a finding is about, as a sorted set of source offsets.
std::vector<size_t> FigureSpans(const Finding& f) {
  std::vector<size_t> spans{f.primary.span.begin};
  for (const Location& l : f.related) {
    if (l.path.empty()) spans.push_back(l.span.begin);
  }
  std::sort(spans.begin(), spans.end());
  spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
  return spans;
}

// The same relation seen twice — a national pack's outcome sum and the general prose pack's
// breakdown of the same list, or an appendix check for a known layout and the one for any
// layout — is one inconsistency about the same figures: the check listed first reports it.
void DropRepeats(std::vector<Finding>* findings) {
  std::vector<std::vector<size_t>> seen;
  std::vector<Finding> kept;
  for (Finding& f : *findings) {
    std::vector<size_t> spans = FigureSpans(f);
    if (std::find(seen.begin(), seen.end(), spans) != seen.end()) continue;
    seen.push_back(std::move(spans));
    kept.push_back(std::move(f));
  }
  *findings = std::move(kept);
}

Coverage CoverageOf(const FileReport& report, size_t loaded) {
  Coverage c;
  c.packs = static_cast<int>(report.packs.size());
  for (const PackRun& p : report.packs) {
    for (const CheckRun& cr : p.checks) {
      c.held += cr.held;
      c.violated += cr.violated;
      c.not_evaluable += cr.not_evaluable;
      // A missing-table note says what was not found; it checks nothing.
      if (cr.check->kind != "table-present") c.evaluated += cr.held + cr.violated;
    }
  }
  if (c.packs == 0) {
    c.unchecked = fmt::format(
        "no rule pack applies to this report (none of the {} pack{} loaded recognises its wording)",
        loaded, loaded == 1 ? "" : "s");
  } else if (c.evaluated == 0) {
    std::string ids;
    for (const PackRun& p : report.packs) ids += (ids.empty() ? "" : ", ") + p.pack->id;
    c.unchecked = fmt::format(
        "no check could be evaluated: the {} check{} of {} found none of their figures (the "
        "tables or statements they read are missing or unreadable; `crossfoot facts` shows why)",
        c.not_evaluable, c.not_evaluable == 1 ? "" : "s", ids);
  }
  return c;
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
  // Naming columns by position keeps every cell: one look for blanks serves every pack.
  const bool blanks = HasBlankCells(original);
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
    CellCache zero_cells;
    EvalContext zero_ctx{doc, *pack, bindings, zero_cells};
    zero_ctx.blanks_as_zero = true;
    PackRun run;
    run.pack = pack;
    std::vector<std::pair<const CheckDef*, Violated>> assumed;  // violations if blanks are 0
    std::vector<size_t> unfilled;  // blank cells reported by row-filled checks
    for (const CheckDef& check : pack->checks) {
      CheckRun cr;
      cr.check = &check;
      std::vector<Outcome> outcomes = Evaluate(check, ctx);
      std::vector<Outcome> if_zero;
      if (blanks) if_zero = Evaluate(check, zero_ctx);
      for (size_t i = 0; i < outcomes.size(); ++i) {
        const Outcome& o = outcomes[i];
        if (std::holds_alternative<Holds>(o)) {
          ++cr.held;
          // The two readings evaluate the same cells in the same order.
          const auto* z =
              if_zero.size() == outcomes.size() ? std::get_if<Violated>(&if_zero[i]) : nullptr;
          if (z == nullptr) continue;
          if (std::optional<Violated> w = AssumingBlanksZero(*z)) assumed.push_back({&check, *w});
        } else if (const auto* v = std::get_if<Violated>(&o)) {
          ++cr.violated;
          if (check.kind == "row-filled") unfilled.push_back(v->primary.mention.source.begin);
          report.findings.push_back(MakeFinding(doc, *pack, check, *v));
        } else {
          ++cr.not_evaluable;
          cr.reasons.push_back(std::get<NotEvaluable>(o).reason);
        }
      }
      run.checks.push_back(std::move(cr));
    }
    // A blank already reported as an unfilled total is not read as 0 elsewhere: its row has
    // figures, so 0 is the one value it cannot hold.
    for (auto& [check, v] : assumed) {
      bool only_unfilled = true;
      auto test = [&](const Involved& i) {
        if (i.mention.figure.blank &&
            std::find(unfilled.begin(), unfilled.end(), i.mention.source.begin) == unfilled.end())
          only_unfilled = false;
      };
      test(v.primary);
      for (const Involved& i : v.related) test(i);
      if (only_unfilled) continue;
      Finding f = MakeFinding(doc, *pack, *check, v);
      if (f.severity == "error") f.severity = "warning";
      report.findings.push_back(std::move(f));
    }
    report.packs.push_back(std::move(run));
  }
  report.coverage = CoverageOf(report, packs.size());
  DropRepeats(&report.findings);
  ApplyInlineSuppressions(original, packs, &report);
  std::stable_sort(report.findings.begin(), report.findings.end(),
                   [](const Finding& a, const Finding& b) {
                     return std::tie(a.primary.start.line, a.primary.start.column, a.rule_id) <
                            std::tie(b.primary.start.line, b.primary.start.column, b.rule_id);
                   });
  return report;
}

}  // namespace crossfoot
