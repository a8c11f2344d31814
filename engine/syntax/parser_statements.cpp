// Start rules and simple statements of CPython 3.11's grammar.
#include "syntax/parser_internal.h"

namespace rw::syntax::detail {

// ---- start rules ----

// file: [statements] ENDMARKER
Module* Parser::fileRule() {
  StmtList* body = statements();
  if (!expect(Tk::EndMarker)) return nullptr;
  Module* module = makeUnplaced<Module>();
  if (body) module->body = *body;
  return module;
}

// eval: expressions NEWLINE* ENDMARKER
Expression* Parser::evalRule() {
  Expr* body = expressions();
  if (!body) return nullptr;
  while (expect(Tk::Newline)) {
  }
  if (!expect(Tk::EndMarker)) return nullptr;
  Expression* expression = makeUnplaced<Expression>();
  expression->body = body;
  return expression;
}

// interactive: statement_newline
Interactive* Parser::interactiveRule() {
  StmtList* body = statementNewline();
  if (!body) return nullptr;
  Interactive* interactive = makeUnplaced<Interactive>();
  interactive->body = *body;
  return interactive;
}

// statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
StmtList* Parser::statementNewline() {
  size_t start = pos_;
  if (Stmt* s = compoundStmt()) {
    if (expect(Tk::Newline)) return keepList({s});
  }
  pos_ = start;
  if (StmtList* list = simpleStmts()) return list;
  if (expect(Tk::Newline)) return keepList({make<Pass>(start)});
  return nullptr;
}

// ---- statement sequences ----

// statements: statement+
StmtList* Parser::statements() {
  StmtList all;
  while (StmtList* list = statement())
    all.insert(all.end(), list->begin(), list->end());
  if (all.empty()) return nullptr;
  return keepList(std::move(all));
}

// statement: compound_stmt | simple_stmts
StmtList* Parser::statement() {
  if (Stmt* s = compoundStmt()) return keepList({s});
  return simpleStmts();
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
StmtList* Parser::simpleStmts() {
  size_t start = pos_;
  if (Stmt* s = simpleStmt()) {
    if (!check(Tk::Semi) && expect(Tk::Newline)) return keepList({s});
  }
  pos_ = start;
  StmtList list;
  bool matched = separated(Tk::Semi, [&] {
    Stmt* s = simpleStmt();
    if (s) list.push_back(s);
    return s != nullptr;
  });
  if (!matched) return nullptr;
  expect(Tk::Semi);
  if (!expect(Tk::Newline)) {
    pos_ = start;
    return nullptr;
  }
  return keepList(std::move(list));
}

// simple_stmt (memo):
//   | assignment | star_expressions | return_stmt | import_stmt | raise_stmt | 'pass'
//   | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt | nonlocal_stmt
Stmt* Parser::simpleStmt() {
  return memoized<Stmt>(Rule::SimpleStmt, [&]() -> Stmt* {
    size_t start = pos_;
    Tk first = peek();
    // No assignment or expression starts with these keywords, so CPython's attempts at them
    // can be skipped.
    bool keywordStatement = false;
    switch (first) {
      case Tk::Return:
      case Tk::Import:
      case Tk::From:
      case Tk::Raise:
      case Tk::Pass:
      case Tk::Del:
      case Tk::Assert:
      case Tk::Break:
      case Tk::Continue:
      case Tk::Global:
      case Tk::Nonlocal:
        keywordStatement = true;
        break;
      default:
        break;
    }
    if (!keywordStatement) {
      if (Stmt* s = assignment()) return s;
      if (Expr* e = starExpressions()) {
        ExprStmt* s = make<ExprStmt>(start);
        s->value = e;
        return s;
      }
    }
    switch (first) {
      case Tk::Return:
        return returnStmt();
      case Tk::Import:
      case Tk::From:
        return importStmt();
      case Tk::Raise:
        return raiseStmt();
      case Tk::Pass:
        ++pos_;
        return make<Pass>(start);
      case Tk::Del:
        return delStmt();
      case Tk::Yield:
        return yieldStmt();
      case Tk::Assert:
        return assertStmt();
      case Tk::Break:
        ++pos_;
        return make<Break>(start);
      case Tk::Continue:
        ++pos_;
        return make<Continue>(start);
      case Tk::Global:
        return globalStmt();
      case Tk::Nonlocal:
        return nonlocalStmt();
      default:
        return nullptr;
    }
  });
}

// compound_stmt:
//   | &('def' | '@' | ASYNC) function_def | &'if' if_stmt | &('class' | '@') class_def
//   | &('with' | ASYNC) with_stmt | &('for' | ASYNC) for_stmt | &'try' try_stmt
//   | &'while' while_stmt | match_stmt
Stmt* Parser::compoundStmt() {
  Tk first = peek();
  if (first == Tk::Def || first == Tk::At || first == Tk::Async) {
    if (Stmt* s = functionDef()) return s;
  }
  if (first == Tk::If) return ifStmt();
  if (first == Tk::Class || first == Tk::At) {
    if (Stmt* s = classDef()) return s;
  }
  if (first == Tk::With || first == Tk::Async) {
    if (Stmt* s = withStmt()) return s;
  }
  if (first == Tk::For || first == Tk::Async) {
    if (Stmt* s = forStmt()) return s;
  }
  if (first == Tk::Try) return tryStmt();
  if (first == Tk::While) return whileStmt();
  return matchStmt();
}

// ---- simple statements ----

// assignment:
//   | NAME ':' expression ['=' annotated_rhs]
//   | ('(' single_target ')' | single_subscript_attribute_target) ':' expression
//     ['=' annotated_rhs]
//   | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
//   | single_target augassign ~ (yield_expr | star_expressions)
//   | invalid_assignment
Stmt* Parser::assignment() {
  size_t start = pos_;
  auto optionalValue = [&]() -> Expr* {
    size_t mark = pos_;
    if (!expect(Tk::Equal)) return nullptr;
    if (Expr* value = annotatedRhs()) return value;
    pos_ = mark;
    return nullptr;
  };
  if (check(Tk::Name) && kindAt(pos_ + 1) == Tk::Colon) {
    Name* name = nameAtom(ExprContext::Store);
    ++pos_;
    {
      if (Expr* annotation = expression()) {
        Expr* value = optionalValue();
        AnnAssign* s = make<AnnAssign>(start);
        s->target = name;
        s->annotation = annotation;
        s->value = value;
        s->simple = 1;
        return s;
      }
    }
  }
  pos_ = start;
  {
    Expr* target = nullptr;
    if (expect(Tk::LPar)) {
      target = singleTarget();
      if (target && !expect(Tk::RPar)) target = nullptr;
    }
    if (!target) {
      pos_ = start;
      target = singleSubscriptAttributeTarget();
    }
    if (target && expect(Tk::Colon)) {
      if (Expr* annotation = expression()) {
        Expr* value = optionalValue();
        AnnAssign* s = make<AnnAssign>(start);
        s->target = target;
        s->annotation = annotation;
        s->value = value;
        s->simple = 0;
        return s;
      }
    }
  }
  pos_ = start;
  {
    ExprList targets;
    for (;;) {
      size_t mark = pos_;
      Expr* target = starTargets();
      if (!target || !expect(Tk::Equal)) {
        pos_ = mark;
        break;
      }
      targets.push_back(target);
    }
    if (!targets.empty()) {
      Expr* value = annotatedRhs();
      if (value && !check(Tk::Equal)) {
        Assign* s = make<Assign>(start);
        s->targets = std::move(targets);
        s->value = value;
        return s;
      }
    }
  }
  pos_ = start;
  if (Expr* target = singleTarget()) {
    if (std::optional<Operator> op = augassign()) {
      Expr* value = annotatedRhs();
      if (!value) {
        pos_ = start;
        return nullptr;
      }
      AugAssign* s = make<AugAssign>(start);
      s->target = target;
      s->op = *op;
      s->value = value;
      return s;
    }
  }
  pos_ = start;
  if (callInvalidRules_) invalidAssignment();
  pos_ = start;
  return nullptr;
}

// annotated_rhs: yield_expr | star_expressions
Expr* Parser::annotatedRhs() {
  if (Expr* e = yieldExpr()) return e;
  return starExpressions();
}

// augassign: '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>='
//   | '**=' | '//='
std::optional<Operator> Parser::augassign() {
  Operator op;
  switch (peek()) {
    case Tk::PlusEqual:
      op = Operator::Add;
      break;
    case Tk::MinEqual:
      op = Operator::Sub;
      break;
    case Tk::StarEqual:
      op = Operator::Mult;
      break;
    case Tk::AtEqual:
      op = Operator::MatMult;
      break;
    case Tk::SlashEqual:
      op = Operator::Div;
      break;
    case Tk::PercentEqual:
      op = Operator::Mod;
      break;
    case Tk::AmperEqual:
      op = Operator::BitAnd;
      break;
    case Tk::VBarEqual:
      op = Operator::BitOr;
      break;
    case Tk::CircumflexEqual:
      op = Operator::BitXor;
      break;
    case Tk::LeftShiftEqual:
      op = Operator::LShift;
      break;
    case Tk::RightShiftEqual:
      op = Operator::RShift;
      break;
    case Tk::DoubleStarEqual:
      op = Operator::Pow;
      break;
    case Tk::DoubleSlashEqual:
      op = Operator::FloorDiv;
      break;
    default:
      return std::nullopt;
  }
  ++pos_;
  return op;
}

// return_stmt: 'return' [star_expressions]
Stmt* Parser::returnStmt() {
  size_t start = pos_;
  if (!expect(Tk::Return)) return nullptr;
  Expr* value = starExpressions();
  Return* s = make<Return>(start);
  s->value = value;
  return s;
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
Stmt* Parser::raiseStmt() {
  size_t start = pos_;
  if (!expect(Tk::Raise)) return nullptr;
  if (Expr* exc = expression()) {
    Expr* cause = nullptr;
    size_t mark = pos_;
    if (expect(Tk::From)) {
      cause = expression();
      if (!cause) pos_ = mark;
    }
    Raise* s = make<Raise>(start);
    s->exc = exc;
    s->cause = cause;
    return s;
  }
  pos_ = start + 1;
  return make<Raise>(start);
}

// ','.NAME+
bool Parser::nameList(std::vector<Identifier>& names) {
  return separated(Tk::Comma, [&] {
    const Token* name = expectNameToken();
    if (name) names.push_back(identifier(*name));
    return name != nullptr;
  });
}

// global_stmt: 'global' ','.NAME+
Stmt* Parser::globalStmt() {
  size_t start = pos_;
  if (!expect(Tk::Global)) return nullptr;
  std::vector<Identifier> names;
  if (!nameList(names)) {
    pos_ = start;
    return nullptr;
  }
  Global* s = make<Global>(start);
  s->names = std::move(names);
  return s;
}

// nonlocal_stmt: 'nonlocal' ','.NAME+
Stmt* Parser::nonlocalStmt() {
  size_t start = pos_;
  if (!expect(Tk::Nonlocal)) return nullptr;
  std::vector<Identifier> names;
  if (!nameList(names)) {
    pos_ = start;
    return nullptr;
  }
  Nonlocal* s = make<Nonlocal>(start);
  s->names = std::move(names);
  return s;
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
Stmt* Parser::delStmt() {
  size_t start = pos_;
  if (expect(Tk::Del)) {
    ExprList targets;
    if (delTargets(targets) && atAnyOf({Tk::Semi, Tk::Newline})) {
      Delete* s = make<Delete>(start);
      s->targets = std::move(targets);
      return s;
    }
  }
  pos_ = start;
  if (callInvalidRules_) invalidDelStmt();
  pos_ = start;
  return nullptr;
}

// yield_stmt: yield_expr
Stmt* Parser::yieldStmt() {
  size_t start = pos_;
  Expr* value = yieldExpr();
  if (!value) return nullptr;
  ExprStmt* s = make<ExprStmt>(start);
  s->value = value;
  return s;
}

// assert_stmt: 'assert' expression [',' expression]
Stmt* Parser::assertStmt() {
  size_t start = pos_;
  if (!expect(Tk::Assert)) return nullptr;
  Expr* test = expression();
  if (!test) {
    pos_ = start;
    return nullptr;
  }
  Expr* msg = nullptr;
  size_t mark = pos_;
  if (expect(Tk::Comma)) {
    msg = expression();
    if (!msg) pos_ = mark;
  }
  Assert* s = make<Assert>(start);
  s->test = test;
  s->msg = msg;
  return s;
}

// import_stmt: import_name | import_from
Stmt* Parser::importStmt() {
  if (Stmt* s = importName()) return s;
  return importFrom();
}

// import_name: 'import' dotted_as_names
Stmt* Parser::importName() {
  size_t start = pos_;
  if (!expect(Tk::Import)) return nullptr;
  AliasList names;
  if (!dottedAsNames(names)) {
    pos_ = start;
    return nullptr;
  }
  Import* s = make<Import>(start);
  s->names = std::move(names);
  return s;
}

// import_from:
//   | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//   | 'from' ('.' | '...')+ 'import' import_from_targets
Stmt* Parser::importFrom() {
  size_t start = pos_;
  if (!expect(Tk::From)) return nullptr;
  int level = 0;
  for (;;) {
    if (expect(Tk::Dot)) {
      level += 1;
    } else if (expect(Tk::Ellipsis)) {
      level += 3;
    } else {
      break;
    }
  }
  size_t afterDots = pos_;
  std::string module;
  if (dottedName(module) && expect(Tk::Import)) {
    AliasList names;
    if (importFromTargets(names)) {
      ImportFrom* s = make<ImportFrom>(start);
      s->module = std::move(module);
      s->names = std::move(names);
      s->level = level;
      return s;
    }
  }
  pos_ = afterDots;
  if (level > 0 && expect(Tk::Import)) {
    AliasList names;
    if (importFromTargets(names)) {
      ImportFrom* s = make<ImportFrom>(start);
      s->names = std::move(names);
      s->level = level;
      return s;
    }
  }
  pos_ = start;
  return nullptr;
}

// import_from_targets:
//   | '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
//   | invalid_import_from_targets
bool Parser::importFromTargets(AliasList& out) {
  size_t start = pos_;
  if (expect(Tk::LPar)) {
    if (importFromAsNames(out)) {
      expect(Tk::Comma);
      if (expect(Tk::RPar)) return true;
    }
  }
  pos_ = start;
  out.clear();
  if (importFromAsNames(out) && !check(Tk::Comma)) return true;
  pos_ = start;
  out.clear();
  if (expect(Tk::Star)) {
    Alias* star = make<Alias>(start);
    star->name = "*";
    out.push_back(star);
    return true;
  }
  if (callInvalidRules_) invalidImportFromTargets();
  pos_ = start;
  return false;
}

// import_from_as_names: ','.import_from_as_name+
bool Parser::importFromAsNames(AliasList& names) {
  return separated(Tk::Comma, [&] {
    Alias* alias = importFromAsName();
    if (alias) names.push_back(alias);
    return alias != nullptr;
  });
}

// import_from_as_name: NAME ['as' NAME]
Alias* Parser::importFromAsName() {
  size_t start = pos_;
  const Token* name = expectNameToken();
  if (!name) return nullptr;
  OptIdentifier asname;
  size_t mark = pos_;
  if (expect(Tk::As)) {
    if (const Token* as = expectNameToken()) {
      asname = identifier(*as);
    } else {
      pos_ = mark;
    }
  }
  Alias* alias = make<Alias>(start);
  alias->name = identifier(*name);
  alias->asname = std::move(asname);
  return alias;
}

// dotted_as_names: ','.dotted_as_name+
bool Parser::dottedAsNames(AliasList& names) {
  return separated(Tk::Comma, [&] {
    Alias* alias = dottedAsName();
    if (alias) names.push_back(alias);
    return alias != nullptr;
  });
}

// dotted_as_name: dotted_name ['as' NAME]
Alias* Parser::dottedAsName() {
  size_t start = pos_;
  std::string name;
  if (!dottedName(name)) return nullptr;
  OptIdentifier asname;
  size_t mark = pos_;
  if (expect(Tk::As)) {
    if (const Token* as = expectNameToken()) {
      asname = identifier(*as);
    } else {
      pos_ = mark;
    }
  }
  Alias* alias = make<Alias>(start);
  alias->name = std::move(name);
  alias->asname = std::move(asname);
  return alias;
}

// dotted_name: dotted_name '.' NAME | NAME
bool Parser::dottedName(std::string& out) {
  const Token* first = expectNameToken();
  if (!first) return false;
  out = identifier(*first);
  for (;;) {
    size_t mark = pos_;
    if (!expect(Tk::Dot)) break;
    const Token* next = expectNameToken();
    if (!next) {
      pos_ = mark;
      break;
    }
    out += '.';
    out += identifier(*next);
  }
  return true;
}

}  // namespace rw::syntax::detail
