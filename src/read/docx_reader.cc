#include "read/docx_reader.h"

#include <fmt/format.h>
#include <zip.h>

#include <map>
#include <pugixml.hpp>
#include <vector>

#include "read/grid_table.h"
#include "read/text_block.h"
#include "read/text_reader.h"

namespace crossfoot {
namespace {

// Text of a paragraph or cell: every w:t in order; w:tab and w:br as spaces. A walk by
// first-child / next-sibling / parent links, without recursion: a small file can nest
// elements tens of thousands deep.
void CollectText(const pugi::xml_node& root, std::string* out) {
  pugi::xml_node node = root.first_child();
  while (node) {
    std::string_view name = node.name();
    bool descend = false;
    if (name == "w:t") {
      out->append(node.text().get());
    } else if (name == "w:tab" || name == "w:br" || name == "w:cr") {
      out->push_back(' ');
    } else if (name == "w:p") {
      if (!out->empty()) out->push_back(' ');
      descend = true;
    } else {
      descend = name != "w:pPr" && name != "w:rPr" && name != "w:tcPr" && name != "w:del";
    }
    if (descend && node.first_child()) {
      node = node.first_child();
      continue;
    }
    while (node != root && !node.next_sibling()) node = node.parent();
    if (node == root) break;
    node = node.next_sibling();
  }
}

// The ids of the comments anchored in an element (a range start or a reference), by the same
// walk as CollectText.
std::vector<std::string> CommentAnchors(const pugi::xml_node& root) {
  std::vector<std::string> out;
  pugi::xml_node node = root.first_child();
  while (node) {
    std::string_view name = node.name();
    if (name == "w:commentRangeStart" || name == "w:commentReference")
      out.emplace_back(node.attribute("w:id").value());
    if (node.first_child()) {
      node = node.first_child();
      continue;
    }
    while (node != root && !node.next_sibling()) node = node.parent();
    if (node == root) break;
    node = node.next_sibling();
  }
  return out;
}

int HeadingLevel(const pugi::xml_node& p) {
  pugi::xml_node ppr = p.child("w:pPr");
  // Word's outline levels are 0–8 (9 is body text); any other value is no heading level
  // (a level of 2^31 - 1 would overflow, and levels without bound make every block carry as
  // many enclosing sections).
  if (pugi::xml_attribute lvl = ppr.child("w:outlineLvl").attribute("w:val")) {
    int level = lvl.as_int(9);
    return level >= 0 && level <= 8 ? level + 1 : 0;
  }
  std::string style = ppr.child("w:pStyle").attribute("w:val").value();
  if (style.rfind("Heading", 0) == 0 && style.size() == 8) return style[7] - '0';
  if (style == "Title") return 1;
  // Chinese Word templates name the heading styles "1", "2", … ("标题 1").
  if (style.size() == 1 && style[0] >= '1' && style[0] <= '9') return style[0] - '0';
  return 0;
}

class DocxBuilder {
 public:
  explicit DocxBuilder(Document* doc) : doc_(doc) {}

  void Body(const pugi::xml_node& body) {
    for (pugi::xml_node child : body.children()) {
      if (paragraphs_ + tables_ >= static_cast<int>(kMaxBlocks)) {
        error_ = TooManyBlocks();
        return;
      }
      std::string_view name = child.name();
      if (name == "w:p") Paragraph(child);
      if (name == "w:tbl") TableBlock(child);
    }
  }

 private:
  // Appends a line to the extracted text and returns its [begin, end).
  std::pair<size_t, size_t> Line(const std::string& text) {
    size_t begin = doc_->source.size();
    doc_->source += text;
    size_t end = doc_->source.size();
    doc_->source += '\n';
    return {begin, end};
  }

  void Anchor(const pugi::xml_node& element, SourceSpan span) {
    for (std::string& id : CommentAnchors(element)) anchors_.emplace(std::move(id), span);
  }

  TextRun Run(size_t begin, size_t end) {
    TextRun run = TextRun::FromSource(doc_->source, begin, end);
    run.Recognise();
    return run;
  }

  void Paragraph(const pugi::xml_node& p) {
    std::string text;
    CollectText(p, &text);
    ++paragraphs_;
    auto [begin, end] = Line(text);
    Anchor(p, {begin, end});
    if (text.find_first_not_of(" \t") == std::string::npos) return;
    pending_.push_back({begin, end, HeadingLevel(p), fmt::format("段落 {}", paragraphs_)});
  }

  void TableBlock(const pugi::xml_node& tbl) {
    ++tables_;
    size_t table_begin = doc_->source.size();
    std::vector<RawRow> rows;
    for (pugi::xml_node tr : tbl.children("w:tr")) {
      std::string line;
      RawRow raw;
      std::vector<size_t> starts;
      std::vector<std::string> texts;
      for (pugi::xml_node tc : tr.children("w:tc")) {
        std::string text;
        CollectText(tc, &text);
        line += line.empty() ? "| " : " | ";
        starts.push_back(doc_->source.size() + line.size());
        Anchor(tc, {starts.back(), starts.back() + text.size()});
        line += text;
        texts.push_back(text);
        RawCell cell;
        pugi::xml_node tcpr = tc.child("w:tcPr");
        cell.col_span = std::max(1, tcpr.child("w:gridSpan").attribute("w:val").as_int(1));
        pugi::xml_node vmerge = tcpr.child("w:vMerge");
        cell.continues_above =
            vmerge && std::string_view(vmerge.attribute("w:val").value()) != "restart";
        raw.push_back(std::move(cell));
      }
      Line(line + (line.empty() ? "" : " |"));
      for (size_t i = 0; i < raw.size(); ++i)
        raw[i].text = Run(starts[i], starts[i] + texts[i].size());
      rows.push_back(std::move(raw));
    }
    Block b;
    b.kind = BlockKind::kTable;
    b.source = {table_begin, doc_->source.empty() ? 0 : doc_->source.size() - 1};
    Table whole = BuildGridTable(std::move(rows), "docx", &error_);
    whole.name = fmt::format("表{}", tables_);
    for (Table& part : SplitAtInnerHeaders(std::move(whole))) {
      Block piece = b;
      piece.table = std::move(part);
      blocks_.push_back({std::move(piece), pending_.size()});
    }
  }

 public:
  /// Where each comment is anchored (the first anchor of an id wins).
  std::map<std::string, SourceSpan> anchors_;

  // Blocks are made once the extracted text is complete (runs refer to it).
  void Finish() {
    doc_->lines = LineIndex(doc_->source);
    size_t table = 0;
    for (size_t i = 0; i <= pending_.size(); ++i) {
      while (table < blocks_.size() && blocks_[table].second == i)
        doc_->blocks.push_back(std::move(blocks_[table++].first));
      if (i == pending_.size()) break;
      const Pending& p = pending_[i];
      Block b = MakeTextBlock(Run(p.begin, p.end), {p.begin, p.end}, p.heading, false);
      b.name = p.name;
      doc_->blocks.push_back(std::move(b));
    }
    AssignSections(doc_);
  }

 private:
  struct Pending {
    size_t begin;
    size_t end;
    int heading;
    std::string name;
  };

  Document* doc_;
  std::vector<Pending> pending_;

 public:
  std::string error_;  // why the document cannot be read (a table over the size limit)

 private:
  std::vector<std::pair<Block, size_t>> blocks_;  // a table and the paragraph index it precedes
  int paragraphs_ = 0;
  int tables_ = 0;
};

}  // namespace

// libzip is used in this file only.
Result<std::string> ReadDocxPart(std::string_view bytes, const char* name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (src == nullptr) return Error{"cannot read the ZIP archive"};
  zip_t* archive = zip_open_from_source(src, ZIP_RDONLY, &error);
  if (archive == nullptr) {
    zip_source_free(src);
    return Error{"is not a readable ZIP archive"};
  }
  if (zip_get_num_entries(archive, 0) > static_cast<zip_int64_t>(kMaxDocxEntries)) {
    zip_close(archive);
    return Error{fmt::format("has more than {} entries", kMaxDocxEntries)};
  }
  zip_stat_t st;
  zip_stat_init(&st);
  zip_int64_t index = zip_name_locate(archive, name, 0);
  if (index < 0 || zip_stat_index(archive, static_cast<zip_uint64_t>(index), 0, &st) != 0) {
    zip_close(archive);
    return Error{std::string("has no ") + name + " (is it a Word document?)"};
  }
  if (st.size > kMaxDocxXmlBytes) {
    zip_close(archive);
    return Error{fmt::format("has a {} of {} bytes uncompressed, over the limit of {}", name,
                             st.size, kMaxDocxXmlBytes)};
  }
  std::string out(static_cast<size_t>(st.size), '\0');
  zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0);
  zip_int64_t read = file == nullptr ? -1 : zip_fread(file, out.data(), out.size());
  if (file != nullptr) zip_fclose(file);
  zip_close(archive);
  if (read < 0 || static_cast<zip_uint64_t>(read) != st.size)
    return Error{std::string("has a damaged ") + name};
  return out;
}

Result<Document> ParseDocxXml(const std::string& path, std::string_view xml,
                              std::string_view comments_xml) {
  pugi::xml_document dom;
  pugi::xml_parse_result parsed = dom.load_buffer(xml.data(), xml.size());
  if (!parsed)
    return Error{path + ": not a readable Word document: word/document.xml " +
                 parsed.description()};
  Document doc;
  doc.path = path;
  doc.format = "docx";
  doc.encoding = "UTF-8 (Word)";
  DocxBuilder builder(&doc);
  builder.Body(dom.child("w:document").child("w:body"));
  builder.Finish();
  if (!builder.error_.empty()) return Error{path + ": cannot read the document: " + builder.error_};
  pugi::xml_document comments;
  if (!comments_xml.empty() && comments.load_buffer(comments_xml.data(), comments_xml.size())) {
    for (pugi::xml_node c : comments.child("w:comments").children("w:comment")) {
      auto anchor = builder.anchors_.find(c.attribute("w:id").value());
      if (anchor == builder.anchors_.end()) continue;
      SourceComment note;
      CollectText(c, &note.text);
      note.anchor = anchor->second;
      doc.comments.push_back(std::move(note));
    }
  }
  return doc;
}

Result<Document> ParseDocx(const std::string& path, std::string_view bytes) {
  Result<std::string> xml = ReadDocxPart(bytes, "word/document.xml");
  if (!xml.ok()) return Error{path + ": not a readable Word document: the file " + xml.error()};
  // Comments are optional: a document without any has no word/comments.xml.
  Result<std::string> comments = ReadDocxPart(bytes, "word/comments.xml");
  return ParseDocxXml(path, xml.value(), comments.ok() ? comments.value() : "");
}

}  // namespace crossfoot
