// Messages as data: a finding's message is a template id from the catalogue of each language
// (engine/messages_en.cc, engine/messages_zh.cc) and the values it is filled with, so that no
// message is written twice and none mixes languages.
//
//   Message m("sum.differs", {{"parts", "1 + 2"}, {"sum", "3"}, {"total", "4"},
//                             {"difference", "1"}});
//   RenderMessage(m, "zh");   // "1 + 2 = 3，但合计写作 4：相差 1"
//
// Values are figures as written, numbers and the pack's labels: the same in every language.
// A message inside another (a row's assertion inside "行 …：") is a part, rendered in the same
// language; parts with the same name are joined by the language's list separator.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace crossfoot {

/// A message template id and the values that fill it.
struct Message {
  Message() = default;
  Message(std::string id_, std::vector<std::pair<std::string, std::string>> args_)
      : id(std::move(id_)), args(std::move(args_)) {}

  std::string id;                                         // a key of the catalogue
  std::vector<std::pair<std::string, std::string>> args;  // placeholder → value
  std::vector<Message> parts;                             // messages filling a placeholder
  std::string name;  // the placeholder of the parent this message fills (for a part)

  /// Adds `part` as the placeholder `placeholder`; returns *this.
  Message& With(std::string placeholder, Message part);
  bool empty() const { return id.empty(); }
};

/// One entry of a language's catalogue.
struct MessageTemplate {
  const char* id;
  const char* text;  // fmt syntax with named placeholders: "{parts} = {sum}"
};

/// The catalogue of a language ("en", "zh"), sorted by id.
const std::vector<MessageTemplate>& MessageCatalogue(std::string_view language);

/// The message in `language` (English for a language without a catalogue). A template that
/// is missing or names a value the message lacks renders as its id and values, never throws.
std::string RenderMessage(const Message& message, std::string_view language);

}  // namespace crossfoot
