// Reading a report file of any supported format into a Document.
//
//   Result<Document> doc = ReadDocument("reports/xiamen-2018.txt");
//   if (!doc.ok()) Report(doc.error());   // the message names the file
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "read/document.h"
#include "util/encoding.h"
#include "util/result.h"

namespace crossfoot {

/// Default largest input file read (the CLI's --max-input-size).
constexpr size_t kDefaultMaxInputBytes = 64u << 20;

/// Reads and parses the file at path; files over max_bytes are refused with a message. The
/// SHA-256 of its bytes (Document::sha256) only with_sha256: the HTML record needs it, and
/// OpenSSL's first digest of a process costs as much as auditing a small report.
Result<Document> ReadDocument(const std::string& path, size_t max_bytes = kDefaultMaxInputBytes,
                              bool with_sha256 = true);

/// Parses bytes as the format that `path`'s extension names (the path is kept for messages).
Result<Document> ParseDocument(const std::string& path, std::string_view bytes);

/// An HTML page's bytes as UTF-8: its declared charset wins when the bytes are not UTF-8
/// (GB2312 and GBK are read as GB18030).
Result<DecodedText> DecodeHtml(std::string_view bytes);

/// True when path has an extension a reader handles (.txt, .md, .markdown).
bool IsReportPath(std::string_view path);

/// True when path names a report whose format is not text (.docx, .pdf): an editor cannot
/// hold it, and a text report's checks for binary content do not apply to it.
bool IsBinaryReportPath(std::string_view path);

/// The extensions readers handle, for messages.
std::vector<std::string> ReportExtensions();

}  // namespace crossfoot
