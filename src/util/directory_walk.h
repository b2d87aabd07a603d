// The files below a directory, without losing any quietly: a subdirectory that cannot be
// listed is named, and the walk goes on past it (std::filesystem's recursive iterator either
// stops there or skips it without a word).
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace crossfoot {

struct DirectoryListing {
  std::vector<std::string> files;       // sorted
  std::vector<std::string> unreadable;  // directories that could not be listed, sorted
  // Entries whose kind could not be read, each "PATH: cannot read it: why" (a path longer than
  // PATH_MAX, which the system refuses to look up), in walk order.
  std::vector<std::string> unreadable_entries;
};

/// Every regular file below `root` for which `wanted(path)` holds. Symlinks to files are
/// followed; symlinks to directories are not (as `find` does), so a link cannot loop.
DirectoryListing ListFilesBelow(const std::string& root,
                                const std::function<bool(const std::string&)>& wanted);

}  // namespace crossfoot
