#include "emit/json_stream.h"

#include "emit/json_text.h"

namespace crossfoot {
namespace {

std::string Indent(int depth) { return std::string(static_cast<size_t>(depth) * 2, ' '); }

// The members of an object, each on its own line at `depth` + 1, joined by ",\n" (as nlohmann
// writes them), without the braces.
std::string Members(const nlohmann::ordered_json& object, int depth) {
  std::string out;
  for (auto it = object.begin(); it != object.end(); ++it) {
    if (!out.empty()) out += ",\n";
    out += Indent(depth + 1) + JsonText(nlohmann::ordered_json(it.key())) + ": " +
           IndentedJson(it.value(), depth + 1);
  }
  return out;
}

}  // namespace

std::string IndentedJson(const nlohmann::ordered_json& json, int depth) {
  std::string text = JsonText(json, 2);
  const std::string pad = Indent(depth);
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    out += c;
    if (c == '\n') out += pad;  // a newline inside a string is written as "\n", never raw
  }
  return out;
}

JsonArrayStream::JsonArrayStream(std::ostream& out, const nlohmann::ordered_json& head,
                                 std::string_view name, int depth)
    : out_(out), depth_(depth) {
  std::string members = Members(head, depth);
  out_ << "{\n"
       << members << (members.empty() ? "" : ",\n") << Indent(depth + 1)
       << JsonText(nlohmann::ordered_json(std::string(name))) << ": [";
}

void JsonArrayStream::Add(const nlohmann::ordered_json& element) {
  out_ << (empty_ ? "\n" : ",\n") << Indent(depth_ + 2) << IndentedJson(element, depth_ + 2);
  empty_ = false;
}

void JsonArrayStream::Close(const nlohmann::ordered_json& tail) {
  if (!empty_) out_ << "\n" << Indent(depth_ + 1);
  out_ << "]";
  std::string members = Members(tail, depth_);
  if (!members.empty()) out_ << ",\n" << members;
  out_ << "\n" << Indent(depth_) << "}";
}

}  // namespace crossfoot
