// What git ignores: a directory walk (`crossfoot check .`) leaves out the files the
// repository's .gitignore files (and .git/info/exclude, and the user's excludes file) name,
// as ruff and ripgrep do. libgit2 reads the rules, in the git module (modules/git_module.h)
// loaded on the first walk.
//
//   GitIgnore ignore(".");
//   if (ignore.Ignored("build/CMakeFiles/x.txt")) Skip();
#pragma once

#include <string>

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
  /// Why the rules could not be read (the git module is missing); empty when they were.
  const std::string& error() const { return error_; }

 private:
  void* repo_ = nullptr;  // the module's repository
  std::string error_;
  std::string workdir_;  // absolute, ends with '/'
};

}  // namespace crossfoot
