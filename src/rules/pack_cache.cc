#include "rules/pack_cache.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "rules/cache_bytes.h"
#include "util/file_read.h"
#include "util/version.h"

namespace crossfoot {
namespace {

namespace fs = std::filesystem;

// Bumped whenever the entry layout or the tree's byte format changes.
// 2: quoted scalars; 3: the patterns' prefilters after the tree.
constexpr std::string_view kMagic = "crossfoot-pack-tree 3\n";

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

// What an entry must begin with for this text (of this ContentHash), this version and this
// format.
std::string Header(std::string_view yaml, std::string_view hash) {
  return fmt::format("{}{}\n{}\n{}\n", kMagic, CrossfootVersion(), hash, yaml.size());
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
  return (fs::path(dir_) / (std::string(hash) + ".tree")).string();
}

std::optional<PackCache::Entry> PackCache::Find(std::string_view yaml) const {
  if (!enabled()) return std::nullopt;
  // Hashed once: the text is as large as the entry, and the hash is in its name and header.
  const std::string hash = ContentHash(yaml);
  Result<std::string> entry = ReadRegularFile(EntryPathFor(hash), kMaxEntryBytes);
  if (!entry.ok()) return std::nullopt;
  std::string_view bytes = entry.value();
  const std::string header = Header(yaml, hash);
  if (!bytes.starts_with(header) || bytes.size() < header.size() + 18) return std::nullopt;
  const char state = bytes[header.size()];
  if ((state != 'L' && state != 'P') || bytes[header.size() + 1] != '\n') return std::nullopt;
  std::string_view body = bytes.substr(header.size() + 2, bytes.size() - header.size() - 18);
  std::string_view checksum = bytes.substr(bytes.size() - 16);
  if (checksum != fmt::format("{:016x}", Fnv1a64(body, 0xcbf29ce484222325ULL))) return std::nullopt;
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
  std::error_code ec;
  fs::create_directories(dir_, ec);
  if (ec) return;
  std::string serialised;
  SerialisePackTree(tree, &serialised);
  std::string body;
  PutString(serialised, &body);
  SerialisePrefilters(prefilters, &body);
  const std::string hash = ContentHash(yaml);
  std::string target = EntryPathFor(hash);
  std::string temp = fmt::format("{}.{}.tmp", target, getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    // L: the pack loaded without an error; P: parsed only.
    out << Header(yaml, hash) << (loaded ? "L\n" : "P\n") << body
        << fmt::format("{:016x}", Fnv1a64(body, 0xcbf29ce484222325ULL));
    out.close();
    if (!out) {
      fs::remove(temp, ec);
      return;
    }
  }
  fs::rename(temp, target, ec);
  if (ec) fs::remove(temp, ec);
}

}  // namespace crossfoot
