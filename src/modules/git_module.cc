#include "modules/git_module.h"

#include <git2.h>

extern "C" void* crossfoot_git_open(const char* dir, std::string* workdir) {
  git_libgit2_init();
  git_repository* repo = nullptr;
  if (git_repository_open_ext(&repo, dir, 0, nullptr) != 0) {
    git_libgit2_shutdown();
    return nullptr;
  }
  const char* tree = git_repository_workdir(repo);
  if (tree == nullptr) {  // a bare repository has no files to walk
    git_repository_free(repo);
    git_libgit2_shutdown();
    return nullptr;
  }
  *workdir = tree;
  return repo;
}

extern "C" int crossfoot_git_ignored(void* repo, const char* path) {
  int ignored = 0;
  if (git_ignore_path_is_ignored(&ignored, static_cast<git_repository*>(repo), path) != 0) return 0;
  return ignored == 1 ? 1 : 0;
}

extern "C" void crossfoot_git_close(void* repo) {
  if (repo == nullptr) return;
  git_repository_free(static_cast<git_repository*>(repo));
  git_libgit2_shutdown();
}
