#include "util/file_read.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <optional>

#include "util/file_descriptor.h"

namespace crossfoot {
namespace {

std::string_view KindOf(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

// Why the open file is not read: not a regular file, or over the limit; nullopt when it is read.
std::optional<Error> CheckOpened(const FileDescriptor& file, size_t max_bytes) {
  struct stat st {};
  if (fstat(file.get(), &st) != 0) return Error{std::string(kCannotReadFile)};
  if (S_ISDIR(st.st_mode)) return Error{"cannot read: it is a directory"};
  if (!S_ISREG(st.st_mode))
    return Error{fmt::format("cannot read: it is {}, not a regular file", KindOf(st.st_mode))};
  auto size = static_cast<uintmax_t>(st.st_size);
  if (size > max_bytes)
    return Error{fmt::format("the file is {} bytes, over the limit of {} bytes", size, max_bytes)};
  return std::nullopt;
}

// Reads the open file, checked by its status first.
Result<std::string> ReadOpened(const FileDescriptor& file, size_t max_bytes) {
  if (std::optional<Error> refused = CheckOpened(file, max_bytes)) return *refused;
  struct stat st {};
  fstat(file.get(), &st);
  auto size = static_cast<uintmax_t>(st.st_size);
  std::string bytes;
  bytes.resize(static_cast<size_t>(size));
  size_t got = 0;
  // One byte beyond the limit is enough to know a growing file is over it.
  for (;;) {
    if (got == bytes.size()) {
      if (got > max_bytes) break;
      bytes.resize(std::min(max_bytes + 1, std::max<size_t>(got * 2, got + 4096)));
    }
    ssize_t n = read(file.get(), bytes.data() + got, bytes.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Error{std::string(kCannotReadFile)};
    if (n == 0) break;
    got += static_cast<size_t>(n);
  }
  if (got > max_bytes)
    return Error{fmt::format("the file is more than {} bytes, over the limit of {} bytes",
                             max_bytes, max_bytes)};
  bytes.resize(got);
  return bytes;
}

}  // namespace

Result<std::string> ReadRegularFile(const std::string& path, size_t max_bytes) {
  FileDescriptor file(open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
  if (!file.valid()) {
    struct stat st {};
    if (stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
      return Error{"cannot read: it is a directory"};
    return Error{std::string(kCannotReadFile)};
  }
  return ReadOpened(file, max_bytes);
}

Result<FileDescriptor> OpenRegularFile(const std::string& path, size_t max_bytes) {
  FileDescriptor file(open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
  if (!file.valid()) return Error{std::string(kCannotReadFile)};
  if (std::optional<Error> refused = CheckOpened(file, max_bytes)) return *refused;
  return file;
}

std::string NonRegularKind(const std::string& path) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0 || S_ISREG(st.st_mode)) return "";
  if (S_ISDIR(st.st_mode)) return "a directory";
  return std::string(KindOf(st.st_mode));
}

Result<std::string> ReadRegularFileAt(int dir, const std::string& name, size_t max_bytes) {
  // O_NONBLOCK: a FIFO planted under the name is refused by its type, never waited on.
  FileDescriptor file(
      openat(dir, name.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_NOFOLLOW | O_CLOEXEC));
  if (!file.valid()) return Error{std::string(kCannotReadFile)};
  return ReadOpened(file, max_bytes);
}

}  // namespace crossfoot
