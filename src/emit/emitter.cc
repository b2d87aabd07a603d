#include "emit/emitter.h"

#include <array>

namespace crossfoot {
namespace {

// The registry of output formats.
constexpr std::array<Emitter, 6> kEmitters = {{
    {"text", EmitText},
    {"sarif", EmitSarif},
    {"json", EmitJson},
    {"jsonl", EmitJsonLines},
    {"github", EmitGithub},
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

const std::string& MessageOf(const Finding& f, const EmitOptions& options) {
  const std::string& lang = options.lang.empty() ? f.language : options.lang;
  return lang == "zh" && !f.message_zh.empty() ? f.message_zh : f.message;
}

Summary Summarise(const RunResult& result) {
  Summary s;
  for (const FileReport& f : result.files) {
    ++s.files;
    if (!f.error.empty()) ++s.unreadable;
    for (const Finding& finding : f.findings) {
      if (finding.severity == "error") ++s.errors;
      if (finding.severity == "warning") ++s.warnings;
      if (finding.severity == "note") ++s.notes;
    }
    for (const PackRun& p : f.packs) {
      for (const CheckRun& c : p.checks) {
        s.checks_held += c.held;
        s.checks_violated += c.violated;
        s.checks_not_evaluable += c.not_evaluable;
      }
    }
  }
  return s;
}

}  // namespace crossfoot
