// Code generation for try/except* (PEP 654), laid out like CPython 3.11's: the handler keeps
// [prev_exc, orig, raised_list, rest] on the stack; each clause splits `rest` with
// CHECK_EG_MATCH, and what the clauses raise (and the unmatched rest) is collected in the list
// that PREP_RERAISE_STAR turns into the exception to re-raise, if any.
#include "compiler/codegen.h"

namespace rw {

using namespace syntax;

void Codegen::tryStarExcept(const Try* s) {
  Label body = b().newLabel();
  Label except = b().newLabel();
  Label orelse = b().newLabel();
  Label end = b().newLabel();
  Label cleanup = b().newLabel();
  Label reraise = b().newLabel();
  b().emitPseudo(Pseudo::SetupFinally, except);
  b().bind(body);
  pushBlock(BlockKind::TryExcept, body, Label{});
  statements(s->body);
  popBlock(BlockKind::TryExcept);
  setNoLocation();
  b().emitPseudo(Pseudo::PopBlock);
  b().emitJump(Opcode::JUMP, orelse);

  b().bind(except);
  b().emitPseudo(Pseudo::SetupCleanup, cleanup);
  b().emit(Opcode::PUSH_EXC_INFO);
  pushBlock(BlockKind::ExceptionGroupHandler, Label{}, Label{}, s);
  for (size_t i = 0; i < s->handlers.size(); ++i) {
    const ExceptHandler* h = s->handlers[i];
    setLocation(h);
    if (i == 0) {
      // [exc] -> [orig, [], rest]
      b().emit(Opcode::COPY, 1);
      b().emit(Opcode::BUILD_LIST, 0);
      b().emit(Opcode::SWAP, 2);
    }
    Label noMatch = b().newLabel();
    Label next = b().newLabel();
    Label raised = b().newLabel();
    Label handlerBody = b().newLabel();
    expression(h->type);
    setLocation(h);
    b().emit(Opcode::CHECK_EG_MATCH);
    b().emit(Opcode::COPY, 1);
    b().emitJump(Opcode::POP_JUMP_IF_NONE, noMatch);
    if (h->name)
      nameOp(*h->name, ExprContext::Store, h);
    else
      b().emit(Opcode::POP_TOP);
    b().emitPseudo(Pseudo::SetupCleanup, raised);
    b().bind(handlerBody);
    pushBlock(BlockKind::HandlerCleanup, handlerBody, Label{}, h->name ? h : nullptr);
    statements(h->body);
    popBlock(BlockKind::HandlerCleanup);
    setNoLocation();
    b().emitPseudo(Pseudo::PopBlock);
    if (h->name) {
      b().emit(Opcode::LOAD_CONST, noneConst());
      nameOp(*h->name, ExprContext::Store, h);
      nameOp(*h->name, ExprContext::Del, h);
    }
    b().emitJump(Opcode::JUMP, next);
    // The clause raised: [.., rest, lasti, raised] -> collect it and go on.
    b().bind(raised);
    if (h->name) {
      b().emit(Opcode::LOAD_CONST, noneConst());
      nameOp(*h->name, ExprContext::Store, h);
      nameOp(*h->name, ExprContext::Del, h);
    }
    b().emit(Opcode::LIST_APPEND, 3);
    b().emit(Opcode::POP_TOP);
    b().emitJump(Opcode::JUMP, next);
    b().bind(noMatch);
    b().emit(Opcode::POP_TOP);  // the None from CHECK_EG_MATCH
    b().bind(next);
  }
  popBlock(BlockKind::ExceptionGroupHandler);
  // [prev_exc, orig, list, rest]: the rest joins the list; re-raise what remains.
  b().emit(Opcode::LIST_APPEND, 1);
  b().emit(Opcode::PREP_RERAISE_STAR);
  b().emit(Opcode::COPY, 1);
  b().emitJump(Opcode::POP_JUMP_IF_NOT_NONE, reraise);
  b().emit(Opcode::POP_TOP);
  b().emitPseudo(Pseudo::PopBlock);
  b().emit(Opcode::POP_EXCEPT);
  b().emitJump(Opcode::JUMP, end);
  b().bind(reraise);
  b().emitPseudo(Pseudo::PopBlock);
  b().emit(Opcode::SWAP, 2);
  b().emit(Opcode::POP_EXCEPT);
  b().emit(Opcode::RERAISE, 0);
  b().bind(cleanup);
  popExceptAndReraise();
  b().bind(orelse);
  statements(s->orelse);
  b().bind(end);
}

}  // namespace rw
