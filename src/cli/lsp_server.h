// `crossfoot server`: a language server (LSP 3.17) over standard input and output, so that an
// editor shows each figure that does not add up while the report is written. One process
// answers the whole editing session: the packs are loaded and their patterns compiled once,
// and each edit costs only the audit of the edited document (docs/performance.md).
//
//   LspServer server(loader);
//   for each message read: for (const std::string& reply : server.Handle(message)) write(reply);
//   until server.exited(); exit with server.exit_status()
//
// Documents are synchronised incrementally; each open, change and save publishes the document's
// diagnostics (textDocument/publishDiagnostics): one a finding, at its figure, with the related
// figures as related information, code = the check's id. A document no pack reads as a report
// gets none; a report on which nothing could be checked gets one note saying why; the previous
// year's report beside it on disk is paired as `check DIR` pairs it. .docx and
// PDF documents are audited from the file on disk. The workspace's .crossfoot.yaml applies as
// it does to `check` (include/exclude, select/ignore, severity, baseline).
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "cli/app.h"
#include "cli/baseline.h"
#include "cli/config.h"
#include "util/result.h"

namespace crossfoot {

/// What the server audits with, loaded when the client names its workspace.
struct ServerSetup {
  LoadedPacks packs;
  std::optional<Config> config;
  std::string lang;  // messages: "en", "zh", or empty for each pack's own
  std::set<BaselineKey> baseline;
  std::string baseline_root;
  size_t max_input_size = 64u << 20;
};

/// Loads the setup for a workspace (its root directory, absolute, or empty when the client
/// names none); an error says why it cannot (the details already on stderr).
using ServerSetupLoader = std::function<Result<ServerSetup>(const std::string& workspace_root)>;

class LspServer {
 public:
  explicit LspServer(ServerSetupLoader loader);
  ~LspServer();
  LspServer(const LspServer&) = delete;
  LspServer& operator=(const LspServer&) = delete;

  /// The messages to send for one message received (a response, notifications), in order.
  std::vector<std::string> Handle(std::string_view message);

  /// True once the client sent `exit`.
  bool exited() const { return exited_; }
  /// 0 when `shutdown` came before `exit`, else 1 (as the protocol asks).
  int exit_status() const { return shutdown_ ? 0 : 1; }

 private:
  std::vector<std::string> Dispatch(std::string_view message);
  /// What to send when handling the current message failed: an error reply to a request, a
  /// window/showMessage for a notification.
  std::vector<std::string> Failed(const std::string& why) const;

  struct State;
  std::unique_ptr<State> state_;
  bool shutdown_ = false;
  bool exited_ = false;
};

}  // namespace crossfoot
