#include "cli/progress.h"

#include <fmt/format.h>

#include <cstdio>

namespace crossfoot {

Progress::Progress(size_t total, bool enabled) : total_(total), enabled_(enabled && total > 1) {}

Progress::~Progress() {
  if (!enabled_) return;
  std::fputs("\r\x1b[K", stderr);  // leave the terminal line clean for the results
  std::fflush(stderr);
}

void Progress::Done() {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  ++done_;
  auto now = std::chrono::steady_clock::now();
  if (done_ < total_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  Draw();
}

void Progress::Draw() {
  constexpr size_t kWidth = 30;
  size_t filled = total_ == 0 ? kWidth : done_ * kWidth / total_;
  std::string bar(filled, '#');
  bar.append(kWidth - filled, '.');
  std::fputs(fmt::format("\r[{}] {}/{} files", bar, done_, total_).c_str(), stderr);
  std::fflush(stderr);
}

}  // namespace crossfoot
