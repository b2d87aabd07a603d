#include "engine/expression_eval.h"

namespace crossfoot {
namespace {

bool NeedsParens(const Expr& e) { return e.kind == Expr::Kind::kAdd || e.kind == Expr::Kind::kSub; }

}  // namespace

std::optional<Operand> EvaluateExpr(const Expr& expr, const NameResolver& resolve,
                                    std::string* reason) {
  switch (expr.kind) {
    case Expr::Kind::kNumber:
      return Operand{Interval::Point(expr.number), expr.number.ToString(), {}, expr.number, {}, {}};
    case Expr::Kind::kName:
      return resolve(expr.name, reason);
    case Expr::Kind::kNeg: {
      auto v = EvaluateExpr(*expr.left, resolve, reason);
      if (!v) return std::nullopt;
      v->interval = Interval::Point(Rational(0)) - v->interval;
      v->written = "-" + v->written;
      if (v->nominal) v->nominal = -*v->nominal;
      v->figure.reset();
      v->tolerance.reset();
      return v;
    }
    default:
      break;
  }
  auto l = EvaluateExpr(*expr.left, resolve, reason);
  if (!l) return std::nullopt;
  auto r = EvaluateExpr(*expr.right, resolve, reason);
  if (!r) return std::nullopt;
  Operand out;
  std::string op;
  const bool nominal = l->nominal && r->nominal;
  switch (expr.kind) {
    case Expr::Kind::kAdd:
      out.interval = l->interval + r->interval;
      if (nominal) out.nominal = *l->nominal + *r->nominal;
      op = " + ";
      break;
    case Expr::Kind::kSub:
      out.interval = l->interval - r->interval;
      if (nominal) out.nominal = *l->nominal - *r->nominal;
      op = " - ";
      break;
    case Expr::Kind::kMul:
      out.interval = l->interval * r->interval;
      if (nominal) out.nominal = *l->nominal * *r->nominal;
      op = " × ";
      break;
    default: {
      auto q = l->interval.DividedBy(r->interval);
      if (!q) {
        *reason = "the divisor " + r->written + " may be zero";
        return std::nullopt;
      }
      out.interval = *q;
      if (nominal && !r->nominal->is_zero()) out.nominal = *l->nominal / *r->nominal;
      op = " ÷ ";
    }
  }
  bool tight = expr.kind == Expr::Kind::kMul || expr.kind == Expr::Kind::kDiv;
  std::string lw = tight && NeedsParens(*expr.left) ? "(" + l->written + ")" : l->written;
  std::string rw = (tight || expr.kind == Expr::Kind::kSub) && NeedsParens(*expr.right)
                       ? "(" + r->written + ")"
                       : r->written;
  out.written = lw + op + rw;
  out.involved = InvolvedList::Concat(l->involved, r->involved);
  return out;
}

bool CertainlyFails(const Interval& lhs, const std::string& op, const Interval& rhs) {
  if (op == "==") return !lhs.Overlaps(rhs);
  if (op == "!=") return lhs.is_point() && rhs.is_point() && *lhs.lo == *rhs.lo;
  if (op == "<=") return lhs.lo && rhs.hi && *lhs.lo > *rhs.hi;
  if (op == "<") return lhs.lo && rhs.hi && *lhs.lo >= *rhs.hi;
  if (op == ">=") return lhs.hi && rhs.lo && *lhs.hi < *rhs.lo;
  if (op == ">") return lhs.hi && rhs.lo && *lhs.hi <= *rhs.lo;
  return false;
}

std::string ShowOp(const std::string& op) {
  if (op == "<=") return "≤";
  if (op == ">=") return "≥";
  if (op == "==") return "=";
  if (op == "!=") return "≠";
  return op;
}

std::string NegatedOp(const std::string& op) {
  if (op == "<=") return ">";
  if (op == "<") return "≥";
  if (op == ">=") return "<";
  if (op == ">") return "≤";
  if (op == "==") return "≠";
  return "=";
}

Rational Gap(const Interval& a, const Interval& b) {
  if (a.Overlaps(b)) return Rational(0);
  if (a.hi && b.lo && *a.hi < *b.lo) return *b.lo - *a.hi;
  if (b.hi && a.lo && *b.hi < *a.lo) return *a.lo - *b.hi;
  return Rational(0);
}

}  // namespace crossfoot
