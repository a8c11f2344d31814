// Code generation for constructs that create code objects of their own: functions and
// lambdas (seed 6.11), classes (6.24), comprehensions (6.20), and generator yields (6.22).
#include "compiler/codegen.h"
#include "objects/code.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/interp.h"

namespace rw {

using namespace syntax;

namespace {

const syntax::Constant* docstringOf(const StmtList& body) {
  if (body.empty() || body[0]->kind != NodeKind::ExprStmt) return nullptr;
  auto* value = static_cast<const ExprStmt*>(body[0])->value;
  if (value->kind != NodeKind::Constant) return nullptr;
  auto* c = static_cast<const syntax::Constant*>(value);
  return c->value.kind == ConstantValue::Kind::Str ? c : nullptr;
}

}  // namespace

std::string Codegen::qualnameFor(const std::string& name, bool isClass) const {
  (void)isClass;
  const CodeUnit* parent = unit_;
  if (!parent || parent->scope->type == BlockType::Module) return name;
  const Symbol* sym = parent->scope->lookup(mangle(name));
  if (sym && sym->scope == SymbolScope::GlobalExplicit) return name;
  // Comprehension scopes add no ".<locals>" (CPython names them like class scopes here).
  if (parent->scope->type == BlockType::Function && !parent->scope->comprehension)
    return parent->qualname + ".<locals>." + name;
  return parent->qualname + "." + name;
}

void Codegen::decorators(const ExprList& list) {
  expressions(list);
}

void Codegen::applyDecorators(const ExprList& list) {
  // Each decorator sits under the function; CALL 0 calls it with the function as its
  // argument (the NULL-or-method slot convention).
  for (size_t i = list.size(); i-- > 0;) {
    setLocation(list[i]);
    b().emit(Opcode::CALL, 0);
  }
}

uint32_t Codegen::functionPrelude(const Arguments* args, const Expr* returns) {
  uint32_t flags = 0;
  if (!args->defaults.empty()) {
    expressions(args->defaults);
    b().emit(Opcode::BUILD_TUPLE, args->defaults.size());
    flags |= 1;
  }
  uint32_t kwCount = 0;
  for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
    if (!args->kw_defaults[i]) continue;
    ConstantValue key;
    key.kind = ConstantValue::Kind::Str;
    key.text = mangle(args->kwonlyargs[i]->arg);
    b().emit(Opcode::LOAD_CONST, addConst(key));
    expression(args->kw_defaults[i]);
    ++kwCount;
  }
  if (kwCount) {
    b().emit(Opcode::BUILD_MAP, kwCount);
    flags |= 2;
  }
  uint32_t annotated = 0;
  auto annotate = [&](const Arg* a) {
    if (!a || !a->annotation) return;
    ConstantValue key;
    key.kind = ConstantValue::Kind::Str;
    key.text = mangle(a->arg);
    b().emit(Opcode::LOAD_CONST, addConst(key));
    expression(a->annotation);
    ++annotated;
  };
  for (const Arg* a : args->posonlyargs)
    annotate(a);
  for (const Arg* a : args->args)
    annotate(a);
  annotate(args->vararg);
  for (const Arg* a : args->kwonlyargs)
    annotate(a);
  annotate(args->kwarg);
  if (returns) {
    ConstantValue key;
    key.kind = ConstantValue::Kind::Str;
    key.text = "return";
    b().emit(Opcode::LOAD_CONST, addConst(key));
    expression(returns);
    ++annotated;
  }
  if (annotated) {
    b().emit(Opcode::BUILD_TUPLE, annotated * 2);
    flags |= 4;
  }
  return flags;
}

void Codegen::setupFunctionArguments(const Arguments* args) {
  CodeUnit& u = *unit_;
  u.posonlyargcount = static_cast<int32_t>(args->posonlyargs.size());
  u.argcount = static_cast<int32_t>(args->posonlyargs.size() + args->args.size());
  u.kwonlyargcount = static_cast<int32_t>(args->kwonlyargs.size());
  u.flags |= kCoOptimized | kCoNewLocals;
  if (args->vararg) u.flags |= kCoVarargs;
  if (args->kwarg) u.flags |= kCoVarkeywords;
}

void Codegen::makeClosure(Code* code, uint32_t flags, const std::string& qualname) {
  (void)qualname;
  Ref codeRef = Ref::steal(Value(code));
  int64_t nfree = code->freevars->size;
  if (nfree > 0) {
    for (int64_t i = 0; i < nfree; ++i) {
      std::string name(strView(code->freevars->item(i)));
      b().emit(Opcode::LOAD_CLOSURE, cellIndex(name));
    }
    b().emit(Opcode::BUILD_TUPLE, static_cast<uint32_t>(nfree));
    flags |= 8;
  }
  b().emit(Opcode::LOAD_CONST, addConstObject(std::move(codeRef)));
  b().emit(Opcode::MAKE_FUNCTION, flags);
}

void Codegen::functionDef(const FunctionDef* s) {
  decorators(s->decorator_list);
  uint32_t flags = functionPrelude(s->args, s->returns);
  int firstLine = s->decorator_list.empty() ? s->span.line : s->decorator_list[0]->span.line;
  Scope* scope = input_.symbols->scopeFor(s);
  std::string qualname = qualnameFor(s->name, false);
  enterUnit(scope, s, s->name, firstLine);
  unit_->qualname = qualname;
  setupFunctionArguments(s->args);
  if (unit_->parent->scope->type == BlockType::Function) unit_->flags |= kCoNested;
  bool isAsync = s->kind == NodeKind::AsyncFunctionDef;
  if (isAsync && scope->generator)
    unit_->flags |= kCoAsyncGenerator;
  else if (isAsync)
    unit_->flags |= kCoCoroutine;
  else if (scope->generator)
    unit_->flags |= kCoGenerator;
  // co_consts[0] is the docstring, or None, as in CPython 3.11.
  const syntax::Constant* doc = docstringOf(s->body);
  if (doc)
    addConst(doc->value);
  else
    noneConst();
  emitPrologue();
  for (size_t i = doc ? 1 : 0; i < s->body.size(); ++i)
    statement(s->body[i]);
  if (!b().lastIsTerminator()) {
    setNoLocation();
    b().emit(Opcode::RETURN_CONST, noneConst());
  }
  Code* code = leaveUnit();
  setLocation(s);
  makeClosure(code, flags, qualname);
  applyDecorators(s->decorator_list);
  setLocation(s);
  nameOp(s->name, ExprContext::Store, s);
}

void Codegen::lambda(const syntax::Lambda* e) {
  uint32_t flags = functionPrelude(e->args, nullptr);
  Scope* scope = input_.symbols->scopeFor(e);
  std::string qualname = qualnameFor("<lambda>", false);
  enterUnit(scope, e, "<lambda>", e->span.line);
  unit_->qualname = qualname;
  setupFunctionArguments(e->args);
  if (unit_->parent->scope->type == BlockType::Function) unit_->flags |= kCoNested;
  if (scope->generator) unit_->flags |= kCoGenerator;
  noneConst();
  emitPrologue();
  expression(e->body);
  setLocation(e->body);
  if (scope->generator) {
    b().emit(Opcode::POP_TOP);
    b().emit(Opcode::RETURN_CONST, noneConst());
  } else {
    b().emit(Opcode::RETURN_VALUE);
  }
  Code* code = leaveUnit();
  setLocation(e);
  makeClosure(code, flags, qualname);
}

void Codegen::classDef(const ClassDef* s) {
  decorators(s->decorator_list);
  setLocation(s);
  b().emit(Opcode::PUSH_NULL);
  b().emit(Opcode::LOAD_BUILD_CLASS);
  Scope* scope = input_.symbols->scopeFor(s);
  std::string qualname = qualnameFor(s->name, true);
  int firstLine = s->decorator_list.empty() ? s->span.line : s->decorator_list[0]->span.line;
  std::string savedClass = std::exchange(className_, s->name);
  enterUnit(scope, s, s->name, firstLine);
  unit_->qualname = qualname;
  emitPrologue();
  setLocation(s);
  b().emit(Opcode::LOAD_NAME, nameIndex("__name__"));
  b().emit(Opcode::STORE_NAME, nameIndex("__module__"));
  ConstantValue qual;
  qual.kind = ConstantValue::Kind::Str;
  qual.text = qualname;
  b().emit(Opcode::LOAD_CONST, addConst(qual));
  b().emit(Opcode::STORE_NAME, nameIndex("__qualname__"));
  bool hasAnnotations = false;
  for (const Stmt* st : s->body)
    if (st->kind == NodeKind::AnnAssign) hasAnnotations = true;
  if (hasAnnotations) b().emit(Opcode::SETUP_ANNOTATIONS);
  const syntax::Constant* doc = docstringOf(s->body);
  if (doc) {
    setLocation(s->body[0]);
    b().emit(Opcode::LOAD_CONST, addConst(doc->value));
    b().emit(Opcode::STORE_NAME, nameIndex("__doc__"));
  }
  for (size_t i = doc ? 1 : 0; i < s->body.size(); ++i)
    statement(s->body[i]);
  setNoLocation();
  if (scope->needsClassClosure) {
    b().emit(Opcode::LOAD_CLOSURE, cellIndex("__class__"));
    b().emit(Opcode::COPY, 1);
    b().emit(Opcode::STORE_NAME, nameIndex("__classcell__"));
    b().emit(Opcode::RETURN_VALUE);
  } else {
    b().emit(Opcode::RETURN_CONST, noneConst());
  }
  Code* code = leaveUnit();
  className_ = savedClass;
  setLocation(s);
  makeClosure(code, 0, qualname);
  ConstantValue name;
  name.kind = ConstantValue::Kind::Str;
  name.text = s->name;
  b().emit(Opcode::LOAD_CONST, addConst(name));
  callHelper(2, s->bases, s->keywords);
  applyDecorators(s->decorator_list);
  setLocation(s);
  nameOp(s->name, ExprContext::Store, s);
}

void Codegen::comprehension(const Expr* e) {
  const ComprehensionList* generators = nullptr;
  const Expr* elt = nullptr;
  const Expr* value = nullptr;
  const char* name = "<listcomp>";
  switch (e->kind) {
    case NodeKind::ListComp:
    case NodeKind::SetComp:
    case NodeKind::GeneratorExp: {
      auto* c = static_cast<const Comp*>(e);
      generators = &c->generators;
      elt = c->elt;
      name = e->kind == NodeKind::ListComp  ? "<listcomp>"
             : e->kind == NodeKind::SetComp ? "<setcomp>"
                                            : "<genexpr>";
      break;
    }
    case NodeKind::DictComp: {
      auto* d = static_cast<const DictComp*>(e);
      generators = &d->generators;
      elt = d->key;
      value = d->value;
      name = "<dictcomp>";
      break;
    }
    default:
      return;
  }
  Scope* scope = input_.symbols->scopeFor(e);
  std::string qualname = qualnameFor(name, false);
  enterUnit(scope, e, name, e->span.line);
  unit_->qualname = qualname;
  unit_->argcount = 1;
  unit_->flags |= kCoOptimized | kCoNewLocals;
  if (unit_->parent->scope->type == BlockType::Function) unit_->flags |= kCoNested;
  bool isAsync = scope->coroutine;
  if (isAsync && e->kind != NodeKind::GeneratorExp && !unit_->parent->scope->comprehension &&
      unit_->parent->node->kind != NodeKind::AsyncFunctionDef)
    error(e, "asynchronous comprehension outside of an asynchronous function");
  if (e->kind == NodeKind::GeneratorExp)
    unit_->flags |= isAsync ? kCoAsyncGenerator : kCoGenerator;
  else if (isAsync)
    unit_->flags |= kCoCoroutine;
  emitPrologue();
  setLocation(e);
  switch (e->kind) {
    case NodeKind::ListComp:
      b().emit(Opcode::BUILD_LIST, 0);
      break;
    case NodeKind::SetComp:
      b().emit(Opcode::BUILD_SET, 0);
      break;
    case NodeKind::DictComp:
      b().emit(Opcode::BUILD_MAP, 0);
      break;
    default:
      break;
  }
  comprehensionGenerator(*generators, 0, elt, value, e->kind, 0);
  setLocation(e);
  if (e->kind == NodeKind::GeneratorExp)
    b().emit(Opcode::RETURN_CONST, noneConst());
  else
    b().emit(Opcode::RETURN_VALUE);
  Code* code = leaveUnit();
  setLocation(e);
  makeClosure(code, 0, qualname);
  iterable((*generators)[0]->iter);
  setLocation(e);
  b().emit((*generators)[0]->is_async ? Opcode::GET_AITER : Opcode::GET_ITER);
  b().emit(Opcode::CALL, 0);
  // A list, set or dict comprehension with awaits is a coroutine: await its result.
  if (isAsync && e->kind != NodeKind::GeneratorExp) emitAwait(0);
}

void Codegen::comprehensionGenerator(const ComprehensionList& gens, size_t index, const Expr* elt,
                                     const Expr* value, NodeKind kind, int depth) {
  const Comprehension* gen = gens[index];
  if (gen->is_async) {
    asyncComprehensionGenerator(gens, index, elt, value, kind, depth);
    return;
  }
  Label start = b().newLabel();
  Label anchor = b().newLabel();
  comprehensionIterator(gens, index, Opcode::GET_ITER);
  b().bind(start);
  setLocation(gen->iter);
  b().emitJump(Opcode::FOR_ITER, anchor);
  comprehensionStep(gens, index, elt, value, kind, depth + 1, start);
  b().bind(anchor);
}

void Codegen::comprehensionIterator(const ComprehensionList& gens, size_t index, Opcode getIter) {
  // The outermost iterable is evaluated outside and passed in as the argument `.0`.
  if (index == 0) {
    b().emit(Opcode::LOAD_FAST, varnameIndex(".0"));
    return;
  }
  iterable(gens[index]->iter);
  setLocation(gens[index]->iter);
  b().emit(getIter);
}

void Codegen::comprehensionStep(const ComprehensionList& gens, size_t index, const Expr* elt,
                                const Expr* value, NodeKind kind, int depth, Label start) {
  const Comprehension* gen = gens[index];
  Label ifCleanup = b().newLabel();
  assignTarget(gen->target);
  for (const Expr* cond : gen->ifs)
    jumpIf(cond, ifCleanup, false);
  if (index + 1 < gens.size())
    comprehensionGenerator(gens, index + 1, elt, value, kind, depth);
  else
    comprehensionElement(elt, value, kind, depth);
  b().bind(ifCleanup);
  setNoLocation();
  b().emitJump(Opcode::JUMP, start);
}

void Codegen::comprehensionElement(const Expr* elt, const Expr* value, NodeKind kind, int depth) {
  switch (kind) {
    case NodeKind::ListComp:
      expression(elt);
      b().emit(Opcode::LIST_APPEND, depth + 1);
      break;
    case NodeKind::SetComp:
      expression(elt);
      b().emit(Opcode::SET_ADD, depth + 1);
      break;
    case NodeKind::DictComp:
      expression(elt);
      expression(value);
      b().emit(Opcode::MAP_ADD, depth + 1);
      break;
    default:
      expression(elt);
      setLocation(elt);
      if (unit_->scope->coroutine) b().emit(Opcode::ASYNC_GEN_WRAP);
      b().emit(Opcode::YIELD_VALUE);
      b().emit(Opcode::RESUME, 1);
      b().emit(Opcode::POP_TOP);
      break;
  }
}

void Codegen::yieldExpr(const Expr* e) {
  if (unit_->scope->type != BlockType::Function) error(e, "'yield' outside function");
  if (e->kind == NodeKind::Yield) {
    auto* y = static_cast<const syntax::Yield*>(e);
    if (y->value)
      expression(y->value);
    else
      b().emit(Opcode::LOAD_CONST, noneConst());
    setLocation(e);
    // An async generator's yields are wrapped so asend() can tell them from its awaits.
    if (unit_->scope->coroutine) b().emit(Opcode::ASYNC_GEN_WRAP);
    b().emit(Opcode::YIELD_VALUE);
    b().emit(Opcode::RESUME, 1);
    return;
  }
  if (inAsyncFunction()) error(e, "'yield from' inside async function");
  // yield from: delegate with SEND until the sub-iterator returns.
  expression(static_cast<const YieldFrom*>(e)->value);
  setLocation(e);
  b().emit(Opcode::GET_YIELD_FROM_ITER);
  b().emit(Opcode::LOAD_CONST, noneConst());
  emitAwaitLoop(2);
}

}  // namespace rw
