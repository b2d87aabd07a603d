// `--format html`: one self-contained page for an editor. Each report's text and tables are
// shown with every figure a finding involves marked — the figure most likely wrong in red, the
// others in amber — and the findings listed beside it, each linked to its figures and back.
// No script, no external file: the page works offline and from an e-mail attachment. Kept as
// an audit record, it says which crossfoot and which packs made it and which files (by SHA-256)
// it audited, and it prints (or saves as PDF) with every finding.
#include <fmt/format.h>

#include <map>
#include <set>
#include <vector>

#include "emit/emitter.h"

namespace crossfoot {
namespace {

std::string Escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

// One marked figure: a source span, the finding it belongs to, and whether it is the primary.
struct Mark {
  SourceSpan span;
  int finding = 0;
  bool primary = false;
  std::string id;
};

// The marks of one file, and the text-to-mark lookup the renderers use.
class Marks {
 public:
  Marks(const FileReport& file, int file_index) {
    int n = 0;
    for (const Finding& f : file.findings) {
      ++n;
      Add(f.primary, n, true, file_index);
      for (const Location& l : f.related) {
        if (l.path.empty()) Add(l, n, false, file_index);
      }
    }
  }

  const std::vector<Mark>& all() const { return marks_; }

  /// The mark covering a source offset (a primary one first), or nullptr.
  const Mark* At(uint32_t offset) const {
    const Mark* found = nullptr;
    for (const Mark& m : marks_) {
      if (m.span.begin <= offset && offset < m.span.end && (found == nullptr || m.primary))
        found = &m;
    }
    return found;
  }

  /// The id of a mark shown on the page at a location (its own finding's first), for links
  /// from the finding list; empty when the figure is not on the page.
  std::string IdOf(const Location& l, int finding, const std::set<std::string>& placed) const {
    std::string any;
    for (const Mark& m : marks_) {
      if (m.span.begin != l.span.begin || placed.count(m.id) == 0) continue;
      if (m.finding == finding) return m.id;
      if (any.empty()) any = m.id;
    }
    return any;
  }

 private:
  void Add(const Location& l, int finding, bool primary, int file_index) {
    if (l.span.end <= l.span.begin) return;
    marks_.push_back({l.span, finding, primary,
                      fmt::format("m{}-{}-{}", file_index, finding, marks_.size() + 1)});
  }

  std::vector<Mark> marks_;
};

// A run of text with its marked figures wrapped in links to their finding.
std::string RenderRun(const TextRun& run, const Marks& marks, int file_index,
                      std::set<std::string>* placed) {
  std::string out;
  const Mark* open = nullptr;
  for (size_t i = 0; i < run.text.size();) {
    size_t end = i + 1;
    while (end < run.text.size() && (static_cast<unsigned char>(run.text[end]) & 0xC0) == 0x80)
      ++end;
    const Mark* m = i < run.origin.size() ? marks.At(run.origin[i]) : nullptr;
    if (m != open) {
      if (open != nullptr) out += "</a>";
      if (m != nullptr) {
        // The first piece of a mark carries its id, so that links land on it.
        bool first = placed->insert(m->id).second;
        out += fmt::format(R"(<a class="{}" href="#f{}-{}"{} title="finding {}">)",
                           m->primary ? "wrong" : "involved", file_index, m->finding,
                           first ? fmt::format(R"( id="{}")", m->id) : "", m->finding);
      }
      open = m;
    }
    out += Escape(std::string_view(run.text).substr(i, end - i));
    i = end;
  }
  if (open != nullptr) out += "</a>";
  return out;
}

void RenderTable(const Table& t, const Marks& marks, int file_index, std::set<std::string>* placed,
                 std::ostream& out) {
  out << "<table>\n";
  for (size_t r = 0; r < t.rows.size(); ++r) {
    out << "<tr>";
    for (size_t c = 0; c < t.rows[r].size(); ++c) {
      const char* tag = static_cast<int>(r) < t.header_rows ? "th" : "td";
      // A merged cell is repeated at every position it covers; it is shown once.
      bool repeat = (c > 0 && t.SameCell(static_cast<int>(r), static_cast<int>(c),
                                         static_cast<int>(c - 1))) ||
                    (r > 0 && c < t.rows[r - 1].size() && !t.rows[r][c].text.origin.empty() &&
                     !t.rows[r - 1][c].text.origin.empty() &&
                     t.rows[r][c].text.origin.front() == t.rows[r - 1][c].text.origin.front());
      out << "<" << tag << ">"
          << (repeat ? "" : RenderRun(t.rows[r][c].text, marks, file_index, placed)) << "</" << tag
          << ">";
    }
    out << "</tr>\n";
  }
  out << "</table>\n";
}

// CJK fonts first, in the names each system gives them, so that no character shows as a box.
const char* kStyle = R"(
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
       "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei",
       "Noto Serif CJK SC", "SimSun", sans-serif; margin: 0; color: #222; }
header { padding: 12px 20px; background: #f4f4f4; border-bottom: 1px solid #ddd; }
header h1 { font-size: 20px; margin: 0 0 6px; }
.summary span { display: inline-block; margin-right: 18px; }
.record { font-size: 12px; color: #555; margin-top: 6px; }
.record table { font-size: 12px; margin: 4px 0; }
.record code { font-size: 11px; word-break: break-all; }
nav.index { padding: 8px 20px; border-bottom: 1px solid #ddd; font-size: 13px; }
nav.index ol { margin: 4px 0; }
.file { display: flex; align-items: flex-start; border-bottom: 1px solid #ddd; }
.report { flex: 3; padding: 10px 20px; line-height: 1.7; }
.findings { flex: 2; padding: 10px 20px; position: sticky; top: 0; max-height: 100vh;
            overflow-y: auto; background: #fafafa; border-left: 1px solid #ddd; }
.findings ol { padding-left: 20px; }
.findings li { margin-bottom: 14px; }
.findings .rule { color: #666; font-size: 12px; }
a.wrong { background: #ffd0d0; color: #a00; font-weight: bold; text-decoration: none;
          border-bottom: 2px solid #d00; }
a.involved { background: #fff0c0; color: #654; text-decoration: none;
             border-bottom: 1px dashed #c90; }
a.wrong:target, a.involved:target, li:target { outline: 3px solid #39f; }
table { border-collapse: collapse; margin: 8px 0; font-size: 13px; }
td, th { border: 1px solid #bbb; padding: 2px 6px; }
.severity-error { color: #b00; } .severity-warning { color: #a60; } .severity-note { color: #06a; }
.legend a { pointer-events: none; }
/* On paper every finding is printed: the findings follow their report instead of scrolling
   beside it, and the marks keep their colours. */
@media print {
  .file { display: block; }
  .findings { position: static; max-height: none; overflow: visible; border-left: none;
              border-top: 1px solid #999; }
  .findings li { break-inside: avoid; }
  nav.index, header { background: none; }
  a.wrong, a.involved { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)";

void RenderFile(const FileReport& file, int index, std::ostream& out) {
  out << "<section class=\"file\" id=\"file" << index << "\">\n<div class=\"report\">\n<h2>"
      << Escape(file.path) << "</h2>\n";
  if (!file.error.empty()) {
    out << "<p class=\"severity-error\">" << Escape(file.error) << "</p>\n</div></section>\n";
    return;
  }
  Marks marks(file, index);
  std::set<std::string> placed;
  if (file.document) {
    for (const Block& b : file.document->blocks) {
      if (b.kind == BlockKind::kTable) {
        RenderTable(b.table, marks, index, &placed, out);
      } else if (b.kind == BlockKind::kHeading) {
        out << "<h3>" << RenderRun(b.text, marks, index, &placed) << "</h3>\n";
      } else {
        out << "<p>" << RenderRun(b.text, marks, index, &placed) << "</p>\n";
      }
    }
  }
  out << "</div>\n<div class=\"findings\">\n<h3>" << file.findings.size()
      << " 处不一致 / findings</h3>\n<ol>\n";
  int n = 0;
  for (const Finding& f : file.findings) {
    ++n;
    out << "<li id=\"f" << index << "-" << n << "\" class=\"severity-" << f.severity << "\">"
        << "<b>" << Escape(f.title) << "</b><br>"
        << (f.message_zh.empty() ? "" : Escape(f.message_zh) + "<br>") << Escape(f.message)
        << "<br><span class=\"rule\">" << Escape(f.rule_id) << " · " << f.severity << "</span><br>";
    std::vector<const Location*> locations{&f.primary};
    for (const Location& l : f.related) locations.push_back(&l);
    for (const Location* l : locations) {
      std::string id = l->path.empty() ? marks.IdOf(*l, n, placed) : "";
      std::string label = Escape(l->label) + " " + Escape(l->written);
      bool shown = !id.empty();
      if (l != &f.primary) {
        out << "相关 / involved: ";
      } else if (f.correction) {
        out << "应改正 / to correct: ";
      } else {
        out << "最可能有误 / most likely wrong: ";
      }
      out << (shown ? fmt::format(R"(<a href="#{}" class="{}">{}</a>)", id,
                                  l == &f.primary ? "wrong" : "involved", label)
                    : label + (l->path.empty() ? "" : " (" + Escape(l->path) + ")"));
      out << "<br>";
    }
    out << "</li>\n";
  }
  out << "</ol>\n</div>\n</section>\n";
}

// Which crossfoot, which packs and which files: what a page kept as an audit record must say.
// Nothing from the clock, so that the same run gives the same page.
void RenderRecord(const RunResult& result, const EmitOptions& options, std::ostream& out) {
  out << "<div class=\"record\" id=\"record\">crossfoot "
      << Escape(options.tool_version.empty() ? "(version unknown)" : options.tool_version)
      << " · 规则包 / packs: ";
  bool first = true;
  for (const Pack* p : result.packs) {
    out << (first ? "" : ", ") << "<span class=\"pack\">" << Escape(p->id) << " "
        << Escape(p->version) << "</span>";
    first = false;
  }
  out << "\n<table>\n<tr><th>文件 / file</th><th>SHA-256</th></tr>\n";
  for (const FileReport& file : result.files) {
    std::string hash = file.document ? file.document->sha256 : "";
    out << "<tr><td>" << Escape(file.path) << "</td><td><code class=\"sha256\">"
        << (hash.empty() ? "—" : Escape(hash)) << "</code></td></tr>\n";
  }
  out << "</table>\n</div>\n";
}

// A page of several files opens with their index: each file and each of its findings.
void RenderIndex(const RunResult& result, std::ostream& out) {
  out << "<nav class=\"index\" id=\"index\">\n<b>目录 / index</b>\n<ol>\n";
  int index = 0;
  for (const FileReport& file : result.files) {
    ++index;
    out << "<li><a href=\"#file" << index << "\">" << Escape(file.path) << "</a> — "
        << file.findings.size() << " 处 / findings";
    if (!file.findings.empty()) {
      out << "<ol>";
      int n = 0;
      for (const Finding& f : file.findings) {
        ++n;
        out << "<li><a href=\"#f" << index << "-" << n << "\">" << Escape(f.rule_id) << "</a> "
            << Escape(f.title) << "</li>";
      }
      out << "</ol>";
    }
    out << "</li>\n";
  }
  out << "</ol>\n</nav>\n";
}

}  // namespace

void EmitHtml(const RunResult& result, const EmitOptions& options, std::ostream& out) {
  Summary s = Summarise(result);
  int checks = s.checks_held + s.checks_violated + s.checks_not_evaluable;
  out << "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<title>crossfoot 核对结果 / findings</title>\n<style>" << kStyle << "</style>\n"
      << "</head>\n<body>\n<header>\n<h1>crossfoot 数字核对结果 / figures that do not add up</h1>\n"
      << "<div class=\"summary\">"
      << fmt::format(
             "<span id=\"checks-run\">核对 {} 项 / {} checks run</span>"
             "<span id=\"checks-held\">通过 {} / held</span>"
             "<span id=\"checks-failed\">不一致 {} / failed</span>"
             "<span id=\"checks-not-evaluated\">无法核对 {} / could not be evaluated</span>"
             "<span id=\"finding-count\">{} 处 / findings</span>",
             checks, checks, s.checks_held, s.checks_violated, s.checks_not_evaluable,
             s.errors + s.warnings + s.notes)
      << "</div>\n<div class=\"legend\"><a class=\"wrong\">红色</a> 应改正或最可能有误的数字 / "
         "the figure to correct, or most likely wrong · <a class=\"involved\">黄色</a> "
         "同一处不一致涉及的其他数字 / "
         "the other figures of the same finding</div>\n";
  RenderRecord(result, options, out);
  out << "</header>\n";
  if (result.files.size() > 1) RenderIndex(result, out);
  int index = 0;
  for (const FileReport& file : result.files) RenderFile(file, ++index, out);
  out << "</body>\n</html>\n";
}

}  // namespace crossfoot
