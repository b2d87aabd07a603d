// A JSON object whose one large member, an array, is written element by element, so that a run
// over many files keeps none of their reports: the json and sarif formats are single documents,
// and held whole they grew with every file of the run. The text is what JsonText(object, 2)
// would give for the whole object, byte for byte.
//
//   JsonArrayStream files(out, head, "files", /*depth=*/0);   // {"tool": …, "files": [
//   for (…) files.Add(FileJson(file));                       //   {…}, {…}
//   files.Close(tail);                                       // ], "summary": …}
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>

namespace crossfoot {

class JsonArrayStream {
 public:
  /// Writes `head`'s members, then the key `name` and the array's opening. `depth` is how deep
  /// the object stands in the document (0: the root), for the indentation.
  JsonArrayStream(std::ostream& out, const nlohmann::ordered_json& head, std::string_view name,
                  int depth);
  JsonArrayStream(const JsonArrayStream&) = delete;
  JsonArrayStream& operator=(const JsonArrayStream&) = delete;
  ~JsonArrayStream() = default;

  void Add(const nlohmann::ordered_json& element);
  /// Closes the array, writes `tail`'s members (an object, possibly empty) and the object's end.
  void Close(const nlohmann::ordered_json& tail);

 private:
  std::ostream& out_;
  int depth_;
  bool empty_ = true;
};

/// `json` as JsonText(json, 2) would write it `depth` levels deep: every line after the first
/// indented by two spaces a level.
std::string IndentedJson(const nlohmann::ordered_json& json, int depth);

}  // namespace crossfoot
