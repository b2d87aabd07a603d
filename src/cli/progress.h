// A progress bar on stderr for long batch runs, only when stderr is a terminal: a log file or a
// CI job never sees it.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>

namespace crossfoot {

class Progress {
 public:
  /// Shown only when `enabled` (stderr is a terminal) and there is more than one file.
  Progress(size_t total, bool enabled);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  /// One more file done (any thread).
  void Done();

 private:
  void Draw();

  size_t total_;
  size_t done_ = 0;
  bool enabled_;
  std::mutex mutex_;
  std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace crossfoot
