// Parameters of `def` and `lambda`, and the invalid_* rules that diagnose them. The lambda
// variants of CPython's rules differ only in having no annotations and ending in ':' instead
// of ')', so one function serves both, told apart by `lambda`.
#include "syntax/parser_internal.h"

namespace rw::syntax::detail {

// params: invalid_parameters | parameters
// lambda_params: invalid_lambda_parameters | lambda_parameters
Arguments* Parser::params(bool lambda) {
  if (callInvalidRules_) {
    size_t start = pos_;
    invalidParameters(lambda);
    pos_ = start;
  }
  return parameters(lambda);
}

// parameters:
//   | slash_no_default param_no_default* param_with_default* [star_etc]
//   | slash_with_default param_with_default* [star_etc]
//   | param_no_default+ param_with_default* [star_etc]
//   | param_with_default+ [star_etc]
//   | star_etc
Arguments* Parser::parameters(bool lambda) {
  size_t start = pos_;
  auto noDefaults = [&](ArgList& out) {
    while (Arg* a = paramNoDefault(lambda))
      out.push_back(a);
  };
  auto withDefaults = [&](std::vector<NameDefault>& out) {
    NameDefault nd;
    while (paramWithDefault(lambda, nd))
      out.push_back(nd);
  };
  auto optionalStar = [&](StarEtc& star) { return starEtc(lambda, star) ? &star : nullptr; };
  {
    ArgList slash;
    if (slashNoDefault(lambda, slash)) {
      ArgList plain;
      noDefaults(plain);
      std::vector<NameDefault> named;
      withDefaults(named);
      StarEtc star;
      return makeArguments(&slash, nullptr, &plain, &named, optionalStar(star));
    }
  }
  pos_ = start;
  {
    SlashWithDefault slash;
    if (slashWithDefault(lambda, slash)) {
      std::vector<NameDefault> named;
      withDefaults(named);
      StarEtc star;
      return makeArguments(nullptr, &slash, nullptr, &named, optionalStar(star));
    }
  }
  pos_ = start;
  {
    ArgList plain;
    noDefaults(plain);
    if (!plain.empty()) {
      std::vector<NameDefault> named;
      withDefaults(named);
      StarEtc star;
      return makeArguments(nullptr, nullptr, &plain, &named, optionalStar(star));
    }
  }
  pos_ = start;
  {
    std::vector<NameDefault> named;
    withDefaults(named);
    if (!named.empty()) {
      StarEtc star;
      return makeArguments(nullptr, nullptr, nullptr, &named, optionalStar(star));
    }
  }
  pos_ = start;
  StarEtc star;
  if (starEtc(lambda, star)) return makeArguments(nullptr, nullptr, nullptr, nullptr, &star);
  pos_ = start;
  return nullptr;
}

// ')' for a def, ':' for a lambda: what may follow the last parameter.
bool Parser::paramEnd(bool lambda) {
  return check(lambda ? Tk::Colon : Tk::RPar);
}

// slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
bool Parser::slashNoDefault(bool lambda, ArgList& out) {
  size_t start = pos_;
  ArgList list;
  while (Arg* a = paramNoDefault(lambda))
    list.push_back(a);
  if (!list.empty() && expect(Tk::Slash) && (expect(Tk::Comma) || paramEnd(lambda))) {
    out = std::move(list);
    return true;
  }
  pos_ = start;
  return false;
}

// slash_with_default:
//   | param_no_default* param_with_default+ '/' ','
//   | param_no_default* param_with_default+ '/' &')'
bool Parser::slashWithDefault(bool lambda, SlashWithDefault& out) {
  size_t start = pos_;
  SlashWithDefault result;
  while (Arg* a = paramNoDefault(lambda))
    result.plain.push_back(a);
  NameDefault nd;
  while (paramWithDefault(lambda, nd))
    result.withDefaults.push_back(nd);
  if (!result.withDefaults.empty() && expect(Tk::Slash) &&
      (expect(Tk::Comma) || paramEnd(lambda))) {
    out = std::move(result);
    return true;
  }
  pos_ = start;
  return false;
}

// star_etc:
//   | invalid_star_etc
//   | '*' param_no_default param_maybe_default* [kwds]
//   | '*' param_no_default_star_annotation param_maybe_default* [kwds]
//   | '*' ',' param_maybe_default+ [kwds]
//   | kwds
bool Parser::starEtc(bool lambda, StarEtc& out) {
  size_t start = pos_;
  if (callInvalidRules_) {
    invalidStarEtc(lambda);
    pos_ = start;
  }
  auto maybeDefaults = [&](std::vector<NameDefault>& list) {
    NameDefault nd;
    while (paramMaybeDefault(lambda, nd))
      list.push_back(nd);
  };
  if (expect(Tk::Star)) {
    size_t afterStar = pos_;
    Arg* vararg = paramNoDefault(lambda);
    if (!vararg && !lambda) {
      pos_ = afterStar;
      vararg = paramNoDefaultStarAnnotation();
    }
    if (vararg) {
      StarEtc result;
      result.vararg = vararg;
      maybeDefaults(result.kwonly);
      result.kwarg = kwds(lambda);
      out = std::move(result);
      return true;
    }
    pos_ = afterStar;
    if (expect(Tk::Comma)) {
      StarEtc result;
      maybeDefaults(result.kwonly);
      if (!result.kwonly.empty()) {
        result.kwarg = kwds(lambda);
        out = std::move(result);
        return true;
      }
    }
  }
  pos_ = start;
  if (Arg* kwarg = kwds(lambda)) {
    out = StarEtc{};
    out.kwarg = kwarg;
    return true;
  }
  pos_ = start;
  return false;
}

// kwds: invalid_kwds | '**' param_no_default
Arg* Parser::kwds(bool lambda) {
  size_t start = pos_;
  if (callInvalidRules_) {
    invalidKwds(lambda);
    pos_ = start;
  }
  if (!expect(Tk::DoubleStar)) return nullptr;
  Arg* a = paramNoDefault(lambda);
  if (!a) pos_ = start;
  return a;
}

// param_no_default: param ',' | param &')'
Arg* Parser::paramNoDefault(bool lambda) {
  size_t start = pos_;
  Arg* a = param(lambda);
  if (a && (expect(Tk::Comma) || paramEnd(lambda))) return a;
  pos_ = start;
  return nullptr;
}

// param_no_default_star_annotation: param_star_annotation ',' | param_star_annotation &')'
// param_star_annotation: NAME star_annotation
// star_annotation: ':' star_expression
Arg* Parser::paramNoDefaultStarAnnotation() {
  size_t start = pos_;
  if (const Token* name = expectNameToken()) {
    if (expect(Tk::Colon)) {
      if (Expr* annotation = starExpression()) {
        Arg* a = make<Arg>(start);
        a->arg = identifier(*name);
        a->annotation = annotation;
        if (expect(Tk::Comma) || check(Tk::RPar)) return a;
      }
    }
  }
  pos_ = start;
  return nullptr;
}

// param_with_default: param default ',' | param default &')'
bool Parser::paramWithDefault(bool lambda, NameDefault& out) {
  size_t start = pos_;
  if (Arg* a = param(lambda)) {
    if (Expr* value = defaultValue(lambda)) {
      if (expect(Tk::Comma) || paramEnd(lambda)) {
        out = {a, value};
        return true;
      }
    }
  }
  pos_ = start;
  return false;
}

// param_maybe_default: param default? ',' | param default? &')'
bool Parser::paramMaybeDefault(bool lambda, NameDefault& out) {
  size_t start = pos_;
  if (Arg* a = param(lambda)) {
    Expr* value = defaultValue(lambda);
    if (expect(Tk::Comma) || paramEnd(lambda)) {
      out = {a, value};
      return true;
    }
  }
  pos_ = start;
  return false;
}

// param: NAME annotation?      annotation: ':' expression
// lambda_param: NAME
Arg* Parser::param(bool lambda) {
  size_t start = pos_;
  const Token* name = expectNameToken();
  if (!name) return nullptr;
  Expr* annotation = nullptr;
  if (!lambda) {
    size_t mark = pos_;
    if (expect(Tk::Colon)) {
      annotation = expression();
      if (!annotation) pos_ = mark;
    }
  }
  Arg* a = make<Arg>(start);
  a->arg = identifier(*name);
  a->annotation = annotation;
  return a;
}

// default: '=' expression | invalid_default
Expr* Parser::defaultValue(bool) {
  size_t start = pos_;
  if (expect(Tk::Equal)) {
    if (Expr* value = expression()) return value;
  }
  pos_ = start;
  if (callInvalidRules_) invalidDefault();
  pos_ = start;
  return nullptr;
}

// _PyPegen_make_arguments: positional-only, positional and keyword-only parameters with
// their defaults, from the pieces the `parameters` alternatives collect.
Arguments* Parser::makeArguments(const ArgList* slashNoDefaults,
                                 const SlashWithDefault* slashWithDefaults,
                                 const ArgList* plainNames,
                                 const std::vector<NameDefault>* withDefault, const StarEtc* star) {
  Arguments* a = makeUnplaced<Arguments>();
  if (slashNoDefaults) a->posonlyargs = *slashNoDefaults;
  if (slashWithDefaults) {
    a->posonlyargs = slashWithDefaults->plain;
    for (const NameDefault& nd : slashWithDefaults->withDefaults) {
      a->posonlyargs.push_back(nd.arg);
      a->defaults.push_back(nd.value);
    }
  }
  if (plainNames) a->args = *plainNames;
  if (withDefault) {
    for (const NameDefault& nd : *withDefault) {
      a->args.push_back(nd.arg);
      a->defaults.push_back(nd.value);
    }
  }
  if (star) {
    a->vararg = star->vararg;
    for (const NameDefault& nd : star->kwonly) {
      a->kwonlyargs.push_back(nd.arg);
      a->kw_defaults.push_back(nd.value);
    }
    a->kwarg = star->kwarg;
  }
  return a;
}

Arguments* Parser::emptyArguments() {
  return makeUnplaced<Arguments>();
}

// ---- invalid rules ----

// invalid_parameters:
//   | "/" ','
//   | (slash_no_default | slash_with_default) param_maybe_default* '/'
//   | slash_no_default? param_no_default* invalid_parameters_helper param_no_default
//   | param_no_default* '(' param_no_default+ ','? ')'           (def)
//   | lambda_param_no_default* '(' ','.lambda_param+ ','? ')'     (lambda)
//   | (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
//     param_maybe_default* '/'
//   | param_maybe_default+ '/' '*'
void Parser::invalidParameters(bool lambda) {
  size_t start = pos_;
  auto slashEither = [&]() {
    ArgList plain;
    if (slashNoDefault(lambda, plain)) return true;
    SlashWithDefault withDefault;
    return slashWithDefault(lambda, withDefault);
  };
  auto maybeDefaults = [&]() {
    size_t count = 0;
    NameDefault nd;
    while (paramMaybeDefault(lambda, nd))
      ++count;
    return count;
  };
  if (check(Tk::Slash) && kindAt(pos_ + 1) == Tk::Comma) {
    raiseAtToken(pos_, "at least one argument must precede /");
  }
  pos_ = start;
  if (slashEither()) {
    maybeDefaults();
    if (check(Tk::Slash)) raiseAtToken(pos_, "/ may appear only once");
  }
  pos_ = start;
  {
    ArgList slash;
    slashNoDefault(lambda, slash);
    while (paramNoDefault(lambda)) {
    }
    if (invalidParametersHelper(lambda)) {
      if (Arg* a = paramNoDefault(lambda)) {
        raiseAtNode(a, "non-default argument follows default argument");
      }
    }
  }
  pos_ = start;
  {
    while (paramNoDefault(lambda)) {
    }
    size_t open = pos_;
    if (expect(Tk::LPar)) {
      bool any = false;
      if (lambda) {
        any = separated(Tk::Comma, [&] { return param(true) != nullptr; });
      } else {
        while (paramNoDefault(false))
          any = true;
      }
      if (any) {
        expect(Tk::Comma);
        if (check(Tk::RPar)) {
          raiseTokenRange(open, pos_,
                          lambda ? "Lambda expression parameters cannot be parenthesized"
                                 : "Function parameters cannot be parenthesized");
        }
      }
    }
  }
  pos_ = start;
  {
    slashEither();
    maybeDefaults();
    if (expect(Tk::Star)) {
      if (expect(Tk::Comma) || paramNoDefault(lambda)) {
        maybeDefaults();
        if (check(Tk::Slash)) raiseAtToken(pos_, "/ must be ahead of *");
      }
    }
  }
  pos_ = start;
  if (maybeDefaults() > 0 && expect(Tk::Slash) && check(Tk::Star)) {
    raiseAtToken(pos_, "expected comma between / and *");
  }
  pos_ = start;
}

// invalid_parameters_helper: slash_with_default | param_with_default+
bool Parser::invalidParametersHelper(bool lambda) {
  SlashWithDefault slash;
  if (slashWithDefault(lambda, slash)) return true;
  NameDefault nd;
  bool any = false;
  while (paramWithDefault(lambda, nd))
    any = true;
  return any;
}

// invalid_star_etc:
//   | '*' (')' | ',' (')' | '**'))
//   | '*' param '='
//   | '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
// The lambda variant ends in ':' and reports the bare '*' at the last token read.
void Parser::invalidStarEtc(bool lambda) {
  size_t start = pos_;
  if (!check(Tk::Star)) return;
  Tk end = lambda ? Tk::Colon : Tk::RPar;
  ++pos_;
  if (check(end) || (expect(Tk::Comma) && (check(end) || check(Tk::DoubleStar)))) {
    if (lambda) raiseAtLastToken("named arguments must follow bare *");
    raiseAtToken(start, "named arguments must follow bare *");
  }
  pos_ = start + 1;
  if (param(lambda) && check(Tk::Equal)) {
    raiseAtToken(pos_, "var-positional argument cannot have default value");
  }
  pos_ = start + 1;
  if (paramNoDefault(lambda) || expect(Tk::Comma)) {
    NameDefault nd;
    while (paramMaybeDefault(lambda, nd)) {
    }
    size_t star = pos_;
    if (expect(Tk::Star) && (paramNoDefault(lambda) || expect(Tk::Comma))) {
      raiseAtToken(star, "* argument may appear only once");
    }
  }
  pos_ = start;
}

// invalid_kwds:
//   | '**' param '='
//   | '**' param ',' param
//   | '**' param ',' ('*' | '**' | '/')
void Parser::invalidKwds(bool lambda) {
  size_t start = pos_;
  if (!expect(Tk::DoubleStar)) return;
  if (param(lambda)) {
    if (check(Tk::Equal)) raiseAtToken(pos_, "var-keyword argument cannot have default value");
    if (expect(Tk::Comma)) {
      size_t next = pos_;
      if (Arg* a = param(lambda)) raiseAtNode(a, "arguments cannot follow var-keyword argument");
      pos_ = next;
      if (atAnyOf({Tk::Star, Tk::DoubleStar, Tk::Slash})) {
        raiseAtToken(pos_, "arguments cannot follow var-keyword argument");
      }
    }
  }
  pos_ = start;
}

// invalid_default: '=' &(')' | ',')
void Parser::invalidDefault() {
  size_t start = pos_;
  if (expect(Tk::Equal) && atAnyOf({Tk::RPar, Tk::Comma})) {
    raiseAtToken(start, "expected default value expression");
  }
  pos_ = start;
}

}  // namespace rw::syntax::detail
