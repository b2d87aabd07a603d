#include "read/pdf_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <memory>
#include <vector>

#include "read/layout_table.h"
#include "read/numbering.h"
#include "read/source_lines.h"
#include "read/text_block.h"
#include "read/text_reader.h"
#include "util/module.h"

namespace crossfoot {
namespace {

// A word of a page as poppler gives it, in points from the page's top left corner.
struct Box {
  std::string text;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool space_after = false;
  double height() const { return std::max(y1 - y0, 0.1); }
  // The font size, about: the box's height, or less where the font's ascent and descent make
  // boxes taller than their glyphs (Chromium's CJK runs), from the width of its characters.
  // A CJK character is one em wide, a Latin letter or figure about half.
  double em() const {
    double ems = 0;
    for (unsigned char c : text) {
      if (c < 0x80) ems += 0.5;
      if (c >= 0xC0) ems += 1;
    }
    double per_em = ems > 0 ? (x1 - x0) / ems : height();
    return std::max(std::min(height(), per_em), 0.1);
  }
  double centre() const { return (y0 + y1) / 2; }
};

// A page's words as boxes.
struct PageText {
  double height = 0;
  double right = 0;  // the right edge of the page's text
  std::vector<Box> boxes;
};

// The PDF module's pages, or why they cannot be read; an error if the module is missing.
Result<std::vector<PageText>> ExtractPages(std::string_view bytes) {
  using Extract = void (*)(const char*, size_t, PdfPages*);
  static const Result<void*> kExtract = ModuleSymbol("libcrossfoot_pdf.so", "crossfoot_pdf_pages");
  if (!kExtract.ok()) return Error{"cannot be read: " + kExtract.error()};
  PdfPages pages = Error{""};
  reinterpret_cast<Extract>(kExtract.value())(bytes.data(), bytes.size(), &pages);
  if (!pages.ok()) return Error{pages.error()};
  std::vector<PageText> out;
  out.reserve(pages.value().size());
  for (PdfPage& page : pages.value()) {
    PageText text;
    text.height = page.height;
    text.right = page.right;
    text.boxes.reserve(page.words.size());
    for (PdfWord& w : page.words) {
      Box box;
      box.text = std::move(w.text);
      box.x0 = w.x0;
      box.y0 = w.y0;
      box.x1 = w.x1;
      box.y1 = w.y1;
      box.space_after = w.space_after;
      text.boxes.push_back(std::move(box));
    }
    out.push_back(std::move(text));
  }
  return out;
}

// How far apart two boxes' middles are, in the smaller box's heights. Boxes are as tall as
// their font's ascent and descent, which differ between fonts (Chromium gives CJK runs boxes
// more than twice as tall as the figures beside them), so middles are compared, not extents.
double CentreDistance(const Box& a, const Box& b) {
  return std::abs(a.centre() - b.centre()) / std::min(a.em(), b.em());
}

// The boxes of a page grouped into lines: a box joins the line holding the box whose middle
// is nearest its own, within half the smaller height (a label set a little higher than its
// figures is one line; a wrapped label's next line, or a stacked header fragment, is not).
std::vector<std::vector<Box>> GroupLines(std::vector<Box> boxes) {
  std::sort(boxes.begin(), boxes.end(), [](const Box& a, const Box& b) {
    return a.centre() != b.centre() ? a.centre() < b.centre() : a.x0 < b.x0;
  });
  std::vector<std::vector<Box>> lines;
  std::vector<double> bottoms;  // per line, the lowest bottom of its boxes
  for (Box& b : boxes) {
    int best = -1;
    double best_distance = 0.5;
    for (size_t l = lines.size(); l-- > 0;) {
      if (bottoms[l] <= b.y0) {
        if (l + 8 < lines.size()) break;  // lines above are out of reach
        continue;
      }
      for (const Box& other : lines[l]) {
        double d = CentreDistance(b, other);
        if (d < best_distance) {
          best_distance = d;
          best = static_cast<int>(l);
        }
      }
    }
    if (best < 0) {
      lines.emplace_back();
      bottoms.push_back(b.y1);
      best = static_cast<int>(lines.size()) - 1;
    }
    bottoms[best] = std::max(bottoms[best], b.y1);
    lines[best].push_back(std::move(b));
  }
  for (auto& line : lines) {
    std::sort(line.begin(), line.end(), [](const Box& a, const Box& b) { return a.x0 < b.x0; });
  }
  std::stable_sort(lines.begin(), lines.end(), [](const auto& a, const auto& b) {
    auto top = [](const std::vector<Box>& l) {
      double t = l.front().y0;
      for (const Box& x : l) t = std::min(t, x.y0);
      return t;
    };
    return top(a) < top(b);
  });
  return lines;
}

// CJK ideographs with their punctuation and full-width forms: text written without spaces.
bool IsWideScript(char32_t c) { return c >= 0x2E80 && c < 0xFFF0; }

bool IsAsciiAlnum(char32_t c) { return c < 0x80 && std::isalnum(static_cast<int>(c)) != 0; }

// True between a Chinese character and a Latin letter or digit, in either order.
bool IsCjkBoundary(std::string_view before, std::string_view after) {
  if (before.empty() || after.empty()) return false;
  size_t i = before.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(before[i]) & 0xC0) == 0x80) --i;
  size_t pos = i;
  char32_t last = NextCodePoint(before, &pos);
  pos = 0;
  char32_t first = NextCodePoint(after, &pos);
  return (IsWideScript(last) && IsAsciiAlnum(first)) || (IsAsciiAlnum(last) && IsWideScript(first));
}

bool IsDigits(const std::string& text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == '.' || c == ',' || c == '%' || c == '-';
  });
}

// A line before its runs are made: where its words and cells stand in the extracted text.
struct PendingLine {
  struct Piece {
    size_t begin = 0, end = 0;
    double x0 = 0, x1 = 0;
  };
  std::vector<Piece> words;
  std::vector<Piece> cells;
  double y0 = 0, y1 = 0;
  int page = 1;
  size_t begin = 0, end = 0;
  bool page_margin = false;  // in the top or bottom margin, where page numbers stand
};

class PdfBuilder {
 public:
  explicit PdfBuilder(Document* doc) : doc_(doc) {}

  void Page(const PageText& page, int number) {
    doc_->page_starts.push_back(doc_->source.size());
    for (std::vector<Box>& boxes : GroupLines(page.boxes)) Line(boxes, page, number);
  }

  void Finish() {
    doc_->lines = LineIndex(doc_->source);
    std::vector<LayoutLine> lines;
    lines.reserve(pending_.size());
    for (const PendingLine& p : pending_) {
      LayoutLine l;
      l.y0 = p.y0;
      l.y1 = p.y1;
      l.page = p.page;
      l.source = {p.begin, p.end};
      for (const auto& w : p.words) l.words.push_back({Run(w.begin, w.end), w.x0, w.x1});
      for (const auto& c : p.cells) l.cells.push_back({Run(c.begin, c.end), c.x0, c.x1});
      l.furniture = p.page_margin && IsPageNumberLine(Run(p.begin, p.end).text);
      lines.push_back(std::move(l));
    }
    Blocks(lines);
    AssignSections(doc_);
  }

 private:
  TextRun Run(size_t begin, size_t end) const { return CellRun(doc_->source, begin, end); }

  void Line(const std::vector<Box>& boxes, const PageText& page, int number) {
    PendingLine p;
    p.page = number;
    p.begin = doc_->source.size();
    p.y0 = boxes.front().y0;
    p.y1 = boxes.front().y1;
    const Box* prev = nullptr;
    for (const Box& b : boxes) {
      p.y0 = std::min(p.y0, b.y0);
      p.y1 = std::max(p.y1, b.y1);
      double gap = prev == nullptr ? 0 : b.x0 - prev->x1;
      double h = std::min(b.em(), prev == nullptr ? b.em() : prev->em());
      // Two figures are never one cell: "72" and "64" in adjacent columns stay apart.
      bool figures = prev != nullptr && (IsDigits(prev->text) || IsDigits(b.text));
      // A figure that ends a line of two words short of the margin, a little apart from the
      // text before it, is a cell of its own: a narrow table's label and its value ("行政事业性收费
      // 455.4").
      bool last_figure = boxes.size() == 2 && &b == &boxes.back() && IsDigits(b.text) &&
                         gap > 0.2 * h && b.x1 < page.right - 2 * h;
      bool new_cell = prev == nullptr || gap > h || (figures && gap > 0.6 * h) || last_figure;
      if (prev != nullptr) {
        // Cells are two spaces apart in the extracted text, words one where the PDF has a gap;
        // the gap a typesetter leaves between Chinese and Latin text or figures is no space
        // ("申请 107 件" is 申请107件, as in the document the PDF was made from).
        bool gap_only = IsCjkBoundary(prev->text, b.text) && gap < 0.6 * h;
        doc_->source += new_cell   ? "  "
                        : gap_only ? ""
                                   : (prev->space_after || gap > 0.2 * h ? " " : "");
      }
      size_t begin = doc_->source.size();
      doc_->source += b.text;
      size_t end = doc_->source.size();
      p.words.push_back({begin, end, b.x0, b.x1});
      if (new_cell) {
        p.cells.push_back({begin, end, b.x0, b.x1});
      } else {
        p.cells.back().end = end;
        p.cells.back().x1 = std::max(p.cells.back().x1, b.x1);
      }
      prev = &b;
    }
    p.end = doc_->source.size();
    doc_->source += '\n';
    p.page_margin = page.height > 0 && (p.y1 < 0.12 * page.height || p.y0 > 0.88 * page.height);
    pending_.push_back(std::move(p));
  }

  // The prose margins of each page: where its lines of one cell start and end.
  void Margins(const std::vector<LayoutLine>& lines) {
    for (const LayoutLine& l : lines) {
      // Prose lines only: a table may stand wider than the text.
      if (l.blank() || l.furniture || l.cells.size() != 1) continue;
      auto [it, fresh] = margins_.try_emplace(l.page, l.cells.front().x0, l.cells.back().x1);
      if (!fresh) {
        it->second.first = std::min(it->second.first, l.cells.front().x0);
        it->second.second = std::max(it->second.second, l.cells.back().x1);
      }
    }
  }

  // True when `next` carries on the paragraph whose last line is `prev`: the previous line is
  // full, the next is not indented, numbered or a table, and no wider gap stands between.
  bool Continues(const std::vector<LayoutLine>& lines, size_t prev, size_t next) {
    const LayoutLine& a = lines[prev];
    const LayoutLine& b = lines[next];
    if (b.cells.size() != 1 || a.cells.size() != 1) return false;
    double h = std::max(a.y1 - a.y0, 1.0);
    auto [left_a, right_a] = margins_[a.page];
    auto [left_b, right_b] = margins_[b.page];
    if (a.cells.back().x1 < right_a - 2 * h) return false;
    if (b.cells.front().x0 > left_b + h) return false;
    if (a.page == b.page && b.y0 - a.y1 > 1.2 * h) return false;
    if (ParseNumbering(b.cells.front().text.text).level > 0) return false;
    return !MatchLayoutTable(lines, next, metrics_);
  }

  void Blocks(const std::vector<LayoutLine>& lines) {
    Margins(lines);
    int tables = 0;
    size_t i = 0;
    while (i < lines.size()) {
      if (lines[i].blank() || lines[i].furniture) {
        ++i;
        continue;
      }
      if (std::optional<LayoutTableMatch> m = MatchLayoutTable(lines, i, metrics_)) {
        Block b;
        b.kind = BlockKind::kTable;
        b.source = m->source;
        b.table = std::move(m->table);
        b.table->name = fmt::format("表{}", ++tables);
        doc_->blocks.push_back(std::move(b));
        i = m->next_line;
        continue;
      }
      TextRun run = Run(lines[i].source.begin, lines[i].source.end);
      SourceSpan span = lines[i].source;
      size_t last = i;
      size_t j = i + 1;
      while (j < lines.size()) {
        if (lines[j].blank() || lines[j].furniture) {
          ++j;
          continue;
        }
        if (!Continues(lines, last, j)) break;
        TextRun next = Run(lines[j].source.begin, lines[j].source.end);
        bool latin = !run.text.empty() && !next.text.empty() &&
                     static_cast<unsigned char>(run.text.back()) < 0x80 &&
                     static_cast<unsigned char>(next.text.front()) < 0x80;
        run.Append(next, latin ? " " : "");
        span.end = lines[j].source.end;
        last = j;
        ++j;
      }
      run.Recognise();
      doc_->blocks.push_back(MakeTextBlock(std::move(run), span, 0, false));
      i = last + 1;
    }
  }

  Document* doc_;
  std::vector<PendingLine> pending_;
  std::map<int, std::pair<double, double>> margins_;
  const LayoutMetrics metrics_{2.0, "pdf"};
};

}  // namespace

Result<Document> ParsePdf(const std::string& path, std::string_view bytes) {
  Result<std::vector<PageText>> pages = ExtractPages(bytes);
  if (!pages.ok()) return Error{path + ": not a readable PDF: the file " + pages.error()};
  bool any_text = std::any_of(pages.value().begin(), pages.value().end(),
                              [](const PageText& p) { return !p.boxes.empty(); });
  if (!any_text) {
    return Error{path +
                 ": the PDF has no text layer (it is a scan or images only); crossfoot "
                 "reads the text of a PDF and does not recognise the characters of page "
                 "images (OCR is out of scope)"};
  }
  Document doc;
  doc.path = path;
  doc.format = "pdf";
  doc.encoding = "UTF-8 (PDF text layer)";
  PdfBuilder builder(&doc);
  for (size_t p = 0; p < pages.value().size(); ++p)
    builder.Page(pages.value()[p], static_cast<int>(p) + 1);
  builder.Finish();
  return doc;
}

}  // namespace crossfoot
