// Builds the symbol table in two passes, like CPython's Python/symtable.c: a walk of the AST
// that records how each scope uses each name, then an analysis from the module down that
// decides each name's scope from the bindings of the enclosing scopes.
#include "compiler/symtable.h"

#include <algorithm>
#include <set>
#include <utility>

#include "syntax/syntax_error.h"

namespace rw {

using namespace syntax;

std::string_view scopeName(SymbolScope scope) {
  switch (scope) {
    case SymbolScope::Local: return "local";
    case SymbolScope::GlobalExplicit: return "global";
    case SymbolScope::GlobalImplicit: return "global_implicit";
    case SymbolScope::Free: return "free";
    case SymbolScope::Cell: return "cell";
  }
  return "?";
}

const Symbol* Scope::lookup(std::string_view name) const {
  auto it = index.find(std::string(name));
  return it == index.end() ? nullptr : &symbols[it->second];
}

Symbol& Scope::add(const std::string& name) {
  auto it = index.find(name);
  if (it != index.end()) return symbols[it->second];
  index.emplace(name, symbols.size());
  symbols.push_back(Symbol{name, 0, SymbolScope::GlobalImplicit});
  return symbols.back();
}

std::vector<std::string> Scope::namesWithScope(SymbolScope scope) const {
  std::vector<std::string> names;
  for (const Symbol& s : symbols)
    if (s.scope == scope) names.push_back(s.name);
  std::sort(names.begin(), names.end());
  return names;
}

Scope* SymbolTable::scopeFor(const Node* node) const {
  auto it = byNode.find(node);
  return it == byNode.end() ? nullptr : it->second;
}

namespace {

constexpr uint32_t kDefBound = kDefLocal | kDefParam | kDefImport;

class Builder {
 public:
  Builder(SymbolTable& table, const std::string& filename) : table_(table), filename_(filename) {}

  void buildModule(const Node* root) {
    table_.top = std::make_unique<Scope>();
    current_ = table_.top.get();
    current_->type = BlockType::Module;
    current_->name = "top";
    current_->node = root;
    table_.byNode[root] = current_;
    switch (root->kind) {
      case NodeKind::Module: visitStmts(static_cast<const syntax::Module*>(root)->body); break;
      case NodeKind::Interactive:
        visitStmts(static_cast<const Interactive*>(root)->body);
        break;
      case NodeKind::Expression: visitExpr(static_cast<const Expression*>(root)->body); break;
      default: break;
    }
  }

 private:
  [[noreturn]] void error(const Node* at, std::string message) {
    SyntaxErrorInfo info;
    info.message = std::move(message);
    info.filename = filename_;
    info.line = at->span.line;
    info.col = at->span.col + 1;
    info.endLine = at->span.endLine;
    info.endCol = at->span.endCol + 1;
    throw SyntaxError(std::move(info));
  }

  Scope* enter(BlockType type, std::string name, const Node* node, int line) {
    auto scope = std::make_unique<Scope>();
    scope->type = type;
    scope->name = std::move(name);
    scope->node = node;
    scope->line = line;
    scope->parent = current_;
    scope->nested = current_->type == BlockType::Function || current_->nested;
    Scope* raw = scope.get();
    current_->children.push_back(std::move(scope));
    table_.byNode[node] = raw;
    current_ = raw;
    return raw;
  }
  void leave() { current_ = current_->parent; }

  void addDef(const std::string& name, uint32_t flag, const Node* at) {
    Symbol& sym = current_->add(mangle(name));
    if ((flag & kDefParam) && (sym.flags & kDefParam))
      error(at, "duplicate argument '" + name + "' in function definition");
    sym.flags |= flag;
    if (flag & kDefParam) current_->varnames.push_back(sym.name);
  }

  // Private names (__x inside class C) become _C__x, as in CPython.
  std::string mangle(const std::string& name) const {
    if (className_.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_')
      return name;
    if (name.size() >= 4 && name.ends_with("__")) return name;
    if (name.find('.') != std::string::npos) return name;
    size_t strip = className_.find_first_not_of('_');
    if (strip == std::string::npos) return name;
    return "_" + className_.substr(strip) + name;
  }

  void visitStmts(const StmtList& stmts) {
    for (const Stmt* s : stmts) visitStmt(s);
  }
  void visitExprs(const ExprList& exprs) {
    for (const Expr* e : exprs)
      if (e) visitExpr(e);
  }

  void visitArgumentDefaults(const Arguments* args) {
    visitExprs(args->defaults);
    visitExprs(args->kw_defaults);
  }

  void visitAnnotations(const Arguments* args, const Expr* returns) {
    auto visitArg = [&](const Arg* a) {
      if (a && a->annotation) visitExpr(a->annotation);
    };
    for (const Arg* a : args->posonlyargs) visitArg(a);
    for (const Arg* a : args->args) visitArg(a);
    visitArg(args->vararg);
    for (const Arg* a : args->kwonlyargs) visitArg(a);
    visitArg(args->kwarg);
    if (returns) visitExpr(returns);
  }

  void visitParameters(const Arguments* args) {
    for (const Arg* a : args->posonlyargs) addDef(a->arg, kDefParam, a);
    for (const Arg* a : args->args) addDef(a->arg, kDefParam, a);
    for (const Arg* a : args->kwonlyargs) addDef(a->arg, kDefParam, a);
    if (args->vararg) {
      addDef(args->vararg->arg, kDefParam, args->vararg);
      current_->hasVarargs = true;
    }
    if (args->kwarg) {
      addDef(args->kwarg->arg, kDefParam, args->kwarg);
      current_->hasVarkeywords = true;
    }
  }

  void visitFunction(const Node* node, const std::string& name, const Arguments* args,
                     const StmtList* body, const Expr* lambdaBody, const ExprList* decorators,
                     const Expr* returns, bool isAsync) {
    // CPython's order, which decides the order of the scopes of lambdas in them.
    visitArgumentDefaults(args);
    visitAnnotations(args, returns);
    if (decorators) visitExprs(*decorators);
    Scope* scope = enter(BlockType::Function, name, node, node->span.line);
    scope->coroutine = isAsync;
    visitParameters(args);
    if (body) visitStmts(*body);
    if (lambdaBody) visitExpr(lambdaBody);
    leave();
  }

  void visitStmt(const Stmt* s) {
    enterNested();
    visitStmtInner(s);
    --depth_;
  }

  void visitStmtInner(const Stmt* s) {
    switch (s->kind) {
      case NodeKind::FunctionDef:
      case NodeKind::AsyncFunctionDef: {
        auto* f = static_cast<const FunctionDef*>(s);
        addDef(f->name, kDefLocal, f);
        visitFunction(f, f->name, f->args, &f->body, nullptr, &f->decorator_list, f->returns,
                      s->kind == NodeKind::AsyncFunctionDef);
        break;
      }
      case NodeKind::ClassDef: {
        auto* c = static_cast<const ClassDef*>(s);
        addDef(c->name, kDefLocal, c);
        visitExprs(c->bases);
        for (const Keyword* k : c->keywords) visitExpr(k->value);
        visitExprs(c->decorator_list);
        enter(BlockType::Class, c->name, c, c->span.line);
        std::string savedClass = std::exchange(className_, c->name);
        visitStmts(c->body);
        className_ = savedClass;
        leave();
        break;
      }
      case NodeKind::Return: {
        auto* r = static_cast<const Return*>(s);
        if (r->value) {
          visitExpr(r->value);
          current_->returnsValue = true;
        }
        break;
      }
      case NodeKind::Delete: visitExprs(static_cast<const Delete*>(s)->targets); break;
      case NodeKind::Assign: {
        auto* a = static_cast<const Assign*>(s);
        visitExprs(a->targets);
        visitExpr(a->value);
        break;
      }
      case NodeKind::AugAssign: {
        auto* a = static_cast<const AugAssign*>(s);
        visitExpr(a->target);
        visitExpr(a->value);
        break;
      }
      case NodeKind::AnnAssign: {
        auto* a = static_cast<const AnnAssign*>(s);
        if (a->target->kind == NodeKind::Name) {
          auto* n = static_cast<const syntax::Name*>(a->target);
          const Symbol* existing = current_->lookup(mangle(n->id));
          if (existing && (existing->flags & (kDefGlobal | kDefNonlocal)) && a->simple) {
            error(a, "annotated name '" + n->id + "' can't be " +
                         ((existing->flags & kDefGlobal) ? "global" : "nonlocal"));
          }
          if (a->simple)
            addDef(n->id, kDefAnnotated | kDefLocal, n);
          else if (a->value)
            addDef(n->id, kDefLocal, n);
        } else {
          visitExpr(a->target);
        }
        visitExpr(a->annotation);
        if (a->value) visitExpr(a->value);
        break;
      }
      case NodeKind::For:
      case NodeKind::AsyncFor: {
        auto* f = static_cast<const For*>(s);
        visitExpr(f->target);
        visitExpr(f->iter);
        visitStmts(f->body);
        visitStmts(f->orelse);
        break;
      }
      case NodeKind::While: {
        auto* w = static_cast<const While*>(s);
        visitExpr(w->test);
        visitStmts(w->body);
        visitStmts(w->orelse);
        break;
      }
      case NodeKind::If: {
        auto* i = static_cast<const If*>(s);
        visitExpr(i->test);
        visitStmts(i->body);
        visitStmts(i->orelse);
        break;
      }
      case NodeKind::With:
      case NodeKind::AsyncWith: {
        auto* w = static_cast<const With*>(s);
        for (const WithItem* item : w->items) {
          visitExpr(item->context_expr);
          if (item->optional_vars) visitExpr(item->optional_vars);
        }
        visitStmts(w->body);
        break;
      }
      case NodeKind::Match: {
        auto* m = static_cast<const syntax::Match*>(s);
        visitExpr(m->subject);
        for (const MatchCase* c : m->cases) {
          visitPattern(c->pattern);
          if (c->guard) visitExpr(c->guard);
          visitStmts(c->body);
        }
        break;
      }
      case NodeKind::Raise: {
        auto* r = static_cast<const Raise*>(s);
        if (r->exc) visitExpr(r->exc);
        if (r->cause) visitExpr(r->cause);
        break;
      }
      case NodeKind::Try:
      case NodeKind::TryStar: {
        auto* t = static_cast<const Try*>(s);
        visitStmts(t->body);
        for (const ExceptHandler* h : t->handlers) {
          if (h->type) visitExpr(h->type);
          if (h->name) addDef(*h->name, kDefLocal, h);
          visitStmts(h->body);
        }
        visitStmts(t->orelse);
        visitStmts(t->finalbody);
        break;
      }
      case NodeKind::Assert: {
        auto* a = static_cast<const Assert*>(s);
        visitExpr(a->test);
        if (a->msg) visitExpr(a->msg);
        break;
      }
      case NodeKind::Import:
        for (const Alias* a : static_cast<const Import*>(s)->names) visitAlias(a, s);
        break;
      case NodeKind::ImportFrom:
        for (const Alias* a : static_cast<const ImportFrom*>(s)->names) visitAlias(a, s);
        break;
      case NodeKind::Global:
      case NodeKind::Nonlocal: visitDeclaration(s); break;
      case NodeKind::ExprStmt: visitExpr(static_cast<const ExprStmt*>(s)->value); break;
      case NodeKind::Pass:
      case NodeKind::Break:
      case NodeKind::Continue: break;
      default: break;
    }
  }

  void visitAlias(const Alias* a, const Stmt* statement) {
    if (a->name == "*") {
      if (current_->type != BlockType::Module)
        error(statement, "import * only allowed at module level");
      return;
    }
    std::string bound = a->asname ? *a->asname : a->name.substr(0, a->name.find('.'));
    addDef(bound, kDefImport, a);
  }

  void visitDeclaration(const Stmt* s) {
    bool isGlobal = s->kind == NodeKind::Global;
    const auto& names = isGlobal ? static_cast<const Global*>(s)->names
                                 : static_cast<const Nonlocal*>(s)->names;
    if (!isGlobal && current_->type == BlockType::Module)
      error(s, "nonlocal declaration not allowed at module level");
    for (const std::string& raw : names) {
      std::string name = mangle(raw);
      const Symbol* existing = current_->lookup(name);
      if (existing) {
        uint32_t f = existing->flags;
        const char* what = isGlobal ? "global" : "nonlocal";
        if (f & kDefParam) error(s, "name '" + raw + "' is parameter and " + what);
        if (f & kDefAnnotated)
          error(s, "annotated name '" + raw + "' can't be " + what);
        if (f & (kDefLocal | kDefImport))
          error(s, "name '" + raw + "' is assigned to before " + what + " declaration");
        if (f & kUse) error(s, "name '" + raw + "' is used prior to " + what + " declaration");
        // CPython reports this at the name's first declaration.
        const Node* first = existing->declaration ? existing->declaration : s;
        if (!isGlobal && (f & kDefGlobal))
          error(first, "name '" + raw + "' is nonlocal and global");
        if (isGlobal && (f & kDefNonlocal))
          error(first, "name '" + raw + "' is nonlocal and global");
      }
      Symbol& sym = current_->add(name);
      sym.flags |= isGlobal ? kDefGlobal : kDefNonlocal;
      if (!sym.declaration) sym.declaration = s;
      // Like CPython, the module learns of every global declaration: its own code then reads
      // the name with LOAD_GLOBAL, and `rewind symtable` knows the module binds it.
      if (isGlobal) table_.top->add(name).flags |= kDefGlobal;
    }
  }

  void visitPattern(const Pattern* p) {
    if (!p) return;
    switch (p->kind) {
      case NodeKind::MatchValue: visitExpr(static_cast<const MatchValue*>(p)->value); break;
      case NodeKind::MatchSequence:
        for (const Pattern* q : static_cast<const MatchSequence*>(p)->patterns) visitPattern(q);
        break;
      case NodeKind::MatchMapping: {
        auto* m = static_cast<const MatchMapping*>(p);
        visitExprs(m->keys);
        for (const Pattern* q : m->patterns) visitPattern(q);
        if (m->rest) addDef(*m->rest, kDefLocal, p);
        break;
      }
      case NodeKind::MatchClass: {
        auto* m = static_cast<const MatchClass*>(p);
        visitExpr(m->cls);
        for (const Pattern* q : m->patterns) visitPattern(q);
        for (const Pattern* q : m->kwd_patterns) visitPattern(q);
        break;
      }
      case NodeKind::MatchStar: {
        auto* m = static_cast<const MatchStar*>(p);
        if (m->name) addDef(*m->name, kDefLocal, p);
        break;
      }
      case NodeKind::MatchAs: {
        auto* m = static_cast<const MatchAs*>(p);
        visitPattern(m->pattern);
        if (m->name) addDef(*m->name, kDefLocal, p);
        break;
      }
      case NodeKind::MatchOr:
        for (const Pattern* q : static_cast<const MatchOr*>(p)->patterns) visitPattern(q);
        break;
      default: break;
    }
  }

  // PEP 572: a walrus inside a comprehension binds in the nearest enclosing scope that is
  // not a comprehension. Like CPython, the comprehension itself declares the name nonlocal
  // there (global when that scope is the module or declares it global); comprehensions in
  // between see it through the ordinary free-variable analysis.
  void declareNamedExprTarget(const NamedExpr* n) {
    auto* target = static_cast<const syntax::Name*>(n->target);
    for (Scope* s = current_; s; s = s->parent) {
      if (s->comprehension) {
        const Symbol* sym = s->lookup(target->id);
        if (sym && (sym->flags & kDefCompIter))
          error(n, "assignment expression cannot rebind comprehension iteration variable '" +
                       target->id + "'");
        continue;
      }
      if (s->type == BlockType::Class)
        error(n, "assignment expression within a comprehension cannot be used in a class body");
      Symbol& outer = s->add(target->id);
      bool global = s->type == BlockType::Module || (outer.flags & kDefGlobal);
      outer.flags |= s->type == BlockType::Module ? kDefGlobal : kDefLocal;
      Symbol& declared = current_->add(target->id);
      declared.flags |= global ? kDefGlobal : kDefNonlocal;
      if (!declared.declaration) declared.declaration = n;
      if (global) table_.top->add(target->id).flags |= kDefGlobal;
      return;
    }
  }

  void visitComprehension(const Expr* e, const ComprehensionList& generators, const Expr* elt,
                          const Expr* value, const char* name) {
    // The outermost iterable is evaluated in the enclosing scope.
    visitExpr(generators[0]->iter);
    Scope* scope = enter(BlockType::Function, name, e, e->span.line);
    scope->comprehension = true;
    bool isGenerator = e->kind == NodeKind::GeneratorExp;
    scope->generator = isGenerator;
    addDef(".0", kDefParam, e);
    for (size_t i = 0; i < generators.size(); ++i) {
      const Comprehension* g = generators[i];
      if (g->is_async) scope->coroutine = true;
      visitCompTarget(g->target);
      if (i > 0) visitExpr(g->iter);
      visitExprs(g->ifs);
    }
    if (value) visitExpr(value);
    if (elt) visitExpr(elt);
    bool awaitsInside = scope->coroutine && !isGenerator;
    leave();
    // A comprehension nested in another awaits its asynchronous inner one, as in CPython.
    if (awaitsInside && current_->comprehension) current_->coroutine = true;
  }

  void visitCompTarget(const Expr* target) {
    // An earlier walrus in this comprehension declared the name nonlocal (or global).
    forEachNameIn(target, [&](const syntax::Name* name) {
      const Symbol* sym = current_->lookup(mangle(name->id));
      if (sym && (sym->flags & (kDefGlobal | kDefNonlocal)))
        error(name, "comprehension inner loop cannot rebind assignment expression target '" +
                        name->id + "'");
    });
    if (target->kind == NodeKind::Name) {
      addDef(static_cast<const syntax::Name*>(target)->id, kDefLocal | kDefCompIter, target);
      return;
    }
    visitExpr(target);
    forEachNameIn(target, [&](const syntax::Name* name) {
      current_->add(mangle(name->id)).flags |= kDefCompIter;
    });
  }

  template <class F>
  void forEachNameIn(const Expr* e, F&& f) {
    if (e->kind == NodeKind::Name) {
      f(static_cast<const syntax::Name*>(e));
    } else if (e->kind == NodeKind::Tuple || e->kind == NodeKind::List) {
      for (const Expr* x : static_cast<const Sequence*>(e)->elts) forEachNameIn(x, f);
    } else if (e->kind == NodeKind::Starred) {
      forEachNameIn(static_cast<const Starred*>(e)->value, f);
    }
  }

  void visitExpr(const Expr* e) {
    enterNested();
    visitExprInner(e);
    --depth_;
  }

  // Statements and expressions count alike against the limit, as in CPython's symbol table.
  // The compiler walks the same tree afterwards, so the limit bounds its recursion too.
  void enterNested() {
    if (++depth_ > kMaxDepth) {
      SyntaxErrorInfo info;
      info.kind = "RecursionError";
      info.message = "maximum recursion depth exceeded during compilation";
      info.filename = filename_;
      throw SyntaxError(std::move(info));
    }
  }

  void visitExprInner(const Expr* e) {
    switch (e->kind) {
      case NodeKind::Name: {
        auto* n = static_cast<const syntax::Name*>(e);
        if (n->ctx == ExprContext::Load) {
          current_->add(mangle(n->id)).flags |= kUse;
          // super() needs the __class__ cell of the enclosing class.
          if (n->id == "super" && current_->type == BlockType::Function)
            current_->add("__class__").flags |= kUse;
        } else {
          addDef(n->id, kDefLocal, n);
        }
        break;
      }
      case NodeKind::NamedExpr: {
        auto* n = static_cast<const NamedExpr*>(e);
        if (current_->comprehension) declareNamedExprTarget(n);
        visitExpr(n->value);
        visitExpr(n->target);
        break;
      }
      case NodeKind::Lambda: {
        auto* l = static_cast<const syntax::Lambda*>(e);
        visitFunction(l, "<lambda>", l->args, nullptr, l->body, nullptr, nullptr, false);
        break;
      }
      case NodeKind::ListComp:
        visitComprehension(e, static_cast<const Comp*>(e)->generators,
                           static_cast<const Comp*>(e)->elt, nullptr, "<listcomp>");
        break;
      case NodeKind::SetComp:
        visitComprehension(e, static_cast<const Comp*>(e)->generators,
                           static_cast<const Comp*>(e)->elt, nullptr, "<setcomp>");
        break;
      case NodeKind::GeneratorExp:
        visitComprehension(e, static_cast<const Comp*>(e)->generators,
                           static_cast<const Comp*>(e)->elt, nullptr, "<genexpr>");
        break;
      case NodeKind::DictComp: {
        auto* d = static_cast<const DictComp*>(e);
        visitComprehension(e, d->generators, d->key, d->value, "<dictcomp>");
        break;
      }
      case NodeKind::Yield:
      case NodeKind::YieldFrom: {
        if (current_->type != BlockType::Function) error(e, "'yield' outside function");
        if (current_->comprehension)
          error(e, "'yield' inside " + current_->name.substr(1, current_->name.size() - 2));
        current_->generator = true;
        forEachChildExpr(e);
        break;
      }
      case NodeKind::Await: {
        current_->coroutine = current_->coroutine || current_->comprehension;
        forEachChildExpr(e);
        break;
      }
      default: forEachChildExpr(e); break;
    }
  }

  void forEachChildExpr(const Expr* e) {
    forEachChild(const_cast<Expr&>(*e), [&](Node* child) {
      if (child->kind == NodeKind::Keyword) {
        visitExpr(static_cast<Keyword*>(child)->value);
      } else if (child->kind == NodeKind::Comprehension) {
        // Only reached through comprehension nodes, which are handled above.
      } else if (child->kind == NodeKind::Arguments) {
        // Only lambdas have arguments, handled above.
      } else {
        visitExpr(static_cast<Expr*>(child));
      }
    });
  }

  static constexpr int kMaxDepth = 2000;
  SymbolTable& table_;
  const std::string& filename_;
  Scope* current_ = nullptr;
  std::string className_;
  int depth_ = 0;
};

// ---- analysis --------------------------------------------------------------------------

using NameSet = std::set<std::string>;

class Analyzer {
 public:
  explicit Analyzer(const std::string& filename) : filename_(filename) {}

  void analyzeBlock(Scope& scope, NameSet* bound, NameSet& free, NameSet& global) {
    NameSet local;
    std::unordered_map<std::string, SymbolScope> scopes;
    NameSet newGlobal, newFree, newBound;
    if (scope.type == BlockType::Class) {
      newGlobal = global;
      if (bound) newBound = *bound;
    }
    for (Symbol& sym : scope.symbols) analyzeName(scope, scopes, sym, bound, local, free, global);
    if (scope.type != BlockType::Class) {
      if (scope.type == BlockType::Function) newBound.insert(local.begin(), local.end());
      if (bound) newBound.insert(bound->begin(), bound->end());
      newGlobal.insert(global.begin(), global.end());
    } else {
      newBound.insert("__class__");
    }
    NameSet allFree;
    for (auto& child : scope.children) {
      NameSet childBound = newBound, childGlobal = newGlobal, childFree;
      analyzeBlock(*child, &childBound, childFree, childGlobal);
      allFree.insert(childFree.begin(), childFree.end());
    }
    newFree.insert(allFree.begin(), allFree.end());
    if (scope.type == BlockType::Function) {
      for (auto& [name, sc] : scopes) {
        if (sc == SymbolScope::Local && newFree.count(name)) {
          sc = SymbolScope::Cell;
          newFree.erase(name);
        }
      }
    } else if (scope.type == BlockType::Class && newFree.erase("__class__")) {
      scope.needsClassClosure = true;
    }
    updateSymbols(scope, scopes, bound, newFree);
    free.insert(newFree.begin(), newFree.end());
  }

 private:
  [[noreturn]] void error(const Scope& scope, const Symbol& sym, const std::string& message) {
    SyntaxErrorInfo info;
    info.message = message;
    info.filename = filename_;
    info.line = scope.line;
    if (const Node* at = sym.declaration) {
      info.line = at->span.line;
      info.col = at->span.col + 1;
      info.endLine = at->span.endLine;
      info.endCol = at->span.endCol + 1;
    }
    throw SyntaxError(std::move(info));
  }

  void analyzeName(Scope& scope, std::unordered_map<std::string, SymbolScope>& scopes,
                   Symbol& sym, NameSet* bound, NameSet& local, NameSet& free, NameSet& global) {
    const std::string& name = sym.name;
    if (sym.flags & kDefGlobal) {
      scopes[name] = SymbolScope::GlobalExplicit;
      global.insert(name);
      if (bound) bound->erase(name);
    } else if (sym.flags & kDefNonlocal) {
      if (!bound) error(scope, sym, "nonlocal declaration not allowed at module level");
      if (!bound->count(name)) error(scope, sym, "no binding for nonlocal '" + name + "' found");
      scopes[name] = SymbolScope::Free;
      free.insert(name);
    } else if (sym.flags & kDefBound) {
      scopes[name] = SymbolScope::Local;
      local.insert(name);
      global.erase(name);
    } else if (bound && bound->count(name)) {
      scopes[name] = SymbolScope::Free;
      free.insert(name);
    } else {
      scopes[name] = SymbolScope::GlobalImplicit;
    }
  }

  void updateSymbols(Scope& scope, const std::unordered_map<std::string, SymbolScope>& scopes,
                     NameSet* bound, const NameSet& free) {
    for (Symbol& sym : scope.symbols) sym.scope = scopes.at(sym.name);
    for (const std::string& name : free) {
      if (Symbol* existing = const_cast<Symbol*>(scope.lookup(name))) {
        // A method's free variable that the class body also binds: the class reads it with
        // LOAD_CLASSDEREF.
        if (scope.type == BlockType::Class && (existing->flags & (kDefBound | kDefGlobal)))
          existing->flags |= kDefFreeClass;
        continue;
      }
      if (!bound || !bound->count(name)) continue;
      Symbol& added = scope.add(name);
      added.flags |= kDefFree;
      added.scope = SymbolScope::Free;
    }
  }

  const std::string& filename_;
};

}  // namespace

std::unique_ptr<SymbolTable> buildSymbolTable(const ParsedModule& module,
                                              const std::string& filename) {
  auto table = std::make_unique<SymbolTable>();
  Builder(*table, filename).buildModule(module.root);
  NameSet free, global;
  Analyzer(filename).analyzeBlock(*table->top, nullptr, free, global);
  return table;
}

}  // namespace rw
