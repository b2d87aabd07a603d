#include "util/private_directory.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace crossfoot {

std::string NotPrivateReason(const struct stat& st) {
  if (st.st_uid != geteuid()) return fmt::format("it is owned by user {}", st.st_uid);
  if ((st.st_mode & S_IWOTH) != 0) return "it is writable by others";
  if ((st.st_mode & S_IWGRP) != 0) return "it is writable by its group";
  return "";
}

Result<FileDescriptor> OpenPrivateDirectory(const std::string& path) {
  // The parents are made with the umask's mode; the directory itself with 0700, so that a new
  // cache is private whatever the umask.
  std::error_code ec;
  const std::filesystem::path dir(path);
  if (dir.has_parent_path()) std::filesystem::create_directories(dir.parent_path(), ec);
  if (mkdir(path.c_str(), 0700) != 0 && errno != EEXIST)
    return Error{fmt::format("cannot create the directory: {}", std::strerror(errno))};
  FileDescriptor fd(open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!fd.valid()) return Error{"it is not a directory that can be opened"};
  // Checked on the open descriptor: the directory checked is the one used.
  struct stat st {};
  if (fstat(fd.get(), &st) != 0) return Error{"its status cannot be read"};
  if (std::string reason = NotPrivateReason(st); !reason.empty()) return Error{reason};
  return fd;
}

}  // namespace crossfoot
