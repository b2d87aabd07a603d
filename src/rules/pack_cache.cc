#include "rules/pack_cache.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>

#include "rules/cache_bytes.h"
#include "util/file_read.h"
#include "util/private_directory.h"
#include "util/sha256.h"
#include "util/version.h"

namespace crossfoot {
namespace {

namespace fs = std::filesystem;

// Bumped whenever the entry layout or the tree's byte format changes.
// 2: quoted scalars; 3: the patterns' prefilters after the tree; 4: the SHA-256 of the pack
// text in the header and a SHA-256 of the whole entry at its end.
constexpr std::string_view kMagic = "crossfoot-pack-tree 4\n";

// The digest that ends an entry: 64 hex digits.
constexpr size_t kDigestSize = 64;

// Largest entry read: a tree is about as large as its pack text.
constexpr size_t kMaxEntryBytes = 16u << 20;

uint64_t Fnv1a64(std::string_view bytes, uint64_t basis) {
  uint64_t h = basis;
  for (char c : bytes) {
    h ^= static_cast<uint8_t>(c);
    h *= 0x100000001b3ULL;
  }
  return h;
}

// What an entry must begin with for this text, this version and this format: the header
// names the pack text by its SHA-256, so that the digest at the end of the entry, over the
// header and the body, ties this body to this text. (A checksum of the body alone let another
// pack's body pass under the real pack's header: issue #26, item 14.)
std::string Header(std::string_view yaml) {
  return fmt::format("{}{}\n{}\n{}\n", kMagic, CrossfootVersion(), Sha256Hex(yaml), yaml.size());
}

// The entry's file name in the cache directory.
std::string EntryName(std::string_view hash) { return std::string(hash) + ".tree"; }

// Writes all of `bytes`; false on any failure (a full disk).
bool WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

}  // namespace

std::string ContentHash(std::string_view bytes) {
  // Two FNV-1a passes with different offset bases: 128 bits, so that two packs never share an
  // entry by chance; the entry's header repeats the hash and the length, and is compared.
  return fmt::format("{:016x}{:016x}", Fnv1a64(bytes, 0xcbf29ce484222325ULL),
                     Fnv1a64(bytes, 0x84222325cbf29ce4ULL));
}

PackCache PackCache::FromEnvironment() {
  if (std::getenv("CROSSFOOT_NO_CACHE") != nullptr) return PackCache();
  if (const char* dir = std::getenv("CROSSFOOT_CACHE_DIR"); dir != nullptr && *dir != '\0')
    return PackCache(dir);
  if (const char* xdg = std::getenv("XDG_CACHE_HOME");
      xdg != nullptr && *xdg != '\0' && fs::path(xdg).is_absolute())
    return PackCache((fs::path(xdg) / "crossfoot").string());
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0')
    return PackCache((fs::path(home) / ".cache" / "crossfoot").string());
  return PackCache();
}

std::string PackCache::EntryPath(std::string_view yaml) const {
  return EntryPathFor(ContentHash(yaml));
}

std::string PackCache::EntryPathFor(std::string_view hash) const {
  return (fs::path(dir_) / EntryName(hash)).string();
}

std::optional<PackCache::Entry> PackCache::Find(std::string_view yaml) const {
  if (!enabled()) return std::nullopt;
  // A directory someone else could write is not read: what is in it could be planted.
  Result<FileDescriptor> dir = OpenPrivateDirectory(dir_);
  if (!dir.ok()) return std::nullopt;
  // Not following a symlink: an entry is a file this user's runs wrote.
  Result<std::string> entry =
      ReadRegularFileAt(dir.value().get(), EntryName(ContentHash(yaml)), kMaxEntryBytes);
  if (!entry.ok()) return std::nullopt;
  std::string_view bytes = entry.value();
  const std::string header = Header(yaml);
  if (!bytes.starts_with(header) || bytes.size() < header.size() + 2 + kDigestSize)
    return std::nullopt;
  std::string_view signed_part = bytes.substr(0, bytes.size() - kDigestSize);
  if (bytes.substr(signed_part.size()) != Sha256Hex(signed_part)) return std::nullopt;
  const char state = bytes[header.size()];
  if ((state != 'L' && state != 'P') || bytes[header.size() + 1] != '\n') return std::nullopt;
  std::string_view body = signed_part.substr(header.size() + 2);
  // The tree's length (4 bytes, little-endian), the tree, the prefilters.
  ByteReader in(body);
  std::optional<std::string_view> tree = in.String();
  if (!tree) return std::nullopt;
  std::optional<PackNode> root = DeserialisePackTree(*tree);
  std::optional<PrefilterTable> prefilters = DeserialisePrefilters(body.substr(4 + tree->size()));
  if (!root || !prefilters) return std::nullopt;
  return Entry{std::move(*root), state == 'L', std::move(*prefilters)};
}

void PackCache::Store(std::string_view yaml, const PackNode& tree, bool loaded,
                      const PrefilterTable& prefilters) const {
  if (!enabled()) return;
  Result<FileDescriptor> dir = OpenPrivateDirectory(dir_);
  if (!dir.ok()) return;
  std::string serialised;
  SerialisePackTree(tree, &serialised);
  // L: the pack loaded without an error; P: parsed only.
  std::string entry = Header(yaml) + (loaded ? "L\n" : "P\n");
  PutString(serialised, &entry);
  SerialisePrefilters(prefilters, &entry);
  entry += Sha256Hex(entry);
  const std::string target = EntryName(ContentHash(yaml));
  const std::string temp = fmt::format("{}.{}.tmp", target, getpid());
  // O_EXCL and O_NOFOLLOW: a file, FIFO or symlink already at the temporary name (planted, or
  // left by a killed run of the same pid) is never opened, written through or waited on; the
  // entry is then not stored, which only costs the next run time.
  FileDescriptor out(openat(dir.value().get(), temp.c_str(),
                            O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
  if (!out.valid()) return;
  const bool written = WriteAll(out.get(), entry);
  out = FileDescriptor();
  if (!written || renameat(dir.value().get(), temp.c_str(), dir.value().get(), target.c_str()) != 0)
    unlinkat(dir.value().get(), temp.c_str(), 0);
}

}  // namespace crossfoot
