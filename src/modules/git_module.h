// The git module's interface (libcrossfoot_git.so, src/modules/git_module.cc): what a
// repository's ignore rules say of a path. The module is the one place that uses libgit2;
// cli/git_ignore.cc loads it (util/module.h) when a directory is walked.
#pragma once

#include <string>
#include <vector>

/// The repository holding the absolute path dir, and its work tree in *workdir; null outside
/// a repository and for a bare one.
extern "C" void* crossfoot_git_open(const char* dir, std::string* workdir);
/// The files of ignore rules libgit2 reads for every path besides the .gitignore files: the
/// repository's info/exclude and the user's excludes file (core.excludesFile, else
/// $XDG_CONFIG_HOME/git/ignore or ~/.config/git/ignore), whether they exist or not.
extern "C" void crossfoot_git_exclude_files(void* repo, std::vector<std::string>* files);
/// 1 when the repository's rules ignore path (relative to its work tree), else 0.
extern "C" int crossfoot_git_ignored(void* repo, const char* path);
/// Frees what crossfoot_git_open returned (null too).
extern "C" void crossfoot_git_close(void* repo);
