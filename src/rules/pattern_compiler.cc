#include "rules/pattern_compiler.h"

#include <cstdint>
#include <optional>

#include "rules/cache_bytes.h"

namespace crossfoot {

void SerialisePrefilters(const PrefilterTable& table, std::string* out) {
  PutU32(table.size(), out);
  for (const auto& [key, prefilter] : table) {
    PutString(key, out);
    PutU32(prefilter.atoms.size(), out);
    for (const PatternPrefilter::Atom& atom : prefilter.atoms) {
      PutString(atom.text, out);
      out->push_back(atom.searchable ? '1' : '0');
    }
    std::string answers;
    for (bool a : prefilter.answers) answers.push_back(a ? '1' : '0');
    PutString(answers, out);
  }
}

std::optional<PrefilterTable> DeserialisePrefilters(std::string_view bytes) {
  ByteReader in(bytes);
  std::optional<uint32_t> count = in.U32();
  if (!count) return std::nullopt;
  PrefilterTable table;
  for (uint32_t i = 0; i < *count; ++i) {
    std::optional<std::string_view> key = in.String();
    std::optional<uint32_t> atoms = in.U32();
    if (!key || !atoms || *atoms > kMaxTabulatedAtoms) return std::nullopt;
    PatternPrefilter prefilter;
    for (uint32_t a = 0; a < *atoms; ++a) {
      std::optional<std::string_view> text = in.String();
      std::optional<std::string_view> searchable = in.Bytes(1);
      if (!text || !searchable || (*searchable != "0" && *searchable != "1")) return std::nullopt;
      prefilter.atoms.push_back({std::string(*text), *searchable == "1"});
    }
    std::optional<std::string_view> answers = in.String();
    if (!answers) return std::nullopt;
    for (char c : *answers) {
      if (c != '0' && c != '1') return std::nullopt;
      prefilter.answers.push_back(c == '1');
    }
    const size_t whole = prefilter.atoms.empty() ? 0 : size_t{1} << prefilter.atoms.size();
    if (prefilter.answers.size() != whole) return std::nullopt;
    table.insert_or_assign(std::string(*key), std::move(prefilter));
  }
  if (!in.at_end()) return std::nullopt;
  return table;
}

std::string PatternCompiler::Key(std::string_view source, bool allow_placeholders) {
  return (allow_placeholders ? "{}" : "--") + std::string(source);
}

Pattern PatternCompiler::Compile(std::string_view source, bool allow_placeholders) {
  std::string key = Key(source, allow_placeholders);
  if (when_used_) {
    const PatternPrefilter* prefilter = nullptr;
    if (known_ != nullptr) {
      auto it = known_->find(key);
      if (it != known_->end()) prefilter = &it->second;
    }
    return Pattern::CompileWhenUsed(source, allow_placeholders, prefilter);
  }
  Pattern p = Pattern::Compile(source, allow_placeholders);
  if (std::optional<PatternPrefilter> prefilter = p.prefilter()) {
    noted_.insert_or_assign(std::move(key), std::move(*prefilter));
  }
  return p;
}

}  // namespace crossfoot
