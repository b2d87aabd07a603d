// `crossfoot server`: the language server on standard input and output (cli/lsp_server.h).
#include <fmt/format.h>

#include <iostream>

#include "cli/check_selection.h"
#include "cli/check_setup.h"
#include "cli/commands.h"
#include "cli/lsp_server.h"
#include "cli/lsp_transport.h"

namespace crossfoot {
namespace {

// The workspace's setup, as `check` would make it from the workspace's directory: the
// configuration found from there (or --config), the packs it or --rules names, the selection,
// the baseline.
Result<ServerSetup> LoadSetup(const CheckOptions& given, const char* argv0,
                              const std::string& root) {
  CheckOptions opts = given;
  std::optional<Config> config;
  const std::string start = root.empty() ? "." : root;
  if (!ApplyConfig(&opts, &config, start)) {
    return Error{"crossfoot: the configuration is not valid (the server's log says why)"};
  }
  ServerSetup setup;
  setup.packs = LoadPacks(opts.rules, argv0, /*with_tests=*/false);
  if (!setup.packs.complete()) {
    return Error{"crossfoot: the rule packs have errors (the server's log says why)"};
  }
  if (!CheckNamesKnown(given, config, setup.packs)) {
    return Error{"crossfoot: unknown check ids are named (the server's log says which)"};
  }
  ApplySelection(opts.select, opts.ignore, &setup.packs);
  setup.lang = opts.lang;
  setup.max_input_size = opts.max_input_size;
  if (!opts.baseline.empty()) {
    setup.baseline_root = BaselineRoot(config ? config->dir : "", opts.baseline);
    Result<std::set<BaselineKey>> read = ReadBaseline(opts.baseline, setup.baseline_root);
    if (!read.ok()) {
      PrintError(read.error());
      return Error{read.error()};
    }
    setup.baseline = std::move(read).value();
  }
  setup.config = std::move(config);
  return setup;
}

}  // namespace

int RunServer(const CheckOptions& opts, const char* argv0) {
  std::ios::sync_with_stdio(false);
  LspServer server([&](const std::string& root) { return LoadSetup(opts, argv0, root); });
  for (;;) {
    Result<std::optional<std::string>> message = ReadLspMessage(std::cin);
    if (!message.ok()) {
      PrintError("crossfoot server: " + message.error() + "; stopping");
      return kExitFailure;
    }
    if (!message.value()) {
      // The client went away without `exit`.
      return kExitFailure;
    }
    for (const std::string& reply : server.Handle(*message.value())) {
      WriteLspMessage(std::cout, reply);
    }
    if (server.exited()) return server.exit_status();
  }
}

}  // namespace crossfoot
