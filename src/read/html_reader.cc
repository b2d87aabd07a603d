#include "read/html_reader.h"

#include <fmt/format.h>
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <csetjmp>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "re2/re2.h"
#include "read/grid_table.h"
#include "read/html_limits.h"
#include "read/text_block.h"
#include "read/text_reader.h"
#include "util/substring.h"

namespace crossfoot {
namespace {

constexpr size_t kLayoutCellCodePoints = 300;

bool IsSkipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_SVG:
      return true;
    default:
      return false;
  }
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
      return true;
    default:
      return false;
  }
}

int HeadingLevel(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_H1:
      return 1;
    case GUMBO_TAG_H2:
      return 2;
    case GUMBO_TAG_H3:
      return 3;
    case GUMBO_TAG_H4:
      return 4;
    case GUMBO_TAG_H5:
      return 5;
    case GUMBO_TAG_H6:
      return 6;
    default:
      return 0;
  }
}

bool IsSpace(char32_t cp) {
  return cp == ' ' || cp == '\n' || cp == '\r' || cp == '\t' || cp == '\f';
}

// True when the '&' opening raw was decoded by gumbo into cp as a character reference; a
// '&' that stays '&' is literal ("R&D;") unless it is written as one (&amp; &#38; &#x26;).
bool IsDecodedEntity(std::string_view raw, char32_t cp) {
  if (cp != '&') return true;
  std::string lower = AsciiLower(raw.substr(0, 6));
  return lower.starts_with("&amp") || lower.starts_with("&#38") || lower.starts_with("&#x26");
}

// Builds a TextRun from decoded text nodes, keeping every byte's source offset: HTML
// whitespace collapses to one space (none between two CJK characters), entities map to the
// bytes of the entity.
class RunBuilder {
 public:
  void AddText(const GumboText& t) {
    std::string_view decoded(t.text);
    std::string_view raw(t.original_text.data, t.original_text.length);
    size_t base = t.start_pos.offset;
    size_t di = 0;
    size_t ri = 0;
    while (di < decoded.size()) {
      size_t origin = base + std::min(ri, raw.size());
      size_t next = di;
      char32_t cp = NextCodePoint(decoded, &next);
      if (ri < raw.size() && raw[ri] == '&' && IsDecodedEntity(raw.substr(ri), cp)) {
        size_t semi = raw.find(';', ri);
        ri = (semi != std::string_view::npos && semi - ri <= 12) ? semi + 1 : ri + (next - di);
      } else if (ri < raw.size() && raw[ri] == '\r' && cp != '\r') {
        ++ri;  // CR LF arrives as LF
        continue;
      } else {
        ri += next - di;
      }
      AddCodePoint(cp, decoded.substr(di, next - di), static_cast<uint32_t>(origin),
                   static_cast<uint32_t>(base + std::min(ri, raw.size())));
      di = next;
    }
  }

  void AddBreak() { pending_space_ = !run_.text.empty(); }

  bool empty() const { return run_.text.empty(); }

  TextRun Take(SourceSpan* span) {
    TextRun out = std::move(run_);
    if (out.origin.empty()) out.origin.push_back(0);
    *span = {out.origin.front(), out.origin.back()};
    out.Recognise();
    run_ = TextRun{};
    pending_space_ = false;
    last_ = 0;
    return out;
  }

 private:
  // written: cp as the decoded text spells it.
  void AddCodePoint(char32_t cp, std::string_view written, uint32_t origin, uint32_t end) {
    std::string normal;
    char32_t first = cp;
    const bool kept = KeptAsWritten(cp);
    if (!kept) {
      AppendNfkc(cp, &normal);
      size_t pos = 0;
      if (!normal.empty()) first = NextCodePoint(normal, &pos);
    }
    if (IsSpace(first)) {
      if (!run_.text.empty()) {
        pending_space_ = true;
        space_origin_ = origin;
      }
      return;
    }
    if (pending_space_ && !(IsCjk(last_) && IsCjk(first))) Push(" ", space_origin_, origin);
    pending_space_ = false;
    Push(kept ? written : std::string_view(normal), origin, end);
    last_ = first;
  }

  void Push(std::string_view bytes, uint32_t origin, uint32_t end) {
    // origin holds one entry per byte plus the end: the old end becomes this text's origin.
    if (!run_.origin.empty()) run_.origin.pop_back();
    run_.text.append(bytes);
    // Bytes as the source wrote them map one to one; a character decoded from an entity or
    // normalised maps, every byte of it, to where it was written.
    run_.origin.PushRun(origin, bytes.size(), end - origin == bytes.size());
    run_.origin.push_back(end);
  }

  TextRun run_;
  bool pending_space_ = false;
  uint32_t space_origin_ = 0;
  char32_t last_ = 0;
};

size_t ElementStart(const GumboNode* node) { return node->v.element.start_pos.offset; }

// Navigation chrome by its class or id: breadcrumbs, menus, site headers and footers.
bool IsChrome(const GumboNode* node) {
  static const re2::RE2 kChrome(
      R"((?i)(?:^|[-_ ])(?:nav|navbar|menu|breadcrumbs?|crumbs?|sidebar|footer|header|topbar)(?:[-_ ]|$))");
  for (const char* name : {"class", "id"}) {
    const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
    if (a != nullptr && re2::RE2::PartialMatch(a->value, kChrome)) return true;
  }
  return false;
}

int SpanAttribute(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  if (a == nullptr) return 1;
  int v = std::atoi(a->value);
  return v < 1 ? 1 : v;
}

class HtmlWalker {
 public:
  explicit HtmlWalker(Document* doc) : doc_(doc) {}

  void Walk(const GumboNode* node, int depth) {
    if (!error_.empty()) return;
    if (depth > kMaxHtmlDepth) {
      error_ = fmt::format("HTML elements are nested more than {} deep", kMaxHtmlDepth);
      return;
    }
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
      builder_.AddText(node->v.text);
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
    if (node->type == GUMBO_NODE_DOCUMENT) {
      WalkChildren(&node->v.document.children, depth);
      return;
    }
    GumboTag tag = node->v.element.tag;
    if (IsSkipped(tag) || IsChrome(node)) return;
    if (tag == GUMBO_TAG_BR) {
      Flush();
      return;
    }
    if (tag == GUMBO_TAG_TABLE) {
      if (std::optional<std::vector<RawRow>> rows = CollectCells(node)) {
        Flush();
        AddTable(node, std::move(*rows));
        return;
      }
    }
    bool block = IsBlock(tag);
    if (block) Flush();
    int saved = heading_;
    if (HeadingLevel(tag) > 0) heading_ = HeadingLevel(tag);
    WalkChildren(&node->v.element.children, depth);
    if (block) Flush();
    heading_ = saved;
  }

  void Flush() {
    if (builder_.empty()) return;
    if (doc_->blocks.size() >= kMaxBlocks) {
      if (error_.empty()) error_ = TooManyBlocks();
      builder_.Take(&dropped_);
      return;
    }
    SourceSpan span;
    TextRun run = builder_.Take(&span);
    doc_->blocks.push_back(MakeTextBlock(std::move(run), span, heading_, false));
  }

 private:
  void WalkChildren(const GumboVector* children, int depth) {
    for (unsigned i = 0; i < children->length; ++i) {
      Walk(static_cast<const GumboNode*>(children->data[i]), depth + 1);
    }
  }

  // Text of a subtree into a builder (cells: <br> and blocks become spaces).
  static void CollectText(const GumboNode* node, RunBuilder* b, int depth) {
    if (depth > kMaxHtmlDepth) return;  // Walk has already reported the depth
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
      b->AddText(node->v.text);
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT || IsSkipped(node->v.element.tag)) return;
    if (node->v.element.tag == GUMBO_TAG_BR || IsBlock(node->v.element.tag)) b->AddBreak();
    const GumboVector* children = &node->v.element.children;
    for (unsigned i = 0; i < children->length; ++i) {
      CollectText(static_cast<const GumboNode*>(children->data[i]), b, depth + 1);
    }
  }

  template <typename Fn>
  static void ForEachRow(const GumboNode* table, Fn fn, int depth = 0) {
    const GumboVector* children = &table->v.element.children;
    for (unsigned i = 0; i < children->length; ++i) {
      const auto* child = static_cast<const GumboNode*>(children->data[i]);
      if (child->type != GUMBO_NODE_ELEMENT) continue;
      GumboTag tag = child->v.element.tag;
      if (tag == GUMBO_TAG_TR) {
        fn(child);
      } else if ((tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_TFOOT) &&
                 depth < 2) {
        ForEachRow(child, fn, depth + 1);
      }
    }
  }

  template <typename Fn>
  static void ForEachCell(const GumboNode* row, Fn fn) {
    const GumboVector* cells = &row->v.element.children;
    for (unsigned i = 0; i < cells->length; ++i) {
      const auto* cell = static_cast<const GumboNode*>(cells->data[i]);
      if (cell->type == GUMBO_NODE_ELEMENT &&
          (cell->v.element.tag == GUMBO_TAG_TD || cell->v.element.tag == GUMBO_TAG_TH)) {
        fn(cell);
      }
    }
  }

  // The table's cells, or nullopt for a layout table: pages laid out with a table hold
  // paragraphs, not figures, in its cells.
  static std::optional<std::vector<RawRow>> CollectCells(const GumboNode* node) {
    std::vector<RawRow> rows;
    bool layout = false;
    ForEachRow(node, [&](const GumboNode* row) {
      RawRow raw;
      ForEachCell(row, [&](const GumboNode* cell) {
        RunBuilder b;
        CollectText(cell, &b, 0);
        SourceSpan span;
        RawCell c;
        c.text = b.Take(&span);
        if (!CodePointsAtMost(c.text.text, kLayoutCellCodePoints)) layout = true;
        if (c.text.text.empty())
          c.text.origin = {static_cast<uint32_t>(ElementStart(cell)),
                           static_cast<uint32_t>(ElementStart(cell))};
        c.row_span = SpanAttribute(cell, "rowspan");
        c.col_span = SpanAttribute(cell, "colspan");
        raw.push_back(std::move(c));
      });
      rows.push_back(std::move(raw));
    });
    if (layout) return std::nullopt;
    return rows;
  }

  void AddTable(const GumboNode* node, std::vector<RawRow> rows) {
    if (rows.empty()) return;
    Block b;
    b.kind = BlockKind::kTable;
    b.source = {ElementStart(node), node->v.element.end_pos.offset};
    std::string error;
    Table whole = BuildGridTable(std::move(rows), "html", &error);
    if (!error.empty()) error_ = error;
    for (Table& part : SplitAtInnerHeaders(std::move(whole))) {
      Block piece = b;
      piece.table = std::move(part);
      doc_->blocks.push_back(std::move(piece));
    }
  }

 public:
  const std::string& error() const { return error_; }

 private:
  std::string error_;

  Document* doc_;
  RunBuilder builder_;
  SourceSpan dropped_;
  int heading_ = 0;
};

}  // namespace

std::string DeclaredHtmlCharset(std::string_view bytes) {
  static const re2::RE2 kCharset(R"((?i)<meta[^>]*charset\s*=\s*["']?\s*([a-zA-Z0-9_\-]+))");
  std::string charset;
  if (!re2::RE2::PartialMatch(bytes.substr(0, 4096), kCharset, &charset)) return "";
  return AsciiLower(charset);
}

namespace {

// gumbo's memory, counted as it is allocated: a page whose tree would outgrow the budget is
// abandoned at that point (gumbo is C, so a longjmp leaves it; every block it holds is on
// this list and freed). The pre-scan bounds what can be foreseen from the bytes; this bounds
// the rest (formatting elements that gumbo clones into every later paragraph).
struct GumboBudget {
  struct Header {
    Header* prev;
    Header* next;
    size_t size;
    size_t pad;  // keeps the block 16-byte aligned
  };
  size_t used = 0;
  size_t limit = 0;
  Header list{&list, &list, 0, 0};
  std::jmp_buf escape{};

  void FreeAll() {
    while (list.next != &list) {
      Header* h = list.next;
      list.next = h->next;
      std::free(h);  // gumbo's C allocations
    }
    list.prev = &list;
    used = 0;
  }
};

void* GumboAllocate(void* userdata, size_t size) {
  auto* budget = static_cast<GumboBudget*>(userdata);
  budget->used += size;
  if (budget->used > budget->limit) std::longjmp(budget->escape, 1);
  auto* h = static_cast<GumboBudget::Header*>(std::malloc(sizeof(GumboBudget::Header) + size));
  if (h == nullptr) std::longjmp(budget->escape, 1);
  h->size = size;
  h->prev = &budget->list;
  h->next = budget->list.next;
  budget->list.next->prev = h;
  budget->list.next = h;
  return h + 1;
}

void GumboDeallocate(void* userdata, void* ptr) {
  if (ptr == nullptr) return;
  auto* budget = static_cast<GumboBudget*>(userdata);
  auto* h = static_cast<GumboBudget::Header*>(ptr) - 1;
  h->prev->next = h->next;
  h->next->prev = h->prev;
  budget->used -= h->size;
  std::free(h);
}

// No C++ object with a destructor lives in this frame, so the longjmp back into it skips none.
GumboOutput* ParseWithinBudget(const GumboOptions* options, GumboBudget* budget,
                               std::string_view page) {
  if (setjmp(budget->escape) != 0) return nullptr;
  return gumbo_parse_with_options(options, page.data(), page.size());
}

}  // namespace

std::string ReadHtmlBlocks(Document* doc) {
  if (std::string why = PrescanHtml(doc->source); !why.empty()) return why;
  GumboBudget budget;
  budget.limit = HtmlParseBudget(doc->source.size());
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = GumboAllocate;
  options.deallocator = GumboDeallocate;
  options.userdata = &budget;
  // gumbo copies the stack of open elements into every parse error it records (gigabytes on
  // a deeply nested page); crossfoot reads none of them.
  options.max_errors = 0;
  GumboOutput* output = ParseWithinBudget(&options, &budget, doc->source);
  if (output == nullptr) {
    budget.FreeAll();
    return fmt::format("parsing the page needs more than {} bytes of memory", budget.limit);
  }
  HtmlWalker walker(doc);
  walker.Walk(output->document, 0);
  walker.Flush();
  gumbo_destroy_output(&options, output);
  AssignSections(doc);
  return walker.error();
}

}  // namespace crossfoot
