// The registry of check kinds: which YAML key makes which kind.
#pragma once

#include <memory>
#include <string>

#include "rules/pack.h"

namespace crossfoot {

class CheckKind;
class PatternCompiler;

/// Builds the check kind that `fields` name; reports mistakes to diags; nullptr on error.
/// Its patterns are compiled by compiler (the pack loader's; see FieldReader).
std::shared_ptr<const CheckKind> MakeCheckKind(const SourcePos& where, const CheckFields& fields,
                                               std::string* kind, Diagnostics* diags,
                                               PatternCompiler* compiler = nullptr);

}  // namespace crossfoot
