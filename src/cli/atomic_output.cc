#include "cli/atomic_output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <vector>

namespace crossfoot {
namespace {

namespace fs = std::filesystem;

// The temporary file a signal handler removes. Only the handler and the one AtomicOutput of a
// run touch it; the handler reads it only while `armed`.
std::array<char, PATH_MAX> g_temp_path{};
volatile sig_atomic_t g_armed = 0;

constexpr std::array<int, 5> kFatalSignals = {SIGINT, SIGTERM, SIGHUP, SIGXFSZ, SIGABRT};
std::array<struct sigaction, kFatalSignals.size()> g_previous{};

// Async-signal-safe: unlink, sigaction and raise only.
extern "C" void RemoveTemporaryAndReraise(int sig) {
  if (g_armed != 0) unlink(g_temp_path.data());
  struct sigaction fallback {};
  fallback.sa_handler = SIG_DFL;
  sigemptyset(&fallback.sa_mask);
  sigaction(sig, &fallback, nullptr);
  raise(sig);  // delivered, with its default action, when the handler returns
}

void Arm(const std::string& temp) {
  if (temp.size() >= g_temp_path.size()) return;
  std::memcpy(g_temp_path.data(), temp.c_str(), temp.size() + 1);
  g_armed = 1;
  struct sigaction action {};
  action.sa_handler = RemoveTemporaryAndReraise;
  sigemptyset(&action.sa_mask);
  for (size_t i = 0; i < kFatalSignals.size(); ++i)
    sigaction(kFatalSignals[i], &action, &g_previous[i]);
}

void Disarm() {
  if (g_armed == 0) return;
  for (size_t i = 0; i < kFatalSignals.size(); ++i)
    sigaction(kFatalSignals[i], &g_previous[i], nullptr);
  g_armed = 0;
}

// The path a write would reach, following symlinks one link at a time (a dangling link names
// the file it would create). Stops after 40 links, as the kernel does.
std::string FollowSymlinks(const std::string& path) {
  fs::path p(path);
  for (int hops = 0; hops < 40; ++hops) {
    std::error_code ec;
    if (!fs::is_symlink(fs::symlink_status(p, ec))) break;
    fs::path to = fs::read_symlink(p, ec);
    if (ec) break;
    p = to.is_absolute() ? to : p.parent_path() / to;
  }
  return p.string();
}

unsigned DefaultMode() {
  mode_t mask = umask(0);  // read it: there is no other way; the run has one thread here
  umask(mask);
  return 0666U & ~static_cast<unsigned>(mask);
}

}  // namespace

AtomicOutput::AtomicOutput(const std::string& path) : path_(path) {
  struct stat st {};
  bool exists = stat(path.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) {
    error_ = path + ": cannot write the output: it is a directory";
    return;
  }
  if ((exists && !S_ISREG(st.st_mode)) || path.starts_with("/dev/") || path.starts_with("/proc/")) {
    in_place_ = true;
    out_.open(path, std::ios::binary | std::ios::trunc);
    if (!out_) error_ = path + ": cannot open the output file";
    return;
  }
  target_ = FollowSymlinks(path);
  OpenTemporary(target_, exists, exists ? st.st_mode & 07777U : DefaultMode());
}

void AtomicOutput::OpenTemporary(const std::string& target, bool exists, unsigned mode) {
  fs::path file(target);
  fs::path dir = file.has_parent_path() ? file.parent_path() : fs::path(".");
  std::string tmpl = (dir / ("." + file.filename().string() + ".XXXXXX")).string();
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  int fd = mkstemp(name.data());
  if (fd < 0) {
    error_ = path_ + ": cannot create the output file";
    return;
  }
  temp_ = name.data();
  Arm(temp_);
  // mkstemp makes 0600; the output gets the old file's mode, or a new file's.
  bool moded = fchmod(fd, static_cast<mode_t>(mode)) == 0 || !exists;
  close(fd);
  out_.open(temp_, std::ios::binary | std::ios::trunc);
  if (!out_ || !moded) error_ = path_ + ": cannot create the output file";
}

AtomicOutput::~AtomicOutput() {
  if (committed_ || temp_.empty()) return;
  out_.close();
  std::error_code ec;
  fs::remove(temp_, ec);
  Disarm();
}

bool AtomicOutput::Commit() {
  if (!ok()) return false;
  out_.flush();
  bool written = static_cast<bool>(out_);
  out_.close();
  if (in_place_) {
    committed_ = written;
    if (!written) error_ = path_ + ": cannot write the output file";
    return written;
  }
  int fd = open(temp_.c_str(), O_RDONLY | O_CLOEXEC);
  bool synced = fd >= 0 && fsync(fd) == 0;
  if (fd >= 0) close(fd);
  if (written && synced && rename(temp_.c_str(), target_.c_str()) == 0) {
    committed_ = true;
    Disarm();
    return true;
  }
  error_ = path_ + ": cannot write the output file";
  return false;
}

}  // namespace crossfoot
