#include "rules/expression.h"

#include <fmt/format.h>

#include <algorithm>

namespace crossfoot {
namespace {

bool IsNameStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool IsNameChar(char c) { return IsNameStart(c) || (c >= '0' && c <= '9') || c == '.'; }

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  Result<Assertion> Parse() {
    Assertion a;
    a.source = std::string(text_);
    a.lhs = Sum(0);
    if (!error_.empty()) return Error{error_};
    Skip();
    static constexpr std::string_view kOps[] = {"<=", ">=", "==", "!=", "<", ">", "="};
    for (std::string_view op : kOps) {
      if (text_.substr(pos_, op.size()) == op) {
        a.op = op == "=" ? "==" : std::string(op);
        pos_ += op.size();
        break;
      }
    }
    if (a.op.empty()) return Error{Fail("expected a comparison (<=, <, ==, >=, >, !=)")};
    a.rhs = Sum(0);
    if (!error_.empty()) return Error{error_};
    Skip();
    if (pos_ != text_.size()) return Error{Fail("unexpected text")};
    return a;
  }

 private:
  void Skip() {
    while (pos_ < text_.size() && text_[pos_] == ' ') ++pos_;
  }

  std::string Fail(std::string_view what) {
    if (error_.empty()) error_ = fmt::format("{} at column {} of \"{}\"", what, pos_ + 1, text_);
    return error_;
  }

  // Every node is made here: a chain a+a+…+a nests as deep as it is long (evaluation,
  // Names and the destructor recurse over it), so the count is bounded like the nesting.
  std::unique_ptr<Expr> NewNode() {
    if (++nodes_ > kMaxExpressionNodes) {
      Fail(fmt::format("expression has more than {} terms and operators", kMaxExpressionNodes));
    }
    return std::make_unique<Expr>();
  }

  std::unique_ptr<Expr> Binary(Expr::Kind kind, std::unique_ptr<Expr> l, std::unique_ptr<Expr> r) {
    auto e = NewNode();
    e->kind = kind;
    e->left = std::move(l);
    e->right = std::move(r);
    return e;
  }

  std::unique_ptr<Expr> Sum(int depth) {
    auto left = Product(depth);
    while (error_.empty()) {
      Skip();
      if (pos_ >= text_.size() || (text_[pos_] != '+' && text_[pos_] != '-')) break;
      Expr::Kind kind = text_[pos_++] == '+' ? Expr::Kind::kAdd : Expr::Kind::kSub;
      left = Binary(kind, std::move(left), Product(depth));
    }
    return left;
  }

  std::unique_ptr<Expr> Product(int depth) {
    auto left = Unary(depth);
    while (error_.empty()) {
      Skip();
      if (pos_ >= text_.size() || (text_[pos_] != '*' && text_[pos_] != '/')) break;
      Expr::Kind kind = text_[pos_++] == '*' ? Expr::Kind::kMul : Expr::Kind::kDiv;
      left = Binary(kind, std::move(left), Unary(depth));
    }
    return left;
  }

  std::unique_ptr<Expr> Unary(int depth) {
    if (depth > kMaxExpressionDepth) {
      Fail("expression nested too deeply");
      return nullptr;
    }
    Skip();
    auto e = NewNode();
    if (!error_.empty()) return e;
    if (pos_ >= text_.size()) {
      Fail("expected a number or a fact name");
      return e;
    }
    char c = text_[pos_];
    if (c == '-') {
      ++pos_;
      e->kind = Expr::Kind::kNeg;
      e->left = Unary(depth + 1);
      return e;
    }
    if (c == '(') {
      ++pos_;
      auto inner = Sum(depth + 1);
      Skip();
      if (pos_ >= text_.size() || text_[pos_] != ')') {
        Fail("expected ')'");
        return e;
      }
      ++pos_;
      return inner;
    }
    if (c >= '0' && c <= '9') {
      size_t start = pos_;
      while (pos_ < text_.size() &&
             ((text_[pos_] >= '0' && text_[pos_] <= '9') || text_[pos_] == '.'))
        ++pos_;
      std::string_view written = text_.substr(start, pos_ - start);
      auto value = Rational::Parse(written);
      if (!value) {
        bool well_formed = std::count(written.begin(), written.end(), '.') <= 1 &&
                           written.back() != '.' && written.size() > 30;
        pos_ = start;
        Fail(well_formed ? fmt::format("number {} is too large (at most 30 digits)", written)
                         : std::string("malformed number"));
        return e;
      }
      e->kind = Expr::Kind::kNumber;
      e->number = *value;
      return e;
    }
    if (IsNameStart(c)) {
      size_t start = pos_;
      while (pos_ < text_.size() && IsNameChar(text_[pos_])) ++pos_;
      e->kind = Expr::Kind::kName;
      e->name = std::string(text_.substr(start, pos_ - start));
      return e;
    }
    Fail("expected a number or a fact name");
    return e;
  }

  std::string_view text_;
  size_t pos_ = 0;
  int nodes_ = 0;
  std::string error_;
};

}  // namespace

void Expr::Names(std::vector<std::string>* out) const {
  if (kind == Kind::kName) out->push_back(name);
  if (left) left->Names(out);
  if (right) right->Names(out);
}

std::vector<std::string> Assertion::Names() const {
  std::vector<std::string> out;
  if (lhs) lhs->Names(&out);
  if (rhs) rhs->Names(&out);
  return out;
}

Result<Assertion> ParseAssertion(std::string_view text) { return Parser(text).Parse(); }

}  // namespace crossfoot
