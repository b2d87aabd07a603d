// Finding .crossfoot.yaml from a directory upward. A configuration chooses the packs, so one
// planted where the search reaches (a shared /tmp, a parent directory another user owns) could
// swap in a pack that always holds: the search stops at the repository's root or the user's
// home, and, as git refuses a repository of dubious ownership, a file another user owns or
// anyone else can write is refused, not obeyed (issue #26, item 13).
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "cli/config.h"
#include "util/private_directory.h"

namespace crossfoot {
namespace {

namespace fs = std::filesystem;

// The search ends after this directory: the repository's root (.git is a directory, or a file
// in a worktree) or $HOME.
bool EndsTheSearch(const fs::path& dir) {
  std::error_code ec;
  if (fs::exists(fs::symlink_status(dir / ".git", ec))) return true;
  const char* home = std::getenv("HOME");
  return home != nullptr && *home != '\0' && fs::equivalent(dir, home, ec);
}

}  // namespace

Result<std::optional<Config>> FindConfig(const std::string& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec).lexically_normal();
  if (ec) return std::optional<Config>();
  for (;;) {
    fs::path candidate = dir / ".crossfoot.yaml";
    std::error_code missing;  // a directory without the file is the usual case, not an error
    // Anything of that name is the configuration: a FIFO or a directory is refused, not skipped.
    if (fs::exists(fs::symlink_status(candidate, missing))) {
      // One that cannot be read is named as such by ParseConfig; one that can must be the
      // user's own.
      struct stat st {};
      if (access(candidate.c_str(), R_OK) == 0 && stat(candidate.c_str(), &st) == 0) {
        if (std::string reason = NotPrivateReason(st); !reason.empty()) {
          return Error{fmt::format(
              "{}: refusing the configuration: {}; a .crossfoot.yaml found by searching upward "
              "is used only when it is yours and nobody else can write it (`chmod go-w` it, "
              "name it with --config to use it anyway, or pass --no-config)",
              candidate.string(), reason)};
        }
      }
      Result<Config> c = ParseConfig(candidate.string());
      if (!c.ok()) return Error{c.error()};
      return std::optional<Config>(std::move(c).value());
    }
    fs::path parent = dir.parent_path();
    if (EndsTheSearch(dir) || parent.empty() || parent == dir) break;
    dir = parent;
  }
  return std::optional<Config>();
}

}  // namespace crossfoot
