// `statement: flows`: the requests of a paragraph balance — those received (收到, 受理, 新收) and
// carried in from last year (上年结转) are those handled (办结, 答复) and carried into next year
// (结转下年度). The pack names the words of each concept; a civil servant adds a synonym to a
// list, no pattern. Without a carried-in count the relation is handled + carried out ≥ received
// (a carried-in count can only add); a carried-in count said to be included (含上年结转) is part
// of the received one.
#include "engine/checks/involve.h"
#include "engine/checks/statement_checks.h"
#include "engine/quantity_text.h"
#include "statements/parse_statements.h"

namespace crossfoot {
namespace {

bool Names(const std::string& label, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return label.find(w) != std::string::npos; });
}

// The quantities of one block that name each concept; a label naming two concepts names none.
struct Flow {
  std::vector<const Quantity*> received, carried_in, handled, carried_out;
};

void Assign(const Quantity& q, const StatementScope& s, Flow* flow) {
  if (Names(q.label, s.carried_in)) {
    flow->carried_in.push_back(&q);
    return;
  }
  if (Names(q.label, s.carried_out)) {
    flow->carried_out.push_back(&q);
    return;
  }
  bool received = Names(q.label, s.received);
  bool handled = Names(q.label, s.handled);
  if (received && !handled) flow->received.push_back(&q);
  if (handled && !received) flow->handled.push_back(&q);
}

Outcome Evaluate(const EvalContext& ctx, const Flow& flow) {
  Involved r = StatementFigure(ctx, flow.received.front()->figure, "收到");
  Involved h = StatementFigure(ctx, flow.handled.front()->figure, "办结");
  Involved o = StatementFigure(ctx, flow.carried_out.front()->figure, "结转下年度");
  std::optional<Involved> c;
  if (!flow.carried_in.empty())
    c = StatementFigure(ctx, flow.carried_in.front()->figure, "上年结转");
  bool included = c && (flow.carried_in.front()->label.find("含") != std::string::npos ||
                        flow.carried_in.front()->label.find("包括") != std::string::npos);
  std::optional<Interval> ri = StatementInterval(ctx, r);
  std::optional<Interval> hi = StatementInterval(ctx, h);
  std::optional<Interval> oi = StatementInterval(ctx, o);
  std::optional<Interval> ci = c ? StatementInterval(ctx, *c) : std::nullopt;
  if (!ri || !hi || !oi || (c && !ci)) return NotEvaluable{"a figure is approximate"};
  Interval in = c && !included ? *ri + *ci : *ri;
  Interval out = *hi + *oi;
  const Figure& rf = r.mention.figure;
  const Figure& hf = h.mention.figure;
  const Figure& of = o.mention.figure;
  std::vector<Involved> involved{r, h, o};
  if (c) {
    involved.push_back(*c);
    if (in.Overlaps(out)) return Holds{};
    Rational in_value = included ? rf.value : rf.value + c->mention.figure.value;
    Rational out_value = hf.value + of.value;
    Violated v = MakeViolation(
        Message("flow.differs",
                {{"received", rf.written},
                 {"carried_in", included ? "0" : c->mention.figure.written},
                 {"in_total", ValueText(in_value, &rf)},
                 {"handled", hf.written},
                 {"carried_out", of.written},
                 {"out_total", ValueText(out_value, &hf)},
                 {"difference",
                  QuantityText(in_value > out_value ? in_value - out_value : out_value - in_value,
                               hf)}}),
        std::move(involved));
    v.relations = {Relation{in, "==", out}};
    return v;
  }
  if (!(out.hi && in.lo && *out.hi < *in.lo)) return Holds{};
  Rational out_value = hf.value + of.value;
  Violated v =
      MakeViolation(Message("flow.short", {{"received", rf.written},
                                           {"handled", hf.written},
                                           {"carried_out", of.written},
                                           {"out_total", ValueText(out_value, &hf)},
                                           {"difference", QuantityText(rf.value - out_value, rf)}}),
                    std::move(involved));
  v.relations = {Relation{out, ">=", in}};
  return v;
}

}  // namespace

void EvaluateFlows(const EvalContext& ctx, const StatementScope& scope, std::vector<Outcome>* out) {
  bool any = false;
  const std::vector<Quantity>& qs = ctx.doc.statements.quantities;
  for (size_t i = 0; i < qs.size();) {
    size_t j = i;
    Flow flow;
    while (j < qs.size() && qs[j].figure.block == qs[i].figure.block) Assign(qs[j++], scope, &flow);
    size_t begin = i;
    i = j;
    if (!InScope(ctx, scope, qs[begin].figure)) continue;
    if (flow.received.size() != 1 || flow.handled.size() != 1 || flow.carried_out.size() != 1 ||
        flow.carried_in.size() > 1)
      continue;
    any = true;
    out->push_back(Evaluate(ctx, flow));
  }
  if (!any) {
    out->push_back(NotEvaluable{
        "no paragraph states one count each of requests received, handled and carried over"});
  }
}

}  // namespace crossfoot
