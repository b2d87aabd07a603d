// Paths as URIs (RFC 3986, RFC 8089): SARIF's relative references, the language server's
// file:// URIs.
//
//   PercentEncodePath("年报/2021 报告.md")      //
//   "%E5%B9%B4...%E6%8A%A5/2021%20%E6%8A%A5%E5%91%8A.md" FileUri("/srv/r/a b.md") //
//   "file:///srv/r/a%20b.md" FileUriPath("file:///srv/r/a%20b.md")     // "/srv/r/a b.md"
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace crossfoot {

/// `path` with every byte but unreserved characters and '/' percent-encoded.
std::string PercentEncodePath(std::string_view path);

/// The file URI of an absolute path.
std::string FileUri(std::string_view absolute_path);

/// The path a file: URI names (an empty or "localhost" authority), percent-decoded; nullopt for
/// another scheme, another host, a malformed escape or an escaped NUL.
std::optional<std::string> FileUriPath(std::string_view uri);

}  // namespace crossfoot
