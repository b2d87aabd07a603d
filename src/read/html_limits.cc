#include "read/html_limits.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace crossfoot {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsTagSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool OneOf(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements that never hold children.
bool IsVoid(std::string_view name) {
  return OneOf(name, {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                      "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame"});
}

// Elements whose next sibling of the same kind closes them (HTML's optional end tags), and
// those the parser makes once: counting them would count every list item as a level.
bool ClosesItself(std::string_view name) {
  return OneOf(name, {"p",      "li",       "dt",    "dd",    "td",    "th",       "tr",
                      "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption",
                      "rb",     "rt",       "rp",    "rtc",   "html",  "head",     "body"});
}

// Elements whose content is text up to their end tag.
bool IsRawText(std::string_view name) {
  return OneOf(name, {"script", "style", "textarea", "title", "xmp", "noembed", "noframes"});
}

// The offset after "</name" (any case) from pos, or npos.
size_t FindEndTag(std::string_view html, size_t pos, std::string_view name) {
  while ((pos = html.find("</", pos)) != std::string_view::npos) {
    pos += 2;
    if (html.size() - pos < name.size()) return std::string_view::npos;
    bool same = true;
    for (size_t k = 0; k < name.size() && same; ++k) same = Lower(html[pos + k]) == name[k];
    if (same) return pos + name.size();
  }
  return std::string_view::npos;
}

}  // namespace

std::string PrescanHtml(std::string_view html) {
  size_t elements = 0;
  size_t attributes = 0;
  size_t open = 0;
  size_t pos = 0;
  std::array<char, 16> name_buffer{};
  while ((pos = html.find('<', pos)) != std::string_view::npos) {
    if (html.substr(pos, 4) == "<!--") {
      pos = html.find("-->", pos + 4);
      if (pos == std::string_view::npos) break;
      pos += 3;
      continue;
    }
    bool end_tag = pos + 1 < html.size() && html[pos + 1] == '/';
    size_t at = pos + (end_tag ? 2 : 1);
    if (at >= html.size() || !IsAsciiAlpha(html[at])) {
      ++pos;
      continue;
    }
    // The tag name, lower case (names longer than the buffer are no element this counts).
    size_t length = 0;
    while (at < html.size() && !IsTagSpace(html[at]) && html[at] != '>' && html[at] != '/') {
      if (length < name_buffer.size()) name_buffer[length] = Lower(html[at]);
      ++length;
      ++at;
    }
    std::string_view name(name_buffer.data(), std::min(length, name_buffer.size()));
    if (length > name_buffer.size()) name = "";
    // Attributes up to '>': a name starts after a space or a value; quoted values may hold
    // anything.
    enum class State {
      kBeforeName,
      kName,
      kAfterName,
      kBeforeValue,
      kValue
    } state = State::kBeforeName;
    size_t tag_attributes = 0;
    for (; at < html.size() && html[at] != '>'; ++at) {
      char c = html[at];
      bool space = IsTagSpace(c) || c == '/';
      switch (state) {
        case State::kBeforeName:
        case State::kAfterName:
          if (c == '=' && state == State::kAfterName) {
            state = State::kBeforeValue;
          } else if (!space) {
            ++tag_attributes;
            state = State::kName;
          }
          break;
        case State::kName:
          if (c == '=') state = State::kBeforeValue;
          if (space) state = State::kAfterName;
          break;
        case State::kBeforeValue:
          if (c == '"' || c == '\'') {
            size_t close = html.find(c, at + 1);
            at = close == std::string_view::npos ? html.size() - 1 : close;
            state = State::kBeforeName;
          } else if (!space) {
            state = State::kValue;
          }
          break;
        case State::kValue:
          if (space) state = State::kBeforeName;
          break;
      }
    }
    pos = at;
    if (end_tag) {
      if (!name.empty() && !IsVoid(name) && !ClosesItself(name) && open > 0) --open;
      continue;
    }
    ++elements;
    attributes += tag_attributes;
    if (elements > kMaxHtmlElements) {
      return fmt::format("the page has more than {} HTML elements", kMaxHtmlElements);
    }
    if (tag_attributes > kMaxHtmlAttributesPerTag) {
      return fmt::format("an HTML tag has more than {} attributes", kMaxHtmlAttributesPerTag);
    }
    if (attributes > kMaxHtmlAttributes) {
      return fmt::format("the page has more than {} HTML attributes", kMaxHtmlAttributes);
    }
    if (name.empty() || IsVoid(name)) continue;
    if (IsRawText(name)) {
      pos = FindEndTag(html, pos, name);
      if (pos == std::string_view::npos) break;
      continue;
    }
    if (!ClosesItself(name) && ++open > kMaxHtmlOpenElements) {
      return fmt::format("HTML elements are left open more than {} deep", kMaxHtmlOpenElements);
    }
  }
  return "";
}

}  // namespace crossfoot
