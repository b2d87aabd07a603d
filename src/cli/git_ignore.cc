#include "cli/git_ignore.h"

#include <git2.h>

#include <filesystem>

namespace crossfoot {

namespace fs = std::filesystem;

GitIgnore::GitIgnore(const std::string& dir) {
  git_libgit2_init();
  std::error_code ec;
  std::string start = fs::absolute(dir, ec).string();
  if (ec || git_repository_open_ext(&repo_, start.c_str(), 0, nullptr) != 0) {
    repo_ = nullptr;
    return;
  }
  const char* workdir = git_repository_workdir(repo_);
  if (workdir == nullptr) {  // a bare repository has no files to walk
    git_repository_free(repo_);
    repo_ = nullptr;
    return;
  }
  workdir_ = fs::weakly_canonical(workdir, ec).string();
  if (!workdir_.empty() && workdir_.back() != '/') workdir_ += '/';
}

GitIgnore::~GitIgnore() {
  if (repo_ != nullptr) git_repository_free(repo_);
  git_libgit2_shutdown();
}

bool GitIgnore::Ignored(const std::string& path) const {
  if (repo_ == nullptr) return false;
  std::error_code ec;
  std::string full = fs::weakly_canonical(fs::absolute(path, ec), ec).string();
  if (ec || !full.starts_with(workdir_)) return false;
  int ignored = 0;
  if (git_ignore_path_is_ignored(&ignored, repo_, full.c_str() + workdir_.size()) != 0)
    return false;
  return ignored == 1;
}

}  // namespace crossfoot
