#include "cli/git_ignore.h"

#include <fmt/format.h>

#include <filesystem>

#include "modules/git_module.h"
#include "util/file_read.h"
#include "util/module.h"

namespace crossfoot {
namespace {

namespace fs = std::filesystem;

// The git module's functions, loaded on the first directory walk.
struct GitModule {
  decltype(&crossfoot_git_open) open = nullptr;
  decltype(&crossfoot_git_ignored) ignored = nullptr;
  decltype(&crossfoot_git_exclude_files) exclude_files = nullptr;
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
    Result<void*> exclude_files = ModuleSymbol(kFile, "crossfoot_git_exclude_files");
    for (const Result<void*>* r : {&open, &ignored, &close, &exclude_files}) {
      if (!r->ok()) {
        m.error = r->error();
        return m;
      }
    }
    m.open = reinterpret_cast<decltype(&crossfoot_git_open)>(open.value());
    m.ignored = reinterpret_cast<decltype(&crossfoot_git_ignored)>(ignored.value());
    m.close = reinterpret_cast<decltype(&crossfoot_git_close)>(close.value());
    m.exclude_files =
        reinterpret_cast<decltype(&crossfoot_git_exclude_files)>(exclude_files.value());
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
  // libgit2 reads these for every path, with a blocking open: one that is a FIFO would hang
  // the walk for ever, so the rules are not applied at all (issue #26, item 10).
  std::vector<std::string> excludes;
  git.exclude_files(repo_, &excludes);
  for (const std::string& file : excludes) {
    if (std::string kind = NonRegularKind(file); !kind.empty()) {
      error_ = fmt::format("{} is {}, not a regular file", file, kind);
      git.close(repo_);
      repo_ = nullptr;
      return;
    }
  }
}

GitIgnore::~GitIgnore() {
  if (repo_ != nullptr) Git().close(repo_);
}

bool GitIgnore::Ignored(const std::string& path) {
  if (repo_ == nullptr) return false;
  std::error_code ec;
  std::string full = fs::weakly_canonical(fs::absolute(path, ec), ec).string();
  if (ec || !full.starts_with(workdir_)) return false;
  const std::string relative = full.substr(workdir_.size());
  // What is below a .gitignore that is not a regular file is audited, and the file named.
  if (!IgnoreFilesReadable(fs::path(relative).parent_path().string())) return false;
  return Git().ignored(repo_, relative.c_str()) == 1;
}

bool GitIgnore::IgnoreFilesReadable(const std::string& dir) {
  // The work tree and each directory down to `dir`, each looked at once in a walk.
  std::vector<std::string> chain = {""};
  for (const fs::path& part : fs::path(dir)) {
    chain.push_back(chain.back().empty() ? part.string() : chain.back() + "/" + part.string());
  }
  bool readable = true;
  for (const std::string& d : chain) {
    auto it = readable_dirs_.find(d);
    if (it == readable_dirs_.end()) {
      const std::string file = workdir_ + (d.empty() ? "" : d + "/") + ".gitignore";
      const std::string kind = NonRegularKind(file);
      if (!kind.empty()) {
        problems_.push_back(fmt::format(
            "{}: cannot apply these .gitignore rules: it is {}, not a regular file; the files "
            "below it are audited",
            file, kind));
      }
      it = readable_dirs_.emplace(d, kind.empty()).first;
    }
    readable = readable && it->second;
  }
  return readable;
}

}  // namespace crossfoot
