// CPython 3.11's invalid_* rules: they run only in the second pass and raise the specialised
// error messages. Each returns normally when it does not apply.
#include "syntax/parser_internal.h"

namespace rw::syntax::detail {
namespace {

// _PyPegen_check_legacy_stmt: Python 2 statements that now need parentheses.
bool isLegacyStatementName(const Expr* e) {
  if (e->kind != NodeKind::Name) return false;
  const std::string& id = static_cast<const Name*>(e)->id;
  return id == "print" || id == "exec";
}

}  // namespace

// invalid_expression:
//   | !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
//   | disjunction 'if' disjunction !('else' | ':')
void Parser::invalidExpression() {
  size_t start = pos_;
  bool nameThenString = check(Tk::Name) && kindAt(pos_ + 1) == Tk::String;
  if (!nameThenString && !isSoftKeyword(pos_)) {
    if (Expr* a = disjunction()) {
      if (Expr* b = expressionWithoutInvalid()) {
        if (!isLegacyStatementName(a) && tokens_[pos_ - 1].level != 0) {
          raiseRange(a->span, b->span, "invalid syntax. Perhaps you forgot a comma?");
        }
      }
    }
  }
  pos_ = start;
  if (Expr* a = disjunction()) {
    if (expect(Tk::If)) {
      if (Expr* b = disjunction()) {
        if (!atAnyOf({Tk::Else, Tk::Colon})) {
          raiseRange(a->span, b->span, "expected 'else' after 'if' expression");
        }
      }
    }
  }
  pos_ = start;
}

// invalid_legacy_expression: NAME !'(' star_expressions
void Parser::invalidLegacyExpression() {
  size_t start = pos_;
  if (Name* a = nameAtom()) {
    if (!check(Tk::LPar)) {
      if (Expr* b = starExpressions()) {
        if (isLegacyStatementName(a)) {
          raiseRange(
              a->span, b->span,
              "Missing parentheses in call to '" + a->id + "'. Did you mean " + a->id + "(...)?");
        }
      }
    }
  }
  pos_ = start;
}

// invalid_named_expression (memo):
//   | expression ':=' expression
//   | NAME '=' bitwise_or !('=' | ':=')
//   | !(list | tuple | genexp | 'True' | 'None' | 'False') bitwise_or '=' bitwise_or
//     !('=' | ':=')
void Parser::invalidNamedExpression() {
  memoized<Node>(Rule::InvalidNamedExpression, [&]() -> Node* {
    size_t start = pos_;
    if (Expr* a = expression()) {
      if (expect(Tk::ColonEqual) && expression()) {
        raiseAtNode(a, "cannot use assignment expressions with " + exprName(a));
      }
    }
    pos_ = start;
    if (Name* a = nameAtom()) {
      if (expect(Tk::Equal)) {
        if (Expr* b = bitwiseOr()) {
          if (!atAnyOf({Tk::Equal, Tk::ColonEqual})) {
            raiseRange(a->span, b->span,
                       "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
          }
        }
      }
    }
    pos_ = start;
    bool excluded = list() || tuple() || genexp();
    pos_ = start;
    if (!excluded && !atAnyOf({Tk::True, Tk::None, Tk::False})) {
      if (Expr* a = bitwiseOr()) {
        if (expect(Tk::Equal) && bitwiseOr() && !atAnyOf({Tk::Equal, Tk::ColonEqual})) {
          raiseAtNode(
              a, "cannot assign to " + exprName(a) + " here. Maybe you meant '==' instead of '='?");
        }
      }
    }
    pos_ = start;
    return nullptr;
  });
}

// invalid_assignment:
//   | invalid_ann_assign_target ':' expression
//   | star_named_expression ',' star_named_expressions* ':' expression
//   | expression ':' expression
//   | (star_targets '=')* star_expressions '='
//   | (star_targets '=')* yield_expr '='
//   | star_expressions augassign (yield_expr | star_expressions)
void Parser::invalidAssignment() {
  size_t start = pos_;
  if (Expr* a = invalidAnnAssignTarget()) {
    if (expect(Tk::Colon) && expression()) {
      raiseAtNode(a, "only single target (not " + exprName(a) + ") can be annotated");
    }
  }
  pos_ = start;
  if (Expr* a = starNamedExpression()) {
    if (expect(Tk::Comma)) {
      ExprList ignored;
      while (starNamedExpressions(ignored)) {
      }
      if (expect(Tk::Colon) && expression()) {
        raiseAtNode(a, "only single target (not tuple) can be annotated");
      }
    }
  }
  pos_ = start;
  if (Expr* a = expression()) {
    if (expect(Tk::Colon) && expression()) raiseAtNode(a, "illegal target for annotation");
  }
  pos_ = start;
  auto skipAssignedTargets = [&] {
    for (;;) {
      size_t mark = pos_;
      if (!starTargets() || !expect(Tk::Equal)) {
        pos_ = mark;
        return;
      }
    }
  };
  skipAssignedTargets();
  if (Expr* a = starExpressions()) {
    if (expect(Tk::Equal)) raiseInvalidTarget(Targets::Star, a);
  }
  pos_ = start;
  skipAssignedTargets();
  if (Expr* a = yieldExpr()) {
    if (expect(Tk::Equal)) raiseAtNode(a, "assignment to yield expression not possible");
  }
  pos_ = start;
  if (Expr* a = starExpressions()) {
    if (augassign() && annotatedRhs()) {
      raiseAtNode(a, "'" + exprName(a) + "' is an illegal expression for augmented assignment");
    }
  }
  pos_ = start;
}

// invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
Expr* Parser::invalidAnnAssignTarget() {
  size_t start = pos_;
  if (Expr* e = list()) return e;
  if (Expr* e = tuple()) return e;
  if (expect(Tk::LPar)) {
    if (Expr* inner = invalidAnnAssignTarget()) {
      if (expect(Tk::RPar)) return inner;
    }
  }
  pos_ = start;
  return nullptr;
}

// invalid_del_stmt: 'del' star_expressions
void Parser::invalidDelStmt() {
  size_t start = pos_;
  if (expect(Tk::Del)) {
    if (Expr* a = starExpressions()) raiseInvalidTarget(Targets::Del, a);
  }
  pos_ = start;
}

// invalid_block: NEWLINE !INDENT
void Parser::invalidBlock() {
  size_t start = pos_;
  if (expect(Tk::Newline) && !check(Tk::Indent)) {
    raiseAtLastToken("expected an indented block", "IndentationError");
  }
  pos_ = start;
}

// invalid_comprehension:
//   | ('[' | '(' | '{') starred_expression for_if_clauses
//   | ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
//   | ('[' | '{') star_named_expression ',' for_if_clauses
void Parser::invalidComprehension() {
  size_t start = pos_;
  if (expect(Tk::LSqb) || expect(Tk::LPar) || expect(Tk::LBrace)) {
    if (Expr* a = starredExpression()) {
      ComprehensionList generators;
      if (forIfClauses(generators)) {
        raiseAtNode(a, "iterable unpacking cannot be used in comprehension");
      }
    }
  }
  pos_ = start;
  if (expect(Tk::LSqb) || expect(Tk::LBrace)) {
    size_t afterOpen = pos_;
    if (Expr* a = starNamedExpression()) {
      if (expect(Tk::Comma)) {
        ExprList rest;
        if (starNamedExpressions(rest)) {
          ComprehensionList generators;
          if (forIfClauses(generators)) {
            raiseRange(a->span, rest.back()->span,
                       "did you forget parentheses around the comprehension target?");
          }
        }
      }
    }
    pos_ = afterOpen;
    if (Expr* a = starNamedExpression()) {
      size_t comma = pos_;
      if (expect(Tk::Comma)) {
        ComprehensionList generators;
        if (forIfClauses(generators)) {
          raiseRange(a->span, tokenSpan(*tokens_[comma].token),
                     "did you forget parentheses around the comprehension target?");
        }
      }
    }
  }
  pos_ = start;
}

// invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
void Parser::invalidDictComprehension() {
  size_t start = pos_;
  if (expect(Tk::LBrace)) {
    size_t star = pos_;
    if (expect(Tk::DoubleStar) && bitwiseOr()) {
      ComprehensionList generators;
      if (forIfClauses(generators) && check(Tk::RBrace)) {
        raiseAtToken(star, "dict unpacking cannot be used in dict comprehension");
      }
    }
  }
  pos_ = start;
}

// invalid_group: '(' starred_expression ')' | '(' '**' expression ')'
void Parser::invalidGroup() {
  size_t start = pos_;
  if (expect(Tk::LPar)) {
    if (Expr* a = starredExpression()) {
      if (check(Tk::RPar)) raiseAtNode(a, "cannot use starred expression here");
    }
  }
  pos_ = start;
  if (expect(Tk::LPar)) {
    size_t star = pos_;
    if (expect(Tk::DoubleStar) && expression() && check(Tk::RPar)) {
      raiseAtToken(star, "cannot use double starred expression here");
    }
  }
  pos_ = start;
}

// invalid_arguments:
//   | args ',' '*'
//   | expression for_if_clauses ',' [args | expression for_if_clauses]
//   | NAME '=' expression for_if_clauses
//   | args for_if_clauses
//   | args ',' expression for_if_clauses
//   | args ',' args
void Parser::invalidArguments() {
  size_t start = pos_;
  if (args() && expect(Tk::Comma) && check(Tk::Star)) {
    raiseAtToken(pos_, "iterable argument unpacking follows keyword argument unpacking");
  }
  pos_ = start;
  if (Expr* a = expression()) {
    ComprehensionList generators;
    if (forIfClauses(generators) && expect(Tk::Comma)) {
      size_t mark = pos_;
      if (!args()) {
        pos_ = mark;
        ComprehensionList more;
        if (!expression() || !forIfClauses(more)) pos_ = mark;
      }
      raiseRange(a->span, lastComprehensionItem(generators.back()),
                 "Generator expression must be parenthesized");
    }
  }
  pos_ = start;
  if (check(Tk::Name) && kindAt(pos_ + 1) == Tk::Equal) {
    size_t name = pos_;
    pos_ += 2;
    ComprehensionList generators;
    if (expression() && forIfClauses(generators)) {
      raiseTokenRange(name, name + 1,
                      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
  }
  pos_ = start;
  if (Call* a = args()) {
    ComprehensionList generators;
    if (forIfClauses(generators) && a->args.size() > 1) {
      raiseRange(a->args.back()->span, lastComprehensionItem(generators.back()),
                 "Generator expression must be parenthesized");
    }
  }
  pos_ = start;
  if (args() && expect(Tk::Comma)) {
    if (Expr* a = expression()) {
      ComprehensionList generators;
      if (forIfClauses(generators)) {
        raiseRange(a->span, lastComprehensionItem(generators.back()),
                   "Generator expression must be parenthesized");
      }
    }
  }
  pos_ = start;
  if (Call* a = args()) {
    if (expect(Tk::Comma) && args()) {
      bool unpacking = false;
      for (const Keyword* k : a->keywords)
        if (!k->arg) unpacking = true;
      raiseAtLastToken(unpacking ? "positional argument follows keyword argument unpacking"
                                 : "positional argument follows keyword argument");
    }
  }
  pos_ = start;
}

// invalid_kwarg:
//   | ('True' | 'False' | 'None') '='
//   | NAME '=' expression for_if_clauses
//   | !(NAME '=') expression '='
void Parser::invalidKwarg() {
  size_t start = pos_;
  if (atAnyOf({Tk::True, Tk::False, Tk::None}) && kindAt(pos_ + 1) == Tk::Equal) {
    raiseTokenRange(start, start + 1, "cannot assign to " + tokens_[start].token->text);
  }
  if (check(Tk::Name) && kindAt(pos_ + 1) == Tk::Equal) {
    pos_ += 2;
    ComprehensionList generators;
    if (expression() && forIfClauses(generators)) {
      raiseTokenRange(start, start + 1,
                      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    pos_ = start;
    return;
  }
  if (Expr* a = expression()) {
    if (check(Tk::Equal)) {
      raiseRange(a->span, tokenSpan(*tokens_[pos_].token),
                 "expression cannot contain assignment, perhaps you meant \"==\"?");
    }
  }
  pos_ = start;
}

// invalid_for_target: ASYNC? 'for' star_expressions
void Parser::invalidForTarget() {
  size_t start = pos_;
  expect(Tk::Async);
  if (expect(Tk::For)) {
    if (Expr* a = starExpressions()) raiseInvalidTarget(Targets::For, a);
  }
  pos_ = start;
}

// invalid_with_item: expression 'as' expression &(',' | ')' | ':')
void Parser::invalidWithItem() {
  size_t start = pos_;
  if (expression() && expect(Tk::As)) {
    if (Expr* a = expression()) {
      if (atAnyOf({Tk::Comma, Tk::RPar, Tk::Colon})) raiseInvalidTarget(Targets::Star, a);
    }
  }
  pos_ = start;
}

// invalid_double_starred_kvpairs:
//   | ','.double_starred_kvpair+ ',' invalid_kvpair
//   | expression ':' '*' bitwise_or
//   | expression ':' &('}' | ',')
void Parser::invalidDoubleStarredKvpairs() {
  size_t start = pos_;
  bool pairs = separated(Tk::Comma, [&] {
    KeyValue kv;
    return doubleStarredKvpair(kv);
  });
  if (pairs && expect(Tk::Comma)) invalidKvpair();
  pos_ = start;
  if (expression() && expect(Tk::Colon)) {
    size_t colon = pos_ - 1;
    if (check(Tk::Star)) {
      Span star = tokenSpan(*tokens_[pos_].token);
      ++pos_;
      if (bitwiseOr()) {
        raiseStartingFrom(star, "cannot use a starred expression in a dictionary value");
      }
    } else if (atAnyOf({Tk::RBrace, Tk::Comma})) {
      raiseAtToken(colon, "expression expected after dictionary key and ':'");
    }
  }
  pos_ = start;
}

// invalid_kvpair:
//   | expression !(':')
//   | expression ':' '*' bitwise_or
//   | expression ':' &('}' | ',')
void Parser::invalidKvpair() {
  size_t start = pos_;
  if (Expr* a = expression()) {
    if (!check(Tk::Colon)) {
      raiseLocated("SyntaxError", a->span.line, a->span.endCol, a->span.endLine, 0,
                   "':' expected after dictionary key");
    }
  }
  pos_ = start;
  if (expression() && expect(Tk::Colon)) {
    size_t colon = pos_ - 1;
    if (check(Tk::Star)) {
      Span star = tokenSpan(*tokens_[pos_].token);
      ++pos_;
      if (bitwiseOr()) {
        raiseStartingFrom(star, "cannot use a starred expression in a dictionary value");
      }
    } else if (atAnyOf({Tk::RBrace, Tk::Comma})) {
      raiseAtToken(colon, "expression expected after dictionary key and ':'");
    }
  }
  pos_ = start;
}

// invalid_import_from_targets: import_from_as_names ',' NEWLINE
void Parser::invalidImportFromTargets() {
  size_t start = pos_;
  AliasList names;
  if (importFromAsNames(names) && expect(Tk::Comma) && expect(Tk::Newline)) {
    raiseAtLastToken("trailing comma not allowed without surrounding parentheses");
  }
  pos_ = start;
}

// The items of a `with` in its error rules:
//   ','.(expression ['as' star_target])+             (not parenthesized)
//   ','.(expressions ['as' star_target])+            (inside parentheses)
bool Parser::withItemsLoose(bool parenthesized) {
  return separated(Tk::Comma, [&] {
    if (!(parenthesized ? expressions() : expression())) return false;
    size_t afterExpr = pos_;
    if (!expect(Tk::As) || !starTarget()) pos_ = afterExpr;
    return true;
  });
}

// invalid_with_stmt:
//   | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
//   | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
void Parser::invalidWithStmt() {
  size_t start = pos_;
  expect(Tk::Async);
  if (!expect(Tk::With)) {
    pos_ = start;
    return;
  }
  size_t afterWith = pos_;
  if (withItemsLoose(false) && expect(Tk::Newline)) raiseAtLastToken("expected ':'");
  pos_ = afterWith;
  if (expect(Tk::LPar) && withItemsLoose(true)) {
    expect(Tk::Comma);
    if (expect(Tk::RPar) && expect(Tk::Newline)) raiseAtLastToken("expected ':'");
  }
  pos_ = start;
}

// invalid_with_stmt_indent:
//   | [ASYNC] 'with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT
//   | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT
void Parser::invalidWithStmtIndent() {
  size_t start = pos_;
  expect(Tk::Async);
  const Token* with = expect(Tk::With);
  if (!with) {
    pos_ = start;
    return;
  }
  std::string message = "expected an indented block after 'with' statement on line " +
                        std::to_string(with->start.line);
  size_t afterWith = pos_;
  if (withItemsLoose(false) && expect(Tk::Colon) && blockIndentMissing()) {
    raiseAtLastToken(message, "IndentationError");
  }
  pos_ = afterWith;
  if (expect(Tk::LPar) && withItemsLoose(true)) {
    expect(Tk::Comma);
    if (expect(Tk::RPar) && expect(Tk::Colon) && blockIndentMissing()) {
      raiseAtLastToken(message, "IndentationError");
    }
  }
  pos_ = start;
}

// NEWLINE !INDENT, the ending of the "expected an indented block" rules.
bool Parser::blockIndentMissing() {
  return expect(Tk::Newline) && !check(Tk::Indent);
}

// invalid_try_stmt:
//   | 'try' ':' NEWLINE !INDENT
//   | 'try' ':' block !('except' | 'finally')
//   | 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
//   | 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
void Parser::invalidTryStmt() {
  size_t start = pos_;
  const Token* tryToken = expect(Tk::Try);
  if (!tryToken) return;
  if (expect(Tk::Colon) && blockIndentMissing()) {
    raiseAtLastToken("expected an indented block after 'try' statement on line " +
                         std::to_string(tryToken->start.line),
                     "IndentationError");
  }
  pos_ = start + 1;
  if (expect(Tk::Colon) && block() && !atAnyOf({Tk::Except, Tk::Finally})) {
    raiseAtLastToken("expected 'except' or 'finally' block");
  }
  pos_ = start + 1;
  if (!expect(Tk::Colon)) {
    pos_ = start;
    return;
  }
  while (block()) {
  }
  size_t afterBlocks = pos_;
  auto optionalAsName = [&] {
    size_t mark = pos_;
    if (!expect(Tk::As) || !expectNameToken()) pos_ = mark;
  };
  const char* message = "cannot have both 'except' and 'except*' on the same 'try'";
  if (exceptBlock()) {
    while (exceptBlock()) {
    }
    size_t except = pos_;
    if (expect(Tk::Except) && expect(Tk::Star) && expression()) {
      optionalAsName();
      if (expect(Tk::Colon)) raiseTokenRange(except, except + 1, message);
    }
  }
  pos_ = afterBlocks;
  if (exceptStarBlock()) {
    while (exceptStarBlock()) {
    }
    size_t except = pos_;
    if (expect(Tk::Except)) {
      size_t mark = pos_;
      if (expression()) {
        optionalAsName();
      } else {
        pos_ = mark;
      }
      if (expect(Tk::Colon)) raiseAtToken(except, message);
    }
  }
  pos_ = start;
}

// invalid_except_stmt:
//   | 'except' '*'? expression ',' expressions ['as' NAME] ':'
//   | 'except' '*'? expression ['as' NAME] NEWLINE
//   | 'except' NEWLINE
//   | 'except' '*' (NEWLINE | ':')
void Parser::invalidExceptStmt() {
  size_t start = pos_;
  if (!expect(Tk::Except)) return;
  auto optionalAsName = [&] {
    size_t mark = pos_;
    if (!expect(Tk::As) || !expectNameToken()) pos_ = mark;
  };
  expect(Tk::Star);
  if (Expr* a = expression()) {
    if (expect(Tk::Comma) && expressions()) {
      optionalAsName();
      if (expect(Tk::Colon)) {
        raiseStartingFrom(a->span, "multiple exception types must be parenthesized");
      }
    }
  }
  pos_ = start + 1;
  expect(Tk::Star);
  if (expression()) {
    optionalAsName();
    if (expect(Tk::Newline)) raiseAtLastToken("expected ':'");
  }
  pos_ = start + 1;
  if (expect(Tk::Newline)) raiseAtLastToken("expected ':'");
  pos_ = start + 1;
  if (expect(Tk::Star) && (expect(Tk::Newline) || expect(Tk::Colon))) {
    raiseAtLastToken("expected one or more exception types");
  }
  pos_ = start;
}

// invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT
void Parser::invalidFinallyStmt() {
  size_t start = pos_;
  const Token* finally = expect(Tk::Finally);
  if (finally && expect(Tk::Colon) && blockIndentMissing()) {
    raiseAtLastToken("expected an indented block after 'finally' statement on line " +
                         std::to_string(finally->start.line),
                     "IndentationError");
  }
  pos_ = start;
}

// invalid_except_stmt_indent:
//   | 'except' expression ['as' NAME] ':' NEWLINE !INDENT
//   | 'except' ':' NEWLINE !INDENT
void Parser::invalidExceptStmtIndent() {
  size_t start = pos_;
  const Token* except = expect(Tk::Except);
  if (!except) return;
  std::string message = "expected an indented block after 'except' statement on line " +
                        std::to_string(except->start.line);
  if (expression()) {
    size_t mark = pos_;
    if (!expect(Tk::As) || !expectNameToken()) pos_ = mark;
    if (expect(Tk::Colon) && blockIndentMissing()) {
      raiseAtLastToken(message, "IndentationError");
    }
  }
  pos_ = start + 1;
  if (expect(Tk::Colon) && blockIndentMissing()) raiseAtLastToken(message, "IndentationError");
  pos_ = start;
}

// invalid_except_star_stmt_indent: 'except' '*' expression ['as' NAME] ':' NEWLINE !INDENT
void Parser::invalidExceptStarStmtIndent() {
  size_t start = pos_;
  const Token* except = expect(Tk::Except);
  if (except && expect(Tk::Star) && expression()) {
    size_t mark = pos_;
    if (!expect(Tk::As) || !expectNameToken()) pos_ = mark;
    if (expect(Tk::Colon) && blockIndentMissing()) {
      raiseAtLastToken("expected an indented block after 'except*' statement on line " +
                           std::to_string(except->start.line),
                       "IndentationError");
    }
  }
  pos_ = start;
}

// invalid_match_stmt:
//   | "match" subject_expr NEWLINE
//   | "match" subject_expr ':' NEWLINE !INDENT
void Parser::invalidMatchStmt() {
  size_t start = pos_;
  const Token* match = expectSoftKeyword("match");
  if (match && subjectExpr()) {
    if (expect(Tk::Newline)) raiseAtLastToken("expected ':'");
    if (expect(Tk::Colon) && blockIndentMissing()) {
      raiseAtLastToken("expected an indented block after 'match' statement on line " +
                           std::to_string(match->start.line),
                       "IndentationError");
    }
  }
  pos_ = start;
}

// invalid_case_block:
//   | "case" patterns guard? NEWLINE
//   | "case" patterns guard? ':' NEWLINE !INDENT
void Parser::invalidCaseBlock() {
  size_t start = pos_;
  const Token* caseToken = expectSoftKeyword("case");
  if (caseToken && patterns()) {
    guard();
    if (expect(Tk::Newline)) raiseAtLastToken("expected ':'");
    if (expect(Tk::Colon) && blockIndentMissing()) {
      raiseAtLastToken("expected an indented block after 'case' statement on line " +
                           std::to_string(caseToken->start.line),
                       "IndentationError");
    }
  }
  pos_ = start;
}

// invalid_as_pattern:
//   | or_pattern 'as' "_"
//   | or_pattern 'as' !NAME expression
void Parser::invalidAsPattern() {
  size_t start = pos_;
  if (orPattern() && expect(Tk::As)) {
    size_t target = pos_;
    if (atSoftKeyword("_")) raiseAtToken(target, "cannot use '_' as a target");
    if (!check(Tk::Name)) {
      if (Expr* a = expression()) raiseAtNode(a, "invalid pattern target");
    }
  }
  pos_ = start;
}

// invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern
// invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ','
//   positional_patterns
void Parser::invalidClassPattern() {
  size_t start = pos_;
  if (nameOrAttr() && expect(Tk::LPar)) {
    size_t afterParen = pos_;
    {
      PatternList positional;
      if (!positionalPatterns(positional) || !expect(Tk::Comma)) pos_ = afterParen;
    }
    std::vector<KeyPattern> keywords;
    if (keywordPatterns(keywords) && expect(Tk::Comma)) {
      PatternList misplaced;
      if (positionalPatterns(misplaced)) {
        raiseRange(misplaced.front()->span, misplaced.back()->span,
                   "positional patterns follow keyword patterns");
      }
    }
  }
  pos_ = start;
}

// invalid_if_stmt:
//   | 'if' named_expression NEWLINE
//   | 'if' named_expression ':' NEWLINE !INDENT
void Parser::invalidIfStmt() {
  size_t start = pos_;
  const Token* ifToken = expect(Tk::If);
  if (ifToken && namedExpression()) {
    if (expect(Tk::Newline)) raiseAtLastToken("expected ':'");
    if (expect(Tk::Colon) && blockIndentMissing()) {
      raiseAtLastToken("expected an indented block after 'if' statement on line " +
                           std::to_string(ifToken->start.line),
                       "IndentationError");
    }
  }
  pos_ = start;
}

// invalid_elif_stmt:
//   | 'elif' named_expression NEWLINE
//   | 'elif' named_expression ':' NEWLINE !INDENT
void Parser::invalidElifStmt() {
  size_t start = pos_;
  const Token* elif = expect(Tk::Elif);
  if (elif && namedExpression()) {
    if (expect(Tk::Newline)) raiseAtLastToken("expected ':'");
    if (expect(Tk::Colon) && blockIndentMissing()) {
      raiseAtLastToken("expected an indented block after 'elif' statement on line " +
                           std::to_string(elif->start.line),
                       "IndentationError");
    }
  }
  pos_ = start;
}

// invalid_else_stmt: 'else' ':' NEWLINE !INDENT
void Parser::invalidElseStmt() {
  size_t start = pos_;
  const Token* elseToken = expect(Tk::Else);
  if (elseToken && expect(Tk::Colon) && blockIndentMissing()) {
    raiseAtLastToken("expected an indented block after 'else' statement on line " +
                         std::to_string(elseToken->start.line),
                     "IndentationError");
  }
  pos_ = start;
}

// invalid_while_stmt:
//   | 'while' named_expression NEWLINE
//   | 'while' named_expression ':' NEWLINE !INDENT
void Parser::invalidWhileStmt() {
  size_t start = pos_;
  const Token* whileToken = expect(Tk::While);
  if (whileToken && namedExpression()) {
    if (expect(Tk::Newline)) raiseAtLastToken("expected ':'");
    if (expect(Tk::Colon) && blockIndentMissing()) {
      raiseAtLastToken("expected an indented block after 'while' statement on line " +
                           std::to_string(whileToken->start.line),
                       "IndentationError");
    }
  }
  pos_ = start;
}

// invalid_for_stmt:
//   | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
//   | [ASYNC] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
void Parser::invalidForStmt() {
  size_t start = pos_;
  expect(Tk::Async);
  const Token* forToken = expect(Tk::For);
  if (forToken && starTargets() && expect(Tk::In) && starExpressions()) {
    if (expect(Tk::Newline)) raiseAtLastToken("expected ':'");
    if (expect(Tk::Colon) && blockIndentMissing()) {
      raiseAtLastToken("expected an indented block after 'for' statement on line " +
                           std::to_string(forToken->start.line),
                       "IndentationError");
    }
  }
  pos_ = start;
}

// invalid_def_raw:
//   | [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
void Parser::invalidDefRaw() {
  size_t start = pos_;
  expect(Tk::Async);
  const Token* def = expect(Tk::Def);
  if (def && expectNameToken() && expect(Tk::LPar)) {
    params(false);
    if (expect(Tk::RPar)) {
      size_t mark = pos_;
      if (!expect(Tk::RArrow) || !expression()) pos_ = mark;
      if (expect(Tk::Colon) && blockIndentMissing()) {
        raiseAtLastToken("expected an indented block after function definition on line " +
                             std::to_string(def->start.line),
                         "IndentationError");
      }
    }
  }
  pos_ = start;
}

// invalid_class_def_raw:
//   | 'class' NAME ['(' [arguments] ')'] NEWLINE
//   | 'class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
void Parser::invalidClassDefRaw() {
  size_t start = pos_;
  const Token* classToken = expect(Tk::Class);
  if (classToken && expectNameToken()) {
    size_t mark = pos_;
    if (expect(Tk::LPar)) {
      arguments();
      if (!expect(Tk::RPar)) pos_ = mark;
    }
    if (expect(Tk::Newline)) raiseAtLastToken("expected ':'");
    if (expect(Tk::Colon) && blockIndentMissing()) {
      raiseAtLastToken("expected an indented block after class definition on line " +
                           std::to_string(classToken->start.line),
                       "IndentationError");
    }
  }
  pos_ = start;
}

}  // namespace rw::syntax::detail
