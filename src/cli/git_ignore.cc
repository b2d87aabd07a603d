#include "cli/git_ignore.h"

#include <filesystem>

#include "modules/git_module.h"
#include "util/module.h"

namespace crossfoot {
namespace {

namespace fs = std::filesystem;

// The git module's functions, loaded on the first directory walk.
struct GitModule {
  decltype(&crossfoot_git_open) open = nullptr;
  decltype(&crossfoot_git_ignored) ignored = nullptr;
  decltype(&crossfoot_git_close) close = nullptr;
  std::string error;
};

const GitModule& Git() {
  static const GitModule kModule = [] {
    GitModule m;
    constexpr const char* kFile = "libcrossfoot_git.so";
    Result<void*> open = ModuleSymbol(kFile, "crossfoot_git_open");
    Result<void*> ignored = ModuleSymbol(kFile, "crossfoot_git_ignored");
    Result<void*> close = ModuleSymbol(kFile, "crossfoot_git_close");
    for (const Result<void*>* r : {&open, &ignored, &close}) {
      if (!r->ok()) {
        m.error = r->error();
        return m;
      }
    }
    m.open = reinterpret_cast<decltype(&crossfoot_git_open)>(open.value());
    m.ignored = reinterpret_cast<decltype(&crossfoot_git_ignored)>(ignored.value());
    m.close = reinterpret_cast<decltype(&crossfoot_git_close)>(close.value());
    return m;
  }();
  return kModule;
}

}  // namespace

GitIgnore::GitIgnore(const std::string& dir) {
  const GitModule& git = Git();
  if (!git.error.empty()) {
    error_ = git.error;
    return;
  }
  std::error_code ec;
  std::string start = fs::absolute(dir, ec).string();
  if (ec) return;
  std::string workdir;
  repo_ = git.open(start.c_str(), &workdir);
  if (repo_ == nullptr) return;
  workdir_ = fs::weakly_canonical(workdir, ec).string();
  if (!workdir_.empty() && workdir_.back() != '/') workdir_ += '/';
}

GitIgnore::~GitIgnore() {
  if (repo_ != nullptr) Git().close(repo_);
}

bool GitIgnore::Ignored(const std::string& path) const {
  if (repo_ == nullptr) return false;
  std::error_code ec;
  std::string full = fs::weakly_canonical(fs::absolute(path, ec), ec).string();
  if (ec || !full.starts_with(workdir_)) return false;
  return Git().ignored(repo_, full.c_str() + workdir_.size()) == 1;
}

}  // namespace crossfoot
