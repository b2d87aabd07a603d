// The language server's transport (LSP base protocol): each message a header part
// ("Content-Length: N\r\n", other headers ignored, "\r\n") and N bytes of JSON.
//
//   while (auto message = ReadLspMessage(std::cin)) { ... WriteLspMessage(std::cout, reply); }
#pragma once

#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "util/result.h"

namespace crossfoot {

/// Largest message read: a document of the largest input size, escaped, with room to spare.
constexpr size_t kMaxLspMessageBytes = 256u << 20;

/// The next message's content; nullopt at the end of the input before a message begins; an
/// error when the header part is malformed or the input ends inside a message (the stream
/// cannot be resynchronised after either).
Result<std::optional<std::string>> ReadLspMessage(std::istream& in);

/// Writes `content` as one message and flushes.
void WriteLspMessage(std::ostream& out, std::string_view content);

}  // namespace crossfoot
