#include "engine/message.h"

#include <fmt/args.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace crossfoot {

extern const std::vector<MessageTemplate> kMessagesEn;
extern const std::vector<MessageTemplate> kMessagesZh;

namespace {

const MessageTemplate* Find(const std::vector<MessageTemplate>& catalogue, std::string_view id) {
  auto it = std::lower_bound(
      catalogue.begin(), catalogue.end(), id,
      [](const MessageTemplate& t, std::string_view key) { return std::string_view(t.id) < key; });
  return it != catalogue.end() && std::string_view(it->id) == id ? &*it : nullptr;
}

std::string Fallback(const Message& m) {
  std::string out = m.id;
  for (const auto& [name, value] : m.args) out.append(" ").append(name).append("=").append(value);
  return out;
}

}  // namespace

Message& Message::With(std::string placeholder, Message part) {
  part.name = std::move(placeholder);
  parts.push_back(std::move(part));
  return *this;
}

const std::vector<MessageTemplate>& MessageCatalogue(std::string_view language) {
  return language == "zh" ? kMessagesZh : kMessagesEn;
}

std::string RenderMessage(const Message& message, std::string_view language) {
  const std::vector<MessageTemplate>& catalogue = MessageCatalogue(language);
  const MessageTemplate* t = Find(catalogue, message.id);
  if (t == nullptr) return Fallback(message);
  // Parts first, each in this language; several with one name form a list.
  std::map<std::string, std::string> filled;
  for (const Message& part : message.parts) {
    std::string text = RenderMessage(part, language);
    auto [it, fresh] = filled.emplace(part.name, text);
    if (fresh) continue;
    // "separator.NAME" joins the items of one placeholder, else the list separator.
    const MessageTemplate* separator = Find(catalogue, "separator." + part.name);
    if (separator == nullptr) separator = Find(catalogue, "list-separator");
    it->second += (separator != nullptr ? separator->text : "; ") + text;
  }
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const auto& [name, value] : message.args) store.push_back(fmt::arg(name.c_str(), value));
  for (const auto& [name, value] : filled) store.push_back(fmt::arg(name.c_str(), value));
  try {
    return fmt::vformat(t->text, store);
  } catch (const fmt::format_error&) {
    return Fallback(message);
  }
}

}  // namespace crossfoot
