// Assignment, for-loop and del targets of CPython 3.11's grammar.
#include "syntax/parser_internal.h"

namespace rw::syntax::detail {

// star_targets: star_target !',' | star_target (',' star_target)* [',']
Expr* Parser::starTargets() {
  size_t start = pos_;
  Expr* first = starTarget();
  if (!first) return nullptr;
  if (!check(Tk::Comma)) return first;
  ExprList elts{first};
  for (;;) {
    size_t mark = pos_;
    if (!expect(Tk::Comma)) break;
    Expr* next = starTarget();
    if (!next) {
      pos_ = mark;
      break;
    }
    elts.push_back(next);
  }
  expect(Tk::Comma);
  return makeTuple(start, std::move(elts), ExprContext::Store);
}

// star_targets_list_seq: ','.star_target+ [',']
bool Parser::starTargetsListSeq(ExprList& out) {
  bool matched = separated(Tk::Comma, [&] {
    Expr* e = starTarget();
    if (e) out.push_back(e);
    return e != nullptr;
  });
  if (!matched) return false;
  expect(Tk::Comma);
  return true;
}

// star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
bool Parser::starTargetsTupleSeq(ExprList& out) {
  size_t start = pos_;
  Expr* first = starTarget();
  if (!first || !expect(Tk::Comma)) {
    pos_ = start;
    return false;
  }
  out.push_back(first);
  for (;;) {
    size_t mark = pos_;
    Expr* next = starTarget();
    if (!next) {
      pos_ = mark;
      break;
    }
    out.push_back(next);
    if (!expect(Tk::Comma)) break;
  }
  return true;
}

// star_target (memo): '*' (!'*' star_target) | target_with_star_atom
Expr* Parser::starTarget() {
  return memoized<Expr>(Rule::StarTarget, [&]() -> Expr* {
    size_t start = pos_;
    if (expect(Tk::Star)) {
      if (!check(Tk::Star)) {
        if (Expr* inner = starTarget()) {
          Starred* e = make<Starred>(start);
          e->value = setContext(inner, ExprContext::Store);
          e->ctx = ExprContext::Store;
          return e;
        }
      }
      pos_ = start;
      return nullptr;
    }
    return targetWithStarAtom();
  });
}

// target_with_star_atom (memo):
//   | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
Expr* Parser::targetWithStarAtom() {
  return memoized<Expr>(Rule::TargetWithStarAtom, [&]() -> Expr* {
    size_t start = pos_;
    if (Expr* target = singleSubscriptAttributeTarget()) return target;
    pos_ = start;
    return starAtom();
  });
}

// star_atom:
//   | NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
//   | '[' [star_targets_list_seq] ']'
Expr* Parser::starAtom() {
  size_t start = pos_;
  if (Name* name = nameAtom(ExprContext::Store)) return name;
  if (expect(Tk::LPar)) {
    if (Expr* inner = targetWithStarAtom()) {
      if (expect(Tk::RPar)) return setContext(inner, ExprContext::Store);
    }
    pos_ = start + 1;
    ExprList elts;
    starTargetsTupleSeq(elts);
    if (expect(Tk::RPar)) return makeTuple(start, std::move(elts), ExprContext::Store);
    pos_ = start;
    return nullptr;
  }
  if (expect(Tk::LSqb)) {
    ExprList elts;
    starTargetsListSeq(elts);
    if (expect(Tk::RSqb)) {
      Sequence* list = make<Sequence>(start, NodeKind::List);
      list->elts = std::move(elts);
      list->ctx = ExprContext::Store;
      return list;
    }
    pos_ = start;
  }
  return nullptr;
}

// single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
Expr* Parser::singleTarget() {
  size_t start = pos_;
  if (Expr* target = singleSubscriptAttributeTarget()) return target;
  if (Name* name = nameAtom(ExprContext::Store)) return name;
  if (expect(Tk::LPar)) {
    if (Expr* inner = singleTarget()) {
      if (expect(Tk::RPar)) return inner;
    }
  }
  pos_ = start;
  return nullptr;
}

// single_subscript_attribute_target:
//   | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
Expr* Parser::singleSubscriptAttributeTarget() {
  size_t start = pos_;
  Expr* base = tPrimary();
  if (!base) return nullptr;
  size_t afterBase = pos_;
  if (expect(Tk::Dot)) {
    if (const Token* name = expectNameToken()) {
      if (!tLookahead()) {
        Attribute* e = make<Attribute>(start);
        e->value = base;
        e->attr = identifier(*name);
        e->ctx = ExprContext::Store;
        return e;
      }
    }
  }
  pos_ = afterBase;
  if (expect(Tk::LSqb)) {
    if (Expr* index = slices()) {
      if (expect(Tk::RSqb) && !tLookahead()) {
        Subscript* e = make<Subscript>(start);
        e->value = base;
        e->slice = index;
        e->ctx = ExprContext::Store;
        return e;
      }
    }
  }
  pos_ = start;
  return nullptr;
}

// t_primary (left-recursive, memo):
//   | t_primary '.' NAME &t_lookahead | t_primary '[' slices ']' &t_lookahead
//   | t_primary genexp &t_lookahead | t_primary '(' [arguments] ')' &t_lookahead
//   | atom &t_lookahead
Expr* Parser::tPrimary() {
  return memoized<Expr>(Rule::TPrimary, [&]() -> Expr* {
    size_t start = pos_;
    // A one-token atom not followed by t_lookahead fails here; checking first spares building
    // a node only to drop it (the same tokens are read either way).
    switch (peek()) {
      case Tk::Name:
      case Tk::Number:
      case Tk::True:
      case Tk::False:
      case Tk::None:
      case Tk::Ellipsis:
        if (!isTLookahead(kindAt(pos_ + 1))) return nullptr;
        break;
      default: break;
    }
    Expr* e = atom();
    if (!e || !tLookahead()) {
      pos_ = start;
      return nullptr;
    }
    for (;;) {
      size_t mark = pos_;
      Expr* next = nullptr;
      switch (peek()) {
        case Tk::Dot:
          ++pos_;
          if (const Token* name = expectNameToken()) {
            if (tLookahead()) {
              Attribute* a = make<Attribute>(start);
              a->value = e;
              a->attr = identifier(*name);
              next = a;
            }
          }
          break;
        case Tk::LSqb:
          ++pos_;
          if (Expr* index = slices()) {
            if (expect(Tk::RSqb) && tLookahead()) {
              Subscript* s = make<Subscript>(start);
              s->value = e;
              s->slice = index;
              next = s;
            }
          }
          break;
        case Tk::LPar:
          if (Expr* gen = genexp()) {
            if (tLookahead()) {
              Call* call = make<Call>(start);
              call->func = e;
              call->args = {gen};
              next = call;
              break;
            }
          }
          pos_ = mark + 1;
          {
            Call* args = arguments();
            if (expect(Tk::RPar) && tLookahead()) {
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
        default:
          break;
      }
      if (!next) {
        pos_ = mark;
        return e;
      }
      e = next;
    }
  });
}

// t_lookahead: '(' | '[' | '.'
bool Parser::tLookahead() {
  return isTLookahead(peek());
}

bool Parser::isTLookahead(Tk kind) {
  return kind == Tk::LPar || kind == Tk::LSqb || kind == Tk::Dot;
}

// del_targets: ','.del_target+ [',']
bool Parser::delTargets(ExprList& out) {
  bool matched = separated(Tk::Comma, [&] {
    Expr* e = delTarget();
    if (e) out.push_back(e);
    return e != nullptr;
  });
  if (!matched) return false;
  expect(Tk::Comma);
  return true;
}

// del_target (memo):
//   | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom
Expr* Parser::delTarget() {
  return memoized<Expr>(Rule::DelTarget, [&]() -> Expr* {
    size_t start = pos_;
    if (Expr* target = singleSubscriptAttributeTarget()) {
      return setContext(target, ExprContext::Del);
    }
    pos_ = start;
    return delTAtom();
  });
}

// del_t_atom:
//   | NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
Expr* Parser::delTAtom() {
  size_t start = pos_;
  if (Name* name = nameAtom(ExprContext::Del)) return name;
  if (expect(Tk::LPar)) {
    if (Expr* inner = delTarget()) {
      if (expect(Tk::RPar)) return setContext(inner, ExprContext::Del);
    }
    pos_ = start + 1;
    ExprList elts;
    delTargets(elts);
    if (expect(Tk::RPar)) return makeTuple(start, std::move(elts), ExprContext::Del);
    pos_ = start;
    return nullptr;
  }
  if (expect(Tk::LSqb)) {
    ExprList elts;
    delTargets(elts);
    if (expect(Tk::RSqb)) {
      Sequence* list = make<Sequence>(start, NodeKind::List);
      list->elts = std::move(elts);
      list->ctx = ExprContext::Del;
      return list;
    }
    pos_ = start;
  }
  return nullptr;
}

}  // namespace rw::syntax::detail
