#include "cli/atomic_output.h"

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <vector>

namespace crossfoot {

namespace fs = std::filesystem;

AtomicOutput::AtomicOutput(const std::string& path) : path_(path) {
  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string tmpl = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  int fd = mkstemp(name.data());
  if (fd < 0) {
    error_ = path + ": cannot create the output file";
    return;
  }
  close(fd);
  temp_ = name.data();
  out_.open(temp_, std::ios::binary | std::ios::trunc);
  if (!out_) error_ = path + ": cannot create the output file";
}

AtomicOutput::~AtomicOutput() {
  if (committed_ || temp_.empty()) return;
  out_.close();
  std::error_code ec;
  fs::remove(temp_, ec);
}

bool AtomicOutput::Commit() {
  if (!ok()) return false;
  out_.flush();
  bool written = static_cast<bool>(out_);
  out_.close();
  int fd = open(temp_.c_str(), O_RDONLY);
  bool synced = fd >= 0 && fsync(fd) == 0;
  if (fd >= 0) close(fd);
  std::error_code ec;
  if (written && synced) {
    fs::permissions(temp_,
                    fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                        fs::perms::others_read,
                    ec);
    fs::rename(temp_, path_, ec);
    if (!ec) {
      committed_ = true;
      return true;
    }
  }
  error_ = path_ + ": cannot write the output file";
  return false;
}

}  // namespace crossfoot
