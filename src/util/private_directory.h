// Files and directories crossfoot trusts without reading them as input: the pack cache and the
// configuration. Something another user owns or can write could be planted there (a shared
// /tmp, a group-writable home), so, in the spirit of git's safe.directory, only what belongs
// to this user and nobody else can write is used.
//
//   Result<FileDescriptor> dir = OpenPrivateDirectory(cache_dir);
//   if (!dir.ok()) return;  // dir.error(): why it is not used
//   int fd = openat(dir.value().get(), "x.tmp", O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0600);
#pragma once

#include <sys/stat.h>

#include <string>

#include "util/file_descriptor.h"
#include "util/result.h"

namespace crossfoot {

/// Why a file or directory of this status is not this user's own ("it is owned by user 1000",
/// "it is writable by others"), or an empty string when it is.
std::string NotPrivateReason(const struct stat& st);

/// The directory at `path` (symlinks followed), created with mode 0700 (its parents as
/// needed) when missing, opened, and checked: a directory of this user's that neither group
/// nor others can write. The error is the reason, without the path.
Result<FileDescriptor> OpenPrivateDirectory(const std::string& path);

}  // namespace crossfoot
