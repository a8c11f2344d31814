// Expressions of CPython 3.11's grammar: operators by precedence, primaries, slices, atoms
// and lambdas.
#include "syntax/number_literals.h"
#include "syntax/parser_internal.h"

namespace rw::syntax::detail {

// expressions: expression (',' expression)+ [','] | expression ',' | expression
Expr* Parser::expressions() {
  size_t start = pos_;
  Expr* first = expression();
  if (!first) return nullptr;
  if (!check(Tk::Comma)) return first;
  ExprList elts{first};
  for (;;) {
    size_t mark = pos_;
    if (!expect(Tk::Comma)) break;
    Expr* next = expression();
    if (!next) {
      pos_ = mark;
      break;
    }
    elts.push_back(next);
  }
  expect(Tk::Comma);
  return makeTuple(start, std::move(elts), ExprContext::Load);
}

// expression (memo):
//   | invalid_expression | invalid_legacy_expression
//   | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
Expr* Parser::expression() {
  return memoized<Expr>(Rule::Expression, [&]() -> Expr* {
    if (callInvalidRules_) {
      size_t start = pos_;
      invalidExpression();
      pos_ = start;
      invalidLegacyExpression();
      pos_ = start;
    }
    return conditionalOrDisjunction();
  });
}

// expression_without_invalid: the alternatives of `expression` with invalid_* rules off.
Expr* Parser::expressionWithoutInvalid() {
  InvalidRulesOff off(*this);
  return conditionalOrDisjunction();
}

// disjunction 'if' disjunction 'else' expression | disjunction | lambdef
Expr* Parser::conditionalOrDisjunction() {
  size_t start = pos_;
  if (Expr* body = disjunction()) {
    size_t afterBody = pos_;
    if (expect(Tk::If)) {
      if (Expr* test = disjunction()) {
        if (expect(Tk::Else)) {
          if (Expr* orelse = expression()) {
            IfExp* e = make<IfExp>(start);
            e->test = test;
            e->body = body;
            e->orelse = orelse;
            return e;
          }
        }
      }
    }
    pos_ = afterBody;
    return body;
  }
  return lambdef();
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
Expr* Parser::yieldExpr() {
  size_t start = pos_;
  if (!expect(Tk::Yield)) return nullptr;
  if (expect(Tk::From)) {
    if (Expr* value = expression()) {
      YieldFrom* e = make<YieldFrom>(start);
      e->value = value;
      return e;
    }
    pos_ = start + 1;
  }
  Expr* value = starExpressions();
  Yield* e = make<Yield>(start);
  e->value = value;
  return e;
}

// star_expressions:
//   | star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression
Expr* Parser::starExpressions() {
  size_t start = pos_;
  Expr* first = starExpression();
  if (!first) return nullptr;
  if (!check(Tk::Comma)) return first;
  ExprList elts{first};
  for (;;) {
    size_t mark = pos_;
    if (!expect(Tk::Comma)) break;
    Expr* next = starExpression();
    if (!next) {
      pos_ = mark;
      break;
    }
    elts.push_back(next);
  }
  expect(Tk::Comma);
  return makeTuple(start, std::move(elts), ExprContext::Load);
}

// star_expression (memo): '*' bitwise_or | expression
Expr* Parser::starExpression() {
  return memoized<Expr>(Rule::StarExpression, [&]() -> Expr* {
    size_t start = pos_;
    if (expect(Tk::Star)) {
      if (Expr* value = bitwiseOr()) {
        Starred* e = make<Starred>(start);
        e->value = value;
        return e;
      }
      pos_ = start;
    }
    return expression();
  });
}

// star_named_expressions: ','.star_named_expression+ [',']
bool Parser::starNamedExpressions(ExprList& out) {
  size_t before = out.size();
  bool matched = separated(Tk::Comma, [&] {
    Expr* e = starNamedExpression();
    if (e) out.push_back(e);
    return e != nullptr;
  });
  if (!matched) {
    out.resize(before);
    return false;
  }
  expect(Tk::Comma);
  return true;
}

// star_named_expression: '*' bitwise_or | named_expression
Expr* Parser::starNamedExpression() {
  size_t start = pos_;
  if (expect(Tk::Star)) {
    if (Expr* value = bitwiseOr()) {
      Starred* e = make<Starred>(start);
      e->value = value;
      return e;
    }
    pos_ = start;
  }
  return namedExpression();
}

// assignment_expression: NAME ':=' ~ expression
Expr* Parser::assignmentExpression() {
  size_t start = pos_;
  if (!check(Tk::Name) || kindAt(pos_ + 1) != Tk::ColonEqual) return nullptr;
  Name* target = nameAtom(ExprContext::Store);
  ++pos_;
  Expr* value = expression();
  if (!value) {
    pos_ = start;
    return nullptr;
  }
  NamedExpr* e = make<NamedExpr>(start);
  e->target = target;
  e->value = value;
  return e;
}

// named_expression: assignment_expression | invalid_named_expression | expression !':='
Expr* Parser::namedExpression() {
  size_t start = pos_;
  if (Expr* e = assignmentExpression()) return e;
  if (callInvalidRules_) {
    invalidNamedExpression();
    pos_ = start;
  }
  return expressionNotWalrus();
}

// expression !':='
Expr* Parser::expressionNotWalrus() {
  size_t start = pos_;
  Expr* e = expression();
  if (e && !check(Tk::ColonEqual)) return e;
  pos_ = start;
  return nullptr;
}

// disjunction (memo): conjunction ('or' conjunction)+ | conjunction
Expr* Parser::disjunction() {
  return memoized<Expr>(Rule::Disjunction, [&]() -> Expr* {
    size_t start = pos_;
    Expr* first = conjunction();
    if (!first) return nullptr;
    ExprList values{first};
    for (;;) {
      size_t mark = pos_;
      if (!expect(Tk::Or)) break;
      Expr* next = conjunction();
      if (!next) {
        pos_ = mark;
        break;
      }
      values.push_back(next);
    }
    if (values.size() == 1) return first;
    BoolOp* e = make<BoolOp>(start);
    e->op = BoolOperator::Or;
    e->values = std::move(values);
    return e;
  });
}

// conjunction (memo): inversion ('and' inversion)+ | inversion
Expr* Parser::conjunction() {
  size_t start = pos_;
  Expr* first = inversion();
  if (!first) return nullptr;
  ExprList values{first};
  for (;;) {
    size_t mark = pos_;
    if (!expect(Tk::And)) break;
    Expr* next = inversion();
    if (!next) {
      pos_ = mark;
      break;
    }
    values.push_back(next);
  }
  if (values.size() == 1) return first;
  BoolOp* e = make<BoolOp>(start);
  e->op = BoolOperator::And;
  e->values = std::move(values);
  return e;
}

// inversion (memo): 'not' inversion | comparison
Expr* Parser::inversion() {
  DepthGuard guard(*this);
  size_t start = pos_;
  if (expect(Tk::Not)) {
    if (Expr* operand = inversion()) {
      UnaryOp* e = make<UnaryOp>(start);
      e->op = UnaryOperator::Not;
      e->operand = operand;
      return e;
    }
    pos_ = start;
  }
  return comparison();
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
// compare_op_bitwise_or_pair: ('==' | '!=' | '<=' | '<' | '>=' | '>' | 'not' 'in' | 'in'
//   | 'is' 'not' | 'is') bitwise_or
Expr* Parser::comparison() {
  size_t start = pos_;
  Expr* left = bitwiseOr();
  if (!left) return nullptr;
  std::vector<CmpOperator> ops;
  ExprList comparators;
  for (;;) {
    size_t mark = pos_;
    CmpOperator op;
    switch (peek()) {
      case Tk::EqEqual:
        op = CmpOperator::Eq;
        break;
      case Tk::NotEqual:
        op = CmpOperator::NotEq;
        break;
      case Tk::LessEqual:
        op = CmpOperator::LtE;
        break;
      case Tk::Less:
        op = CmpOperator::Lt;
        break;
      case Tk::GreaterEqual:
        op = CmpOperator::GtE;
        break;
      case Tk::Greater:
        op = CmpOperator::Gt;
        break;
      case Tk::In:
        op = CmpOperator::In;
        break;
      case Tk::Not:
        if (kindAt(pos_ + 1) != Tk::In) goto done;
        op = CmpOperator::NotIn;
        ++pos_;
        break;
      case Tk::Is:
        op = CmpOperator::Is;
        if (kindAt(pos_ + 1) == Tk::Not) {
          pos_ += 2;
          if (Expr* right = bitwiseOr()) {
            ops.push_back(CmpOperator::IsNot);
            comparators.push_back(right);
            continue;
          }
          pos_ = mark;
        }
        break;
      default:
        goto done;
    }
    ++pos_;
    if (Expr* right = bitwiseOr()) {
      ops.push_back(op);
      comparators.push_back(right);
      continue;
    }
    pos_ = mark;
    break;
  }
done:
  if (ops.empty()) return left;
  Compare* e = make<Compare>(start);
  e->left = left;
  e->ops = std::move(ops);
  e->comparators = std::move(comparators);
  return e;
}

namespace {

std::optional<Operator> binaryOperator(Tk kind, int level) {
  switch (level) {
    case 0:
      return kind == Tk::VBar ? std::optional(Operator::BitOr) : std::nullopt;
    case 1:
      return kind == Tk::Circumflex ? std::optional(Operator::BitXor) : std::nullopt;
    case 2:
      return kind == Tk::Amper ? std::optional(Operator::BitAnd) : std::nullopt;
    case 3:
      if (kind == Tk::LeftShift) return Operator::LShift;
      if (kind == Tk::RightShift) return Operator::RShift;
      return std::nullopt;
    case 4:
      if (kind == Tk::Plus) return Operator::Add;
      if (kind == Tk::Minus) return Operator::Sub;
      return std::nullopt;
    default:
      switch (kind) {
        case Tk::Star:
          return Operator::Mult;
        case Tk::Slash:
          return Operator::Div;
        case Tk::DoubleSlash:
          return Operator::FloorDiv;
        case Tk::Percent:
          return Operator::Mod;
        case Tk::At:
          return Operator::MatMult;
        default:
          return std::nullopt;
      }
  }
}

}  // namespace

// The left-recursive binary operator rules, each a loop over the next tighter level:
// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
// bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
// bitwise_and: bitwise_and '&' shift_expr | shift_expr
// shift_expr: shift_expr ('<<' | '>>') sum | sum
// sum: sum ('+' | '-') term | term
// term: term ('*' | '/' | '//' | '%' | '@') factor | factor
Expr* Parser::binaryLevel(int level) {
  size_t start = pos_;
  auto operand = [&]() { return level == 5 ? factor() : binaryLevel(level + 1); };
  Expr* left = operand();
  if (!left) return nullptr;
  for (;;) {
    size_t mark = pos_;
    std::optional<Operator> op = binaryOperator(peek(), level);
    if (!op) break;
    ++pos_;
    Expr* right = operand();
    if (!right) {
      pos_ = mark;
      break;
    }
    BinOp* e = make<BinOp>(start);
    e->left = left;
    e->op = *op;
    e->right = right;
    left = e;
  }
  return left;
}

Expr* Parser::bitwiseOr() {
  return memoized<Expr>(Rule::BitwiseOr, [&] { return binaryLevel(0); });
}

// factor (memo): '+' factor | '-' factor | '~' factor | power
Expr* Parser::factor() {
  DepthGuard guard(*this);
  size_t start = pos_;
  UnaryOperator op;
  switch (peek()) {
    case Tk::Plus:
      op = UnaryOperator::UAdd;
      break;
    case Tk::Minus:
      op = UnaryOperator::USub;
      break;
    case Tk::Tilde:
      op = UnaryOperator::Invert;
      break;
    default:
      return power();
  }
  ++pos_;
  Expr* operand = factor();
  if (!operand) {
    pos_ = start;
    return nullptr;
  }
  UnaryOp* e = make<UnaryOp>(start);
  e->op = op;
  e->operand = operand;
  return e;
}

// power: await_primary '**' factor | await_primary
Expr* Parser::power() {
  size_t start = pos_;
  Expr* base = awaitPrimary();
  if (!base) return nullptr;
  size_t mark = pos_;
  if (expect(Tk::DoubleStar)) {
    if (Expr* exponent = factor()) {
      BinOp* e = make<BinOp>(start);
      e->left = base;
      e->op = Operator::Pow;
      e->right = exponent;
      return e;
    }
    pos_ = mark;
  }
  return base;
}

// await_primary (memo): AWAIT primary | primary
Expr* Parser::awaitPrimary() {
  size_t start = pos_;
  if (expect(Tk::Await)) {
    if (Expr* value = primary()) {
      Await* e = make<Await>(start);
      e->value = value;
      return e;
    }
    pos_ = start;
    return nullptr;
  }
  return primary();
}

// primary:
//   | primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']'
//   | atom
Expr* Parser::primary() {
  size_t start = pos_;
  Expr* e = atom();
  if (!e) return nullptr;
  for (;;) {
    size_t mark = pos_;
    Expr* next = nullptr;
    switch (peek()) {
      case Tk::Dot:
        ++pos_;
        if (const Token* name = expectNameToken()) {
          Attribute* a = make<Attribute>(start);
          a->value = e;
          a->attr = identifier(*name);
          next = a;
        }
        break;
      case Tk::LPar:
        if (Expr* gen = genexp()) {
          Call* call = make<Call>(start);
          call->func = e;
          call->args = {gen};
          next = call;
          break;
        }
        pos_ = mark + 1;
        {
          Call* args = arguments();
          if (expect(Tk::RPar)) {
            Call* call = make<Call>(start);
            call->func = e;
            if (args) {
              call->args = args->args;
              call->keywords = args->keywords;
            }
            next = call;
          }
        }
        break;
      case Tk::LSqb:
        ++pos_;
        if (Expr* index = slices()) {
          if (expect(Tk::RSqb)) {
            Subscript* s = make<Subscript>(start);
            s->value = e;
            s->slice = index;
            next = s;
          }
        }
        break;
      default:
        break;
    }
    if (!next) {
      pos_ = mark;
      return e;
    }
    e = next;
  }
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
Expr* Parser::slices() {
  size_t start = pos_;
  if (Expr* single = slice()) {
    if (!check(Tk::Comma)) return single;
  }
  pos_ = start;
  ExprList elts;
  bool matched = separated(Tk::Comma, [&] {
    Expr* e = slice();
    if (!e) e = starredExpression();
    if (e) elts.push_back(e);
    return e != nullptr;
  });
  if (!matched) return nullptr;
  expect(Tk::Comma);
  return makeTuple(start, std::move(elts), ExprContext::Load);
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
Expr* Parser::slice() {
  size_t start = pos_;
  Expr* lower = expression();
  if (expect(Tk::Colon)) {
    Expr* upper = expression();
    Expr* step = nullptr;
    if (expect(Tk::Colon)) step = expression();
    Slice* s = make<Slice>(start);
    s->lower = lower;
    s->upper = upper;
    s->step = step;
    return s;
  }
  pos_ = start;
  return namedExpression();
}

// atom:
//   | NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER
//   | &'(' (tuple | group | genexp) | &'[' (list | listcomp)
//   | &'{' (dict | set | dictcomp | setcomp) | '...'
Expr* Parser::atom() {
  size_t start = pos_;
  auto constant = [&](ConstantValue::Kind kind) {
    ++pos_;
    Constant* c = make<Constant>(start);
    c->value.kind = kind;
    return c;
  };
  switch (peek()) {
    case Tk::Name:
      return nameAtom();
    case Tk::True:
      return constant(ConstantValue::Kind::True);
    case Tk::False:
      return constant(ConstantValue::Kind::False);
    case Tk::None:
      return constant(ConstantValue::Kind::None);
    case Tk::Ellipsis:
      return constant(ConstantValue::Kind::Ellipsis);
    case Tk::String:
      return strings();
    case Tk::Number:
      return number(*tokens_[pos_].token);
    // Each bracket tries several rules that all parse what is inside, so nested brackets
    // would cost exponential time without the memo (found by the fuzzer: 80 nested '{').
    case Tk::LPar:
      return memoized<Expr>(Rule::BracketedAtom, [&]() -> Expr* {
        if (Expr* e = tuple()) return e;
        if (Expr* e = group()) return e;
        return genexp();
      });
    case Tk::LSqb:
      return memoized<Expr>(Rule::BracketedAtom, [&]() -> Expr* {
        if (Expr* e = list()) return e;
        return listcomp();
      });
    case Tk::LBrace:
      return memoized<Expr>(Rule::BracketedAtom, [&]() -> Expr* {
        if (Expr* e = dict()) return e;
        if (Expr* e = set()) return e;
        if (Expr* e = dictcomp()) return e;
        return setcomp();
      });
    default:
      return nullptr;
  }
}

// NUMBER, converted like CPython's _PyPegen_number_token.
Expr* Parser::number(const Token& token) {
  size_t start = pos_;
  std::string error;
  std::optional<ConstantValue> value = parseNumberLiteral(token.text, error);
  if (!value) {
    CPosition t = cTokenPosition(start);
    raiseLocated("SyntaxError", t.line, 0, t.endLine, 0,
                 error +
                     " - Consider hexadecimal for huge integer literals to avoid decimal "
                     "conversion limits.");
  }
  ++pos_;
  Constant* c = make<Constant>(start);
  c->value = std::move(*value);
  return c;
}

// group: '(' (yield_expr | named_expression) ')' | invalid_group
Expr* Parser::group() {
  size_t start = pos_;
  if (expect(Tk::LPar)) {
    Expr* inner = yieldExpr();
    if (!inner) inner = namedExpression();
    if (inner && expect(Tk::RPar)) return inner;
  }
  pos_ = start;
  if (callInvalidRules_) invalidGroup();
  pos_ = start;
  return nullptr;
}

// lambdef: 'lambda' [lambda_params] ':' expression
Expr* Parser::lambdef() {
  size_t start = pos_;
  if (!expect(Tk::Lambda)) return nullptr;
  Arguments* args = params(true);
  if (expect(Tk::Colon)) {
    if (Expr* body = expression()) {
      Lambda* e = make<Lambda>(start);
      e->args = args ? args : emptyArguments();
      e->body = body;
      return e;
    }
  }
  pos_ = start;
  return nullptr;
}

// strings (memo): STRING+
Expr* Parser::strings() {
  return memoized<Expr>(Rule::Strings, [&]() -> Expr* {
    size_t first = pos_;
    while (check(Tk::String))
      ++pos_;
    if (pos_ == first) return nullptr;
    return concatenateStrings(first, pos_ - 1);
  });
}

}  // namespace rw::syntax::detail
