// An open file descriptor that closes itself: the readers and the cache open files by
// descriptor (openat, O_NOFOLLOW, fstat) rather than by name, so that what is checked is what
// is read or written, and every return path must close it.
//
//   FileDescriptor dir(open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC));
//   if (!dir.valid()) return Error{...};
#pragma once

#include <unistd.h>

#include <utility>

namespace crossfoot {

/// Owns one descriptor (or none, -1); move-only.
class FileDescriptor {
 public:
  FileDescriptor() = default;
  explicit FileDescriptor(int fd) : fd_(fd) {}
  FileDescriptor(FileDescriptor&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
  FileDescriptor& operator=(FileDescriptor&& other) noexcept {
    if (this != &other) {
      Reset();
      fd_ = std::exchange(other.fd_, -1);
    }
    return *this;
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() { Reset(); }

  bool valid() const { return fd_ >= 0; }
  int get() const { return fd_; }
  /// The descriptor, no longer owned (given to fdopen).
  int Release() { return std::exchange(fd_, -1); }

 private:
  void Reset() {
    if (fd_ >= 0) close(fd_);
    fd_ = -1;
  }

  int fd_ = -1;
};

}  // namespace crossfoot
