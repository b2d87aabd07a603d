#include "engine/checks/fields.h"

namespace crossfoot {

FieldReader::FieldReader(const SourcePos& where, const CheckFields& fields, std::string kind,
                         Diagnostics* diags)
    : where_(where), fields_(fields), kind_(std::move(kind)), diags_(diags) {}

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
