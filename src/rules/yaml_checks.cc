#include "rules/yaml_checks.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "util/encoding.h"
#include "util/unicode.h"

namespace crossfoot {

std::optional<YamlProblem> CheckYamlText(std::string_view* text) {
  // An editor may have written the mark twice; yaml-cpp drops one, leaving U+FEFF in a key.
  while (text->starts_with("\xEF\xBB\xBF")) text->remove_prefix(3);
  if (HasUtf16Bom(*text) || LooksLikeUtf16WithoutBom(*text))
    return YamlProblem{1, 1, "the file is UTF-16 text; save it as UTF-8"};
  int line = 1;
  size_t line_start = 0;
  size_t pos = 0;
  while (pos < text->size()) {
    size_t start = pos;
    if (NextCodePoint(*text, &pos) == 0xFFFD && pos - start == 1) {
      // Columns count characters, as yaml-cpp's do.
      auto column = CodePointCount(text->substr(line_start, start - line_start)) + 1;
      return YamlProblem{
          line, static_cast<int>(column),
          fmt::format("the file is not UTF-8 text (byte 0x{:02X}); save it as UTF-8 (a GBK or "
                      "GB18030 file would never match a report)",
                      static_cast<unsigned char>((*text)[start]))};
    }
    if ((*text)[start] == '\n') {
      ++line;
      line_start = pos;
    }
  }
  return std::nullopt;
}

std::vector<YamlProblem> FindDuplicateKeys(const YAML::Node& root) {
  std::vector<YamlProblem> out;
  std::vector<YAML::Node> pending = {root};
  size_t visited = 0;
  size_t text_bytes = 0;
  while (!pending.empty()) {
    YAML::Node node = pending.back();
    pending.pop_back();
    if (++visited > kMaxYamlNodes) {
      return {{0, 0,
               fmt::format("the YAML has more than {} nodes (counting each use of an alias)",
                           kMaxYamlNodes),
               /*fatal=*/true}};
    }
    if (node.IsScalar()) text_bytes += node.Scalar().size();
    if (text_bytes > kMaxYamlTextBytes) {
      return {{node.Mark().line + 1, node.Mark().column + 1,
               fmt::format("aliases expand the YAML to more than {} bytes of text (this node's "
                           "text counts at each use of its anchor)",
                           kMaxYamlTextBytes),
               /*fatal=*/true}};
    }
    if (node.IsSequence()) {
      for (const YAML::Node& item : node) pending.push_back(item);
    } else if (node.IsMap()) {
      std::map<std::string, int> first_line;
      for (const auto& kv : node) {
        if (kv.first.IsScalar()) {
          text_bytes += kv.first.Scalar().size();
          auto [it, fresh] = first_line.emplace(kv.first.Scalar(), kv.first.Mark().line + 1);
          if (!fresh) {
            out.push_back({kv.first.Mark().line + 1, kv.first.Mark().column + 1,
                           fmt::format("duplicate key '{}' (first at line {})", kv.first.Scalar(),
                                       it->second)});
          }
        }
        pending.push_back(kv.second);
      }
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const YamlProblem& a, const YamlProblem& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
  });
  return out;
}

}  // namespace crossfoot
