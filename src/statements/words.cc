#include "statements/words.h"

#include <array>
#include <cctype>

#include "util/substring.h"

namespace crossfoot {
namespace {

bool At(std::string_view text, size_t at, std::string_view word) {
  return text.substr(at, word.size()) == word;
}

template <size_t N>
bool ContainsAny(std::string_view text, const std::array<std::string_view, N>& words) {
  for (std::string_view w : words) {
    if (ContainsSubstring(text, w)) return true;
  }
  return false;
}

// Longest first, so that 其中包括 is taken whole.
constexpr std::array<std::string_view, 13> kListMarkers = {
    "其中包括", "主要包括", "具体包括", "分别为", "分别是", "主要有", "主要为",
    "主要是",   "具体为",   "其中",     "包括",   "包含",   "涉及"};

constexpr std::array<std::string_view, 7> kCatchAll = {"其他", "其它", "其余", "剩余",
                                                       "剩下", "余下", "另有"};

constexpr std::array<std::string_view, 19> kComparison = {
    "较上年", "较去年", "比上年", "比去年", "同比", "环比", "较20", "比20", "增加", "减少",
    "增长",   "下降",   "上升",   "提高",   "降低", "持平", "增量", "减量", "净增"};

constexpr std::array<std::string_view, 27> kChannels = {
    "网站",   "门户",   "网上公开", "微信",   "公众号", "微博",   "新媒体", "公报",   "公开栏",
    "公示栏", "宣传栏", "公告栏",   "报纸",   "报刊",   "电视",   "广播",   "客户端", "APP",
    "头条",   "抖音",   "视频号",   "政务号", "电子屏", "显示屏", "触摸屏", "平台",   "专栏"};

constexpr std::array<std::string_view, 6> kApplications = {"申请", "来信", "来访",
                                                           "信件", "提交", "来电"};

constexpr std::array<std::string_view, 4> kShare = {"占", "比例", "比重", "百分比"};

constexpr std::array<std::string_view, 10> kConnectives = {
    "其中包括", "其中", "以及", "还有", "另外", "此外", "包括", "分别为", "和", "及"};

}  // namespace

bool StartsListMarker(std::string_view text, size_t at, size_t* end) {
  for (std::string_view m : kListMarkers) {
    if (At(text, at, m)) {
      *end = at + m.size();
      return true;
    }
  }
  return false;
}

bool IsCatchAllLabel(std::string_view label) {
  std::string_view core = LabelCore(label);
  for (std::string_view w : kCatchAll) {
    if (At(core, 0, w)) return true;
  }
  return false;
}

bool HasHedge(std::string_view text) {
  return ContainsSubstring(text, "等") || ContainsSubstring(text, "主要");
}

bool IsComparison(std::string_view text) { return ContainsAny(text, kComparison); }

bool NamesPublicationChannel(std::string_view label) {
  return ContainsAny(label, kChannels) || ContainsSubstring(label, "通过");
}

bool NamesApplications(std::string_view label) { return ContainsAny(label, kApplications); }

bool NamesShare(std::string_view text) { return ContainsAny(text, kShare); }

std::string_view LabelCore(std::string_view label) {
  bool changed = true;
  while (changed) {
    changed = false;
    while (!label.empty() &&
           (std::isdigit(static_cast<unsigned char>(label.front())) || label.front() == '.' ||
            label.front() == '(' || label.front() == ')' || label.front() == ' ' ||
            label.front() == ',' || label.front() == ':' || label.front() == ';')) {
      label.remove_prefix(1);
      changed = true;
    }
    if (At(label, 0, "、")) {
      label.remove_prefix(std::string_view("、").size());
      changed = true;
    }
    for (std::string_view w : kConnectives) {
      if (At(label, 0, w)) {
        label.remove_prefix(w.size());
        changed = true;
        break;
      }
    }
  }
  return label;
}

}  // namespace crossfoot
