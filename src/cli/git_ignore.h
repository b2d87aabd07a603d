// What git ignores: a directory walk (`crossfoot check .`) leaves out the files the
// repository's .gitignore files (and .git/info/exclude, and the user's excludes file) name,
// as ruff and ripgrep do. libgit2 reads the rules, in the git module (modules/git_module.h)
// loaded on the first walk.
//
//   GitIgnore ignore(".");
//   if (ignore.Ignored("build/CMakeFiles/x.txt")) Skip();
#pragma once

#include <map>
#include <string>
#include <vector>

namespace crossfoot {

/// The ignore rules of the git repository holding a directory (none outside a repository).
class GitIgnore {
 public:
  explicit GitIgnore(const std::string& dir);
  ~GitIgnore();
  GitIgnore(const GitIgnore&) = delete;
  GitIgnore& operator=(const GitIgnore&) = delete;

  /// True when git would ignore the file at `path` (relative to the current directory or
  /// absolute); false outside the repository, and below a .gitignore that is not a regular
  /// file (then named in problems()).
  bool Ignored(const std::string& path);
  /// Why the rules could not be read (the git module is missing, an excludes file is a FIFO);
  /// empty when they were.
  const std::string& error() const { return error_; }
  /// Each .gitignore found not to be a regular file, "PATH: why", once.
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  // True when every .gitignore from the work tree down to `dir` (relative, "" for the work
  // tree itself) is a regular file or missing: libgit2 opens them with a blocking open, and a
  // FIFO would hang the walk for ever (issue #26, item 10).
  bool IgnoreFilesReadable(const std::string& dir);

  void* repo_ = nullptr;  // the module's repository
  std::string error_;
  std::string workdir_;                        // absolute, ends with '/'
  std::map<std::string, bool> readable_dirs_;  // whether each directory's .gitignore is
  std::vector<std::string> problems_;
};

}  // namespace crossfoot
