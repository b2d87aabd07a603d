#include "util/directory_walk.h"

#include <fmt/format.h>
#include <limits.h>

#include <algorithm>
#include <filesystem>

namespace crossfoot {

namespace fs = std::filesystem;

namespace {

std::string Unreadable(const std::string& path, const std::error_code& ec) {
  if (ec == std::errc::filename_too_long) {
    return fmt::format(
        "{}: cannot read it: its path is {} bytes, longer than the system accepts (PATH_MAX, "
        "{})",
        path, path.size(), PATH_MAX);
  }
  return fmt::format("{}: cannot read it ({})", path, ec.message());
}

}  // namespace

DirectoryListing ListFilesBelow(const std::string& root,
                                const std::function<bool(const std::string&)>& wanted) {
  DirectoryListing out;
  std::vector<fs::path> pending = {fs::path(root)};
  while (!pending.empty()) {
    fs::path dir = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
      out.unreadable.push_back(dir.string());
      continue;
    }
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      std::error_code entry_ec;
      const fs::file_type type = it->symlink_status(entry_ec).type();
      if (entry_ec) {
        // Without this, an entry nested deeper than PATH_MAX was skipped without a word and
        // its directory said to hold no reports (issue #26, item 18).
        out.unreadable_entries.push_back(Unreadable(it->path().string(), entry_ec));
      } else if (type == fs::file_type::directory) {
        pending.push_back(it->path());
      } else if (it->is_regular_file(entry_ec) && wanted(it->path().string())) {
        out.files.push_back(it->path().string());
      }
    }
    if (ec) out.unreadable.push_back(dir.string());
  }
  std::sort(out.files.begin(), out.files.end());
  std::sort(out.unreadable.begin(), out.unreadable.end());
  return out;
}

}  // namespace crossfoot
