// The factories of the check kinds, one per file in this folder.
#pragma once

#include <memory>

#include "engine/checks/fields.h"

namespace crossfoot {

class CheckKind;

std::shared_ptr<const CheckKind> MakeSumCheck(FieldReader& f);
std::shared_ptr<const CheckKind> MakeAssertCheck(FieldReader& f);
std::shared_ptr<const CheckKind> MakeAnyOfCheck(FieldReader& f);
std::shared_ptr<const CheckKind> MakeBreakdownCheck(FieldReader& f);
std::shared_ptr<const CheckKind> MakeShareCheck(FieldReader& f);
std::shared_ptr<const CheckKind> MakeChangeCheck(FieldReader& f);
std::shared_ptr<const CheckKind> MakeAgreeCheck(FieldReader& f);
std::shared_ptr<const CheckKind> MakeEachRowCheck(FieldReader& f);
std::shared_ptr<const CheckKind> MakeEachColumnCheck(FieldReader& f);
std::shared_ptr<const CheckKind> MakeRowFilledCheck(FieldReader& f);
std::shared_ptr<const CheckKind> MakeWholeCountsCheck(FieldReader& f);
std::shared_ptr<const CheckKind> MakeTablePresentCheck(FieldReader& f);
std::shared_ptr<const CheckKind> MakeStatementCheck(FieldReader& f);

}  // namespace crossfoot
