// Code generation for simple and compound statements other than try/with (seed 6.17).
#include "compiler/codegen.h"
#include "objects/code.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/interp.h"

namespace rw {

using namespace syntax;

void Codegen::statements(const StmtList& body) {
  for (const Stmt* s : body) statement(s);
}

void Codegen::statement(const Stmt* s) {
  setLocation(s);
  switch (s->kind) {
    case NodeKind::FunctionDef:
    case NodeKind::AsyncFunctionDef: functionDef(static_cast<const FunctionDef*>(s)); break;
    case NodeKind::ClassDef: classDef(static_cast<const ClassDef*>(s)); break;
    case NodeKind::Return: returnStatement(static_cast<const Return*>(s)); break;
    case NodeKind::Delete: deleteStatement(static_cast<const Delete*>(s)); break;
    case NodeKind::Assign: assignStatement(static_cast<const Assign*>(s)); break;
    case NodeKind::AugAssign: augAssignStatement(static_cast<const AugAssign*>(s)); break;
    case NodeKind::AnnAssign: annAssignStatement(static_cast<const AnnAssign*>(s)); break;
    case NodeKind::For: forStatement(static_cast<const For*>(s)); break;
    case NodeKind::While: whileStatement(static_cast<const While*>(s)); break;
    case NodeKind::If: ifStatement(static_cast<const If*>(s)); break;
    case NodeKind::With: withStatement(static_cast<const With*>(s), 0); break;
    case NodeKind::Raise: raiseStatement(static_cast<const Raise*>(s)); break;
    case NodeKind::Try:
    case NodeKind::TryStar: tryStatement(static_cast<const Try*>(s)); break;
    case NodeKind::Assert: assertStatement(static_cast<const Assert*>(s)); break;
    case NodeKind::Import: importStatement(static_cast<const Import*>(s)); break;
    case NodeKind::ImportFrom: importFromStatement(static_cast<const ImportFrom*>(s)); break;
    case NodeKind::Global:
    case NodeKind::Nonlocal: break;
    case NodeKind::ExprStmt: exprStatement(static_cast<const ExprStmt*>(s)); break;
    case NodeKind::Pass: b().emit(Opcode::NOP); break;
    case NodeKind::Break: breakStatement(s); break;
    case NodeKind::Continue: continueStatement(s); break;
    case NodeKind::Match:
      matchStatement(static_cast<const syntax::Match*>(s));
      break;
    case NodeKind::AsyncFor: asyncForStatement(static_cast<const For*>(s)); break;
    case NodeKind::AsyncWith: asyncWithStatement(static_cast<const With*>(s), 0); break;
    default: error(s, "unexpected statement");
  }
}

void Codegen::exprStatement(const ExprStmt* s) {
  if (input_.interactive && nesting_ == 1) {
    expression(s->value);
    b().emit(Opcode::PRINT_EXPR);
    return;
  }
  // A bare constant is dropped, as CPython does (it still gets a NOP for its line).
  if (s->value->kind == NodeKind::Constant) {
    b().emit(Opcode::NOP);
    return;
  }
  expression(s->value);
  b().emit(Opcode::POP_TOP);
}

void Codegen::ifStatement(const If* s) {
  Label end = b().newLabel();
  Label next = s->orelse.empty() ? end : b().newLabel();
  jumpIf(s->test, next, false);
  statements(s->body);
  if (!s->orelse.empty()) {
    setNoLocation();
    b().emitJump(Opcode::JUMP, end);
    b().bind(next);
    statements(s->orelse);
  }
  b().bind(end);
}

void Codegen::whileStatement(const While* s) {
  Label loop = b().newLabel();
  Label body = b().newLabel();
  Label anchor = b().newLabel();
  Label end = b().newLabel();
  b().bind(loop);
  pushBlock(BlockKind::WhileLoop, loop, end);
  jumpIf(s->test, anchor, false);
  b().bind(body);
  statements(s->body);
  setLocation(s);
  jumpIf(s->test, body, true);
  popBlock(BlockKind::WhileLoop);
  b().bind(anchor);
  statements(s->orelse);
  b().bind(end);
}

void Codegen::forStatement(const For* s) {
  Label start = b().newLabel();
  Label cleanup = b().newLabel();
  Label end = b().newLabel();
  pushBlock(BlockKind::ForLoop, start, end);
  iterable(s->iter);
  setLocation(s);
  b().emit(Opcode::GET_ITER);
  b().bind(start);
  setLocation(s);
  b().emitJump(Opcode::FOR_ITER, cleanup);
  assignTarget(s->target);
  statements(s->body);
  setNoLocation();
  b().emitJump(Opcode::JUMP, start);
  b().bind(cleanup);
  popBlock(BlockKind::ForLoop);
  statements(s->orelse);
  b().bind(end);
}

void Codegen::returnStatement(const Return* s) {
  if (unit_->scope->type != BlockType::Function) error(s, "'return' outside function");
  if (s->value && unit_->scope->coroutine && unit_->scope->generator)
    error(s, "'return' with value in async generator");
  bool preserve = s->value && s->value->kind != NodeKind::Constant;
  if (preserve) {
    expression(s->value);
  }
  unwindingFrom_ = s;
  unwindBlockStack(preserve, false);
  setLocation(s);
  if (preserve) {
    b().emit(Opcode::RETURN_VALUE);
  } else if (s->value) {
    b().emit(Opcode::RETURN_CONST, addConst(static_cast<const syntax::Constant*>(s->value)->value));
  } else {
    b().emit(Opcode::RETURN_CONST, noneConst());
  }
}

void Codegen::breakStatement(const Stmt* s) {
  unwindingFrom_ = s;
  const FrameBlock* loop = unwindBlockStack(false, true);
  if (!loop) error(s, "'break' outside loop");
  setLocation(s);
  unwindBlock(*loop, false);
  b().emitJump(Opcode::JUMP, loop->exit);
}

void Codegen::continueStatement(const Stmt* s) {
  unwindingFrom_ = s;
  const FrameBlock* loop = unwindBlockStack(false, true);
  if (!loop) error(s, "'continue' not properly in loop");
  setLocation(s);
  b().emitJump(Opcode::JUMP, loop->block);
}

void Codegen::assignStatement(const Assign* s) {
  expression(s->value);
  for (size_t i = 0; i < s->targets.size(); ++i) {
    if (i + 1 < s->targets.size()) b().emit(Opcode::COPY, 1);
    assignTarget(s->targets[i]);
  }
}

void Codegen::augAssignStatement(const AugAssign* s) {
  const Expr* target = s->target;
  uint32_t op = static_cast<uint32_t>(s->op) + 13;  // the in-place form
  switch (target->kind) {
    case NodeKind::Name: {
      auto* n = static_cast<const syntax::Name*>(target);
      nameOp(n->id, ExprContext::Load, n);
      expression(s->value);
      setLocation(s);
      b().emit(Opcode::BINARY_OP, op);
      nameOp(n->id, ExprContext::Store, n);
      break;
    }
    case NodeKind::Attribute: {
      auto* a = static_cast<const Attribute*>(target);
      expression(a->value);
      b().emit(Opcode::COPY, 1);
      setLocation(a);
      b().emit(Opcode::LOAD_ATTR, nameIndex(a->attr));
      expression(s->value);
      setLocation(s);
      b().emit(Opcode::BINARY_OP, op);
      b().emit(Opcode::SWAP, 2);
      setLocation(a);
      b().emit(Opcode::STORE_ATTR, nameIndex(a->attr));
      break;
    }
    case NodeKind::Subscript: {
      auto* sub = static_cast<const Subscript*>(target);
      expression(sub->value);
      expression(sub->slice);
      b().emit(Opcode::COPY, 2);
      b().emit(Opcode::COPY, 2);
      setLocation(sub);
      b().emit(Opcode::BINARY_SUBSCR);
      expression(s->value);
      setLocation(s);
      b().emit(Opcode::BINARY_OP, op);
      b().emit(Opcode::SWAP, 3);
      b().emit(Opcode::SWAP, 2);
      setLocation(sub);
      b().emit(Opcode::STORE_SUBSCR);
      break;
    }
    default: error(target, "'" + std::string(nodeKindName(target->kind)) +
                               "' is an illegal expression for augmented assignment");
  }
}

void Codegen::annAssignStatement(const AnnAssign* s) {
  if (s->value) {
    expression(s->value);
    assignTarget(s->target);
  }
  // Module and class bodies record simple annotations in __annotations__.
  if (s->target->kind == NodeKind::Name && s->simple &&
      unit_->scope->type != BlockType::Function) {
    setLocation(s);
    expression(s->annotation);
    b().emit(Opcode::LOAD_NAME, nameIndex("__annotations__"));
    ConstantValue key;
    key.kind = ConstantValue::Kind::Str;
    key.text = mangle(static_cast<const syntax::Name*>(s->target)->id);
    b().emit(Opcode::LOAD_CONST, addConst(key));
    b().emit(Opcode::STORE_SUBSCR);
  }
}

void Codegen::deleteStatement(const Delete* s) {
  for (const Expr* target : s->targets) {
    setLocation(target);
    switch (target->kind) {
      case NodeKind::Name:
        nameOp(static_cast<const syntax::Name*>(target)->id, ExprContext::Del, target);
        break;
      case NodeKind::Attribute: {
        auto* a = static_cast<const Attribute*>(target);
        expression(a->value);
        setLocation(a);
        b().emit(Opcode::DELETE_ATTR, nameIndex(a->attr));
        break;
      }
      case NodeKind::Subscript: {
        auto* sub = static_cast<const Subscript*>(target);
        expression(sub->value);
        expression(sub->slice);
        setLocation(sub);
        b().emit(Opcode::DELETE_SUBSCR);
        break;
      }
      case NodeKind::Tuple:
      case NodeKind::List: {
        auto* seq = static_cast<const Sequence*>(target);
        Delete inner;
        inner.targets = seq->elts;
        deleteStatement(&inner);
        break;
      }
      default: error(target, "cannot delete " + std::string(nodeKindName(target->kind)));
    }
  }
}

void Codegen::assertStatement(const Assert* s) {
  Label end = b().newLabel();
  jumpIf(s->test, end, true);
  setLocation(s);
  b().emit(Opcode::LOAD_ASSERTION_ERROR);
  if (s->msg) {
    expression(s->msg);
    setLocation(s);
    b().emit(Opcode::CALL, 0);
  }
  b().emit(Opcode::RAISE_VARARGS, 1);
  b().bind(end);
}

void Codegen::raiseStatement(const Raise* s) {
  uint32_t n = 0;
  if (s->exc) {
    expression(s->exc);
    ++n;
    if (s->cause) {
      expression(s->cause);
      ++n;
    }
  }
  setLocation(s);
  b().emit(Opcode::RAISE_VARARGS, n);
}

void Codegen::importStatement(const Import* s) {
  // Every instruction of an import belongs to the whole statement, as in CPython.
  for (const Alias* alias : s->names) {
    ConstantValue zero;
    zero.kind = ConstantValue::Kind::Int;
    zero.text = "0";
    b().emit(Opcode::LOAD_CONST, addConst(zero));
    b().emit(Opcode::LOAD_CONST, noneConst());
    b().emit(Opcode::IMPORT_NAME, nameIndex(alias->name));
    if (alias->asname) {
      // `import a.b.c as d` binds the innermost module.
      size_t dot = alias->name.find('.');
      while (dot != std::string::npos) {
        size_t next = alias->name.find('.', dot + 1);
        std::string part = alias->name.substr(dot + 1, next == std::string::npos
                                                           ? std::string::npos
                                                           : next - dot - 1);
        b().emit(Opcode::IMPORT_FROM, nameIndex(part));
        b().emit(Opcode::SWAP, 2);
        b().emit(Opcode::POP_TOP);
        dot = next;
      }
      nameOp(*alias->asname, ExprContext::Store, alias);
    } else {
      nameOp(alias->name.substr(0, alias->name.find('.')), ExprContext::Store, alias);
    }
  }
}

void Codegen::importFromStatement(const ImportFrom* s) {
  ConstantValue level;
  level.kind = ConstantValue::Kind::Int;
  level.text = std::to_string(s->level);
  b().emit(Opcode::LOAD_CONST, addConst(level));
  std::vector<Value> names;
  Tuple* fromlist = nullptr;
  {
    std::vector<std::string> raw;
    for (const Alias* a : s->names) raw.push_back(a->name);
    fromlist = newTuple(I, static_cast<int64_t>(raw.size()));
    for (size_t i = 0; i < raw.size(); ++i) fromlist->items()[i] = newRef(I.intern(raw[i]));
  }
  b().emit(Opcode::LOAD_CONST, addConstObject(Ref::steal(Value(fromlist))));
  b().emit(Opcode::IMPORT_NAME, nameIndex(s->module ? *s->module : ""));
  if (s->names.size() == 1 && s->names[0]->name == "*") {
    b().emit(Opcode::IMPORT_STAR);
    return;
  }
  for (const Alias* a : s->names) {
    b().emit(Opcode::IMPORT_FROM, nameIndex(a->name));
    nameOp(a->asname ? *a->asname : a->name, ExprContext::Store, a);
  }
  b().emit(Opcode::POP_TOP);
}

}  // namespace rw
