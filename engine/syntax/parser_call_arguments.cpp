// Call arguments of CPython 3.11's grammar: positional, starred, keyword and ** arguments.
#include "syntax/parser_internal.h"

namespace rw::syntax::detail {

// arguments (memo): args [','] &')' | invalid_arguments
// The result is a Call without func that carries the arguments and their span.
Call* Parser::arguments() {
  return memoized<Call>(Rule::Arguments, [&]() -> Call* {
    size_t start = pos_;
    if (Call* a = args()) {
      expect(Tk::Comma);
      if (check(Tk::RPar)) return a;
    }
    pos_ = start;
    if (callInvalidRules_) invalidArguments();
    return nullptr;
  });
}

// args:
//   | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
//   | kwargs
Call* Parser::args() {
  size_t start = pos_;
  auto collect = [&](ExprList positional, const std::vector<KeywordOrStarred>& rest) {
    Call* call = make<Call>(start);
    call->args = std::move(positional);
    for (const KeywordOrStarred& item : rest) {
      if (item.isKeyword) {
        call->keywords.push_back(static_cast<Keyword*>(item.element));
      } else {
        call->args.push_back(static_cast<Expr*>(item.element));
      }
    }
    return call;
  };
  ExprList positional;
  bool matched = separated(Tk::Comma, [&] {
    size_t mark = pos_;
    if (Expr* starred = starredExpression()) {
      positional.push_back(starred);
      return true;
    }
    Expr* e = assignmentExpression();
    if (!e) e = expressionNotWalrus();
    if (e && !check(Tk::Equal)) {
      positional.push_back(e);
      return true;
    }
    pos_ = mark;
    return false;
  });
  if (matched) {
    std::vector<KeywordOrStarred> rest;
    size_t mark = pos_;
    if (!expect(Tk::Comma) || !kwargs(rest)) {
      pos_ = mark;
      rest.clear();
    }
    return collect(std::move(positional), rest);
  }
  pos_ = start;
  std::vector<KeywordOrStarred> rest;
  if (kwargs(rest)) return collect({}, rest);
  pos_ = start;
  return nullptr;
}

// kwargs:
//   | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
//   | ','.kwarg_or_starred+
//   | ','.kwarg_or_double_starred+
bool Parser::kwargs(std::vector<KeywordOrStarred>& out) {
  size_t start = pos_;
  auto starredList = [&](std::vector<KeywordOrStarred>& list) {
    return separated(Tk::Comma, [&] {
      KeywordOrStarred item;
      if (!kwargOrStarred(item)) return false;
      list.push_back(item);
      return true;
    });
  };
  auto doubleStarredList = [&](std::vector<KeywordOrStarred>& list) {
    return separated(Tk::Comma, [&] {
      KeywordOrStarred item;
      if (!kwargOrDoubleStarred(item)) return false;
      list.push_back(item);
      return true;
    });
  };
  {
    std::vector<KeywordOrStarred> first;
    if (starredList(first)) {
      size_t mark = pos_;
      std::vector<KeywordOrStarred> second;
      if (expect(Tk::Comma) && doubleStarredList(second)) {
        out = std::move(first);
        out.insert(out.end(), second.begin(), second.end());
        return true;
      }
      pos_ = mark;
      out = std::move(first);
      return true;
    }
  }
  pos_ = start;
  std::vector<KeywordOrStarred> list;
  if (doubleStarredList(list)) {
    out = std::move(list);
    return true;
  }
  pos_ = start;
  return false;
}

// starred_expression: '*' expression
Expr* Parser::starredExpression() {
  size_t start = pos_;
  if (!expect(Tk::Star)) return nullptr;
  Expr* value = expression();
  if (!value) {
    pos_ = start;
    return nullptr;
  }
  Starred* e = make<Starred>(start);
  e->value = value;
  return e;
}

// kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
bool Parser::kwargOrStarred(KeywordOrStarred& out) {
  size_t start = pos_;
  if (callInvalidRules_) {
    invalidKwarg();
    pos_ = start;
  }
  if (check(Tk::Name) && kindAt(pos_ + 1) == Tk::Equal) {
    const Token* name = tokens_[pos_].token;
    pos_ += 2;
    if (Expr* value = expression()) {
      Keyword* k = make<Keyword>(start);
      k->arg = identifier(*name);
      k->value = value;
      out = {k, true};
      return true;
    }
    pos_ = start;
  }
  if (Expr* starred = starredExpression()) {
    out = {starred, false};
    return true;
  }
  return false;
}

// kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
bool Parser::kwargOrDoubleStarred(KeywordOrStarred& out) {
  size_t start = pos_;
  if (callInvalidRules_) {
    invalidKwarg();
    pos_ = start;
  }
  if (check(Tk::Name) && kindAt(pos_ + 1) == Tk::Equal) {
    const Token* name = tokens_[pos_].token;
    pos_ += 2;
    if (Expr* value = expression()) {
      Keyword* k = make<Keyword>(start);
      k->arg = identifier(*name);
      k->value = value;
      out = {k, true};
      return true;
    }
    pos_ = start;
  }
  if (expect(Tk::DoubleStar)) {
    if (Expr* value = expression()) {
      Keyword* k = make<Keyword>(start);
      k->value = value;
      out = {k, true};
      return true;
    }
    pos_ = start;
  }
  return false;
}

}  // namespace rw::syntax::detail
