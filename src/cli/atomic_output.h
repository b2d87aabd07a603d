// An output file written whole or not at all: the text goes to a temporary file beside it,
// which replaces the target only on Commit (a failed or interrupted run leaves the old file).
//
//   AtomicOutput out(path);
//   if (!out.ok()) Fail(out.error());
//   out.stream() << ...;
//   if (!out.Commit()) Fail(out.error());
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
  std::string path_;
  std::string temp_;
  std::string error_;
  std::ofstream out_;
  bool committed_ = false;
};

}  // namespace crossfoot
