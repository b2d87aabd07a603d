#include "read/read_document.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "read/docx_reader.h"
#include "read/html_reader.h"
#include "read/pdf_reader.h"
#include "read/table_unit.h"
#include "read/text_reader.h"
#include "statements/parse_statements.h"
#include "util/encoding.h"
#include "util/file_read.h"
#include "util/sha256.h"
#include "util/simplified.h"
#include "util/substring.h"
#include "util/unicode.h"

namespace crossfoot {
namespace {

/// One input format: the extensions it claims and how it parses a file's bytes.
struct Reader {
  std::string_view format;
  std::array<std::string_view, 3> extensions;
  Result<Document> (*parse)(const std::string& path, std::string_view bytes);
};

// Text formats: decode, then build the blocks from the decoded source.
Result<Document> DecodedDocument(const std::string& path, std::string_view format,
                                 Result<DecodedText> decoded) {
  if (!decoded.ok()) return Error{path + ": cannot decode: the file " + decoded.error()};
  Document doc;
  doc.path = path;
  doc.format = std::string(format);
  doc.encoding = decoded.value().encoding;
  doc.source = std::move(decoded.value().text);
  doc.lines = LineIndex(doc.source);
  return doc;
}

Result<Document> ParseText(const std::string& path, std::string_view bytes, bool markdown) {
  Result<Document> doc = DecodedDocument(path, markdown ? "markdown" : "text", DecodeToUtf8(bytes));
  if (!doc.ok()) return doc;
  std::string error = ReadTextBlocks(&doc.value(), markdown);
  if (!error.empty()) return Error{path + ": cannot read the text: " + error};
  return doc;
}

Result<Document> ParseHtml(const std::string& path, std::string_view bytes) {
  Result<Document> doc = DecodedDocument(path, "html", DecodeHtml(bytes));
  if (!doc.ok()) return doc;
  std::string error = ReadHtmlBlocks(&doc.value());
  if (!error.empty()) return Error{path + ": cannot read the page: " + error};
  return doc;
}

// The registry of readers: a new input format is one line here plus its reader file.
constexpr std::array<Reader, 5> kReaders = {{
    {"text",
     {".txt", ".text", ""},
     [](const std::string& p, std::string_view b) { return ParseText(p, b, false); }},
    {"markdown",
     {".md", ".markdown", ""},
     [](const std::string& p, std::string_view b) { return ParseText(p, b, true); }},
    {"html", {".html", ".htm", ".shtml"}, ParseHtml},
    {"docx", {".docx", "", ""}, ParseDocx},
    {"pdf", {".pdf", "", ""}, ParsePdf},
}};

const Reader* FindReader(std::string_view path) {
  std::string lower = AsciiLower(path);
  for (const Reader& r : kReaders) {
    for (std::string_view ext : r.extensions) {
      if (!ext.empty() && lower.size() > ext.size() &&
          lower.compare(lower.size() - ext.size(), ext.size(), ext) == 0) {
        return &r;
      }
    }
  }
  return nullptr;
}

// What the bytes are when they are plainly not a text report.
std::string_view BinaryKind(std::string_view bytes) {
  if (bytes.substr(0, 5) == "%PDF-") return "a PDF file (name it .pdf to read it as one)";
  if (bytes.substr(0, 4) == "PK\x03\x04") return "a ZIP archive (such as a Word or Excel file)";
  if (bytes.substr(0, 8) == "\x89PNG\r\n\x1a\n") return "a PNG image";
  if (bytes.substr(0, 3) == "\xFF\xD8\xFF") return "a JPEG image";
  if (HasUtf16Bom(bytes)) return "";  // decoded as UTF-16
  if (LooksLikeUtf16WithoutBom(bytes))
    return "UTF-16 text without a byte-order mark (save it as UTF-8, or as UTF-16 with a BOM)";
  if (bytes.find('\0') != std::string_view::npos) return "binary data (it contains NUL bytes)";
  return "";
}

// The normalised text of every block and cell, for applies-when: the readers have already
// normalised it, so it is joined rather than normalised a second time.
std::string JoinedText(const Document& doc) {
  // Sized first: grown by doubling, the copy of a large document cost twice its text.
  size_t size = 0;
  for (const Block& b : doc.blocks) {
    size += b.text.text.size() + 1;
    for (const auto& row : b.table->rows) {
      for (const Cell& cell : row) size += cell.text.text.size() + 1;
      ++size;
    }
  }
  std::string out;
  out.reserve(size);
  for (const Block& b : doc.blocks) {
    out += b.text.text;
    out += '\n';
    for (const auto& row : b.table->rows) {
      for (const Cell& cell : row) {
        out += cell.text.text;
        out += '\t';
      }
      out += '\n';
    }
  }
  return out;
}

// "the file is N bytes, over the limit of M bytes" as the input limit, with its option.
std::string InputLimitMessage(const std::string& reason) {
  std::string out = reason;
  size_t at = out.find("over the limit");
  if (at != std::string::npos) out.replace(at, 14, "over the input limit");
  return out + " (--max-input-size)";
}

}  // namespace

bool IsReportPath(std::string_view path) { return FindReader(path) != nullptr; }

bool IsBinaryReportPath(std::string_view path) {
  const Reader* reader = FindReader(path);
  return reader != nullptr && (reader->format == "docx" || reader->format == "pdf");
}

std::vector<std::string> ReportExtensions() {
  std::vector<std::string> out;
  for (const Reader& r : kReaders) {
    for (std::string_view ext : r.extensions) {
      if (!ext.empty()) out.emplace_back(ext);
    }
  }
  return out;
}

Result<Document> ParseDocument(const std::string& path, std::string_view bytes) {
  const Reader* reader = FindReader(path);
  if (reader == nullptr) return Error{path + ": not a supported report format"};
  if (bytes.empty()) return Error{path + ": the file is empty"};
  std::string_view binary = BinaryKind(bytes);
  bool zip = bytes.substr(0, 2) == "PK";
  bool pdf = bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
  if (reader->format == "pdf" && !pdf)
    return Error{path + ": not a PDF: the file does not start with %PDF-"};
  if (!binary.empty() && !IsBinaryReportPath(path)) {
    return Error{path + ": not a " + std::string(reader->format) + " report: the file is " +
                 std::string(binary)};
  }
  if (reader->format == "docx" && !zip)
    return Error{path + ": not a Word document: the file is not a ZIP archive"};
  Result<Document> doc = reader->parse(path, bytes);
  if (!doc.ok()) return doc;
  // The joined text serves applies-when; it is made once, and again only for a re-read.
  std::string joined = JoinedText(doc.value());
  if (LooksTraditional(joined)) {
    // Read again with its Traditional characters mapped to Simplified ones.
    Result<CharacterMap> map = SimplifiedMap(joined);
    if (!map.ok()) {
      doc.value().script = "Traditional, not converted: " + map.error();
    } else {
      ScopedCharacterMap simplified(&map.value());
      Result<Document> again = reader->parse(path, bytes);
      if (again.ok()) {
        doc.value() = std::move(again).value();
        doc.value().script = "Traditional, read as Simplified";
        joined = JoinedText(doc.value());
      }
    }
  }
  DeclareTableUnits(&doc.value());  // units only: the joined text stays as it is
  doc.value().normalised_all = std::move(joined);
  doc.value().statements = ParseStatements(doc.value());
  return doc;
}

Result<Document> ReadDocument(const std::string& path, size_t max_bytes, bool with_sha256) {
  Result<std::string> bytes = ReadRegularFile(path, max_bytes);
  if (!bytes.ok()) {
    bool too_large = bytes.error().starts_with("the file is");
    return Error{path + ": " + (too_large ? InputLimitMessage(bytes.error()) : bytes.error())};
  }
  Result<Document> doc = ParseDocument(path, bytes.value());
  if (doc.ok() && with_sha256) doc.value().sha256 = Sha256Hex(bytes.value());
  return doc;
}

Result<DecodedText> DecodeHtml(std::string_view bytes) {
  std::string charset = DeclaredHtmlCharset(bytes);
  bool utf8 = charset.empty() || charset == "utf-8" || charset == "utf8" || charset == "gb2312" ||
              charset == "gbk" || charset == "gb18030";
  if (utf8 || bytes.substr(0, 3) == "\xEF\xBB\xBF" || IsValidUtf8(bytes))
    return DecodeToUtf8(bytes);
  if (!IsKnownEncoding(charset)) {
    // An unknown name (x-unknown, a typo): read the bytes as an undeclared page would be.
    Result<DecodedText> guessed = DecodeToUtf8(bytes);
    if (!guessed.ok())
      return Error{"declares the charset \"" + charset +
                   "\", which is not known, and is neither UTF-8 nor GB18030 text"};
    guessed.value().encoding += " (the declared charset \"" + charset + "\" is not known)";
    return guessed;
  }
  Result<std::string> text = ConvertToUtf8(bytes, charset);
  if (!text.ok()) return Error{"is not valid " + charset + " (the charset the page declares)"};
  return DecodedText{std::move(text).value(), charset};
}

}  // namespace crossfoot
