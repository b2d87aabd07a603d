// `crossfoot facts`: the document as the engine sees it, for rule authors.
#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "engine/audit.h"
#include "engine/binding.h"
#include "engine/position_columns.h"
#include "figures/describe.h"
#include "figures/recognise.h"
#include "read/read_document.h"
#include "statements/parse_statements.h"
#include "util/escape.h"

namespace crossfoot {
namespace {

constexpr size_t kPreviewCodePoints = 60;

std::string Preview(const std::string& text) {
  std::string out;
  size_t pos = 0;
  size_t n = 0;
  while (pos < text.size() && n < kPreviewCodePoints) {
    size_t start = pos;
    NextCodePoint(text, &pos);
    out.append(text, start, pos - start);
    ++n;
  }
  return EscapeControls(pos < text.size() ? out + "…" : out);
}

std::string At(const Document& doc, const SourceSpan& span) {
  LineColumn lc = doc.Locate(span.begin);
  return fmt::format("{}:{}", lc.line, lc.column);
}

void PrintFigures(const Document& doc, const TextRun& run, const std::string& indent) {
  for (const Figure& f : run.figures.figures) {
    std::cout << indent << "figure " << At(doc, run.Source(f.begin, f.end)) << "  "
              << DescribeFigure(f) << "\n";
  }
  for (const NonFigure& n : run.figures.skipped) {
    std::cout << indent << "not a figure " << At(doc, run.Source(n.begin, n.end)) << "  "
              << EscapeControls(n.written) << " (" << n.kind << ")\n";
  }
}

void PrintTable(const Document& doc, const Table& t) {
  std::cout << fmt::format("    {} table, {} rows × {} columns, {} header row(s)\n", t.shape,
                           t.rows.size(), t.columns, t.header_rows);
  if (!t.header_problem.empty()) std::cout << "    header not read: " << t.header_problem << "\n";
  for (int c = 0; c < t.columns; ++c)
    std::cout << fmt::format("    column {}: {}\n", c, EscapeControls(t.column_headers[c]));
  for (size_t r = static_cast<size_t>(t.header_rows); r < t.rows.size(); ++r) {
    std::string cells;
    for (int c = t.label_columns; c < t.columns; ++c) {
      const std::string& text = t.rows[r][c].text.text;
      cells += " | " + (text.empty() ? std::string("·") : text);
    }
    std::cout << fmt::format("    row {}: {}{}\n", r, EscapeControls(t.row_labels[r]),
                             EscapeControls(cells));
    if (!t.row_problems[r].empty()) {
      std::string values;
      for (const Cell& c : t.unplaced[r]) values += " " + c.text.text;
      std::cout << fmt::format("      cannot place values{}: {}\n", EscapeControls(values),
                               EscapeControls(t.row_problems[r]));
    }
    for (int c = t.label_columns; c < t.columns; ++c) {
      const TextRun& run = t.rows[r][c].text;
      std::optional<Figure> f = RecogniseCell(run.text);
      if (f) {
        std::cout << "      " << EscapeControls(t.column_headers[c]) << " "
                  << At(doc, run.Source(f->begin, f->end)) << "  " << DescribeFigure(*f) << "\n";
      } else if (!run.text.empty() && IsNotReportedCell(run.text)) {
        std::cout << "      " << EscapeControls(t.column_headers[c]) << "  not reported ("
                  << EscapeControls(run.text) << ")\n";
      }
    }
  }
}

void PrintBlocks(const Document& doc) {
  int table_no = 0;
  for (const Block& b : doc.blocks) {
    LineColumn lc = doc.Locate(b.source.begin);
    if (b.kind == BlockKind::kTable) {
      std::cout << fmt::format("  line {}: table {}\n", lc.line, ++table_no);
      PrintTable(doc, b.table);
      continue;
    }
    std::string kind =
        b.kind == BlockKind::kHeading ? fmt::format("heading (level {})", b.level) : "paragraph";
    std::cout << fmt::format("  line {}: {} {}\n", lc.line, kind, Preview(b.text.text));
    if (!b.sections.empty()) {
      std::string path;
      for (const std::string& s : b.sections) path += (path.empty() ? "" : " › ") + Preview(s);
      std::cout << "    in: " << path << "\n";
    }
    PrintFigures(doc, b.text, "    ");
  }
}

std::string FigureText(const Document& doc, const FigureRef& ref) {
  const Block& b = doc.blocks[static_cast<size_t>(ref.block)];
  const Figure& f = FigureAt(doc, ref);
  return fmt::format("{} ({})", EscapeControls(f.written), At(doc, b.text.Source(f.begin, f.end)));
}

const char* RelationName(PartsRelation r) {
  switch (r) {
    case PartsRelation::kExhaustive:
      return "exhaustive: the parts add up to the whole";
    case PartsRelation::kDisjoint:
      return "disjoint: the parts add up to at most the whole";
    case PartsRelation::kOverlapping:
      return "may overlap: each part is at most the whole";
  }
  return "";
}

// What the statements stage read from the prose, and what it declined to read.
void PrintStatements(const Document& doc) {
  const Statements& s = doc.statements;
  std::cout << fmt::format(
      "\nstatements: {} list(s) of parts, {} list(s) of shares, {} rate(s), {} count(s) of names, "
      "{} declined\n",
      s.breakdowns.size(), s.share_lists.size(), s.rates.size(), s.counts.size(), s.skipped.size());
  for (const Breakdown& b : s.breakdowns) {
    std::cout << fmt::format("  whole {} {}{}\n", FigureText(doc, b.whole),
                             EscapeControls(b.whole_label),
                             b.depth > 0 ? " (a part's own list)" : "");
    std::cout << "    " << RelationName(b.relation) << " — " << EscapeControls(b.why) << "\n";
    for (const StatedPart& p : b.parts) {
      std::string share = p.share ? " share " + FigureText(doc, *p.share) : "";
      if (p.share_of) share += " of " + FigureText(doc, *p.share_of);
      std::cout << fmt::format("    part {} {}{}{}\n", FigureText(doc, p.figure),
                               EscapeControls(p.label), p.catch_all ? " (catch-all)" : "", share);
    }
  }
  for (const ShareList& l : s.share_lists) {
    std::cout << fmt::format("  shares of {} {}\n", FigureText(doc, l.whole),
                             EscapeControls(l.whole_label));
    std::cout << "    " << RelationName(l.relation) << " — " << EscapeControls(l.why) << "\n";
    for (const StatedPart& p : l.parts) {
      std::cout << fmt::format("    share {} {}{}\n", FigureText(doc, p.figure),
                               EscapeControls(p.label), p.catch_all ? " (catch-all)" : "");
    }
  }
  for (const StatedRate& r : s.rates) {
    std::string carried =
        r.carried ? " (the base may include " + FigureText(doc, *r.carried) + ")" : "";
    std::cout << fmt::format("  rate {} {} = {} ÷ {}{}\n", EscapeControls(r.name),
                             FigureText(doc, r.percent), FigureText(doc, r.numerator),
                             FigureText(doc, r.denominator), carried);
  }
  for (const StatedCount& c : s.counts) {
    std::cout << fmt::format("  count {}: {} to {} names listed{}\n", FigureText(doc, c.count),
                             c.fewest, c.most, c.hedged ? " (等: perhaps only some)" : "");
  }
  for (const SkippedStatement& k : s.skipped) {
    std::cout << fmt::format("  declined at {}: {}\n", FigureText(doc, k.figure),
                             EscapeControls(k.reason));
  }
}

void PrintPack(const Document& original, const Pack& pack) {
  bool applies = pack.applies_when.Accepts(original.normalised_all);
  std::cout << fmt::format(
      "\npack {} ({}): {}\n", EscapeControls(pack.id), EscapeControls(pack.path),
      applies ? "applies" : "does not apply (applies-when not met); shown anyway");
  std::shared_ptr<const Document> named = NameColumnsByPosition(pack, original);
  const Document& doc = named != nullptr ? *named : original;
  int table_no = 0;
  for (const Block& b : doc.blocks) {
    if (b.kind != BlockKind::kTable) continue;
    ++table_no;
    const Table& t = b.table;
    std::string names;
    for (int c = t.label_columns; c < t.columns; ++c)
      names += (names.empty() ? "" : ", ") + t.column_headers[c];
    std::cout << fmt::format(
        "  table {} (line {}): columns {}: {}\n", table_no, doc.Locate(b.source.begin).line,
        t.columns_from == "position" ? "named by the pack by position" : "from the header", names);
  }
  Bindings bindings = BindFacts(pack, doc);
  for (const FactDef& def : pack.facts) {
    const FactBinding& b = bindings.facts.at(def.name);
    std::cout << fmt::format("  fact {}{}: {} instance(s)\n", def.name,
                             def.repeat ? " (repeated)" : "", b.instances.size());
    for (const Instance& inst : b.instances) {
      for (const auto& [slot, m] : inst.slots) {
        std::string where = m.where.empty() ? "" : " (" + m.where + ")";
        std::cout << fmt::format("    {} = {} at {}{}\n", slot, DescribeFigure(m.figure),
                                 At(doc, m.source), where);
      }
    }
    for (const std::string& note : b.notes)
      std::cout << "    note: " << EscapeControls(note) << "\n";
  }
  FileReport report = AuditDocument(original, {&pack}, /*force=*/true);
  for (const PackRun& run : report.packs) {
    for (const CheckRun& c : run.checks) {
      std::cout << fmt::format("  check {}: {} held, {} violated, {} not evaluable\n", c.check->id,
                               c.held, c.violated, c.not_evaluable);
      for (const std::string& reason : c.reasons)
        std::cout << "    not evaluable: " << EscapeControls(reason) << "\n";
    }
  }
}

}  // namespace

int RunFacts(const FactsOptions& opts, const char* argv0) {
  LoadedPacks packs = LoadPacks(opts.rules, argv0, /*with_tests=*/false);
  Result<Document> doc = ReadDocument(opts.path);
  if (!doc.ok()) {
    PrintError(doc.error());
    return kExitFailure;
  }
  const Document& d = doc.value();
  std::cout << fmt::format("{}: {} ({}), {} blocks\n", EscapeControls(d.path), d.format,
                           EscapeControls(d.encoding), d.blocks.size());
  if (!d.script.empty()) std::cout << "  script: " << EscapeControls(d.script) << "\n";
  PrintBlocks(d);
  PrintStatements(d);
  for (const auto& pack : packs.packs) PrintPack(d, *pack);
  return !packs.complete() ? kExitFailure : kExitClean;
}

}  // namespace crossfoot
