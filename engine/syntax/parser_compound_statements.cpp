// Compound statements of CPython 3.11's grammar: blocks, decorators, definitions, if, while,
// for, with, try and match.
#include "syntax/parser_internal.h"

namespace rw::syntax::detail {

// ---- blocks and decorators ----

// block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
StmtList* Parser::block() {
  return memoized<StmtList>(Rule::Block, [&]() -> StmtList* {
    size_t start = pos_;
    if (expect(Tk::Newline) && expect(Tk::Indent)) {
      if (StmtList* body = statements()) {
        if (expect(Tk::Dedent)) return body;
      }
    }
    pos_ = start;
    if (StmtList* body = simpleStmts()) return body;
    if (callInvalidRules_) invalidBlock();
    return nullptr;
  });
}

// decorators: ('@' named_expression NEWLINE)+
bool Parser::decorators(ExprList& list) {
  for (;;) {
    size_t mark = pos_;
    if (!expect(Tk::At)) break;
    Expr* decorator = namedExpression();
    if (!decorator || !expect(Tk::Newline)) {
      pos_ = mark;
      break;
    }
    list.push_back(decorator);
  }
  return !list.empty();
}

// ---- class and function definitions ----

// class_def: decorators class_def_raw | class_def_raw
Stmt* Parser::classDef() {
  size_t start = pos_;
  ExprList decos;
  if (decorators(decos)) {
    if (Stmt* s = classDefRaw()) {
      static_cast<ClassDef*>(s)->decorator_list = std::move(decos);
      return s;
    }
  }
  pos_ = start;
  return classDefRaw();
}

// class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block
Stmt* Parser::classDefRaw() {
  size_t start = pos_;
  if (callInvalidRules_) {
    invalidClassDefRaw();
    pos_ = start;
  }
  if (!expect(Tk::Class)) return nullptr;
  const Token* name = expectNameToken();
  if (!name) {
    pos_ = start;
    return nullptr;
  }
  Call* bases = nullptr;
  size_t mark = pos_;
  if (expect(Tk::LPar)) {
    bases = arguments();
    if (!expect(Tk::RPar)) {
      bases = nullptr;
      pos_ = mark;
    }
  }
  if (!expect(Tk::Colon)) {
    pos_ = start;
    return nullptr;
  }
  StmtList* body = block();
  if (!body) {
    pos_ = start;
    return nullptr;
  }
  ClassDef* s = make<ClassDef>(start);
  s->name = identifier(*name);
  if (bases) {
    s->bases = bases->args;
    s->keywords = bases->keywords;
  }
  s->body = *body;
  return s;
}

// function_def: decorators function_def_raw | function_def_raw
Stmt* Parser::functionDef() {
  size_t start = pos_;
  ExprList decos;
  if (decorators(decos)) {
    if (Stmt* s = functionDefRaw()) {
      static_cast<FunctionDef*>(s)->decorator_list = std::move(decos);
      return s;
    }
  }
  pos_ = start;
  return functionDefRaw();
}

// function_def_raw:
//   | invalid_def_raw
//   | [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
Stmt* Parser::functionDefRaw() {
  size_t start = pos_;
  if (callInvalidRules_) {
    invalidDefRaw();
    pos_ = start;
  }
  bool isAsync = expect(Tk::Async) != nullptr;
  if (!expect(Tk::Def)) {
    pos_ = start;
    return nullptr;
  }
  const Token* name = expectNameToken();
  if (!name) {
    pos_ = start;
    return nullptr;
  }
  expectForced(Tk::LPar, "(");
  Arguments* args = params(false);
  if (!expect(Tk::RPar)) {
    pos_ = start;
    return nullptr;
  }
  Expr* returns = nullptr;
  size_t mark = pos_;
  if (expect(Tk::RArrow)) {
    returns = expression();
    if (!returns) pos_ = mark;
  }
  expectForced(Tk::Colon, ":");
  StmtList* body = block();
  if (!body) {
    pos_ = start;
    return nullptr;
  }
  FunctionDef* s = make<FunctionDef>(start, isAsync);
  s->name = identifier(*name);
  s->args = args ? args : emptyArguments();
  s->body = *body;
  s->returns = returns;
  return s;
}

// ---- if, while, for, with ----

// if_stmt:
//   | invalid_if_stmt
//   | 'if' named_expression ':' block elif_stmt
//   | 'if' named_expression ':' block [else_block]
Stmt* Parser::ifStmt() {
  size_t start = pos_;
  if (callInvalidRules_) {
    invalidIfStmt();
    pos_ = start;
  }
  if (!expect(Tk::If)) return nullptr;
  Expr* test = namedExpression();
  if (!test || !expect(Tk::Colon)) {
    pos_ = start;
    return nullptr;
  }
  StmtList* body = block();
  if (!body) {
    pos_ = start;
    return nullptr;
  }
  StmtList orelse;
  size_t mark = pos_;
  if (Stmt* elif = elifStmt()) {
    orelse.push_back(elif);
  } else {
    pos_ = mark;
    if (StmtList* elseBody = elseBlock()) orelse = *elseBody;
  }
  If* s = make<If>(start);
  s->test = test;
  s->body = *body;
  s->orelse = std::move(orelse);
  return s;
}

// elif_stmt:
//   | invalid_elif_stmt
//   | 'elif' named_expression ':' block elif_stmt
//   | 'elif' named_expression ':' block [else_block]
Stmt* Parser::elifStmt() {
  // Each elif nests in the one before: a long chain recurses as deep as it is long.
  DepthGuard guard(*this);
  size_t start = pos_;
  if (callInvalidRules_) {
    invalidElifStmt();
    pos_ = start;
  }
  if (!expect(Tk::Elif)) return nullptr;
  Expr* test = namedExpression();
  if (!test || !expect(Tk::Colon)) {
    pos_ = start;
    return nullptr;
  }
  StmtList* body = block();
  if (!body) {
    pos_ = start;
    return nullptr;
  }
  StmtList orelse;
  size_t mark = pos_;
  if (Stmt* elif = elifStmt()) {
    orelse.push_back(elif);
  } else {
    pos_ = mark;
    if (StmtList* elseBody = elseBlock()) orelse = *elseBody;
  }
  If* s = make<If>(start);
  s->test = test;
  s->body = *body;
  s->orelse = std::move(orelse);
  return s;
}

// else_block: invalid_else_stmt | 'else' &&':' block
StmtList* Parser::elseBlock() {
  size_t start = pos_;
  if (callInvalidRules_) {
    invalidElseStmt();
    pos_ = start;
  }
  if (!expect(Tk::Else)) return nullptr;
  expectForced(Tk::Colon, ":");
  StmtList* body = block();
  if (!body) pos_ = start;
  return body;
}

// while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
Stmt* Parser::whileStmt() {
  size_t start = pos_;
  if (callInvalidRules_) {
    invalidWhileStmt();
    pos_ = start;
  }
  if (!expect(Tk::While)) return nullptr;
  Expr* test = namedExpression();
  if (!test || !expect(Tk::Colon)) {
    pos_ = start;
    return nullptr;
  }
  StmtList* body = block();
  if (!body) {
    pos_ = start;
    return nullptr;
  }
  StmtList* orelse = elseBlock();
  While* s = make<While>(start);
  s->test = test;
  s->body = *body;
  if (orelse) s->orelse = *orelse;
  return s;
}

// for_stmt:
//   | invalid_for_stmt
//   | [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//   | invalid_for_target
Stmt* Parser::forStmt() {
  size_t start = pos_;
  if (callInvalidRules_) {
    invalidForStmt();
    pos_ = start;
  }
  bool isAsync = expect(Tk::Async) != nullptr;
  if (expect(Tk::For)) {
    Expr* target = starTargets();
    if (target && expect(Tk::In)) {
      // Past the cut a failure fails the whole statement.
      Expr* iter = starExpressions();
      if (!iter || !expect(Tk::Colon)) {
        pos_ = start;
        return nullptr;
      }
      StmtList* body = block();
      if (!body) {
        pos_ = start;
        return nullptr;
      }
      StmtList* orelse = elseBlock();
      For* s = make<For>(start, isAsync);
      s->target = target;
      s->iter = iter;
      s->body = *body;
      if (orelse) s->orelse = *orelse;
      return s;
    }
  }
  pos_ = start;
  if (callInvalidRules_) invalidForTarget();
  pos_ = start;
  return nullptr;
}

// with_stmt:
//   | invalid_with_stmt_indent
//   | [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
//   | [ASYNC] 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//   | invalid_with_stmt
Stmt* Parser::withStmt() {
  size_t start = pos_;
  if (callInvalidRules_) {
    invalidWithStmtIndent();
    pos_ = start;
  }
  bool isAsync = expect(Tk::Async) != nullptr;
  if (expect(Tk::With)) {
    size_t afterWith = pos_;
    auto items = [&](std::vector<WithItem*>& out) {
      return separated(Tk::Comma, [&] {
        WithItem* item = withItem();
        if (item) out.push_back(item);
        return item != nullptr;
      });
    };
    auto finish = [&](std::vector<WithItem*>& list) -> Stmt* {
      StmtList* body = block();
      if (!body) return nullptr;
      With* s = make<With>(start, isAsync);
      s->items = std::move(list);
      s->body = *body;
      return s;
    };
    if (expect(Tk::LPar)) {
      std::vector<WithItem*> list;
      if (items(list)) {
        expect(Tk::Comma);
        if (expect(Tk::RPar) && expect(Tk::Colon)) {
          if (Stmt* s = finish(list)) return s;
        }
      }
    }
    pos_ = afterWith;
    std::vector<WithItem*> list;
    if (items(list) && expect(Tk::Colon)) {
      if (Stmt* s = finish(list)) return s;
    }
  }
  pos_ = start;
  if (callInvalidRules_) invalidWithStmt();
  pos_ = start;
  return nullptr;
}

// with_item:
//   | expression 'as' star_target &(',' | ')' | ':')
//   | invalid_with_item
//   | expression
WithItem* Parser::withItem() {
  size_t start = pos_;
  if (Expr* context = expression()) {
    if (expect(Tk::As)) {
      if (Expr* target = starTarget()) {
        if (atAnyOf({Tk::Comma, Tk::RPar, Tk::Colon})) {
          WithItem* item = makeUnplaced<WithItem>();
          item->context_expr = context;
          item->optional_vars = target;
          return item;
        }
      }
    }
  }
  pos_ = start;
  if (callInvalidRules_) {
    invalidWithItem();
    pos_ = start;
  }
  Expr* context = expression();
  if (!context) return nullptr;
  WithItem* item = makeUnplaced<WithItem>();
  item->context_expr = context;
  return item;
}

// ---- try ----

// try_stmt:
//   | invalid_try_stmt
//   | 'try' &&':' block finally_block
//   | 'try' &&':' block except_block+ [else_block] [finally_block]
//   | 'try' &&':' block except_star_block+ [else_block] [finally_block]
Stmt* Parser::tryStmt() {
  size_t start = pos_;
  if (callInvalidRules_) {
    invalidTryStmt();
    pos_ = start;
  }
  if (!expect(Tk::Try)) return nullptr;
  expectForced(Tk::Colon, ":");
  StmtList* body = block();
  if (!body) {
    pos_ = start;
    return nullptr;
  }
  size_t afterBody = pos_;
  if (StmtList* finalbody = finallyBlock()) {
    Try* s = make<Try>(start);
    s->body = *body;
    s->finalbody = *finalbody;
    return s;
  }
  pos_ = afterBody;
  for (bool star : {false, true}) {
    pos_ = afterBody;
    std::vector<ExceptHandler*> handlers;
    while (ExceptHandler* h = star ? exceptStarBlock() : exceptBlock())
      handlers.push_back(h);
    if (handlers.empty()) continue;
    StmtList* orelse = elseBlock();
    StmtList* finalbody = finallyBlock();
    Try* s = make<Try>(start, star);
    s->body = *body;
    s->handlers = std::move(handlers);
    if (orelse) s->orelse = *orelse;
    if (finalbody) s->finalbody = *finalbody;
    return s;
  }
  pos_ = start;
  return nullptr;
}

// except_block:
//   | invalid_except_stmt_indent
//   | 'except' expression ['as' NAME] ':' block
//   | 'except' ':' block
//   | invalid_except_stmt
ExceptHandler* Parser::exceptBlock() {
  size_t start = pos_;
  if (callInvalidRules_) {
    invalidExceptStmtIndent();
    pos_ = start;
  }
  if (expect(Tk::Except)) {
    size_t afterExcept = pos_;
    if (Expr* type = expression()) {
      OptIdentifier name;
      size_t mark = pos_;
      if (expect(Tk::As)) {
        if (const Token* n = expectNameToken()) {
          name = identifier(*n);
        } else {
          pos_ = mark;
        }
      }
      if (expect(Tk::Colon)) {
        if (StmtList* body = block()) {
          ExceptHandler* h = make<ExceptHandler>(start);
          h->type = type;
          h->name = std::move(name);
          h->body = *body;
          return h;
        }
      }
    }
    pos_ = afterExcept;
    if (expect(Tk::Colon)) {
      if (StmtList* body = block()) {
        ExceptHandler* h = make<ExceptHandler>(start);
        h->body = *body;
        return h;
      }
    }
  }
  pos_ = start;
  if (callInvalidRules_) invalidExceptStmt();
  pos_ = start;
  return nullptr;
}

// except_star_block:
//   | invalid_except_star_stmt_indent
//   | 'except' '*' expression ['as' NAME] ':' block
//   | invalid_except_stmt
ExceptHandler* Parser::exceptStarBlock() {
  size_t start = pos_;
  if (callInvalidRules_) {
    invalidExceptStarStmtIndent();
    pos_ = start;
  }
  if (expect(Tk::Except) && expect(Tk::Star)) {
    if (Expr* type = expression()) {
      OptIdentifier name;
      size_t mark = pos_;
      if (expect(Tk::As)) {
        if (const Token* n = expectNameToken()) {
          name = identifier(*n);
        } else {
          pos_ = mark;
        }
      }
      if (expect(Tk::Colon)) {
        if (StmtList* body = block()) {
          ExceptHandler* h = make<ExceptHandler>(start);
          h->type = type;
          h->name = std::move(name);
          h->body = *body;
          return h;
        }
      }
    }
  }
  pos_ = start;
  if (callInvalidRules_) invalidExceptStmt();
  pos_ = start;
  return nullptr;
}

// finally_block: invalid_finally_stmt | 'finally' &&':' block
StmtList* Parser::finallyBlock() {
  size_t start = pos_;
  if (callInvalidRules_) {
    invalidFinallyStmt();
    pos_ = start;
  }
  if (!expect(Tk::Finally)) return nullptr;
  expectForced(Tk::Colon, ":");
  StmtList* body = block();
  if (!body) pos_ = start;
  return body;
}

// ---- match ----

// match_stmt:
//   | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
//   | invalid_match_stmt
Stmt* Parser::matchStmt() {
  size_t start = pos_;
  if (expectSoftKeyword("match")) {
    Expr* subject = subjectExpr();
    if (subject && expect(Tk::Colon) && expect(Tk::Newline) && expect(Tk::Indent)) {
      std::vector<MatchCase*> cases;
      while (MatchCase* c = caseBlock())
        cases.push_back(c);
      if (!cases.empty() && expect(Tk::Dedent)) {
        Match* s = make<Match>(start);
        s->subject = subject;
        s->cases = std::move(cases);
        return s;
      }
    }
  }
  pos_ = start;
  if (callInvalidRules_) invalidMatchStmt();
  pos_ = start;
  return nullptr;
}

// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
Expr* Parser::subjectExpr() {
  size_t start = pos_;
  if (Expr* first = starNamedExpression()) {
    if (expect(Tk::Comma)) {
      ExprList elts{first};
      starNamedExpressions(elts);
      return makeTuple(start, std::move(elts), ExprContext::Load);
    }
  }
  pos_ = start;
  return namedExpression();
}

// case_block: invalid_case_block | "case" patterns guard? ':' block
MatchCase* Parser::caseBlock() {
  size_t start = pos_;
  if (callInvalidRules_) {
    invalidCaseBlock();
    pos_ = start;
  }
  if (!expectSoftKeyword("case")) return nullptr;
  Pattern* pat = patterns();
  if (pat) {
    Expr* condition = guard();
    if (expect(Tk::Colon)) {
      if (StmtList* body = block()) {
        MatchCase* c = makeUnplaced<MatchCase>();
        c->pattern = pat;
        c->guard = condition;
        c->body = *body;
        return c;
      }
    }
  }
  pos_ = start;
  return nullptr;
}

// guard: 'if' named_expression
Expr* Parser::guard() {
  size_t start = pos_;
  if (!expect(Tk::If)) return nullptr;
  Expr* condition = namedExpression();
  if (!condition) pos_ = start;
  return condition;
}

}  // namespace rw::syntax::detail
