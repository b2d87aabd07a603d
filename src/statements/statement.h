// What a report says with its numbers, whatever the wording: the statements stage's output.
//
//   "共收到申请525件。其中当面申请312件，网络申请136件，其他77件。"
//     → Breakdown{whole: 525, parts: [312 当面申请, 136 网络申请, 77 其他], exhaustive}
//   "…机构职能类信息161条，占7.9%…" → Part{161, share: 7.9%}
//   "受理12件，办结12件，办结率100%" → Rate{100%, numerator 12 (办结), denominator 12 (受理)}
//
// Plain data: every figure is named by its block and its index among the block's figures, so
// the statements of a document stay valid as long as the document does. Nothing here binds a
// meaning (that is what packs add); a structure that can be read more than one way is not a
// statement, and `crossfoot facts` shows why (Statements::skipped).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace crossfoot {

/// A figure of the document: doc.blocks[block].text.figures.figures[index].
struct FigureRef {
  int block = -1;
  int index = -1;

  bool operator==(const FigureRef&) const = default;
};

/// One listed part of a whole, with the words that name it.
struct StatedPart {
  FigureRef figure;
  std::string label;               // the words naming it ("当面申请", "其他类信息")
  std::optional<FigureRef> share;  // a percentage stated for it (占7.9%)
  std::optional<FigureRef> share_of;  // the whole that share names, when it names one (占总数M件的)
  bool catch_all = false;             // 其他 / 其余 / 剩余: the part that closes a list
};

/// How a list of parts relates to its whole.
enum class PartsRelation {
  kExhaustive,   // names every part (a catch-all closes it): the parts add up to the whole
  kDisjoint,     // a selection of categories that cannot overlap: their sum is at most the whole
  kOverlapping,  // parts that may overlap (publication channels) or nest: each is at most the whole
};

/// A whole and the parts a report lists for it (其中, 包括, 分别为, 在…中, nested lists).
struct Breakdown {
  FigureRef whole;
  std::string whole_label;  // the words before the whole in its clause
  std::vector<StatedPart> parts;
  PartsRelation relation = PartsRelation::kOverlapping;
  std::string why;  // why the relation was chosen, for `facts`
  int depth = 0;    // 0 for a list of the prose, 1 for a list inside one part's brackets
};

/// Shares of one whole listed without their counts (共公开500条,其中规范性文件占40%,工作动态占
/// 50%,…): each part's figure is its percentage. Categories add up to at most 100 %, and to
/// 100 % when a catch-all closes the list.
struct ShareList {
  FigureRef whole;
  std::string whole_label;
  std::vector<StatedPart> parts;  // figure: the stated percentage
  PartsRelation relation = PartsRelation::kOverlapping;
  std::string why;
};

/// A stated rate and the two counts it is the quotient of (办结率 = 办结 ÷ 受理).
struct StatedRate {
  FigureRef percent;
  std::string name;  // "办结率"
  FigureRef numerator;
  FigureRef denominator;
  std::optional<FigureRef> carried;  // a carried-over count the base may include (上年结转)
};

/// A count of the names a sentence lists (由概述、…、附表等六部分组成): the names number between
/// `fewest` (a name may hold a 、 of its own) and `most` (every separator splits).
struct StatedCount {
  FigureRef count;
  int fewest = 0;
  int most = 0;
  bool hedged = false;  // 等六部分: the names listed may be only some of them
  size_t first = 0;     // where the names start and end in the block's text
  size_t last = 0;
};

/// One quantity stated twice in the prose with the same words (截止2010年末,街道累计公开信息总数
/// 24条 … 截止2010年末,街道累计公开信息总数13条).
struct Restatement {
  FigureRef first;
  FigureRef again;
  std::string label;
};

/// A count of the prose with the words of its clause (from the last separator to the figure):
/// what packs bind concepts to (受理, 办结, 上年结转) without a pattern.
struct Quantity {
  FigureRef figure;
  std::string label;
  int sentence = 0;  // the sentence it is in, numbered through the document
};

/// A parse the stage declined, and why (shown by `facts`).
struct SkippedStatement {
  FigureRef figure;
  std::string reason;
};

/// Every statement of one document.
struct Statements {
  std::vector<Breakdown> breakdowns;
  std::vector<ShareList> share_lists;
  std::vector<StatedRate> rates;
  std::vector<StatedCount> counts;
  std::vector<Restatement> restatements;
  std::vector<Quantity> quantities;
  std::vector<SkippedStatement> skipped;
};

}  // namespace crossfoot
