#include "engine/checks/fields.h"

#include <fmt/format.h>

#include <algorithm>

namespace crossfoot {

FieldReader::FieldReader(const SourcePos& where, const CheckFields& fields, std::string kind,
                         Diagnostics* diags, PatternCompiler* compiler)
    : where_(where), fields_(fields), kind_(std::move(kind)), diags_(diags), compiler_(compiler) {}

Pattern FieldReader::CompilePattern(std::string_view source, bool allow_placeholders) {
  return compiler_ != nullptr ? compiler_->Compile(source, allow_placeholders)
                              : Pattern::Compile(source, allow_placeholders);
}

const SpecValue* FieldReader::Get(const std::string& key, bool required) {
  read_.insert(key);
  auto it = fields_.find(key);
  if (it == fields_.end()) {
    if (required) {
      diags_->Error(where_, "a '" + kind_ + "' check needs '" + key + "'");
      failed_ = true;
    }
    return nullptr;
  }
  return &it->second;
}

std::string FieldReader::Scalar(const std::string& key, bool required) {
  const SpecValue* v = Get(key, required);
  if (v == nullptr) return "";
  if (v->kind != SpecValue::Kind::kScalar) {
    Error(key, "'" + key + "' must be a single value");
    return "";
  }
  return v->scalar;
}

std::vector<std::string> FieldReader::List(const std::string& key, bool required) {
  const SpecValue* v = Get(key, required);
  if (v == nullptr) return {};
  if (v->kind == SpecValue::Kind::kScalar) return {v->scalar};
  if (v->kind != SpecValue::Kind::kList) {
    Error(key, "'" + key + "' must be a list");
    return {};
  }
  return v->list;
}

std::vector<std::pair<std::string, std::string>> FieldReader::Map(const std::string& key,
                                                                  bool required) {
  const SpecValue* v = Get(key, required);
  if (v == nullptr) return {};
  if (v->kind != SpecValue::Kind::kMap) {
    Error(key, "'" + key + "' must be a mapping");
    return {};
  }
  return v->map;
}

std::optional<Pattern> FieldReader::PatternField(const std::string& key, bool required) {
  std::string source = Scalar(key, required);
  if (source.empty()) return std::nullopt;
  Pattern p = CompilePattern(source, false);
  if (!p.ok()) {
    Error(key, "'" + key + "' \"" + source + "\": " + p.error());
    return std::nullopt;
  }
  return p;
}

std::vector<std::pair<std::string, Pattern>> FieldReader::PatternMap(const std::string& key,
                                                                     bool required) {
  std::vector<std::pair<std::string, Pattern>> out;
  for (const auto& [name, source] : Map(key, required)) {
    Pattern p = CompilePattern(source, false);
    if (!p.ok()) {
      Error(key, fmt::format("'{}' {} \"{}\": {}", key, name, source, p.error()));
      return {};
    }
    out.emplace_back(name, std::move(p));
  }
  return out;
}

std::vector<Pattern> FieldReader::PatternList(const std::string& key, bool required) {
  std::vector<Pattern> out;
  for (const std::string& source : List(key, required)) {
    Pattern p = CompilePattern(source, false);
    if (!p.ok()) {
      Error(key, fmt::format("'{}' \"{}\": {}", key, source, p.error()));
      return {};
    }
    out.push_back(std::move(p));
  }
  return out;
}

std::optional<Assertion> FieldReader::AssertionOver(const std::string& key,
                                                    const std::vector<std::string>& names,
                                                    const std::string& what_names_are) {
  std::string text = Scalar(key);
  if (text.empty()) return std::nullopt;
  Result<Assertion> a = ParseAssertion(text);
  if (!a.ok()) {
    Error(key, "'" + key + "': " + a.error());
    return std::nullopt;
  }
  for (const std::string& used : a.value().Names()) {
    if (std::find(names.begin(), names.end(), used) == names.end()) {
      Error(key, fmt::format("'{}' uses '{}', which is not one of {}", key, used, what_names_are));
      return std::nullopt;
    }
  }
  return std::move(a).value();
}

const SourcePos& FieldReader::Where(const std::string& key) const {
  auto it = fields_.find(key);
  return it == fields_.end() ? where_ : it->second.where;
}

void FieldReader::Error(const std::string& key, const std::string& message) {
  diags_->Error(Where(key), message);
  failed_ = true;
}

bool FieldReader::Finish() {
  for (const auto& [key, value] : fields_) {
    if (read_.count(key) == 0) {
      diags_->Error(value.where, "unknown key '" + key + "' in a '" + kind_ + "' check");
      failed_ = true;
    }
  }
  return !failed_;
}

}  // namespace crossfoot
