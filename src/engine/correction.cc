#include "engine/correction.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <stdexcept>

#include "figures/written_form.h"

namespace crossfoot {
namespace {

// Probe values far from any figure a report states, so that a relation still fails with the
// figure replaced and its sides show how the figure moves them.
const Rational kProbe(1000000007);

// Union-find over the failed relations, joined through the figures they share.
class Groups {
 public:
  explicit Groups(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t Find(size_t i) { return parent_[i] == i ? i : parent_[i] = Find(parent_[i]); }
  void Join(size_t a, size_t b) { parent_[Find(a)] = Find(b); }

 private:
  std::vector<size_t> parent_;
};

// A figure the search may correct: written in Arabic digits, no blank, no qualifier.
bool Correctable(const Figure& f) {
  return !f.blank && f.qualifier == Qualifier::kNone && ReadWrittenForm(f).has_value();
}

// lhs − rhs of reading k of a relation as the engine evaluates it with the figure at `value`.
std::optional<Interval> Residual(const FailedRelation& r, size_t k, size_t figure,
                                 const Rational& value, const Reevaluation& eval) {
  std::vector<FigureOverride> overrides{{figure, Interval::Point(value)}};
  std::vector<Outcome> outcomes = eval.check(r.key.pack, r.key.check, overrides);
  if (r.key.outcome >= outcomes.size()) return std::nullopt;
  const auto* v = std::get_if<Violated>(&outcomes[r.key.outcome]);
  if (v == nullptr || v->relations.size() != r.readings.size()) return std::nullopt;
  const Relation& now = v->relations[k];
  if (now.op != r.readings[k].op) return std::nullopt;
  return now.lhs - now.rhs;
}

// The values of the figure for which the relation holds, when lhs − rhs moves linearly with
// it (checked on three probes); nullopt when it does not move or not linearly.
std::optional<Interval> Solve(const FailedRelation& r, size_t k, size_t figure,
                              const Reevaluation& eval) {
  const std::string& op = r.readings[k].op;
  if (op == "!=") return std::nullopt;
  for (const Rational sign : {Rational(1), Rational(-1)}) {
    Rational p1 = sign * kProbe;
    std::optional<Interval> d1 = Residual(r, k, figure, p1, eval);
    std::optional<Interval> d2 = Residual(r, k, figure, p1 + p1, eval);
    std::optional<Interval> d3 = Residual(r, k, figure, p1 + p1 + p1, eval);
    if (!d1 || !d2 || !d3) continue;
    // Each end that is bounded must move by the same slope c per unit of the figure.
    std::optional<Rational> slope;
    bool linear = true;
    for (auto end : {&Interval::lo, &Interval::hi}) {
      const auto &e1 = (*d1).*end, &e2 = (*d2).*end, &e3 = (*d3).*end;
      if (!e1 || !e2 || !e3) {
        linear = linear && !e1 && !e2 && !e3;
        continue;
      }
      Rational c = (*e2 - *e1) / p1;
      if (!(*e3 - *e2 == *e2 - *e1) || (slope && !(*slope == c))) linear = false;
      slope = c;
    }
    if (!linear || !slope || slope->is_zero()) return std::nullopt;
    const Rational& c = *slope;
    // An end e(v) = e1 + c (v − p1) meets 0 at v = p1 − e1 / c.
    auto root = [&](const Rational& e1) { return p1 - e1 / c; };
    Interval holds;                                               // unbounded both ways
    auto at_most_zero = [&](const std::optional<Rational>& e1) {  // e(v) ≤ 0
      if (!e1) return;
      (c.is_negative() ? holds.lo : holds.hi) = root(*e1);
    };
    auto at_least_zero = [&](const std::optional<Rational>& e1) {  // e(v) ≥ 0
      if (!e1) return;
      (c.is_negative() ? holds.hi : holds.lo) = root(*e1);
    };
    if (op == "==" || op == "<=" || op == "<") at_most_zero(d1->lo);
    if (op == "==" || op == ">=" || op == ">") at_least_zero(d1->hi);
    return holds;
  }
  return std::nullopt;
}

struct Candidate {
  size_t source_begin = 0;
  Figure figure;
};

// The value to try for a figure, written at its precision, within the values for which all
// its relations hold.
std::optional<Rational> Proposal(const Figure& figure, const Interval& holds) {
  std::optional<WrittenForm> form = ReadWrittenForm(figure);
  if (!form) return std::nullopt;
  // A rounded figure (45.54万 against 455.4 under 万元) gets the middle of what the relations
  // allow; a count the value nearest the one written.
  Rational target = figure.value;
  if (form->rounded && holds.lo && holds.hi) {
    target = (*holds.lo + *holds.hi) / Rational(2);
  } else if (holds.lo && target < *holds.lo) {
    target = *holds.lo;
  } else if (holds.hi && target > *holds.hi) {
    target = *holds.hi;
  }
  std::optional<Rational> n = form->Nearest(target);
  if (!n) return std::nullopt;
  Rational step = Rational::Pow10(-form->decimals);
  // Rounded to the figure's precision, the value may have left the interval: one step back.
  auto inside = [&](const Rational& x) {
    Rational v = x * form->scale;
    return (!holds.lo || v >= *holds.lo) && (!holds.hi || v <= *holds.hi);
  };
  if (!inside(*n)) {
    if (inside(*n + step)) {
      n = *n + step;
    } else if (inside(*n - step)) {
      n = *n - step;
    } else {
      return std::nullopt;
    }
  }
  if (*n == form->number) return std::nullopt;
  // A count is a whole non-negative number.
  if (n->is_negative() && !figure.value.is_negative()) return std::nullopt;
  // A share or a rate of at most 100% is not corrected to more (办结率 100% → 120%): the
  // counts it is the quotient of are the figures to look at.
  if (figure.percent && figure.value <= Rational(100) && *n * form->scale > Rational(100)) {
    return std::nullopt;
  }
  return *n;
}

bool Subset(const std::vector<RelationKey>& a, const std::vector<RelationKey>& sorted_b) {
  return std::all_of(a.begin(), a.end(), [&](const RelationKey& k) {
    return std::binary_search(sorted_b.begin(), sorted_b.end(), k);
  });
}

// The figures of one group that pass, with their corrections.
// `untested` gets the figures no value could be solved for (a divisor, a figure that does not
// move a relation linearly): they might be the wrong one as well.
std::vector<Correction> TryGroup(const std::vector<FailedRelation>& failed,
                                 const std::vector<size_t>& members,
                                 const std::vector<Candidate>& candidates,
                                 const std::vector<RelationKey>& failing_now,
                                 const Reevaluation& eval, std::vector<size_t>* untested) {
  std::vector<Correction> passed;
  for (const Candidate& cand : candidates) {
    bool solved = true;
    // The values for which every relation of the figure holds: one interval per choice of
    // reading, for relations that may be read several ways.
    std::vector<Interval> feasible{Interval{}};
    for (size_t i : members) {
      const FailedRelation& r = failed[i];
      bool involved = std::any_of(r.figures.begin(), r.figures.end(), [&](const Involved& inv) {
        return inv.mention.source.begin == cand.source_begin;
      });
      if (!involved) continue;
      std::vector<Interval> next;
      for (size_t k = 0; k < r.readings.size(); ++k) {
        std::optional<Interval> holds = Solve(r, k, cand.source_begin, eval);
        if (!holds) {
          solved = false;
          continue;
        }
        for (const Interval& f : feasible) {
          if (f.Overlaps(*holds)) next.push_back(f.Intersect(*holds));
        }
      }
      feasible = std::move(next);
      if (feasible.empty() || feasible.size() > 8) break;
    }
    if (feasible.empty() || feasible.size() > 8) {
      if (!solved) untested->push_back(cand.source_begin);
      continue;
    }
    std::optional<WrittenForm> form = ReadWrittenForm(cand.figure);
    // The proposals nearest the figure as written first.
    std::vector<Rational> proposals;
    for (const Interval& f : feasible) {
      if (std::optional<Rational> n = Proposal(cand.figure, f)) proposals.push_back(*n);
    }
    auto distance = [&](const Rational& n) {
      Rational d = n - form->number;
      return d.is_negative() ? -d : d;
    };
    std::sort(proposals.begin(), proposals.end(), [&](const Rational& a, const Rational& b) {
      return std::pair(distance(a), a) < std::pair(distance(b), b);
    });
    proposals.erase(std::unique(proposals.begin(), proposals.end()), proposals.end());
    for (const Rational& n : proposals) {
      std::vector<FigureOverride> corrected{{cand.source_begin, form->IntervalOf(n)}};
      std::vector<RelationKey> after = eval.failing(corrected);
      // Nothing that held may fail, and every relation of the group must hold.
      if (!Subset(after, failing_now)) continue;
      bool resolves = std::none_of(members.begin(), members.end(), [&](size_t i) {
        return std::binary_search(after.begin(), after.end(), failed[i].key);
      });
      if (!resolves) continue;
      std::optional<std::string> written = form->Write(n * form->scale);
      if (!written) continue;
      passed.push_back({cand.source_begin, cand.figure.written, *written});
      break;
    }
  }
  return passed;
}

}  // namespace

CorrectionSearch FindCorrections(const std::string& path, const std::vector<FailedRelation>& failed,
                                 const std::vector<RelationKey>& failing_now,
                                 const Reevaluation& reevaluate) {
  CorrectionSearch out;
  out.explanations.resize(failed.size());
  if (failed.empty()) return out;
  std::vector<RelationKey> now = failing_now;
  std::sort(now.begin(), now.end());
  auto this_year = [&](const Involved& inv) {
    return inv.mention.doc == nullptr || inv.mention.doc->path == path;
  };
  // The figures of this year's report, each joining the relations it is in.
  Groups groups(failed.size());
  std::map<size_t, size_t> first_relation_of;  // figure → a relation it is in
  for (size_t i = 0; i < failed.size(); ++i) {
    for (const Involved& inv : failed[i].figures) {
      if (!this_year(inv)) continue;
      auto [it, fresh] = first_relation_of.emplace(inv.mention.source.begin, i);
      if (!fresh) groups.Join(i, it->second);
    }
  }
  std::map<size_t, std::vector<size_t>> members;  // group root → its relations, in order
  for (size_t i = 0; i < failed.size(); ++i) members[groups.Find(i)].push_back(i);
  std::vector<std::vector<size_t>> ordered;
  ordered.reserve(members.size());
  for (auto& [root, list] : members) ordered.push_back(std::move(list));
  std::sort(ordered.begin(), ordered.end());
  for (size_t g = 0; g < ordered.size(); ++g) {
    for (size_t i : ordered[g]) out.explanations[i].group = g;
  }
  size_t budget = kMaxCorrectionCandidates;
  for (const std::vector<size_t>& group : ordered) {
    std::map<size_t, Candidate> candidates;  // by source offset: source order
    std::vector<size_t> untested;            // figures of the group no correction was tried for
    for (size_t i : group) {
      for (const Involved& inv : failed[i].figures) {
        if (!this_year(inv) || inv.mention.figure.blank) continue;
        if (Correctable(inv.mention.figure)) {
          candidates.emplace(inv.mention.source.begin,
                             Candidate{inv.mention.source.begin, inv.mention.figure});
        } else {
          untested.push_back(inv.mention.source.begin);  // 无, 约5.5, a Chinese numeral
        }
      }
    }
    if (candidates.size() > budget) continue;  // too many figures to try: left as it is
    budget -= candidates.size();
    std::vector<Candidate> list;
    list.reserve(candidates.size());
    for (auto& [at, c] : candidates) list.push_back(std::move(c));
    std::vector<Correction> passed;
    try {
      passed = TryGroup(failed, group, list, now, reevaluate, &untested);
    } catch (const ArithmeticOverflow&) {
      continue;  // too large for exact arithmetic: the group keeps its findings as they are
    } catch (const std::domain_error&) {
      continue;
    }
    if (passed.empty()) {
      if (!untested.empty()) continue;  // one of those might be it
      for (size_t i : group) out.explanations[i].unexplained = true;
      continue;
    }
    // Several figures would each do (a lone sum: its total or any part): the one the checks
    // themselves name most often as most likely wrong, if one is; else none is named (which
    // of two parts is wrong, nothing in the report tells).
    // A figure no correction was tried for competes as one that might pass.
    auto primary_count = [&](size_t at) {
      return std::count_if(group.begin(), group.end(), [&](size_t i) {
        return failed[i].figures.front().mention.source.begin == at;
      });
    };
    const Correction* best = &passed.front();
    for (const Correction& c : passed) {
      if (primary_count(c.source_begin) > primary_count(best->source_begin)) best = &c;
    }
    auto rival = [&](size_t at) {
      return at != best->source_begin && primary_count(at) >= primary_count(best->source_begin);
    };
    bool alone = std::none_of(passed.begin(), passed.end(),
                              [&](const Correction& c) { return rival(c.source_begin); }) &&
                 std::none_of(untested.begin(), untested.end(), rival);
    if (!alone) continue;
    out.corrections.push_back(*best);
    for (size_t i : group) out.explanations[i].correction = out.corrections.size() - 1;
  }
  return out;
}

}  // namespace crossfoot
