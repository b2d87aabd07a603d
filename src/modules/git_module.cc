#include "modules/git_module.h"

#include <git2.h>

#include <cstdlib>

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

extern "C" void crossfoot_git_exclude_files(void* repo, std::vector<std::string>* files) {
  auto* r = static_cast<git_repository*>(repo);
  files->push_back(std::string(git_repository_path(r)) + "info/exclude");
  git_config* config = nullptr;
  if (git_repository_config_snapshot(&config, r) == 0) {
    git_buf path = GIT_BUF_INIT;
    if (git_config_get_path(&path, config, "core.excludesfile") == 0) {
      files->emplace_back(path.ptr);
      git_buf_dispose(&path);
      git_config_free(config);
      return;
    }
    git_config_free(config);
  }
  // libgit2's default when core.excludesFile is unset.
  const char* xdg = std::getenv("XDG_CONFIG_HOME");
  const char* home = std::getenv("HOME");
  if (xdg != nullptr && *xdg != '\0') {
    files->push_back(std::string(xdg) + "/git/ignore");
  } else if (home != nullptr && *home != '\0') {
    files->push_back(std::string(home) + "/.config/git/ignore");
  }
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
