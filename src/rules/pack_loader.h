// Loading rule packs from YAML, with every mistake reported at its line.
//
//   Diagnostics diags;
//   std::optional<Pack> pack = LoadPackFile("rules/cn-gis-2008.yaml", &diags);
//   for (const Diagnostic& d : diags.all()) std::cerr << d.ToString() << "\n";
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/diagnostics.h"
#include "rules/pack.h"

namespace crossfoot {

class PackCache;

/// Limits on a pack, checked before the work they bound: its YAML text, its facts (each
/// compiles its patterns), its checks, its tests and their documents together (a test written
/// `like` another copies that document).
constexpr size_t kMaxPackBytes = 4u << 20;  // the shipped packs are about 60 KB
constexpr size_t kMaxPackFacts = 5000;
constexpr size_t kMaxPackChecks = 5000;
constexpr size_t kMaxPackTests = 2000;
constexpr size_t kMaxPackTestBytes = 16u << 20;

/// Loads one pack file; nullopt when it has errors (all of them are in diags).
/// With a cache, the YAML tree of a text parsed before is read from it (rules/pack_cache.h).
std::optional<Pack> LoadPackFile(const std::string& path, Diagnostics* diags,
                                 bool with_tests = true, const PackCache* cache = nullptr);

/// The pack's YAML with its top-level `tests:` section blanked out, line for line (so that
/// errors keep their lines): auditing never needs the tests, and they are most of a pack.
std::string WithoutTests(std::string_view yaml);

/// Loads a pack from YAML text; `path` is used in messages.
std::optional<Pack> LoadPackText(const std::string& path, std::string_view yaml, Diagnostics* diags,
                                 const PackCache* cache = nullptr);

/// Pack files at a path: the file itself, or every .yaml/.yml file below a directory, sorted.
/// Subdirectories that cannot be listed are put in *unreadable (when given).
std::vector<std::string> FindPackFiles(const std::string& path,
                                       std::vector<std::string>* unreadable = nullptr);

}  // namespace crossfoot
