// What yaml-cpp 0.7 lets through and a pack or a .crossfoot.yaml must not: text that is not
// UTF-8 (a GBK pack would load and its patterns never match), and duplicate keys (the first
// silently wins: a second `checks:` list or a second `assert:` would be ignored).
//
//   std::string_view text = bytes;
//   if (auto problem = CheckYamlText(&text)) Fail(problem->line, problem->message);
//   for (const YamlProblem& p : FindDuplicateKeys(YAML::Load(std::string(text)))) ...
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crossfoot {

/// A problem at a 1-based line and column of the YAML text.
struct YamlProblem {
  int line = 0;  // 0: the whole document (too many nodes)
  int column = 0;
  std::string message;
  // The document is too large once its aliases are expanded: nothing else should walk it.
  bool fatal = false;
};

/// Drops the UTF-8 byte-order marks starting *text (editors may write two); a problem when the text
/// is UTF-16 or not UTF-8 (located at the first byte that is not).
std::optional<YamlProblem> CheckYamlText(std::string_view* text);

/// Most nodes visited when looking for duplicate keys (aliases are visited where they are
/// used, so a few lines of YAML can name billions of nodes).
constexpr size_t kMaxYamlNodes = 1'000'000;

/// Most bytes of scalar text visited, each use of an alias counting its whole text: a few
/// thousand uses of one 300 KB anchor named gigabytes, which copying the tree then exhausted
/// memory on (issue #26, item 7). Four times the largest pack, so that only aliases reach it.
constexpr size_t kMaxYamlTextBytes = 16u << 20;

/// Every key that repeats an earlier key of the same mapping, at the repeat, in line order;
/// or, alone and `fatal`, that the document has more than kMaxYamlNodes nodes (line 0) or more
/// than kMaxYamlTextBytes of text (at the node that passed it; an alias is located at its
/// anchor) once its aliases are expanded (then nothing else should walk it).
std::vector<YamlProblem> FindDuplicateKeys(const YAML::Node& root);

}  // namespace crossfoot
