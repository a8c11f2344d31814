// Displays (list, tuple, set, dict) and comprehensions of CPython 3.11's grammar.
#include "syntax/parser_internal.h"

namespace rw::syntax::detail {

// list: '[' [star_named_expressions] ']'
Expr* Parser::list() {
  size_t start = pos_;
  if (!expect(Tk::LSqb)) return nullptr;
  ExprList elts;
  starNamedExpressions(elts);
  if (!expect(Tk::RSqb)) {
    pos_ = start;
    return nullptr;
  }
  Sequence* e = make<Sequence>(start, NodeKind::List);
  e->elts = std::move(elts);
  return e;
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
Expr* Parser::tuple() {
  size_t start = pos_;
  if (!expect(Tk::LPar)) return nullptr;
  ExprList elts;
  size_t mark = pos_;
  if (Expr* first = starNamedExpression()) {
    if (expect(Tk::Comma)) {
      elts.push_back(first);
      starNamedExpressions(elts);
    } else {
      pos_ = mark;
    }
  }
  if (!expect(Tk::RPar)) {
    pos_ = start;
    return nullptr;
  }
  return makeTuple(start, std::move(elts), ExprContext::Load);
}

// set: '{' star_named_expressions '}'
Expr* Parser::set() {
  size_t start = pos_;
  if (!expect(Tk::LBrace)) return nullptr;
  ExprList elts;
  if (!starNamedExpressions(elts) || !expect(Tk::RBrace)) {
    pos_ = start;
    return nullptr;
  }
  Set* e = make<Set>(start);
  e->elts = std::move(elts);
  return e;
}

// dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
Expr* Parser::dict() {
  size_t start = pos_;
  if (!expect(Tk::LBrace)) return nullptr;
  std::vector<KeyValue> pairs;
  doubleStarredKvpairs(pairs);
  if (expect(Tk::RBrace)) {
    Dict* e = make<Dict>(start);
    for (const KeyValue& kv : pairs) {
      e->keys.push_back(kv.key);
      e->values.push_back(kv.value);
    }
    return e;
  }
  pos_ = start + 1;
  if (callInvalidRules_) invalidDoubleStarredKvpairs();
  pos_ = start;
  return nullptr;
}

// double_starred_kvpairs: ','.double_starred_kvpair+ [',']
bool Parser::doubleStarredKvpairs(std::vector<KeyValue>& out) {
  bool matched = separated(Tk::Comma, [&] {
    KeyValue kv;
    if (!doubleStarredKvpair(kv, !out.empty())) return false;
    out.push_back(kv);
    return true;
  });
  if (!matched) return false;
  expect(Tk::Comma);
  return true;
}

// double_starred_kvpair: '**' bitwise_or | kvpair
bool Parser::doubleStarredKvpair(KeyValue& out, bool laterElement) {
  size_t start = pos_;
  if (expect(Tk::DoubleStar)) {
    if (Expr* value = bitwiseOr()) {
      out = {nullptr, value};
      return true;
    }
    pos_ = start;
  }
  return kvpair(out, laterElement);
}

// A key after the first element of a dict display, in the error pass. CPython 3.11 reports
// "':' expected after dictionary key" for `{1: 2, 3 4}` and `{1: 2, f(3 4): 5}` where its
// grammar alone would predict "Perhaps you forgot a comma?": such keys behave as if first
// parsed with the invalid_* rules off. This reproduces that: a key that parses that way is
// remembered for the position (nothing inside it is); one that does not is parsed normally.
Expr* Parser::laterDictKey() {
  size_t start = pos_;
  if (!callInvalidRules_ || findMemo(Rule::Expression, start)) return expression();
  Expr* key = nullptr;
  {
    InvalidRulesOff off(*this);
    bool savedSuppress = memoStoreSuppressed_;
    memoStoreSuppressed_ = true;
    key = expression();
    memoStoreSuppressed_ = savedSuppress;
  }
  if (!key) {
    pos_ = start;
    return expression();
  }
  storeMemo(Rule::Expression, start, key, pos_);
  return key;
}

// kvpair: expression ':' expression
bool Parser::kvpair(KeyValue& out, bool laterElement) {
  size_t start = pos_;
  if (Expr* key = laterElement ? laterDictKey() : expression()) {
    if (expect(Tk::Colon)) {
      if (Expr* value = expression()) {
        out = {key, value};
        return true;
      }
    }
  }
  pos_ = start;
  return false;
}

// for_if_clauses: for_if_clause+
bool Parser::forIfClauses(ComprehensionList& out) {
  while (Comprehension* c = forIfClause())
    out.push_back(c);
  return !out.empty();
}

// for_if_clause:
//   | [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//   | invalid_for_target
Comprehension* Parser::forIfClause() {
  size_t start = pos_;
  bool isAsync = expect(Tk::Async) != nullptr;
  if (expect(Tk::For)) {
    Expr* target = starTargets();
    if (target && expect(Tk::In)) {
      Expr* iter = disjunction();
      if (!iter) {
        pos_ = start;
        return nullptr;
      }
      Comprehension* c = makeUnplaced<Comprehension>();
      c->target = target;
      c->iter = iter;
      c->is_async = isAsync ? 1 : 0;
      for (;;) {
        size_t mark = pos_;
        if (!expect(Tk::If)) break;
        Expr* condition = disjunction();
        if (!condition) {
          pos_ = mark;
          break;
        }
        c->ifs.push_back(condition);
      }
      return c;
    }
  }
  pos_ = start;
  if (callInvalidRules_) invalidForTarget();
  pos_ = start;
  return nullptr;
}

// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
Expr* Parser::listcomp() {
  size_t start = pos_;
  if (expect(Tk::LSqb)) {
    if (Expr* elt = namedExpression()) {
      ComprehensionList generators;
      if (forIfClauses(generators) && expect(Tk::RSqb)) {
        Comp* e = make<Comp>(start, NodeKind::ListComp);
        e->elt = elt;
        e->generators = std::move(generators);
        return e;
      }
    }
  }
  pos_ = start;
  if (callInvalidRules_) invalidComprehension();
  pos_ = start;
  return nullptr;
}

// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
Expr* Parser::setcomp() {
  size_t start = pos_;
  if (expect(Tk::LBrace)) {
    if (Expr* elt = namedExpression()) {
      ComprehensionList generators;
      if (forIfClauses(generators) && expect(Tk::RBrace)) {
        Comp* e = make<Comp>(start, NodeKind::SetComp);
        e->elt = elt;
        e->generators = std::move(generators);
        return e;
      }
    }
  }
  pos_ = start;
  if (callInvalidRules_) invalidComprehension();
  pos_ = start;
  return nullptr;
}

// genexp:
//   | '(' (assignment_expression | expression !':=') for_if_clauses ')'
//   | invalid_comprehension
Expr* Parser::genexp() {
  size_t start = pos_;
  if (expect(Tk::LPar)) {
    Expr* elt = assignmentExpression();
    if (!elt) elt = expressionNotWalrus();
    if (elt) {
      ComprehensionList generators;
      if (forIfClauses(generators) && expect(Tk::RPar)) {
        Comp* e = make<Comp>(start, NodeKind::GeneratorExp);
        e->elt = elt;
        e->generators = std::move(generators);
        return e;
      }
    }
  }
  pos_ = start;
  if (callInvalidRules_) invalidComprehension();
  pos_ = start;
  return nullptr;
}

// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
Expr* Parser::dictcomp() {
  size_t start = pos_;
  if (expect(Tk::LBrace)) {
    KeyValue kv;
    if (kvpair(kv)) {
      ComprehensionList generators;
      if (forIfClauses(generators) && expect(Tk::RBrace)) {
        DictComp* e = make<DictComp>(start);
        e->key = kv.key;
        e->value = kv.value;
        e->generators = std::move(generators);
        return e;
      }
    }
  }
  pos_ = start;
  if (callInvalidRules_) invalidDictComprehension();
  pos_ = start;
  return nullptr;
}

}  // namespace rw::syntax::detail
