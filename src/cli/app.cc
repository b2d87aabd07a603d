#include "cli/app.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "read/read_document.h"
#include "rules/pack_loader.h"

namespace crossfoot {

namespace fs = std::filesystem;

std::vector<const Pack*> LoadedPacks::Pointers() const {
  std::vector<const Pack*> out;
  for (const auto& p : packs) out.push_back(p.get());
  return out;
}

namespace {

// The shipped packs: rules/ beside the binary's parent (build/crossfoot → rules/), an installed
// share/crossfoot/rules, or rules/ in the current directory.
std::string DefaultRulesDir(const char* argv0) {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) exe = fs::absolute(argv0, ec);
  std::vector<fs::path> candidates = {
      exe.parent_path().parent_path() / "rules", exe.parent_path() / "rules",
      exe.parent_path().parent_path() / "share" / "crossfoot" / "rules", fs::path("rules")};
  for (const fs::path& c : candidates) {
    if (fs::is_directory(c, ec)) return c.string();
  }
  return "";
}

}  // namespace

LoadedPacks LoadPacks(const std::vector<std::string>& rule_paths, const char* argv0,
                      bool with_tests) {
  LoadedPacks loaded;
  std::vector<std::string> roots = rule_paths;
  if (roots.empty()) {
    std::string dir = DefaultRulesDir(argv0);
    if (dir.empty()) {
      std::cerr << "crossfoot: no rule packs: give --rules, or install the shipped rules/ beside "
                   "the binary\n";
      loaded.failed = true;
      return loaded;
    }
    roots.push_back(dir);
  }
  for (const std::string& root : roots) {
    std::error_code ec;
    if (!fs::exists(root, ec)) {
      std::cerr << root << ": no such rule pack or directory\n";
      loaded.failed = true;
      continue;
    }
    std::vector<std::string> files = FindPackFiles(root);
    if (files.empty()) {
      std::cerr << root << ": no rule packs (.yaml) in this directory\n";
      loaded.failed = true;
    }
    for (const std::string& file : files) {
      Diagnostics diags;
      std::optional<Pack> pack = LoadPackFile(file, &diags, with_tests);
      for (const Diagnostic& d : diags.all()) {
        if (d.severity == "error") std::cerr << d.ToString() << "\n";
      }
      if (!pack) {
        loaded.failed = true;
        continue;
      }
      loaded.packs.push_back(std::make_unique<Pack>(std::move(*pack)));
    }
  }
  return loaded;
}

std::vector<std::string> CollectInputs(const std::vector<std::string>& paths, int* failures) {
  std::vector<std::string> out;
  for (const std::string& path : paths) {
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      std::cerr << path << ": no such file or directory\n";
      ++*failures;
      continue;
    }
    if (fs::is_directory(st)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(
               path, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && IsReportPath(it->path().string())) {
          found.push_back(it->path().string());
        }
      }
      std::sort(found.begin(), found.end());
      if (found.empty()) {
        std::string exts;
        for (const std::string& e : ReportExtensions()) exts += " " + e;
        std::cerr << path << ": no report files (" << exts.substr(1) << ") in this directory\n";
        ++*failures;
      }
      out.insert(out.end(), found.begin(), found.end());
    } else {
      out.push_back(path);
    }
  }
  return out;
}

bool IsSameFileAsAny(const std::string& output, const std::vector<std::string>& inputs) {
  std::error_code ec;
  if (!fs::exists(output, ec)) return false;
  for (const std::string& in : inputs) {
    if (fs::equivalent(output, in, ec)) return true;
  }
  return false;
}

}  // namespace crossfoot
