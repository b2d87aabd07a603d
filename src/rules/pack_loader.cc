#include "rules/pack_loader.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "engine/check_kind.h"
#include "engine/checks/registry.h"
#include "rules/pack_cache.h"
#include "rules/pattern_compiler.h"
#include "rules/yaml_checks.h"
#include "util/directory_walk.h"
#include "util/file_read.h"
#include "util/substring.h"
#include "util/unicode.h"

namespace crossfoot {
namespace {

namespace fs = std::filesystem;

// yaml-cpp is used in this file only; its exceptions stop here.
class Loader {
 public:
  Loader(std::string path, Diagnostics* diags, const PackCache* cache)
      : path_(std::move(path)), diags_(diags), cache_(cache) {}

  std::optional<Pack> Load(std::string_view yaml) {
    if (yaml.size() > kMaxPackBytes) {
      diags_->Error({path_, 0, 0}, fmt::format("the rule pack is {} bytes, over the limit of {}",
                                               yaml.size(), kMaxPackBytes));
      return std::nullopt;
    }
    if (std::optional<YamlProblem> problem = CheckYamlText(&yaml)) {
      diags_->Error({path_, problem->line, problem->column}, problem->message);
      return std::nullopt;
    }
    std::optional<PackNode> root;
    bool loaded_before = false;
    if (cache_ != nullptr) {
      if (std::optional<PackCache::Entry> entry = cache_->Find(yaml)) {
        root = std::move(entry->tree);
        loaded_before = entry->loaded;
        known_ = std::move(entry->prefilters);
      }
    }
    const bool parsed_now = !root;
    if (parsed_now) {
      root = Parse(yaml);
      if (!root) return std::nullopt;
    }
    // Only a text that passed every YAML-level check is kept: a cached tree skips them.
    const bool yaml_ok = !diags_->has_errors();
    if (!root->IsMap()) {
      diags_->Error(Pos(*root),
                    "not a rule pack: expected a mapping with 'pack', 'facts' and 'checks'");
      return std::nullopt;
    }
    // The same text compiled before, with this version: its patterns compile when used, and
    // not at all for texts that lack their noted prefilters' atoms.
    if (loaded_before) compiler_ = PatternCompiler(&known_);
    Pack pack;
    pack.path = path_;
    ReadPack(*root, &pack);
    if (cache_ != nullptr && yaml_ok && (parsed_now || (!loaded_before && !diags_->has_errors())))
      cache_->Store(yaml, *root, !diags_->has_errors(), compiler_.noted());
    if (diags_->has_errors()) return std::nullopt;
    return pack;
  }

 private:
  SourcePos Pos(const PackNode& node) const {
    PackMark m = node.Mark();
    if (m.line < 0) return {path_, 0, 0};
    return {path_, m.line + 1, m.column + 1};
  }

  // yaml-cpp's parse, checked for duplicate keys, as a tree; nullopt when it cannot be read.
  std::optional<PackNode> Parse(std::string_view yaml) {
    YAML::Node root;
    try {
      root = YAML::Load(std::string(yaml));
    } catch (const YAML::Exception& e) {
      diags_->Error({path_, e.mark.line + 1, e.mark.column + 1}, "invalid YAML: " + e.msg);
      return std::nullopt;
    }
    std::vector<YamlProblem> duplicates = FindDuplicateKeys(root);
    for (const YamlProblem& p : duplicates) diags_->Error({path_, p.line, p.column}, p.message);
    if (!duplicates.empty() && duplicates.front().fatal) return std::nullopt;  // too large
    try {
      return ToTree(root);
    } catch (const YAML::Exception& e) {
      diags_->Error({path_, e.mark.line + 1, e.mark.column + 1}, "cannot read the pack: " + e.msg);
      return std::nullopt;
    }
  }

  // Aliases are copied where they are used (FindDuplicateKeys has bounded their number and
  // their text).
  static PackNode ToTree(const YAML::Node& node) {
    PackMark mark{node.Mark().line, node.Mark().column};
    switch (node.Type()) {
      case YAML::NodeType::Scalar: {
        PackNode out(PackNode::Kind::kScalar, mark);
        out.set_scalar(node.Scalar());
        out.set_quoted(node.Tag() == "!");  // yaml-cpp tags a quoted scalar "!"
        return out;
      }
      case YAML::NodeType::Sequence: {
        PackNode out(PackNode::Kind::kSequence, mark);
        for (const YAML::Node& item : node) out.add_item(ToTree(item));
        return out;
      }
      case YAML::NodeType::Map: {
        PackNode out(PackNode::Kind::kMap, mark);
        for (const auto& kv : node) out.add_pair(ToTree(kv.first), ToTree(kv.second));
        return out;
      }
      case YAML::NodeType::Null:
        return {PackNode::Kind::kNull, mark};
      default:
        return {};
    }
  }

  // A mapping's key as a string; a key that is a list or a mapping is an error here, and the
  // entry is skipped (nullopt).
  std::optional<std::string> Key(const PackNode& key) {
    if (key.IsScalar()) return key.Scalar();
    diags_->Error(Pos(key), "a key must be a plain string, not a list or a mapping");
    return std::nullopt;
  }

  bool Bool(const PackNode& node, std::string_view what) {
    std::optional<bool> value = PackBool(node);
    if (!value) diags_->Error(Pos(node), std::string(what) + " must be true or false");
    return value.value_or(false);
  }

  std::string Scalar(const PackNode& node, std::string_view what) {
    if (!node.IsScalar()) {
      diags_->Error(Pos(node), std::string(what) + " must be a string");
      return "";
    }
    return node.Scalar();
  }

  std::vector<std::string> ScalarList(const PackNode& node, std::string_view what) {
    std::vector<std::string> out;
    if (node.IsScalar()) {
      out.push_back(node.Scalar());
    } else if (node.IsSequence()) {
      for (const auto& item : node.items()) out.push_back(Scalar(item, what));
    } else {
      diags_->Error(Pos(node), std::string(what) + " must be a string or a list of strings");
    }
    return out;
  }

  void CheckKeys(const PackNode& map, std::initializer_list<std::string_view> known,
                 std::string_view where) {
    for (const auto& kv : map.pairs()) {
      std::optional<std::string> key = Key(kv.first);
      if (key && std::find(known.begin(), known.end(), *key) == known.end()) {
        std::string list;
        for (std::string_view k : known) list += (list.empty() ? "" : ", ") + std::string(k);
        diags_->Error(Pos(kv.first),
                      fmt::format("unknown key '{}' in {} (known: {})", *key, where, list));
      }
    }
  }

  std::optional<Pattern> CompilePattern(const PackNode& node, std::string_view what,
                                        bool placeholders) {
    std::string source = Scalar(node, what);
    Pattern p = compiler_.Compile(source, placeholders);
    if (!p.ok()) {
      diags_->Error(Pos(node), std::string(what) + " \"" + source + "\": " + p.error());
      return std::nullopt;
    }
    return p;
  }

  void ReadPack(const PackNode& root, Pack* pack) {
    CheckKeys(root,
              {"pack", "title", "description", "language", "version", "applies-when", "tolerance",
               "columns-by-position", "facts", "checks", "tests"},
              "the pack");
    if (!root["pack"]) diags_->Error(Pos(root), "missing 'pack' (the pack's id)");
    if (!root["checks"]) diags_->Error(Pos(root), "missing 'checks'");
    if (root["pack"]) pack->id = Scalar(root["pack"], "'pack'");
    if (root["title"]) pack->title = Scalar(root["title"], "'title'");
    if (root["description"]) pack->description = Scalar(root["description"], "'description'");
    if (root["language"]) pack->language = Scalar(root["language"], "'language'");
    if (root["version"]) pack->version = Scalar(root["version"], "'version'");
    if (root["applies-when"]) ReadAppliesWhen(root["applies-when"], &pack->applies_when);
    if (root["tolerance"]) ReadTolerance(root["tolerance"], pack);
    if (root["columns-by-position"]) ReadPositionColumns(root["columns-by-position"], pack);
    if (root["facts"]) ReadFacts(root["facts"], pack);
    if (root["checks"]) ReadChecks(root["checks"], pack);
    if (root["tests"]) ReadTests(root["tests"], pack);
  }

  void ReadAppliesWhen(const PackNode& node, AppliesWhen* aw) {
    if (!node.IsMap()) {
      diags_->Error(Pos(node), "'applies-when' must be a mapping with all / any / none");
      return;
    }
    CheckKeys(node, {"all", "any", "none"}, "'applies-when'");
    auto norm = [](std::vector<std::string> v) {
      for (auto& s : v) s = NormaliseString(s);
      return v;
    };
    if (node["all"]) aw->all = norm(ScalarList(node["all"], "'all'"));
    if (node["any"]) aw->any = norm(ScalarList(node["any"], "'any'"));
    if (node["none"]) aw->none = norm(ScalarList(node["none"], "'none'"));
  }

  void ReadPositionColumns(const PackNode& node, Pack* pack) {
    if (!node.IsSequence()) {
      diags_->Error(Pos(node), "'columns-by-position' must be a list");
      return;
    }
    for (const PackNode& item : node.items()) {
      if (!item.IsMap()) {
        diags_->Error(Pos(item), "each 'columns-by-position' entry must be a mapping");
        continue;
      }
      CheckKeys(item, {"rows", "section", "columns"}, "a 'columns-by-position' entry");
      PositionColumns pc;
      pc.where = Pos(item);
      if (item["rows"]) {
        for (const PackNode& r : item["rows"].items()) {
          if (auto p = CompilePattern(r, "'rows'", false)) pc.rows.push_back(std::move(*p));
        }
      }
      if (item["section"]) pc.section = CompilePattern(item["section"], "'section'", false);
      if (item["columns"]) {
        for (std::string& n : ScalarList(item["columns"], "'columns'"))
          pc.names.push_back(NormaliseString(n));
      }
      if (pc.rows.empty() && !pc.section)
        diags_->Error(pc.where, "a 'columns-by-position' entry needs 'rows' or 'section'");
      if (pc.names.empty())
        diags_->Error(pc.where, "a 'columns-by-position' entry needs a list of 'columns'");
      pack->columns_by_position.push_back(std::move(pc));
    }
  }

  void ReadTolerance(const PackNode& node, Pack* pack) {
    if (!node.IsMap()) {
      diags_->Error(Pos(node), "'tolerance' must be a mapping such as { approximate: \"5%\" }");
      return;
    }
    CheckKeys(node, {"approximate"}, "'tolerance'");
    if (!node["approximate"]) return;
    std::string text = Scalar(node["approximate"], "'approximate'");
    bool percent = !text.empty() && text.back() == '%';
    if (percent) text.pop_back();
    auto value = Rational::Parse(text);
    if (!value || value->is_negative()) {
      diags_->Error(Pos(node["approximate"]),
                    "'approximate' must be a relative tolerance such as \"5%\"");
      return;
    }
    pack->approximate_tolerance = percent ? *value / Rational(100) : *value;
  }

  void ReadFacts(const PackNode& node, Pack* pack) {
    if (!node.IsMap()) {
      diags_->Error(Pos(node), "'facts' must be a mapping from fact names to selectors");
      return;
    }
    if (node.size() > kMaxPackFacts) {
      diags_->Error(Pos(node), fmt::format("a pack may have at most {} facts", kMaxPackFacts));
      return;
    }
    std::set<std::string> slots;
    for (const auto& kv : node.pairs()) {
      FactDef def;
      std::optional<std::string> name = Key(kv.first);
      if (!name) continue;
      def.name = *name;
      def.where = Pos(kv.first);
      def.label = def.name;
      const PackNode& spec = kv.second;
      if (!spec.IsMap()) {
        diags_->Error(Pos(spec), "fact '" + def.name + "' must be a mapping (text: or table:)");
        continue;
      }
      CheckKeys(
          spec,
          {"text", "table", "section", "after", "within", "not-preceded-by", "repeat", "label"},
          "fact '" + def.name + "'");
      if (spec["label"]) def.label = Scalar(spec["label"], "'label'");
      if (spec["repeat"]) def.repeat = Bool(spec["repeat"], "'repeat'");
      bool ok = true;
      if (spec["text"] && !spec["table"]) {
        ok = ReadProse(spec, &def);
      } else if (spec["table"] && !spec["text"]) {
        // A table fact is scoped by its section; the other prose keys have no meaning for it.
        for (const char* prose_only : {"after", "within", "not-preceded-by"}) {
          if (spec[prose_only]) {
            diags_->Error(Pos(spec[prose_only]),
                          fmt::format("'{}' applies to prose facts ('text'), not to a table fact",
                                      prose_only));
            ok = false;
          }
        }
        if (ok) ok = ReadTable(spec["table"], spec["section"], &def);
      } else {
        diags_->Error(Pos(spec), "fact '" + def.name + "' needs exactly one of 'text' or 'table'");
        ok = false;
      }
      if (!ok) continue;
      for (const std::string& s : def.slots) {
        if (!slots.insert(s).second)
          diags_->Error(def.where, "fact name '" + s + "' is defined twice");
      }
      pack->facts.push_back(std::move(def));
    }
  }

  bool ReadProse(const PackNode& spec, FactDef* def) {
    ProseSelector sel;
    const PackNode& text = spec["text"];
    const bool listed = text.IsSequence() && text.size() > 0;
    auto pattern = CompilePattern(listed ? text[0] : text, "pattern", true);
    if (!pattern) return false;
    if (listed) {
      std::vector<std::string> names = pattern->placeholders();
      std::sort(names.begin(), names.end());
      for (size_t i = 1; i < text.size(); ++i) {
        auto other = CompilePattern(text[i], "pattern", true);
        if (!other) return false;
        std::vector<std::string> its = other->placeholders();
        std::sort(its.begin(), its.end());
        if (its != names) {
          diags_->Error(Pos(text[i]), "the wordings of fact '" + def->name +
                                          "' must have the same placeholders as the first");
          return false;
        }
        sel.alternatives.push_back(std::move(*other));
      }
    }
    if (pattern->placeholders().empty()) {
      diags_->Error(Pos(spec["text"]), "pattern of fact '" + def->name +
                                           "' has no placeholder such as {n} for its figure");
      return false;
    }
    sel.pattern = std::move(*pattern);
    if (spec["section"]) sel.section = CompilePattern(spec["section"], "'section'", false);
    if (spec["after"]) sel.after = CompilePattern(spec["after"], "'after'", false);
    if (spec["within"]) sel.within = CompilePattern(spec["within"], "'within'", false);
    if (spec["not-preceded-by"]) {
      // Anchored at the end of the text before the match.
      std::string source = Scalar(spec["not-preceded-by"], "'not-preceded-by'");
      Pattern p = compiler_.Compile("(?:" + source + ")$", false);
      if (!p.ok()) {
        diags_->Error(Pos(spec["not-preceded-by"]),
                      "'not-preceded-by' \"" + source + "\": " + p.error());
      } else {
        sel.not_preceded_by = std::move(p);
      }
    }
    const auto& names = sel.pattern.placeholders();
    if (names.size() == 1 && names[0] == "n") {
      def->slots.push_back(def->name);
      def->slot_placeholder[def->name] = "n";
    } else {
      for (const std::string& n : names) {
        def->slots.push_back(def->name + "." + n);
        def->slot_placeholder[def->name + "." + n] = n;
      }
    }
    def->selector = std::move(sel);
    return true;
  }

  // `column: 2` (a whole number) names a value column by position; anything else is a pattern.
  static std::optional<int> ColumnPosition(const PackNode& node) {
    if (!node.IsScalar() || node.Quoted()) return std::nullopt;  // a quoted "2" is a pattern
    const std::string& text = node.Scalar();
    if (text.empty() || text.size() > 3 ||
        !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return std::nullopt;
    }
    return std::stoi(text);
  }

  bool ReadColumn(const PackNode& node, const std::string& key, const std::string& what,
                  TableSelector* sel) {
    if (std::optional<int> position = ColumnPosition(node)) {
      if (*position < 1) {
        diags_->Error(Pos(node), what + ": value columns are counted from 1");
        return false;
      }
      sel->positions.emplace_back(key, *position);
      return true;
    }
    auto col = CompilePattern(node, what, false);
    if (!col) return false;
    sel->columns.emplace_back(key, std::move(*col));
    return true;
  }

  bool ReadTable(const PackNode& spec, const PackNode& fact_section, FactDef* def) {
    if (!spec.IsMap()) {
      diags_->Error(Pos(spec), "'table' must be a mapping with row and column (or columns)");
      return false;
    }
    CheckKeys(spec,
              {"header", "row", "through", "column", "columns", "blank-total-of", "section",
               "label-column"},
              "'table'");
    TableSelector sel;
    for (const PackNode* section : {&fact_section, &spec["section"]}) {
      if (!*section) continue;
      if (sel.section) {
        diags_->Error(Pos(*section), "'section' is given twice (on the fact and in 'table')");
        return false;
      }
      sel.section = CompilePattern(*section, "'section'", false);
      if (!sel.section) return false;
    }
    if (spec["blank-total-of"]) {
      sel.blank_total_of = CompilePattern(spec["blank-total-of"], "'blank-total-of'", false);
    }
    if (spec["header"]) sel.header = CompilePattern(spec["header"], "'header'", false);
    if (spec["row"]) {
      sel.row = CompilePattern(spec["row"], "'row'", false);
      if (!sel.row) return false;
    } else if (!sel.header) {
      diags_->Error(Pos(spec),
                    "'table' needs 'row' (a pattern for the row label), or 'header' "
                    "for a table with a single data row");
      return false;
    }
    if (spec["label-column"]) {
      if (!sel.row) {
        diags_->Error(Pos(spec["label-column"]), "'label-column' needs 'row', the label to find");
        return false;
      }
      sel.label_column = CompilePattern(spec["label-column"], "'label-column'", false);
      if (!sel.label_column) return false;
    }
    if (spec["through"]) {
      if (!sel.row) {
        diags_->Error(Pos(spec["through"]), "'through' needs 'row', where the rows start");
        return false;
      }
      sel.through = CompilePattern(spec["through"], "'through'", false);
      if (!sel.through) return false;
      def->repeat = true;
    }
    if (spec["column"] && !spec["columns"]) {
      if (!ReadColumn(spec["column"], "", "'column'", &sel)) return false;
      def->slots.push_back(def->name);
      def->slot_placeholder[def->name] = "";
    } else if (spec["columns"] && spec["columns"].IsMap() && !spec["column"]) {
      for (const auto& kv : spec["columns"].pairs()) {
        std::optional<std::string> name = Key(kv.first);
        if (!name) return false;
        const std::string& key = *name;
        if (!ReadColumn(kv.second, key, "column '" + key + "'", &sel)) return false;
        def->slots.push_back(def->name + "." + key);
        def->slot_placeholder[def->name + "." + key] = key;
      }
    } else {
      diags_->Error(Pos(spec),
                    "'table' needs either 'column' (a pattern) or 'columns' (a mapping)");
      return false;
    }
    def->selector = std::move(sel);
    return true;
  }

  SpecValue ToSpec(const PackNode& node) {
    SpecValue v;
    v.where = Pos(node);
    if (node.IsScalar()) {
      v.kind = SpecValue::Kind::kScalar;
      v.scalar = node.Scalar();
    } else if (node.IsSequence()) {
      v.kind = SpecValue::Kind::kList;
      for (const auto& item : node.items()) v.list.push_back(Scalar(item, "a list item"));
    } else if (node.IsMap()) {
      v.kind = SpecValue::Kind::kMap;
      for (const auto& kv : node.pairs()) {
        if (std::optional<std::string> key = Key(kv.first))
          v.map.emplace_back(*key, Scalar(kv.second, "a value"));
      }
    } else {
      diags_->Error(v.where, "expected a value");
    }
    return v;
  }

  void ReadChecks(const PackNode& node, Pack* pack) {
    if (!node.IsSequence()) {
      diags_->Error(Pos(node), "'checks' must be a list");
      return;
    }
    if (node.size() > kMaxPackChecks) {
      diags_->Error(Pos(node), fmt::format("a pack may have at most {} checks", kMaxPackChecks));
      return;
    }
    std::set<std::string> ids;
    for (const auto& item : node.items()) {
      if (!item.IsMap()) {
        diags_->Error(Pos(item), "a check must be a mapping");
        continue;
      }
      CheckDef check;
      check.where = Pos(item);
      CheckFields fields;
      for (const auto& kv : item.pairs()) {
        std::optional<std::string> name = Key(kv.first);
        if (!name) continue;
        const std::string& key = *name;
        if (key == "id") {
          check.id = Scalar(kv.second, "'id'");
        } else if (key == "title") {
          check.title = Scalar(kv.second, "'title'");
        } else if (key == "rationale") {
          check.rationale = Scalar(kv.second, "'rationale'");
        } else if (key.starts_with("rationale-")) {
          // A variant in another language: rationale-en, rationale-zh.
          std::string language = key.substr(std::string("rationale-").size());
          bool code = language.size() >= 2 && language.size() <= 3 &&
                      std::all_of(language.begin(), language.end(),
                                  [](char ch) { return ch >= 'a' && ch <= 'z'; });
          if (!code) {
            diags_->Error(Pos(kv.first), "'" + key +
                                             "': a rationale variant is named by a language code "
                                             "(rationale-en, rationale-zh)");
          } else {
            check.rationale_in[language] = Scalar(kv.second, "'" + key + "'");
          }
        } else if (key == "severity") {
          check.severity = Scalar(kv.second, "'severity'");
          if (check.severity != "error" && check.severity != "warning" &&
              check.severity != "note") {
            diags_->Error(Pos(kv.second), "severity must be error, warning or note");
          }
        } else {
          fields[key] = ToSpec(kv.second);
          fields[key].where = Pos(kv.first);
        }
      }
      if (check.id.empty()) {
        diags_->Error(check.where, "a check needs an 'id'");
        continue;
      }
      if (!ids.insert(check.id).second)
        diags_->Error(check.where, "check id '" + check.id + "' is used twice");
      if (check.severity.empty()) check.severity = "error";
      check.impl = MakeCheckKind(check.where, fields, &check.kind, diags_, &compiler_);
      if (!check.impl) continue;
      for (const std::string& fact : check.impl->FactsUsed()) {
        if (pack->FindSlot(fact) == nullptr) {
          diags_->Error(check.where, "check " + check.id + " uses unknown fact '" + fact + "'");
        }
      }
      pack->checks.push_back(std::move(check));
    }
  }

  void ReadTests(const PackNode& node, Pack* pack) {
    if (!node.IsSequence()) {
      diags_->Error(Pos(node), "'tests' must be a list");
      return;
    }
    if (node.size() > kMaxPackTests) {
      diags_->Error(Pos(node), fmt::format("a pack may have at most {} tests", kMaxPackTests));
      return;
    }
    size_t document_bytes = 0;  // every test's document, counted before it is copied
    for (const auto& item : node.items()) {
      if (!item.IsMap()) {
        diags_->Error(Pos(item), "a test must be a mapping with 'doc' and 'expect'");
        continue;
      }
      CheckKeys(item,
                {"name", "doc", "like", "replace", "replace-all", "expect", "format", "previous"},
                "a test");
      PackTest t;
      t.where = Pos(item);
      if (item["name"]) t.name = Scalar(item["name"], "'name'");
      if (item["format"]) {
        t.format = Scalar(item["format"], "'format'");
        if (t.format != "text" && t.format != "markdown" && t.format != "html") {
          diags_->Error(Pos(item["format"]),
                        fmt::format("unknown test format '{}' (text, markdown or html)", t.format));
          continue;
        }
      }
      if (item["doc"].IsDefined() == item["like"].IsDefined()) {
        diags_->Error(
            t.where,
            "a test needs either 'doc' (the document text) or 'like' (an earlier test's name)");
        continue;
      }
      if (item["doc"]) {
        t.doc = Scalar(item["doc"], "'doc'");
      } else if (bool over_limit = false;
                 !ReadDerivedDoc(item, *pack, document_bytes, &t, &over_limit)) {
        if (over_limit) return;
        continue;
      }
      document_bytes += t.doc.size();
      if (document_bytes > kMaxPackTestBytes) {
        diags_->Error(t.where, TooMuchTestText());
        return;
      }
      if (item["previous"]) {
        std::string name = Scalar(item["previous"], "'previous'");
        auto base = std::find_if(pack->tests.begin(), pack->tests.end(),
                                 [&](const PackTest& o) { return o.name == name; });
        if (base == pack->tests.end()) {
          diags_->Error(Pos(item["previous"]), "no earlier test is named '" + name + "'");
          continue;
        }
        t.previous_doc = base->doc;
        t.previous_format = base->format;
      }
      if (item["expect"]) t.expect = ScalarList(item["expect"], "'expect'");
      for (const std::string& id : t.expect) {
        bool known = std::any_of(pack->checks.begin(), pack->checks.end(),
                                 [&](const CheckDef& c) { return c.id == id; });
        if (!known) diags_->Error(Pos(item["expect"]), "test expects unknown check '" + id + "'");
      }
      pack->tests.push_back(std::move(t));
    }
  }

  // A test written as an earlier test's document with some text replaced.
  static std::string TooMuchTestText() {
    return fmt::format("the tests' documents come to more than {} bytes (each 'like' copies one)",
                       kMaxPackTestBytes);
  }

  bool ReadDerivedDoc(const PackNode& item, const Pack& pack, size_t document_bytes, PackTest* t,
                      bool* over_limit) {
    std::string like = Scalar(item["like"], "'like'");
    auto base = std::find_if(pack.tests.begin(), pack.tests.end(),
                             [&](const PackTest& o) { return o.name == like; });
    if (base == pack.tests.end()) {
      diags_->Error(Pos(item["like"]), "no earlier test is named '" + like + "'");
      return false;
    }
    if (document_bytes + base->doc.size() > kMaxPackTestBytes) {
      diags_->Error(t->where, TooMuchTestText());
      *over_limit = true;
      return false;
    }
    t->doc = base->doc;
    if (item["format"].IsDefined() == false) t->format = base->format;
    // 'replace' changes the first occurrence of each text, 'replace-all' every one.
    for (const char* key_name : {"replace", "replace-all"}) {
      if (!item[key_name]) continue;
      bool every = std::string_view(key_name) == "replace-all";
      if (!item[key_name].IsMap()) {
        diags_->Error(Pos(item[key_name]),
                      fmt::format("'{}' must map text to its replacement", key_name));
        return false;
      }
      for (const auto& kv : item[key_name].pairs()) {
        std::optional<std::string> key = Key(kv.first);
        if (!key) return false;
        const std::string& from = *key;
        size_t at = t->doc.find(from);
        if (from.empty() || at == std::string::npos) {
          diags_->Error(Pos(kv.first), fmt::format("'{}' does not occur in test '{}'", from, like));
          return false;
        }
        std::string to = Scalar(kv.second, "a replacement");
        while (at != std::string::npos) {
          t->doc.replace(at, from.size(), to);
          if (!every) break;
          at = t->doc.find(from, at + to.size());
        }
        if (t->doc.size() > kMaxPackTestBytes) {
          diags_->Error(t->where, TooMuchTestText());
          *over_limit = true;
          return false;
        }
      }
    }
    return true;
  }

  std::string path_;
  Diagnostics* diags_;
  const PackCache* cache_;
  PrefilterTable known_;      // the prefilters a cached entry noted
  PatternCompiler compiler_;  // now, or when used after loaded_before
};

}  // namespace

bool AppliesWhen::Accepts(const std::string& text) const {
  auto has = [&](const std::string& s) { return ContainsSubstring(text, s); };
  return std::all_of(all.begin(), all.end(), has) &&
         (any.empty() || std::any_of(any.begin(), any.end(), has)) &&
         std::none_of(none.begin(), none.end(), has);
}

const FactDef* Pack::FindSlot(const std::string& slot) const {
  if (slot.starts_with(kPreviousPrefix)) return FindSlot(slot.substr(kPreviousPrefix.size()));
  for (const FactDef& f : facts) {
    if (std::find(f.slots.begin(), f.slots.end(), slot) != f.slots.end()) return &f;
  }
  return nullptr;
}

std::optional<Pack> LoadPackText(const std::string& path, std::string_view yaml, Diagnostics* diags,
                                 const PackCache* cache) {
  return Loader(path, diags, cache).Load(yaml);
}

std::string WithoutTests(std::string_view yaml) {
  std::string out;
  out.reserve(yaml.size());
  bool in_tests = false;
  size_t pos = 0;
  while (pos < yaml.size()) {
    size_t end = yaml.find('\n', pos);
    end = end == std::string_view::npos ? yaml.size() : end + 1;
    std::string_view line = yaml.substr(pos, end - pos);
    // A top-level key starts at column 0 with neither a space, a comment nor a list dash.
    bool top_level = !line.empty() && line[0] != ' ' && line[0] != '#' && line[0] != '-' &&
                     line[0] != '\n' && line[0] != '\r';
    if (top_level) in_tests = line.starts_with("tests:");
    out.append(in_tests ? std::string_view(line.ends_with('\n') ? "\n" : "") : line);
    pos = end;
  }
  return out;
}

std::optional<Pack> LoadPackFile(const std::string& path, Diagnostics* diags, bool with_tests,
                                 const PackCache* cache) {
  Result<std::string> text = ReadRegularFile(path, kMaxPackBytes);
  if (!text.ok()) {
    diags->Error({path, 0, 0},
                 text.error() == kCannotReadFile ? "cannot read the rule pack" : text.error());
    return std::nullopt;
  }
  return LoadPackText(path, with_tests ? text.value() : WithoutTests(text.value()), diags, cache);
}

std::vector<std::string> FindPackFiles(const std::string& path,
                                       std::vector<std::string>* unreadable) {
  std::error_code ec;
  if (!fs::is_directory(path, ec)) return {path};
  DirectoryListing listing = ListFilesBelow(path, [](const std::string& file) {
    std::string ext = fs::path(file).extension().string();
    return ext == ".yaml" || ext == ".yml";
  });
  if (unreadable != nullptr) *unreadable = std::move(listing.unreadable);
  return listing.files;
}

}  // namespace crossfoot
