#include "util/module.h"

#include <dlfcn.h>

#include <filesystem>
#include <system_error>
#include <vector>

namespace crossfoot {

namespace fs = std::filesystem;

Result<void*> ModuleSymbol(const std::string& file, const char* symbol) {
  if (void* linked = dlsym(RTLD_DEFAULT, symbol); linked != nullptr) return linked;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return Error{"cannot find crossfoot's own binary to load " + file + ": " + ec.message()};
  std::vector<fs::path> candidates = {exe.parent_path() / file,
                                      exe.parent_path() / kModuleDir / file};
  std::string tried;
  for (const fs::path& path : candidates) {
    if (!fs::exists(path, ec)) {
      tried += (tried.empty() ? "" : ", ") + path.lexically_normal().string();
      continue;
    }
    // Loaded once and kept: a module's code may be running in other threads until exit.
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
      const char* why = dlerror();
      return Error{"cannot load " + path.string() + ": " + (why != nullptr ? why : "unknown")};
    }
    void* found = dlsym(handle, symbol);
    if (found == nullptr) return Error{path.string() + " lacks " + symbol};
    return found;
  }
  return Error{"crossfoot's module " + file + " is not installed (looked for " + tried + ")"};
}

}  // namespace crossfoot
