#include "engine/checks/registry.h"

#include <array>

#include "engine/check_kind.h"
#include "engine/checks/kinds.h"

namespace crossfoot {
namespace {

struct KindEntry {
  const char* key;  // the YAML key that selects the kind
  std::shared_ptr<const CheckKind> (*make)(FieldReader&);
};

// One line per check kind. Order matters where a kind uses another's key (each-row has assert).
constexpr std::array<KindEntry, 13> kKinds = {{
    {"each-row", MakeEachRowCheck},
    {"each-column", MakeEachColumnCheck},
    {"row-filled", MakeRowFilledCheck},
    {"whole-counts", MakeWholeCountsCheck},
    {"table-present", MakeTablePresentCheck},
    {"sum", MakeSumCheck},
    {"share", MakeShareCheck},
    {"change", MakeChangeCheck},
    {"agree", MakeAgreeCheck},
    {"assert", MakeAssertCheck},
    {"any-of", MakeAnyOfCheck},
    {"breakdown", MakeBreakdownCheck},
    {"statement", MakeStatementCheck},
}};

}  // namespace

std::shared_ptr<const CheckKind> MakeCheckKind(const SourcePos& where, const CheckFields& fields,
                                               std::string* kind, Diagnostics* diags,
                                               PatternCompiler* compiler) {
  for (const KindEntry& entry : kKinds) {
    if (fields.count(entry.key) == 0) continue;
    *kind = entry.key;
    FieldReader reader(where, fields, entry.key, diags, compiler);
    return entry.make(reader);
  }
  std::string keys;
  for (const KindEntry& entry : kKinds) keys += (keys.empty() ? "" : ", ") + std::string(entry.key);
  diags->Error(where, "a check needs one of: " + keys);
  return nullptr;
}

}  // namespace crossfoot
