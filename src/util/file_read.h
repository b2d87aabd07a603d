// Reading a whole input file with a bound: a FIFO would block forever, /dev/zero would never
// end, and a file that grows while it is read could exhaust memory. Only regular files are
// read, and never more than the limit.
//
//   Result<std::string> bytes = ReadRegularFile(path, 64u << 20);
//   if (!bytes.ok()) Fail(path + ": " + bytes.error());
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "util/file_descriptor.h"
#include "util/result.h"

namespace crossfoot {

/// The message when the file cannot be opened or read (callers may name what it was for).
constexpr std::string_view kCannotReadFile = "cannot read the file";

/// The bytes of the regular file at `path` (symlinks followed), at most max_bytes. The error
/// is the reason, without the path: kCannotReadFile; "cannot read: it is a directory";
/// "cannot read: it is a FIFO (named pipe), not a regular file" (and the same for devices and
/// sockets); "the file is N bytes, over the limit of M bytes". A FIFO is opened without
/// blocking, so that no writer is needed to refuse it.
Result<std::string> ReadRegularFile(const std::string& path, size_t max_bytes);

/// The regular file at `path` opened for reading, checked as ReadRegularFile checks it, for a
/// reader that streams it (a baseline): the same errors. The size is checked when it is opened.
Result<FileDescriptor> OpenRegularFile(const std::string& path, size_t max_bytes);

/// What is at `path` (symlinks followed) when it exists and is not a regular file ("a FIFO
/// (named pipe)", "a directory", "a character device", ...); empty when it is a regular file or
/// there is nothing there. For files a library would open with a blocking open (libgit2's ignore
/// files): a FIFO would wait for a writer for ever.
std::string NonRegularKind(const std::string& path);

/// The same for the file `name` in the directory open as `dir`, a symlink there not followed
/// (then kCannotReadFile): for files crossfoot keeps itself (the pack cache).
Result<std::string> ReadRegularFileAt(int dir, const std::string& name, size_t max_bytes);

}  // namespace crossfoot
