// Code generation for try/except/finally and with (seed 6.18), and the unwinding that
// break, continue and return perform when they leave those blocks. The layout follows
// CPython 3.11: protected ranges are marked with pseudo-instructions that the assembler turns
// into the exception table; handlers find [exc] (or [lasti, exc]) on the stack.
#include "compiler/codegen.h"
#include "runtime/interp.h"

namespace rw {

using namespace syntax;

void Codegen::pushBlock(BlockKind kind, Label block, Label exit, const Node* datum) {
  if (unit_->blocks.size() >= 20) error(datum, "too many statically nested blocks");
  unit_->blocks.push_back(FrameBlock{kind, block, exit, datum});
}

void Codegen::popBlock(BlockKind kind) {
  if (unit_->blocks.empty() || unit_->blocks.back().kind != kind)
    throw std::logic_error("compiler: frame block mismatch");
  unit_->blocks.pop_back();
}

void Codegen::popExceptAndReraise() {
  // Stack: [prev_exc, lasti, exc] -> restore prev_exc, re-raise exc at lasti.
  b().emit(Opcode::COPY, 3);
  b().emit(Opcode::POP_EXCEPT);
  b().emit(Opcode::RERAISE, 1);
}

void Codegen::callExitWithNones() {
  uint32_t none = noneConst();
  b().emit(Opcode::LOAD_CONST, none);
  b().emit(Opcode::LOAD_CONST, none);
  b().emit(Opcode::LOAD_CONST, none);
  b().emit(Opcode::CALL, 2);
}

void Codegen::unwindBlock(const FrameBlock& block, bool preserveTop) {
  switch (block.kind) {
    case BlockKind::WhileLoop:
    case BlockKind::ExceptionHandler:
    case BlockKind::AsyncComprehensionGenerator:
      return;
    case BlockKind::ForLoop:
      // Drop the iterator.
      if (preserveTop) b().emit(Opcode::SWAP, 2);
      b().emit(Opcode::POP_TOP);
      return;
    case BlockKind::TryExcept:
      b().emitPseudo(Pseudo::PopBlock);
      return;
    case BlockKind::FinallyTry: {
      b().emitPseudo(Pseudo::PopBlock);
      if (preserveTop) pushBlock(BlockKind::PopValue, Label{}, Label{});
      // Run the finally body inline; it may itself break or return.
      auto* finalbody = static_cast<const Try*>(block.datum);
      bool saved = unit_->inInlinedFinally;
      unit_->inInlinedFinally = true;
      statements(finalbody->finalbody);
      unit_->inInlinedFinally = saved;
      if (preserveTop) popBlock(BlockKind::PopValue);
      return;
    }
    case BlockKind::FinallyEnd:
      if (preserveTop) b().emit(Opcode::SWAP, 2);
      b().emit(Opcode::POP_TOP);  // the exception
      if (preserveTop) b().emit(Opcode::SWAP, 2);
      b().emitPseudo(Pseudo::PopBlock);
      b().emit(Opcode::POP_EXCEPT);
      return;
    case BlockKind::With:
    case BlockKind::AsyncWith:
      b().emitPseudo(Pseudo::PopBlock);
      if (preserveTop) b().emit(Opcode::SWAP, 2);
      callExitWithNones();
      if (block.kind == BlockKind::AsyncWith) emitAwait(2);
      b().emit(Opcode::POP_TOP);
      return;
    case BlockKind::HandlerCleanup: {
      if (block.datum) b().emitPseudo(Pseudo::PopBlock);
      if (preserveTop) b().emit(Opcode::SWAP, 2);
      b().emitPseudo(Pseudo::PopBlock);
      b().emit(Opcode::POP_EXCEPT);
      if (block.datum) {
        // `except E as name`: the name is unbound when the handler is left.
        const std::string& name = *static_cast<const ExceptHandler*>(block.datum)->name;
        b().emit(Opcode::LOAD_CONST, noneConst());
        nameOp(name, ExprContext::Store, block.datum);
        nameOp(name, ExprContext::Del, block.datum);
      }
      return;
    }
    case BlockKind::PopValue:
      if (preserveTop) b().emit(Opcode::SWAP, 2);
      b().emit(Opcode::POP_TOP);
      return;
    case BlockKind::ExceptionGroupHandler:
      error(unwindingFrom_, "'break', 'continue' and 'return' cannot appear in an except* block");
  }
}

const FrameBlock* Codegen::unwindBlockStack(bool preserveTop, bool stopAtLoop) {
  auto& blocks = unit_->blocks;
  if (blocks.empty()) return nullptr;
  FrameBlock top = blocks.back();
  if (stopAtLoop && (top.kind == BlockKind::WhileLoop || top.kind == BlockKind::ForLoop))
    return &blocks.back();
  blocks.pop_back();
  unwindBlock(top, preserveTop);
  const FrameBlock* loop = unwindBlockStack(preserveTop, stopAtLoop);
  blocks.push_back(top);
  return loop;
}

void Codegen::tryStatement(const Try* s) {
  // CPython's SETUP_FINALLY becomes a NOP that keeps the `try:` line's own line event, unless
  // the body starts on that line.
  if (s->body.empty() || s->body.front()->span.line != s->span.line) b().emit(Opcode::NOP);
  if (!s->finalbody.empty())
    tryFinally(s);
  else if (s->kind == NodeKind::TryStar)
    tryStarExcept(s);
  else
    tryExcept(s);
}

void Codegen::tryFinally(const Try* s) {
  Label body = b().newLabel();
  Label end = b().newLabel();
  Label exit = b().newLabel();
  Label cleanup = b().newLabel();
  // The protected body.
  b().emitPseudo(Pseudo::SetupFinally, end);
  b().bind(body);
  pushBlock(BlockKind::FinallyTry, body, end, s);
  if (s->handlers.empty())
    statements(s->body);
  else if (s->kind == NodeKind::TryStar)
    tryStarExcept(s);
  else
    tryExcept(s);
  setNoLocation();
  b().emitPseudo(Pseudo::PopBlock);
  popBlock(BlockKind::FinallyTry);
  statements(s->finalbody);
  setNoLocation();
  b().emitJump(Opcode::JUMP, exit);
  // The exceptional path: [exc] on the stack.
  b().bind(end);
  b().emitPseudo(Pseudo::SetupCleanup, cleanup);
  b().emit(Opcode::PUSH_EXC_INFO);
  pushBlock(BlockKind::FinallyEnd, end, Label{});
  statements(s->finalbody);
  popBlock(BlockKind::FinallyEnd);
  setNoLocation();
  b().emit(Opcode::RERAISE, 0);
  b().bind(cleanup);
  popExceptAndReraise();
  b().bind(exit);
}

void Codegen::tryExcept(const Try* s) {
  Label body = b().newLabel();
  Label except = b().newLabel();
  Label orelse = b().newLabel();
  Label end = b().newLabel();
  Label cleanup = b().newLabel();
  b().emitPseudo(Pseudo::SetupFinally, except);
  b().bind(body);
  pushBlock(BlockKind::TryExcept, body, Label{});
  statements(s->body);
  popBlock(BlockKind::TryExcept);
  setNoLocation();
  b().emitPseudo(Pseudo::PopBlock);
  if (!s->orelse.empty()) {
    b().bind(orelse);
    statements(s->orelse);
  }
  setNoLocation();
  b().emitJump(Opcode::JUMP, end);

  b().bind(except);
  b().emitPseudo(Pseudo::SetupCleanup, cleanup);
  b().emit(Opcode::PUSH_EXC_INFO);
  pushBlock(BlockKind::ExceptionHandler, Label{}, Label{});
  for (size_t i = 0; i < s->handlers.size(); ++i) {
    const ExceptHandler* h = s->handlers[i];
    setLocation(h);
    if (!h->type && i + 1 < s->handlers.size()) error(h, "default 'except:' must be last");
    Label next = b().newLabel();
    if (h->type) {
      expression(h->type);
      setLocation(h);
      b().emit(Opcode::CHECK_EXC_MATCH);
      b().emitJump(Opcode::POP_JUMP_IF_FALSE, next);
    }
    if (h->name) {
      Label cleanupEnd = b().newLabel();
      Label cleanupBody = b().newLabel();
      nameOp(*h->name, ExprContext::Store, h);
      // try: body  finally: name = None; del name
      b().emitPseudo(Pseudo::SetupCleanup, cleanupEnd);
      b().bind(cleanupBody);
      pushBlock(BlockKind::HandlerCleanup, cleanupBody, Label{}, h);
      statements(h->body);
      popBlock(BlockKind::HandlerCleanup);
      setNoLocation();
      b().emitPseudo(Pseudo::PopBlock);
      b().emitPseudo(Pseudo::PopBlock);
      b().emit(Opcode::POP_EXCEPT);
      b().emit(Opcode::LOAD_CONST, noneConst());
      nameOp(*h->name, ExprContext::Store, h);
      nameOp(*h->name, ExprContext::Del, h);
      b().emitJump(Opcode::JUMP, end);
      // The handler body raised: unbind the name and re-raise.
      b().bind(cleanupEnd);
      b().emit(Opcode::LOAD_CONST, noneConst());
      nameOp(*h->name, ExprContext::Store, h);
      nameOp(*h->name, ExprContext::Del, h);
      b().emit(Opcode::RERAISE, 1);
    } else {
      Label cleanupBody = b().newLabel();
      b().emit(Opcode::POP_TOP);
      b().bind(cleanupBody);
      pushBlock(BlockKind::HandlerCleanup, cleanupBody, Label{}, nullptr);
      statements(h->body);
      popBlock(BlockKind::HandlerCleanup);
      setNoLocation();
      b().emitPseudo(Pseudo::PopBlock);
      b().emit(Opcode::POP_EXCEPT);
      b().emitJump(Opcode::JUMP, end);
    }
    b().bind(next);
  }
  popBlock(BlockKind::ExceptionHandler);
  // No clause matched: re-raise, still inside the cleanup region.
  setNoLocation();
  b().emit(Opcode::RERAISE, 0);
  b().bind(cleanup);
  popExceptAndReraise();
  b().bind(end);
}

void Codegen::withExceptFinish() {
  // Stack: [exit, lasti, prev_exc, exc, result of __exit__].
  Label suppress = b().newLabel();
  b().emitJump(Opcode::POP_JUMP_IF_TRUE, suppress);
  b().emit(Opcode::RERAISE, 2);
  b().bind(suppress);
  b().emit(Opcode::POP_TOP);  // exc
  b().emitPseudo(Pseudo::PopBlock);
  b().emit(Opcode::POP_EXCEPT);
  b().emit(Opcode::POP_TOP);  // lasti
  b().emit(Opcode::POP_TOP);  // exit
}

void Codegen::withStatement(const With* s, size_t itemIndex) {
  withItem(s, itemIndex, false);
}

// One item of a with or async with statement, then the next items and the body inside it.
// async with awaits __aenter__ and __aexit__ where with calls __enter__ and __exit__.
void Codegen::withItem(const With* s, size_t itemIndex, bool isAsync) {
  const WithItem* item = s->items[itemIndex];
  Label block = b().newLabel();
  Label final = b().newLabel();
  Label exit = b().newLabel();
  Label cleanup = b().newLabel();
  expression(item->context_expr);
  setLocation(s);
  b().emit(isAsync ? Opcode::BEFORE_ASYNC_WITH : Opcode::BEFORE_WITH);
  if (isAsync) emitAwait(1);
  b().emitPseudo(Pseudo::SetupWith, final);
  b().bind(block);
  BlockKind kind = isAsync ? BlockKind::AsyncWith : BlockKind::With;
  pushBlock(kind, block, final, s);
  if (item->optional_vars)
    assignTarget(item->optional_vars);
  else
    b().emit(Opcode::POP_TOP);
  if (itemIndex + 1 < s->items.size())
    withItem(s, itemIndex + 1, isAsync);
  else
    statements(s->body);
  popBlock(kind);
  // Normal exit: __exit__(None, None, None), awaited for async with.
  setLocation(s);
  b().emitPseudo(Pseudo::PopBlock);
  callExitWithNones();
  if (isAsync) emitAwait(2);
  b().emit(Opcode::POP_TOP);
  b().emitJump(Opcode::JUMP, exit);
  // Exceptional exit: [exit, lasti, exc]; __exit__'s (awaited) result decides.
  b().bind(final);
  b().emitPseudo(Pseudo::SetupCleanup, cleanup);
  b().emit(Opcode::PUSH_EXC_INFO);
  b().emit(Opcode::WITH_EXCEPT_START);
  if (isAsync) emitAwait(2);
  withExceptFinish();
  b().emitJump(Opcode::JUMP, exit);
  b().bind(cleanup);
  popExceptAndReraise();
  b().bind(exit);
}

}  // namespace rw
