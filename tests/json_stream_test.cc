// The streamed JSON documents (json and sarif formats) are the text the whole document would
// be, byte for byte: an array written element by element at any depth, empty or not, with or
// without members after it, whatever its strings hold.
#include "emit/json_stream.h"

#include <gtest/gtest.h>

#include <sstream>

#include "emit/json_text.h"

namespace crossfoot {
namespace {

using Json = nlohmann::ordered_json;

// The object {head…, name: elements, tail…} written whole and written streamed.
void ExpectSameText(const Json& head, const std::vector<Json>& elements, const Json& tail) {
  Json whole = head.is_null() ? Json::object() : head;
  whole["items"] = Json::array();
  for (const Json& e : elements) whole["items"].push_back(e);
  for (auto it = tail.begin(); it != tail.end(); ++it) whole[it.key()] = it.value();
  std::ostringstream streamed;
  JsonArrayStream stream(streamed, head.is_null() ? Json::object() : head, "items", 0);
  for (const Json& e : elements) stream.Add(e);
  stream.Close(tail.is_null() ? Json::object() : tail);
  EXPECT_EQ(streamed.str(), JsonText(whole, 2));

  // The same object one level down, inside an array (SARIF's run inside "runs").
  std::ostringstream nested;
  nested << "{\n  \"runs\": [\n    ";
  JsonArrayStream inner(nested, head.is_null() ? Json::object() : head, "items", 2);
  for (const Json& e : elements) inner.Add(e);
  inner.Close(tail.is_null() ? Json::object() : tail);
  nested << "\n  ]\n}";
  EXPECT_EQ(nested.str(), JsonText(Json{{"runs", Json::array({whole})}}, 2));
}

TEST(JsonArrayStream, WritesWhatTheWholeDocumentWouldBe) {
  const Json head = {{"tool", {{"name", "crossfoot"}, {"version", "0.1"}}}};
  const Json file = {{"path", "年报.txt"},
                     {"findings", Json::array({{{"message", "第一行\n第二行 \"引号\""}}})},
                     {"empty", Json::array()},
                     {"nothing", Json::object()}};
  const Json tail = {{"summary", {{"files", 2}, {"errors", 0}}}};
  ExpectSameText(head, {}, tail);
  ExpectSameText(head, {file}, tail);
  ExpectSameText(head, {file, file, Json(3), Json("x")}, tail);
  ExpectSameText(Json(), {file}, Json());
  ExpectSameText(head, {file}, Json());
  ExpectSameText(Json(), {}, Json());
}

TEST(JsonArrayStream, ReplacesBytesThatAreNotUtf8AsTheWholeTextDoes) {
  const Json file = {{"path", std::string("bad\xff\xfe.txt")}};
  ExpectSameText(Json(), {file}, Json());
}

}  // namespace
}  // namespace crossfoot
