#include "cli/app.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/git_ignore.h"
#include "read/read_document.h"
#include "rules/pack_cache.h"
#include "rules/pack_loader.h"
#include "util/directory_walk.h"
#include "util/escape.h"

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
  const PackCache cache = PackCache::FromEnvironment();
  for (const std::string& root : roots) {
    std::error_code ec;
    if (!fs::exists(root, ec)) {
      PrintError(root + ": no such rule pack or directory");
      loaded.failed = true;
      continue;
    }
    std::vector<std::string> unreadable;
    std::vector<std::string> files = FindPackFiles(root, &unreadable);
    for (const std::string& dir : unreadable) {
      PrintError(dir + ": cannot read this directory; the rule packs in it are not loaded");
      ++loaded.unreadable_dirs;
    }
    if (files.empty() && unreadable.empty()) {
      PrintError(root + ": no rule packs (.yaml) in this directory");
      loaded.failed = true;
    }
    for (const std::string& file : files) {
      Diagnostics diags;
      std::optional<Pack> pack = LoadPackFile(file, &diags, with_tests, &cache);
      for (const Diagnostic& d : diags.all()) {
        if (d.severity == "error") PrintError(d.ToString());
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

InputList CollectInputs(const std::vector<std::string>& paths, int* failures) {
  InputList out;
  for (const std::string& path : paths) {
    if (path == "-") {
      out.files.push_back(path);
      out.walked.push_back(false);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      PrintError(path + ": no such file or directory");
      ++*failures;
      continue;
    }
    if (fs::is_directory(st)) {
      DirectoryListing found =
          ListFilesBelow(path, [](const std::string& file) { return IsReportPath(file); });
      for (const std::string& dir : found.unreadable) {
        PrintError(dir + ": cannot read this directory; the reports in it are not audited");
        ++*failures;
      }
      for (const std::string& problem : found.unreadable_entries) {
        PrintError(problem + "; what is there is not audited");
        ++*failures;
      }
      if (found.files.empty() && found.unreadable.empty() && found.unreadable_entries.empty()) {
        std::string exts;
        for (const std::string& e : ReportExtensions()) exts += " " + e;
        PrintError(path + ": no report files (" + exts.substr(1) + ") in this directory");
        ++*failures;
      }
      // A directory named on the command line is walked even when git ignores it (a corpus
      // in build/): only what is ignored below it, by its own rules, is left out.
      GitIgnore ignore(path);
      if (!ignore.error().empty()) {
        PrintError(path + ": cannot apply .gitignore rules: " + ignore.error());
        ++*failures;
      }
      const bool named_ignored = ignore.Ignored(path) || ignore.Ignored(path + "/");
      for (const std::string& file : found.files) {
        if (!named_ignored && ignore.Ignored(file)) {
          out.ignored.push_back(file);
          continue;
        }
        out.files.push_back(file);
        out.walked.push_back(true);
      }
      for (const std::string& problem : ignore.problems()) {
        PrintError(problem);
        ++*failures;
      }
    } else {
      out.files.push_back(path);
      out.walked.push_back(false);
    }
  }
  return out;
}

const std::string* SameFileAs(const std::string& output, const std::vector<std::string>& inputs) {
  struct stat out {};
  if (stat(output.c_str(), &out) != 0) return nullptr;
  for (const std::string& in : inputs) {
    struct stat st {};
    if (stat(in.c_str(), &st) == 0 && st.st_dev == out.st_dev && st.st_ino == out.st_ino)
      return &in;
  }
  return nullptr;
}

void PrintError(std::string_view message) { std::cerr << EscapeControls(message) << "\n"; }

}  // namespace crossfoot
