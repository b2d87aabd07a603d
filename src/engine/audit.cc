#include "engine/audit.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "engine/binding.h"
#include "engine/check_kind.h"
#include "engine/checks/table_cells.h"
#include "engine/correction.h"
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
  f.what = v.message;
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
  v.message = Message("blanks.assumed-zero", {{"blanks", blanks}}).With("finding", v.message);
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

// One applied pack's view of the document, kept for evaluating its checks again.
struct PackState {
  const Pack* pack = nullptr;
  std::shared_ptr<const Document> named;  // the document with columns named by position
  const Document* doc = nullptr;
  std::shared_ptr<const Document> previous_named;
  Bindings bindings;
  Bindings previous_bindings;
};

// Names the figure to correct for each group of failed relations that one figure explains
// (the finding's primary location becomes that figure), and marks the groups none explains.
// The fingerprint stays the check's own, so a baseline keeps matching.
void ExplainFindings(const Document& doc, const std::vector<std::unique_ptr<PackState>>& states,
                     const std::vector<FailedRelation>& failed,
                     const std::vector<size_t>& finding_of_failed,
                     const std::vector<RelationKey>& failing, std::vector<Finding>* findings) {
  Reevaluation eval;
  eval.check = [&](size_t p, size_t c, const std::vector<FigureOverride>& overrides) {
    const PackState& s = *states[p];
    CellCache cells;
    EvalContext ctx{*s.doc, *s.pack, s.bindings, cells};
    ctx.overrides = &overrides;
    return Evaluate(s.pack->checks[c], ctx);
  };
  // The figures each check reads: a correction can change only the checks that read it.
  std::vector<std::vector<std::vector<size_t>>> reads(states.size());
  for (size_t p = 0; p < states.size(); ++p) {
    const PackState& s = *states[p];
    for (const CheckDef& check : s.pack->checks) {
      CellCache cells;  // its own, so that every cell it reads is read (and recorded) again
      std::vector<size_t> read;
      EvalContext ctx{*s.doc, *s.pack, s.bindings, cells};
      ctx.reads = &read;
      Evaluate(check, ctx);
      std::sort(read.begin(), read.end());
      read.erase(std::unique(read.begin(), read.end()), read.end());
      reads[p].push_back(std::move(read));
    }
  }
  eval.failing = [&](const std::vector<FigureOverride>& overrides) {
    std::vector<RelationKey> keys;
    for (size_t p = 0; p < states.size(); ++p) {
      const PackState& s = *states[p];
      CellCache cells;
      EvalContext ctx{*s.doc, *s.pack, s.bindings, cells};
      ctx.overrides = &overrides;
      for (size_t c = 0; c < s.pack->checks.size(); ++c) {
        const std::vector<size_t>& read = reads[p][c];
        bool affected = std::any_of(overrides.begin(), overrides.end(), [&](const auto& o) {
          return std::binary_search(read.begin(), read.end(), o.source_begin);
        });
        if (!affected) {  // as it failed without the overrides
          for (const RelationKey& k : failing) {
            if (k.pack == p && k.check == c) keys.push_back(k);
          }
          continue;
        }
        std::vector<Outcome> outcomes = Evaluate(s.pack->checks[c], ctx);
        for (size_t i = 0; i < outcomes.size(); ++i) {
          if (std::holds_alternative<Violated>(outcomes[i])) keys.push_back({p, c, i});
        }
      }
    }
    return keys;
  };
  CorrectionSearch search = FindCorrections(doc.path, failed, failing, eval);
  for (size_t j = 0; j < failed.size(); ++j) {
    Finding& f = (*findings)[finding_of_failed[j]];
    const Explanation& e = search.explanations[j];
    f.group = static_cast<int>(e.group);
    if (e.unexplained) f.unexplained_group = 1;
    if (!e.correction) continue;
    const Correction& c = search.corrections[*e.correction];
    f.correction = FigureToCorrect{c.written, c.corrected, 0};
    if (f.primary.path.empty() && f.primary.span.begin == c.source_begin) continue;
    auto it = std::find_if(f.related.begin(), f.related.end(), [&](const Location& l) {
      return l.path.empty() && l.span.begin == c.source_begin;
    });
    if (it == f.related.end()) continue;
    std::swap(f.primary, *it);
    // The check's own primary comes first among the others.
    std::rotate(f.related.begin(), it, it + 1);
  }
}

// The sentence on the figure to correct, after the finding's own message.
void AddCorrectionNote(Finding* f) {
  Message note;
  if (f->correction) {
    const FigureToCorrect& c = *f->correction;
    note = Message(c.resolves > 1 ? "correction.resolves-many" : "correction.resolves-one",
                   {{"written", c.written},
                    {"corrected", c.corrected},
                    {"count", std::to_string(c.resolves)}});
  } else if (f->unexplained_group > 1) {
    note = Message("correction.none-single", {{"count", std::to_string(f->unexplained_group)}});
  } else if (f->unexplained_group == 1) {
    note = Message("correction.none-single-one", {});
  } else {
    return;
  }
  f->what = Message("finding.with-note", {}).With("finding", f->what).With("note", note);
}

void RenderMessages(std::vector<Finding>* findings) {
  for (Finding& f : *findings) {
    f.message = RenderMessage(f.what, "en");
    f.message_zh = RenderMessage(f.what, "zh");
  }
}

// How many reported findings each correction resolves, and how many findings each group no
// single figure explains has; then the sentence that says so.
void CountCorrections(std::vector<Finding>* findings) {
  std::map<int, int> in_group;
  for (const Finding& f : *findings) {
    if (f.group >= 0) ++in_group[f.group];
  }
  for (Finding& f : *findings) {
    if (f.group < 0) continue;
    if (f.correction) f.correction->resolves = in_group[f.group];
    if (f.unexplained_group > 0) f.unexplained_group = in_group[f.group];
    AddCorrectionNote(&f);
  }
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
  // Kept to the end: the search for the figure to correct evaluates the checks again.
  std::vector<std::unique_ptr<PackState>> states;
  std::vector<FailedRelation> failed;
  std::vector<size_t> finding_of_failed;
  std::vector<RelationKey> failing;
  for (const Pack* pack : packs) {
    if (!force && !pack->applies_when.Accepts(original.normalised_all)) continue;
    auto state = std::make_unique<PackState>();
    state->pack = pack;
    // Tables whose header cannot be read, named by the pack by position.
    state->named = NameColumnsByPosition(*pack, original);
    state->doc = state->named != nullptr ? state->named.get() : &original;
    const Document& doc = *state->doc;
    state->previous_named = previous != nullptr ? NameColumnsByPosition(*pack, *previous) : nullptr;
    state->bindings = BindFacts(*pack, doc);
    if (previous != nullptr) {
      state->previous_bindings =
          BindFacts(*pack, state->previous_named != nullptr ? *state->previous_named : *previous);
      state->bindings.previous = &state->previous_bindings;
    }
    const Bindings& bindings = state->bindings;
    const size_t pack_index = states.size();
    states.push_back(std::move(state));
    CellCache cells;
    EvalContext ctx{doc, *pack, bindings, cells};
    CellCache zero_cells;
    EvalContext zero_ctx{doc, *pack, bindings, zero_cells};
    zero_ctx.blanks_as_zero = true;
    PackRun run;
    run.pack = pack;
    std::vector<std::pair<const CheckDef*, Violated>> assumed;  // violations if blanks are 0
    std::vector<size_t> unfilled;  // blank cells reported by row-filled checks
    for (size_t c = 0; c < pack->checks.size(); ++c) {
      const CheckDef& check = pack->checks[c];
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
          RelationKey key{pack_index, c, i};
          failing.push_back(key);
          if (!v->relations.empty()) {
            std::vector<Involved> figures{v->primary};
            figures.insert(figures.end(), v->related.begin(), v->related.end());
            failed.push_back({key, v->relations, std::move(figures)});
            finding_of_failed.push_back(report.findings.size());
          }
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
  if (!failed.empty()) {
    ExplainFindings(original, states, failed, finding_of_failed, failing, &report.findings);
  }
  DropRepeats(&report.findings);
  ApplyInlineSuppressions(original, packs, &report);
  std::stable_sort(report.findings.begin(), report.findings.end(),
                   [](const Finding& a, const Finding& b) {
                     return std::tie(a.primary.start.line, a.primary.start.column, a.rule_id) <
                            std::tie(b.primary.start.line, b.primary.start.column, b.rule_id);
                   });
  CountCorrections(&report.findings);
  RenderMessages(&report.findings);
  RenderMessages(&report.suppressed);
  return report;
}

}  // namespace crossfoot
