// The figure to correct: across the failed relations of one document, the one figure whose
// correction makes every relation of its group hold, as an auditor finds the cell that keeps a
// table from cross-footing.
//
//   CorrectionSearch s = FindCorrections(doc.path, failed, failing_now, reevaluate);
//   if (s.explanations[i].correction) ... s.corrections[*s.explanations[i].correction] ...
//
// Failed relations that share a figure form a group. For each figure of a group, the value
// that makes each of its failed relations hold is solved for (each relation re-evaluated by
// the engine with the figure replaced by probe values: the relations the packs state are
// linear in any one figure, and one that is not is left alone), written as the report writes
// the figure, and checked by re-evaluating every check of every pack with the corrected
// figure: the group's relations must all hold and no relation that held may fail. A group is
// explained by the figure that passes (where several do, as for a lone sum, the one the checks
// name most often as most likely wrong, and none when that does not single one out); when none
// passes, no single figure explains it.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "engine/fact_value.h"
#include "engine/outcome.h"

namespace crossfoot {

/// One evaluation of one check: the `outcome`-th outcome of check `check` of pack `pack`.
struct RelationKey {
  size_t pack = 0;
  size_t check = 0;
  size_t outcome = 0;
  bool operator==(const RelationKey& o) const {
    return pack == o.pack && check == o.check && outcome == o.outcome;
  }
  bool operator<(const RelationKey& o) const {
    return std::tie(pack, check, outcome) < std::tie(o.pack, o.check, o.outcome);
  }
};

/// A failed relation the search may explain, with every figure it involves.
struct FailedRelation {
  RelationKey key;
  std::vector<Relation> readings;  // the comparison, or the readings of which one must hold
  std::vector<Involved> figures;
};

/// The engine, evaluating the document's checks with figures read as other values.
struct Reevaluation {
  /// The outcomes of one check.
  std::function<std::vector<Outcome>(size_t pack, size_t check,
                                     const std::vector<FigureOverride>& overrides)>
      check;
  /// Every relation that fails, over every check of every pack, sorted.
  std::function<std::vector<RelationKey>(const std::vector<FigureOverride>& overrides)> failing;
};

/// A figure to correct and the value that resolves its group.
struct Correction {
  size_t source_begin = 0;  // where the figure is written
  std::string written;      // as written ("112")
  std::string corrected;    // as it should be written ("111")
};

/// What the search says about one failed relation.
struct Explanation {
  size_t group = 0;                  // relations sharing figures are in one group
  std::optional<size_t> correction;  // index into CorrectionSearch::corrections
  bool unexplained = false;          // no single figure resolves its group
};

struct CorrectionSearch {
  std::vector<Correction> corrections;
  std::vector<Explanation> explanations;  // one per failed relation, in the same order
};

/// At most this many figures are tried per document (each try re-evaluates every check); the
/// groups past the budget are left as the checks report them.
constexpr size_t kMaxCorrectionCandidates = 64;

/// Searches for the figure to correct in each group of failed relations of the document at
/// `path` (figures of another document, the previous year's, are never corrected).
/// `failing_now` is Reevaluation::failing without overrides. Deterministic: figures are tried
/// in source order.
CorrectionSearch FindCorrections(const std::string& path, const std::vector<FailedRelation>& failed,
                                 const std::vector<RelationKey>& failing_now,
                                 const Reevaluation& reevaluate);

}  // namespace crossfoot
