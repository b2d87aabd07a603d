#include "read/read_document.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>

#include "read/text_reader.h"
#include "util/encoding.h"

namespace crossfoot {
namespace {

/// One input format: the extensions it claims and how it builds the blocks.
struct Reader {
  std::string_view format;
  std::array<std::string_view, 3> extensions;
  void (*read)(Document*);
};

// The registry of readers: a new input format is one line here plus its reader file.
constexpr std::array<Reader, 2> kReaders = {{
    {"text", {".txt", ".text", ""}, [](Document* d) { ReadTextBlocks(d, false); }},
    {"markdown", {".md", ".markdown", ""}, [](Document* d) { ReadTextBlocks(d, true); }},
}};

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

const Reader* FindReader(std::string_view path) {
  std::string lower = Lower(path);
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
  if (bytes.substr(0, 5) == "%PDF-") return "a PDF file (PDF text extraction is not supported yet)";
  if (bytes.substr(0, 4) == "PK\x03\x04") return "a ZIP archive (such as a Word or Excel file)";
  if (bytes.substr(0, 8) == "\x89PNG\r\n\x1a\n") return "a PNG image";
  if (bytes.substr(0, 3) == "\xFF\xD8\xFF") return "a JPEG image";
  if (bytes.find('\0') != std::string_view::npos) return "binary data (it contains NUL bytes)";
  return "";
}

}  // namespace

bool IsReportPath(std::string_view path) { return FindReader(path) != nullptr; }

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
  if (!binary.empty())
    return Error{path + ": not a text report: the file is " + std::string(binary)};
  Result<DecodedText> decoded = DecodeToUtf8(bytes);
  if (!decoded.ok()) return Error{path + ": cannot decode: the file " + decoded.error()};
  Document doc;
  doc.path = path;
  doc.format = std::string(reader->format);
  doc.encoding = decoded.value().encoding;
  doc.source = std::move(decoded.value().text);
  doc.lines = LineIndex(doc.source);
  doc.normalised_all = NormaliseString(doc.source);
  reader->read(&doc);
  return doc;
}

Result<Document> ReadDocument(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path + ": cannot read the file"};
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return Error{path + ": cannot read the file"};
  return ParseDocument(path, bytes.str());
}

}  // namespace crossfoot
