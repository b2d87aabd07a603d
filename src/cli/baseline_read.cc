// Reading a baseline file as a stream of JSON events (nlohmann's SAX interface), keeping only
// the entries' keys. The document tree of a baseline of 1,000,000 entries (130 MB) took most of
// a gigabyte beside the keys themselves, and a 1 GiB cap ended the run in std::bad_alloc
// (issue #26, item 3); the keys alone take about 250 bytes an entry.
#include <new>
#include <nlohmann/json.hpp>
#include <optional>

#include "cli/baseline.h"
#include "util/file_read.h"

namespace crossfoot {
namespace {

using Json = nlohmann::json;

// Depths: 0 outside everything, 1 inside the top-level object, 2 inside its "findings" array,
// 3 inside an entry.
class BaselineEvents : public nlohmann::json_sax<Json> {
 public:
  enum class Problem { kNone, kNotABaseline, kBadEntry };

  explicit BaselineEvents(std::set<BaselineKey>* keys) : keys_(keys) {}

  Problem problem() const { return problem_; }
  bool complete() const { return findings_seen_ && problem_ == Problem::kNone; }
  // A version-1 baseline (or one that does not say) has paths as typed.
  bool typed_paths() const { return !version_ || *version_ < 2; }

  bool null() override { return Scalar(nullptr); }
  bool boolean(bool /*value*/) override { return Scalar(nullptr); }
  bool number_integer(number_integer_t value) override {
    if (depth_ == 1 && top_key_ == "crossfootBaseline") version_ = value;
    return Scalar(nullptr);
  }
  bool number_unsigned(number_unsigned_t value) override {
    if (depth_ == 1 && top_key_ == "crossfootBaseline")
      version_ = static_cast<long long>(std::min<number_unsigned_t>(value, 1u << 30));
    return Scalar(nullptr);
  }
  bool number_float(number_float_t /*value*/, const string_t& /*text*/) override {
    return Scalar(nullptr);
  }
  bool string(string_t& value) override { return Scalar(&value); }
  bool binary(binary_t& /*value*/) override { return Scalar(nullptr); }

  bool key(string_t& value) override {
    if (depth_ == 1) top_key_ = value;
    if (depth_ == 3 && in_findings_) entry_key_ = value;
    return true;
  }
  bool start_object(std::size_t /*size*/) override {
    if (depth_ == 1 && top_key_ == "findings") return Fail(Problem::kNotABaseline);
    if (depth_ == 2 && in_findings_) entry_ = Entry{};
    if (depth_ == 3 && in_findings_ && IsEntryField()) entry_.bad = true;
    ++depth_;
    return true;
  }
  bool end_object() override {
    --depth_;
    if (depth_ != 2 || !in_findings_) return true;
    if (entry_.bad || !entry_.path || !entry_.rule || !entry_.fingerprint)
      return Fail(Problem::kBadEntry);
    keys_->emplace(std::move(*entry_.path), std::move(*entry_.rule),
                   std::move(*entry_.fingerprint));
    return true;
  }
  bool start_array(std::size_t /*size*/) override {
    if (depth_ == 0) return Fail(Problem::kNotABaseline);
    if (depth_ == 1 && top_key_ == "findings") findings_seen_ = in_findings_ = true;
    if (depth_ == 2 && in_findings_) return Fail(Problem::kBadEntry);
    if (depth_ == 3 && in_findings_ && IsEntryField()) entry_.bad = true;
    ++depth_;
    return true;
  }
  bool end_array() override {
    if (--depth_ == 1) in_findings_ = false;
    return true;
  }
  bool parse_error(std::size_t /*position*/, const std::string& /*last_token*/,
                   const nlohmann::detail::exception& /*error*/) override {
    return Fail(Problem::kNotABaseline);
  }

 private:
  struct Entry {
    std::optional<std::string> path, rule, fingerprint;
    bool bad = false;  // one of the three is not a string
  };

  bool IsEntryField() const {
    return entry_key_ == "path" || entry_key_ == "ruleId" || entry_key_ == "fingerprint";
  }

  // A value that is not an array or an object; `text` when it is a string.
  bool Scalar(string_t* text) {
    if (depth_ == 0) return Fail(Problem::kNotABaseline);
    if (depth_ == 1 && top_key_ == "findings") return Fail(Problem::kNotABaseline);
    if (depth_ == 2 && in_findings_) return Fail(Problem::kBadEntry);
    if (depth_ == 3 && in_findings_ && IsEntryField()) {
      if (text == nullptr) {
        entry_.bad = true;
      } else {
        std::optional<std::string>& field = entry_key_ == "path"     ? entry_.path
                                            : entry_key_ == "ruleId" ? entry_.rule
                                                                     : entry_.fingerprint;
        field = std::move(*text);
      }
    }
    return true;
  }

  bool Fail(Problem problem) {
    problem_ = problem;
    return false;
  }

  std::set<BaselineKey>* keys_;
  int depth_ = 0;
  std::string top_key_;
  std::string entry_key_;
  Entry entry_;
  bool findings_seen_ = false;
  bool in_findings_ = false;  // inside the "findings" array (depth 2) or one of its entries
  std::optional<long long> version_;
  Problem problem_ = Problem::kNone;
};

}  // namespace

Result<std::set<BaselineKey>> ReadBaseline(const std::string& path, const std::string& root) {
  const std::string not_a_baseline =
      path + ": not a crossfoot baseline (write one with `crossfoot baseline`)";
  std::set<BaselineKey> keys;
  try {
    Result<FileDescriptor> opened = OpenRegularFile(path, kMaxBaselineBytes);
    if (!opened.ok()) {
      return Error{
          path + ": " +
          (opened.error() == kCannotReadFile ? "cannot read the baseline" : opened.error())};
    }
    // Streamed, never held whole: the text would be a third of the memory again.
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(fdopen(opened.value().Release(), "rb"),
                                                         &std::fclose);
    if (file == nullptr) return Error{path + ": cannot read the baseline"};
    BaselineEvents events(&keys);
    Json::sax_parse(file.get(), &events);
    if (std::ferror(file.get()) != 0) return Error{path + ": cannot read the baseline"};
    if (events.problem() == BaselineEvents::Problem::kBadEntry)
      return Error{path + ": a baseline entry needs path, ruleId and fingerprint"};
    if (!events.complete()) return Error{not_a_baseline};
    if (!events.typed_paths()) return keys;
    std::set<BaselineKey> relative;
    for (auto node = keys.begin(); node != keys.end();) {
      auto entry = keys.extract(node++);
      auto& [typed, rule, fingerprint] = entry.value();
      relative.emplace(RootRelative(typed, root), std::move(rule), std::move(fingerprint));
    }
    return relative;
  } catch (const std::bad_alloc&) {
    return Error{path + ": the baseline is too large for the memory available (" +
                 std::to_string(keys.size()) + " entries read)"};
  } catch (const nlohmann::json::exception&) {
    return Error{not_a_baseline};
  }
}

}  // namespace crossfoot
