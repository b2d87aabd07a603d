// What git ignores: a directory walk (`crossfoot check .`) leaves out the files the
// repository's .gitignore files (and .git/info/exclude, and the user's excludes file) name,
// as ruff and ripgrep do. libgit2 reads the rules; this is the one file that uses it.
//
//   GitIgnore ignore(".");
//   if (ignore.Ignored("build/CMakeFiles/x.txt")) Skip();
#pragma once

#include <string>

struct git_repository;

namespace crossfoot {

/// The ignore rules of the git repository holding a directory (none outside a repository).
class GitIgnore {
 public:
  explicit GitIgnore(const std::string& dir);
  ~GitIgnore();
  GitIgnore(const GitIgnore&) = delete;
  GitIgnore& operator=(const GitIgnore&) = delete;

  /// True when git would ignore the file at `path` (relative to the current directory or
  /// absolute); false outside the repository.
  bool Ignored(const std::string& path) const;

 private:
  git_repository* repo_ = nullptr;
  std::string workdir_;  // absolute, ends with '/'
};

}  // namespace crossfoot
