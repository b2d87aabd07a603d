#include "statements/prose_rates.h"

#include <array>
#include <string>

#include "statements/prose_text.h"
#include "util/unicode.h"

namespace crossfoot {
namespace {

constexpr size_t kMaxNameChars = 6;

// What a rate's base counts: the requests received.
constexpr std::array<std::string_view, 6> kReceived = {"受理", "收到", "新收",
                                                       "接收", "接到", "申请"};

bool Contains(std::string_view text, std::string_view word) {
  return text.find(word) != std::string_view::npos;
}

// The rate's name ending just before `at` (the 率 included), with 为/达/达到/是 skipped.
std::string_view RateNameBefore(std::string_view text, size_t at, size_t floor) {
  for (std::string_view joiner : {"达到", "为", "达", "是", ":", " "}) {
    if (at >= floor + joiner.size() && text.substr(at - joiner.size(), joiner.size()) == joiner) {
      at -= joiner.size();
      break;
    }
  }
  constexpr std::string_view kRate = "率";
  if (at < floor + kRate.size() || text.substr(at - kRate.size(), kRate.size()) != kRate) return {};
  size_t begin = at - kRate.size();
  size_t chars = 0;
  while (begin > floor && chars < kMaxNameChars) {
    size_t prev = begin - 1;
    while (prev > floor && (static_cast<unsigned char>(text[prev]) & 0xC0) == 0x80) --prev;
    size_t probe = prev;
    if (!IsCjk(NextCodePoint(text, &probe))) break;
    begin = prev;
    ++chars;
  }
  return text.substr(begin, at - begin);
}

}  // namespace

void ReadProseRates(std::string_view text, const std::vector<Figure>& figures,
                    const Sentences& sentences, int block, Statements* out) {
  for (const auto& [begin, end] : sentences) {
    std::vector<size_t> in = FiguresIn(figures, begin, end);
    for (size_t k = 0; k < in.size(); ++k) {
      const Figure& rate = figures[in[k]];
      if (!rate.percent || rate.qualifier != Qualifier::kNone) continue;
      std::string_view name = RateNameBefore(text, rate.begin, begin);
      if (name.size() <= std::string_view("率").size()) continue;
      std::string_view what = name.substr(0, name.size() - std::string_view("率").size());
      if (Contains(text.substr(begin, rate.begin - begin), "分别")) continue;
      // The numerator: the one count before the rate whose clause names what the rate counts.
      std::vector<size_t> numerators;
      std::vector<size_t> bases;
      std::vector<size_t> carried;
      for (size_t j = 0; j < k; ++j) {
        const Figure& f = figures[in[j]];
        if (!IsCount(f)) continue;
        std::string_view clause = ClauseBefore(text, f, begin);
        if (Contains(clause, what)) numerators.push_back(in[j]);
        if (Contains(clause, "结转")) {
          carried.push_back(in[j]);
          continue;
        }
        for (std::string_view r : kReceived) {
          if (Contains(clause, r) && (!Contains(clause, what) || Contains(clause, "受理"))) {
            bases.push_back(in[j]);
            break;
          }
        }
      }
      FigureRef at{block, static_cast<int>(in[k])};
      if (numerators.size() != 1 || bases.size() != 1) {
        if (!numerators.empty() || !bases.empty()) {
          out->skipped.push_back({at, std::string(name) +
                                          ": the sentence does not state exactly one count of " +
                                          std::string(what) + " and one of what was received"});
        }
        continue;
      }
      StatedRate r;
      r.percent = at;
      r.name = std::string(name);
      r.numerator = {block, static_cast<int>(numerators.front())};
      r.denominator = {block, static_cast<int>(bases.front())};
      if (carried.size() == 1) r.carried = FigureRef{block, static_cast<int>(carried.front())};
      out->rates.push_back(std::move(r));
    }
  }
}

}  // namespace crossfoot
