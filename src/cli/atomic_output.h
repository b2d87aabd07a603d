// An output file written whole or not at all: the text goes to a temporary file beside it,
// which replaces the target only on Commit (a failed or interrupted run leaves the old file).
//
//   AtomicOutput out(path);
//   if (!out.ok()) Fail(out.error());
//   out.stream() << ...;
//   if (!out.Commit()) Fail(out.error());
//
// What is replaced is the file itself, never what leads to it:
// - through a symlink, the temporary file is made in the target's directory and renamed over
//   the target; the link stays;
// - a target that is not a regular file (/dev/null, a FIFO, a terminal) or a path under /dev or
//   /proc (/dev/stdout) is written in place: renaming over it would replace the node;
// - an existing file keeps its permissions (a 0600 file stays 0600); a new one gets the
//   umask's (0666 less the umask);
// - the temporary file is removed when the run ends on SIGINT, SIGTERM, SIGHUP, SIGXFSZ or
//   an abort, by a handler that unlinks it and re-raises the signal.
#pragma once

#include <fstream>
#include <string>

namespace crossfoot {

class AtomicOutput {
 public:
  explicit AtomicOutput(const std::string& path);
  ~AtomicOutput();  // removes the temporary file unless committed
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  std::ostream& stream() { return out_; }

  /// Flushes, syncs and renames the temporary file over the target.
  bool Commit();

 private:
  void OpenTemporary(const std::string& target, bool exists, unsigned mode);

  std::string path_;    // as given, for messages
  std::string target_;  // the file renamed over: path_ with its symlinks followed
  std::string temp_;
  std::string error_;
  std::ofstream out_;
  bool in_place_ = false;  // not a regular file: written directly
  bool committed_ = false;
};

}  // namespace crossfoot
