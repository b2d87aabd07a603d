#include "cli/lsp_server.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <new>
#include <nlohmann/json.hpp>
#include <utility>

#include "cli/check_setup.h"
#include "cli/previous_year.h"
#include "emit/emitter.h"
#include "engine/audit.h"
#include "read/read_document.h"
#include "util/file_uri.h"
#include "util/json_depth.h"
#include "util/unicode.h"
#include "util/version.h"

namespace crossfoot {
namespace {

using Json = nlohmann::ordered_json;

// JSON-RPC's and the protocol's error codes.
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kInternalError = -32603;
constexpr int kServerNotInitialized = -32002;

// textDocumentSync kinds and diagnostic severities.
constexpr int kSyncIncremental = 2;
constexpr int kSeverityError = 1;
constexpr int kSeverityWarning = 2;
constexpr int kSeverityInformation = 3;

// A report's text may hold invalid UTF-8: it is replaced, never thrown on.
std::string Dump(const Json& message) {
  return message.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string Response(const Json& id, Json result) {
  return Dump({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
}

std::string ErrorResponse(const Json& id, int code, const std::string& message, Json data = {}) {
  Json error = {{"code", code}, {"message", message}};
  if (!data.is_null()) error["data"] = std::move(data);
  return Dump({{"jsonrpc", "2.0"}, {"id", id}, {"error", std::move(error)}});
}

std::string Notification(const std::string& method, Json params) {
  return Dump({{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
}

const Json* Member(const Json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

std::optional<std::string> StringMember(const Json& object, const char* key) {
  const Json* v = Member(object, key);
  if (v == nullptr || !v->is_string()) return std::nullopt;
  return v->get<std::string>();
}

std::optional<long long> IntegerMember(const Json& object, const char* key) {
  const Json* v = Member(object, key);
  if (v == nullptr || !v->is_number_integer()) return std::nullopt;
  return v->get<long long>();
}

// The byte offset in `text` of an LSP position (0-based line, UTF-16 code units); a position
// past a line's end is its end, past the last line the text's end (as the protocol asks).
size_t OffsetOf(std::string_view text, long long line, long long character) {
  size_t pos = 0;
  for (long long l = 0; l < line; ++l) {
    const size_t newline = text.find('\n', pos);
    if (newline == std::string_view::npos) return text.size();
    pos = newline + 1;
  }
  long long units = 0;
  while (pos < text.size() && text[pos] != '\n' && text[pos] != '\r' && units < character) {
    const char32_t c = NextCodePoint(text, &pos);
    units += c >= 0x10000 ? 2 : 1;
  }
  return pos;
}

// A location's 1-based code-point column as a 0-based UTF-16 character in its line (a column
// past the line's text, the end of a span at its end, counts one unit a column).
long long Utf16Character(const std::string& line_text, size_t column) {
  long long units = 0;
  size_t pos = 0;
  for (size_t cp = 1; cp < column; ++cp) {
    units += pos < line_text.size() && NextCodePoint(line_text, &pos) >= 0x10000 ? 2 : 1;
  }
  return units;
}

Json Position(const LineColumn& at, const std::string& line_text) {
  if (at.line == 0) return {{"line", 0}, {"character", 0}};
  return {{"line", at.line - 1}, {"character", Utf16Character(line_text, at.column)}};
}

Json Range(const Location& l) {
  Json start = Position(l.start, l.line_text);
  // The end is on the start's line in every location crossfoot makes; another line's text is
  // not at hand, so its column is counted as if it had no character outside the BMP.
  Json end = l.end.line == l.start.line
                 ? Position(l.end, l.line_text)
                 : Json{{"line", l.end.line == 0 ? 0 : l.end.line - 1},
                        {"character", l.end.column == 0 ? 0 : l.end.column - 1}};
  return {{"start", std::move(start)}, {"end", std::move(end)}};
}

Json WholeFirstLine() {
  return {{"start", {{"line", 0}, {"character", 0}}}, {"end", {{"line", 0}, {"character", 0}}}};
}

int Severity(const std::string& severity) {
  if (severity == "error") return kSeverityError;
  if (severity == "warning") return kSeverityWarning;
  return kSeverityInformation;
}

// The name a document is read as: its path, or for an unsaved one a name whose extension
// gives the format its language implies.
std::string DocumentName(const std::string& uri, const std::string& language) {
  if (std::optional<std::string> path = FileUriPath(uri)) return *path;
  if (language == "markdown") return "untitled.md";
  if (language == "html") return "untitled.html";
  return "untitled.txt";
}

}  // namespace

struct LspServer::State {
  ServerSetupLoader loader;
  std::optional<ServerSetup> setup;
  struct OpenDocument {
    std::string text;
    std::string language;
    std::optional<long long> version;
    // False after a change the server could not apply: its copy is not the editor's, and
    // diagnostics would land on the wrong figures until the whole text is sent again.
    bool synchronised = true;
  };
  std::map<std::string, OpenDocument> documents;  // by URI
  // The message being handled, for the answer when it fails: a request gets an error reply
  // with its id, a notification (which must never be answered) a window/showMessage.
  struct Current {
    bool request = false;
    std::optional<Json> id;  // a number, a string or null (checked before it is copied)
    std::string method;
    std::string uri;
  };
  Current current;
  // Previous years' reports read from disk, kept while the file is unchanged.
  struct PreviousReport {
    std::filesystem::file_time_type modified;
    std::uintmax_t size = 0;
    std::shared_ptr<const Document> document;  // null: it could not be read
  };
  mutable std::map<std::string, PreviousReport> previous;
  // Each document's pairing, found by listing its directory once, not at every change; an
  // open or a save looks again.
  mutable std::map<std::string, std::optional<std::string>> paired;

  // The report among the files beside `path` that is its previous year's, as `check DIR`
  // pairs them.
  static std::optional<std::string> PairBesideIt(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    std::vector<std::string> inputs = {path};
    for (fs::directory_iterator it(fs::path(path).parent_path(), ec), end; !ec && it != end;
         it.increment(ec)) {
      if (it->is_regular_file(ec) && it->path().string() != path &&
          IsReportPath(it->path().string())) {
        inputs.push_back(it->path().string());
      }
    }
    std::sort(inputs.begin() + 1, inputs.end());  // the walk's order is the file system's
    return PairPreviousYears(inputs)[0];
  }

  // The previous year's report of a document on disk (某局-2020.md beside 某局-2021.md), read
  // again only when it changes; null when there is none.
  const Document* PreviousYear(const std::string& path) const {
    namespace fs = std::filesystem;
    std::error_code ec;
    auto known = paired.find(path);
    if (known == paired.end()) known = paired.emplace(path, PairBesideIt(path)).first;
    const std::optional<std::string>& found = known->second;
    if (!found) return nullptr;
    const auto modified = fs::last_write_time(*found, ec);
    const std::uintmax_t size = ec ? 0 : fs::file_size(*found, ec);
    if (ec) return nullptr;
    PreviousReport& kept = previous[*found];
    if (kept.modified != modified || kept.size != size || !kept.document) {
      Result<Document> read = ReadDocument(*found, setup->max_input_size);
      kept = {modified, size,
              read.ok() ? std::make_shared<const Document>(std::move(read).value()) : nullptr};
    }
    return kept.document.get();
  }

  // The diagnostics of one open document.
  Json Diagnostics(const std::string& uri, const OpenDocument& doc) const {
    Json out = Json::array();
    const ServerSetup& s = *setup;
    const std::string name = DocumentName(uri, doc.language);
    const bool on_disk = FileUriPath(uri).has_value();
    if (on_disk && s.config && !s.config->Selects(name)) return out;
    auto problem = [&](const std::string& message, int severity) {
      out.push_back({{"range", WholeFirstLine()},
                     {"severity", severity},
                     {"source", "crossfoot"},
                     {"message", message}});
      return out;
    };
    // Not a report's format, or nothing yet: an editor sends every file it opens. A format an
    // editor cannot hold as text is audited from the file on disk.
    if (!IsReportPath(name)) return out;
    const bool from_disk = on_disk && IsBinaryReportPath(name);
    if (!from_disk) {
      if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) return out;
      if (!doc.synchronised) return out;
      if (doc.text.size() > s.max_input_size) {
        return problem(
            fmt::format("{}: the document is over the limit of {} bytes", name, s.max_input_size),
            kSeverityError);
      }
    }
    const Result<Document> read =
        from_disk ? ReadDocument(name, s.max_input_size) : ParseDocument(name, doc.text);
    if (!read.ok()) return problem(read.error(), kSeverityError);
    FileReport report = AuditDocument(read.value(), s.packs.Pointers(), /*force=*/false,
                                      on_disk ? PreviousYear(name) : nullptr);
    if (report.coverage.packs == 0) return out;  // not a report: an editor opens many files
    if (s.config) ApplySeverities(s.config->severity, &report);
    if (!s.baseline.empty()) {
      std::set<BaselineKey> used;
      ApplyBaseline(s.baseline, s.baseline_root, &report, &used);
    }
    EmitOptions options;
    options.lang = s.lang;
    for (const Finding& f : report.findings) {
      Json related = Json::array();
      for (const Location& r : f.related) {
        std::string related_uri = uri;
        if (!r.path.empty()) {
          std::error_code ec;
          related_uri = FileUri(std::filesystem::absolute(r.path, ec).lexically_normal().string());
        }
        related.push_back({{"location", {{"uri", related_uri}, {"range", Range(r)}}},
                           {"message", r.label + " " + r.written}});
      }
      Json d = {{"range", Range(f.primary)},
                {"severity", Severity(f.severity)},
                {"code", f.rule_id},
                {"source", "crossfoot"},
                {"message", MessageOf(f, options)}};
      if (!related.empty()) d["relatedInformation"] = std::move(related);
      out.push_back(std::move(d));
    }
    if (!report.coverage.unchecked.empty()) {
      problem("not checked: " + report.coverage.unchecked, kSeverityInformation);
    }
    return out;
  }

  std::string Publish(const std::string& uri) const {
    Json params = {{"uri", uri}};
    auto it = documents.find(uri);
    if (it != documents.end() && it->second.version) params["version"] = *it->second.version;
    params["diagnostics"] = it == documents.end() ? Json::array() : Diagnostics(uri, it->second);
    return Notification("textDocument/publishDiagnostics", std::move(params));
  }
};

LspServer::LspServer(ServerSetupLoader loader) : state_(std::make_unique<State>()) {
  state_->loader = std::move(loader);
}

LspServer::~LspServer() = default;

std::vector<std::string> LspServer::Handle(std::string_view message) {
  // nlohmann's exceptions stop here: a message the handlers did not foresee is answered with
  // an error, and the server goes on.
  state_->current = State::Current{};
  try {
    return Dispatch(message);
  } catch (const nlohmann::json::exception& e) {
    return Failed(std::string("cannot handle the message: ") + e.what());
  } catch (const std::bad_alloc&) {
    // Memory exhausted, most likely by the document (a text needs many times its size to
    // audit): said as such, so that the user knows why the document has no diagnostics
    // (issue #26, item 8).
    const State::Current& c = state_->current;
    std::string what = c.uri.empty() ? "cannot handle " + c.method
                                     : c.uri +
                                           ": the document is too large to audit in the "
                                           "memory available";
    PrintError("crossfoot server: " + what);
    return Failed(what + " (std::bad_alloc)");
  } catch (const std::exception& e) {
    // The standard library's own (a file system error): this message fails, not the editing
    // session.
    PrintError(std::string("crossfoot server: cannot handle a message: ") + e.what());
    return Failed(std::string("cannot handle the message: ") + e.what());
  }
}

std::vector<std::string> LspServer::Failed(const std::string& why) const {
  const State::Current& c = state_->current;
  if (c.request) return {ErrorResponse(c.id.value_or(nullptr), kInternalError, why)};
  // JSON-RPC never answers a notification; the user is told instead.
  return {Notification("window/showMessage", {{"type", 1}, {"message", "crossfoot: " + why}})};
}

std::vector<std::string> LspServer::Dispatch(std::string_view message) {
  State& st = *state_;
  if (JsonNestingDepth(message) > kMaxJsonDepth) {
    return {ErrorResponse(
        nullptr, kInvalidRequest,
        fmt::format("the message nests arrays and objects more than {} deep", kMaxJsonDepth))};
  }
  const Json msg = Json::parse(message, nullptr, /*allow_exceptions=*/false);
  if (msg.is_discarded()) return {ErrorResponse(nullptr, kParseError, "not JSON")};
  if (!msg.is_object()) return {ErrorResponse(nullptr, kInvalidRequest, "not a JSON object")};
  const std::optional<std::string> method = StringMember(msg, "method");
  const Json* id_member = Member(msg, "id");
  // JSON-RPC: an id is a number, a string or null; anything else is refused, not echoed.
  if (id_member != nullptr && !id_member->is_null() && !id_member->is_number() &&
      !id_member->is_string()) {
    return {ErrorResponse(nullptr, kInvalidRequest, "the id is not a number, a string or null")};
  }
  const bool request = id_member != nullptr;
  const Json id = request ? *id_member : Json();
  st.current.request = request;
  st.current.id = id;
  if (!method) {
    // A response to a request of ours (there are none, but for window/showMessage, which is a
    // notification): nothing to answer. A request whose method is not a string is invalid.
    if (request && Member(msg, "method") != nullptr) {
      return {ErrorResponse(*id_member, kInvalidRequest, "the method is not a string")};
    }
    if (request) return {};
    return {ErrorResponse(nullptr, kInvalidRequest, "a message without a method")};
  }
  st.current.method = *method;
  const Json empty = Json::object();
  const Json* params_member = Member(msg, "params");
  const Json& params = params_member != nullptr ? *params_member : empty;
  auto reject = [&](int code, const std::string& why) -> std::vector<std::string> {
    if (!request) return {};
    return {ErrorResponse(id, code, why)};
  };
  if (*method == "exit") {
    exited_ = true;
    return {};
  }
  if (shutdown_) return reject(kInvalidRequest, "the server is shutting down");
  if (*method == "initialize") {
    if (st.setup) return reject(kInvalidRequest, "initialize was sent twice");
    std::string root;
    if (std::optional<std::string> uri = StringMember(params, "rootUri")) {
      root = FileUriPath(*uri).value_or("");
    } else if (std::optional<std::string> path = StringMember(params, "rootPath")) {
      root = *path;
    }
    Result<ServerSetup> loaded = st.loader(root);
    if (!loaded.ok()) {
      // The protocol's InitializeError (retry: false), and the reason shown, not only logged.
      return {Notification("window/showMessage", {{"type", 1}, {"message", loaded.error()}}),
              ErrorResponse(id, kInternalError, loaded.error(), {{"retry", false}})};
    }
    st.setup.emplace(std::move(loaded).value());
    Json capabilities = {
        {"positionEncoding", "utf-16"},
        {"textDocumentSync",
         {{"openClose", true}, {"change", kSyncIncremental}, {"save", {{"includeText", false}}}}}};
    return {Response(
        id, {{"capabilities", std::move(capabilities)},
             {"serverInfo",
              {{"name", "crossfoot"}, {"version", std::string(CrossfootProjectVersion())}}}})};
  }
  if (!st.setup) return reject(kServerNotInitialized, "initialize has not been sent");
  if (*method == "initialized") return {};
  // $/ notifications may be ignored; a $/ request is answered like any unknown one.
  if (method->starts_with("$/"))
    return reject(kMethodNotFound, "crossfoot does not handle " + *method);
  if (*method == "shutdown") {
    shutdown_ = true;
    return {Response(id, nullptr)};
  }
  const Json* document = Member(params, "textDocument");
  const std::optional<std::string> uri =
      document != nullptr ? StringMember(*document, "uri") : std::nullopt;
  st.current.uri = uri.value_or("");
  if (*method == "textDocument/didOpen") {
    std::optional<std::string> text =
        document != nullptr ? StringMember(*document, "text") : std::nullopt;
    if (!uri || !text) return reject(kInvalidParams, "didOpen needs textDocument.uri and .text");
    State::OpenDocument& open = st.documents[*uri];
    open.text = std::move(*text);
    open.language = StringMember(*document, "languageId").value_or("");
    open.version = IntegerMember(*document, "version");
    open.synchronised = true;
    st.paired.clear();
    return {st.Publish(*uri)};
  }
  if (*method == "textDocument/didChange") {
    auto it = uri ? st.documents.find(*uri) : st.documents.end();
    const Json* changes = Member(params, "contentChanges");
    if (it == st.documents.end() || changes == nullptr || !changes->is_array()) {
      return reject(kInvalidParams, "didChange names no open document or has no contentChanges");
    }
    State::OpenDocument& open = it->second;
    for (const Json& change : *changes) {
      std::optional<std::string> replacement = StringMember(change, "text");
      const Json* range = Member(change, "range");
      if (replacement && range == nullptr) {
        open.text = std::move(*replacement);
        open.synchronised = true;
        continue;
      }
      const Json* start = range != nullptr ? Member(*range, "start") : nullptr;
      const Json* end = range != nullptr ? Member(*range, "end") : nullptr;
      std::optional<long long> lines[2];
      std::optional<long long> characters[2];
      for (int i = 0; i < 2; ++i) {
        const Json* at = i == 0 ? start : end;
        if (at == nullptr) break;
        lines[i] = IntegerMember(*at, "line");
        characters[i] = IntegerMember(*at, "character");
      }
      const bool whole = replacement && lines[0] && lines[1] && characters[0] && characters[1] &&
                         *lines[0] >= 0 && *lines[1] >= 0 && *characters[0] >= 0 &&
                         *characters[1] >= 0;
      if (!whole || !open.synchronised) {
        if (open.synchronised) {
          PrintError("crossfoot server: " + *uri +
                     ": a change without a whole range and text; its diagnostics wait for the "
                     "document's whole text");
        }
        open.synchronised = false;
        continue;  // a later change of the whole text brings it back
      }
      const size_t from = OffsetOf(open.text, *lines[0], *characters[0]);
      const size_t to = std::max(from, OffsetOf(open.text, *lines[1], *characters[1]));
      open.text.replace(from, to - from, *replacement);
    }
    if (std::optional<long long> version = IntegerMember(*document, "version")) {
      it->second.version = version;
    }
    return {st.Publish(*uri)};
  }
  if (*method == "textDocument/didSave") {
    if (!uri || st.documents.count(*uri) == 0) return {};
    st.paired.clear();
    return {st.Publish(*uri)};
  }
  if (*method == "textDocument/didClose") {
    if (!uri) return {};
    st.documents.erase(*uri);
    return {st.Publish(*uri)};  // no longer open: its diagnostics are cleared
  }
  return reject(kMethodNotFound, "crossfoot does not handle " + *method);
}

}  // namespace crossfoot
