#include "util/directory_walk.h"

#include <algorithm>
#include <filesystem>

namespace crossfoot {

namespace fs = std::filesystem;

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
      if (it->symlink_status(entry_ec).type() == fs::file_type::directory) {
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
