#include "cli/lsp_transport.h"

#include <fmt/format.h>

#include <charconv>

namespace crossfoot {
namespace {

// Header lines are short; a longer one is not a header.
constexpr size_t kMaxHeaderLine = 1024;

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

}  // namespace

Result<std::optional<std::string>> ReadLspMessage(std::istream& in) {
  std::optional<size_t> length;
  bool started = false;
  for (;;) {
    // Read a byte at a time up to the limit: input without framing has no newline to stop at.
    std::string line;
    int c = 0;
    while ((c = in.get()) != std::char_traits<char>::eof() && c != '\n') {
      if (line.size() == kMaxHeaderLine) return Error{"a header line is too long"};
      line.push_back(static_cast<char>(c));
    }
    if (c == std::char_traits<char>::eof()) {
      if (!started && line.empty()) return std::optional<std::string>();
      return Error{"the input ended inside a message's header"};
    }
    started = true;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) break;
    const size_t colon = line.find(':');
    if (colon == std::string::npos) {
      return Error{fmt::format("not a header line: '{}'", line.substr(0, 80))};
    }
    if (!EqualsIgnoringCase(line.substr(0, colon), "Content-Length")) continue;
    std::string_view value = std::string_view(line).substr(colon + 1);
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
      value.remove_prefix(1);
    size_t n = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || end != value.data() + value.size()) {
      return Error{fmt::format("Content-Length is not a number: '{}'", value.substr(0, 40))};
    }
    length = n;
  }
  if (!length) return Error{"a message has no Content-Length header"};
  if (*length > kMaxLspMessageBytes) {
    return Error{fmt::format("a message of {} bytes is over the limit of {} bytes", *length,
                             kMaxLspMessageBytes)};
  }
  std::string content(*length, '\0');
  in.read(content.data(), static_cast<std::streamsize>(*length));
  if (static_cast<size_t>(in.gcount()) != *length) {
    return Error{"the input ended inside a message"};
  }
  return std::optional<std::string>(std::move(content));
}

void WriteLspMessage(std::ostream& out, std::string_view content) {
  out << "Content-Length: " << content.size() << "\r\n\r\n" << content;
  out.flush();
}

}  // namespace crossfoot
