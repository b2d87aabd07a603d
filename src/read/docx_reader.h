// Reading Word (.docx) reports: paragraphs, headings by style or numbering, and tables with
// gridSpan / vMerge expanded. libzip opens the package, pugixml reads word/document.xml.
//
// A .docx has no lines, so the document's source is the extracted text (one line per
// paragraph, one line per table row with " | " between cells); locations are lines and
// columns in it, and name the paragraph or the cell ("段落 12", "表1 行5 列2").
#pragma once

#include <string>
#include <string_view>

#include "read/document.h"
#include "util/result.h"

namespace crossfoot {

/// Largest word/document.xml read, uncompressed (a guard against ZIP bombs).
constexpr size_t kMaxDocxXmlBytes = 64u << 20;

/// Most entries a .docx package may have.
constexpr size_t kMaxDocxEntries = 10000;

/// One part of the package ("word/document.xml"), uncompressed, within the limits above; the
/// error says what is wrong with the file.
Result<std::string> ReadDocxPart(std::string_view bytes, const char* name);

/// Parses a .docx package's word/document.xml (the fuzz target feeds it directly).
/// `comments_xml`: word/comments.xml, or empty.
Result<Document> ParseDocxXml(const std::string& path, std::string_view xml,
                              std::string_view comments_xml = "");

/// Parses a .docx file's bytes.
Result<Document> ParseDocx(const std::string& path, std::string_view bytes);

}  // namespace crossfoot
