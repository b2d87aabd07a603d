#include "emit/emitter.h"

#include <array>

namespace crossfoot {
namespace {

// The registry of output formats.
constexpr std::array<Emitter, 6> kEmitters = {{
    {"text", EmitText, EmitTextFile, EmitTextEnd},
    {"sarif", EmitThroughWriter<OpenSarif>, nullptr, nullptr, OpenSarif},
    {"json", EmitThroughWriter<OpenJson>, nullptr, nullptr, OpenJson},
    {"jsonl", EmitFileByFile<EmitJsonLinesFile>, EmitJsonLinesFile},
    {"github", EmitFileByFile<EmitGithubFile>, EmitGithubFile},
    {"html", EmitHtml},
}};

}  // namespace

const Emitter* FindEmitter(std::string_view name) {
  for (const Emitter& e : kEmitters) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

std::vector<std::string> EmitterNames() {
  std::vector<std::string> out;
  out.reserve(kEmitters.size());
  for (const Emitter& e : kEmitters) out.emplace_back(e.name);
  return out;
}

std::string WhereBeyondLabel(const Location& l) {
  if (l.where.empty() || l.where == l.label) return "";
  const std::string tail = ": " + l.label;
  if (l.where.size() > tail.size() && l.where.ends_with(tail))
    return l.where.substr(0, l.where.size() - tail.size());
  return l.where;
}

const std::string& MessageOf(const Finding& f, const EmitOptions& options) {
  const std::string& lang = options.lang.empty() ? f.language : options.lang;
  return lang == "zh" && !f.message_zh.empty() ? f.message_zh : f.message;
}

void Summary::Add(const FileReport& file) {
  ++files;
  if (!file.error.empty()) ++unreadable;
  if (file.error.empty() && !file.coverage.unchecked.empty()) ++unchecked;
  for (const Finding& finding : file.findings) {
    if (finding.severity == "error") ++errors;
    if (finding.severity == "warning") ++warnings;
    if (finding.severity == "note") ++notes;
  }
  for (const PackRun& p : file.packs) {
    for (const CheckRun& c : p.checks) {
      checks_held += c.held;
      checks_violated += c.violated;
      checks_not_evaluable += c.not_evaluable;
    }
  }
}

Summary Summarise(const RunResult& result) {
  Summary s;
  for (const FileReport& f : result.files) s.Add(f);
  return s;
}

}  // namespace crossfoot
