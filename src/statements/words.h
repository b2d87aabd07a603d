// The small closed vocabulary the statements stage reads structure by: list markers, catch-all
// words, hedges, comparisons, publication channels. Structure words only — what a figure
// *means* (受理, 予以公开, 行政复议) is a pack's business, not this stage's.
#pragma once

#include <string_view>

namespace crossfoot {

/// Words that open a list of the parts of the figure before them (其中, 包括, 分别为…).
bool StartsListMarker(std::string_view text, size_t at, size_t* end);

/// True when a part's words name the rest of its whole (其他…, 其余…, 剩余…).
bool IsCatchAllLabel(std::string_view label);

/// Words that say a list is a selection (等, 主要, 部分).
bool HasHedge(std::string_view text);

/// A clause that compares (较上年增加, 同比下降, 比…减少): it describes a part, it is none.
bool IsComparison(std::string_view text);

/// Words naming where information is published (网站, 微信, 公报, 公开栏…): the same item is
/// published on several, so such parts overlap.
bool NamesPublicationChannel(std::string_view label);

/// Words naming applications or letters received (申请, 来信): each arrives by one channel.
bool NamesApplications(std::string_view label);

/// Words that make a figure's share of its whole (占, 占比, 比例, 比重).
bool NamesShare(std::string_view text);

/// The label with list numbering (1. (1) ① 一是) and connectives (其中, 以及, 和) taken off.
std::string_view LabelCore(std::string_view label);

}  // namespace crossfoot
