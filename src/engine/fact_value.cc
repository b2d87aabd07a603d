#include "engine/fact_value.h"

#include <fmt/format.h>

#include "engine/check_kind.h"

namespace crossfoot {

std::optional<Interval> EffectiveInterval(const Figure& figure, const Pack& pack,
                                          bool blanks_as_zero) {
  if (figure.blank) {
    return blanks_as_zero
               ? (figure.if_blanks_zero ? *figure.if_blanks_zero : Interval::Point(Rational(0)))
               : figure.interval;
  }
  if (!figure.approximate()) return figure.interval;
  if (!pack.approximate_tolerance) return std::nullopt;
  Rational magnitude = figure.value.is_negative() ? -figure.value : figure.value;
  return figure.interval.Widen(magnitude * *pack.approximate_tolerance);
}

std::optional<Interval> MentionInterval(const EvalContext& ctx, const Mention& m) {
  if (ctx.reads != nullptr) ctx.reads->push_back(m.source.begin);
  // Only this year's figures are corrected; the previous year's report is as published.
  if (ctx.overrides != nullptr && (m.doc == nullptr || m.doc->path == ctx.doc.path)) {
    for (const FigureOverride& o : *ctx.overrides) {
      if (o.source_begin == m.source.begin) return o.value;
    }
  }
  return EffectiveInterval(m.figure, ctx.pack, ctx.blanks_as_zero);
}

namespace {

Resolved FromMentions(const EvalContext& ctx, const std::string& slot,
                      std::vector<Mention> mentions) {
  Resolved r;
  const FactDef* def = ctx.pack.FindSlot(slot);
  if (mentions.empty()) {
    bool previous = slot.starts_with(kPreviousPrefix);
    r.reason = previous && ctx.bindings.previous == nullptr
                   ? fmt::format("fact {}: no previous year's report was given", slot)
               : previous ? fmt::format("fact {} was not found in the previous year's report", slot)
                          : fmt::format("fact {} was not found in the document", slot);
    return r;
  }
  FactValue v;
  v.slot = slot;
  v.label = def != nullptr ? def->label : slot;
  bool first = true;
  for (const Mention& m : mentions) {
    std::optional<Interval> iv = MentionInterval(ctx, m);
    if (!iv) {
      r.reason = fmt::format("fact {} is approximate ({}{}) and the pack sets no tolerance", slot,
                             m.figure.qualifier_text, m.figure.written);
      return r;
    }
    if (!first && !v.interval.Overlaps(*iv)) {
      r.reason = fmt::format("the mentions of fact {} disagree ({} and {})", slot,
                             mentions.front().figure.written, m.figure.written);
      return r;
    }
    v.interval = first ? *iv : v.interval.Intersect(*iv);
    first = false;
  }
  v.mentions = std::move(mentions);
  r.value = std::move(v);
  return r;
}

}  // namespace

Resolved ResolveFact(const EvalContext& ctx, const std::string& slot, int instance) {
  const FactBinding* binding = ctx.bindings.ForSlot(slot);
  // A previous year's fact is stored under its own name in that report's bindings.
  const std::string own_slot =
      slot.starts_with(kPreviousPrefix) ? slot.substr(kPreviousPrefix.size()) : slot;
  std::vector<Mention> mentions;
  if (binding != nullptr) {
    for (size_t i = 0; i < binding->instances.size(); ++i) {
      if (instance != kAllInstances && binding->def->repeat && static_cast<int>(i) != instance)
        continue;
      auto it = binding->instances[i].slots.find(own_slot);
      if (it != binding->instances[i].slots.end()) mentions.push_back(it->second);
    }
  }
  return FromMentions(ctx, slot, std::move(mentions));
}

std::vector<Resolved> ResolveEach(const EvalContext& ctx, const std::string& slot) {
  const FactBinding* binding = ctx.bindings.ForSlot(slot);
  if (binding == nullptr || !binding->def->repeat) return {ResolveFact(ctx, slot, kAllInstances)};
  std::vector<Resolved> out;
  for (size_t i = 0; i < binding->instances.size(); ++i) {
    out.push_back(ResolveFact(ctx, slot, static_cast<int>(i)));
  }
  if (out.empty()) out.push_back(ResolveFact(ctx, slot, kAllInstances));
  return out;
}

void ForEachInstance(const EvalContext& ctx, const std::vector<std::string>& slots,
                     std::vector<Outcome>* out, const std::function<Outcome(int)>& evaluate) {
  const FactDef* repeated = nullptr;
  int count = 0;
  for (const std::string& slot : slots) {
    const FactBinding* b = ctx.bindings.ForSlot(slot);
    if (b == nullptr || !b->def->repeat) continue;
    if (repeated != nullptr && repeated != b->def) {
      out->push_back(NotEvaluable{
          fmt::format("facts {} and {} repeat independently", repeated->name, b->def->name)});
      return;
    }
    repeated = b->def;
    count = static_cast<int>(b->instances.size());
  }
  if (repeated == nullptr) {
    out->push_back(evaluate(kAllInstances));
    return;
  }
  if (count == 0) {
    out->push_back(
        NotEvaluable{fmt::format("fact {} was not found in the document", repeated->name)});
    return;
  }
  for (int i = 0; i < count; ++i) out->push_back(evaluate(i));
}

}  // namespace crossfoot
