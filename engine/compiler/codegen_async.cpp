// Code generation for coroutines (seed 6.23): await, async for, async with and the
// asynchronous steps of comprehensions, laid out as CPython 3.11 does. Every await is a
// delegation loop like `yield from` (SEND / YIELD_VALUE / RESUME 3) over the iterator
// GET_AWAITABLE makes of the awaited object.
#include "compiler/codegen.h"
#include "objects/code.h"

namespace rw {

using namespace syntax;

bool Codegen::inAsyncFunction() const {
  return unit_->node && unit_->node->kind == NodeKind::AsyncFunctionDef;
}

void Codegen::emitAwaitLoop(uint32_t resumeKind) {
  // Stack: [iterator, value to send]; leaves the iterator's return value.
  Label send = b().newLabel();
  Label exit = b().newLabel();
  b().bind(send);
  b().emitJump(Opcode::SEND, exit);
  b().emit(Opcode::YIELD_VALUE);
  b().emit(Opcode::RESUME, resumeKind);
  b().emitJump(Opcode::JUMP, send);
  b().bind(exit);
}

void Codegen::emitAwait(uint32_t where) {
  b().emit(Opcode::GET_AWAITABLE, where);
  b().emit(Opcode::LOAD_CONST, noneConst());
  emitAwaitLoop(3);
}

void Codegen::awaitExpr(const Await* e) {
  if (unit_->scope->type != BlockType::Function) error(e, "'await' outside function");
  if (!inAsyncFunction() && !unit_->scope->comprehension)
    error(e, "'await' outside async function");
  expression(e->value);
  setLocation(e);
  emitAwait(0);
}

void Codegen::asyncForStatement(const For* s) {
  if (!inAsyncFunction()) error(s, "'async for' outside async function");
  Label start = b().newLabel();
  Label handler = b().newLabel();
  Label end = b().newLabel();
  expression(s->iter);
  setLocation(s);
  b().emit(Opcode::GET_AITER);
  b().bind(start);
  pushBlock(BlockKind::ForLoop, start, end);
  // StopAsyncIteration from __anext__ reaches END_ASYNC_FOR, which ends the loop.
  b().emitPseudo(Pseudo::SetupFinally, handler);
  b().emit(Opcode::GET_ANEXT);
  b().emit(Opcode::LOAD_CONST, noneConst());
  emitAwaitLoop(3);
  b().emitPseudo(Pseudo::PopBlock);
  assignTarget(s->target);
  statements(s->body);
  setNoLocation();
  b().emitJump(Opcode::JUMP, start);
  popBlock(BlockKind::ForLoop);
  b().bind(handler);
  // END_ASYNC_FOR belongs to the iterator's line, as in CPython.
  setLocation(s->iter);
  b().emit(Opcode::END_ASYNC_FOR);
  statements(s->orelse);
  b().bind(end);
}

void Codegen::asyncWithStatement(const With* s, size_t itemIndex) {
  if (!inAsyncFunction()) error(s, "'async with' outside async function");
  withItem(s, itemIndex, true);
}

void Codegen::asyncComprehensionGenerator(const ComprehensionList& gens, size_t index,
                                          const Expr* elt, const Expr* value, NodeKind kind,
                                          int depth) {
  const Comprehension* gen = gens[index];
  Label start = b().newLabel();
  Label handler = b().newLabel();
  comprehensionIterator(gens, index, Opcode::GET_AITER);
  b().bind(start);
  pushBlock(BlockKind::AsyncComprehensionGenerator, start, Label{});
  setLocation(gen->iter);
  b().emitPseudo(Pseudo::SetupFinally, handler);
  b().emit(Opcode::GET_ANEXT);
  b().emit(Opcode::LOAD_CONST, noneConst());
  emitAwaitLoop(3);
  b().emitPseudo(Pseudo::PopBlock);
  comprehensionStep(gens, index, elt, value, kind, depth + 1, start);
  popBlock(BlockKind::AsyncComprehensionGenerator);
  b().bind(handler);
  setLocation(gen->iter);
  b().emit(Opcode::END_ASYNC_FOR);
}

}  // namespace rw
