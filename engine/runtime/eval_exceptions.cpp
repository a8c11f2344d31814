// The evaluator's side of handling exceptions: entering a handler of the exception table, the
// handled-exception state that try/except saves and restores, and the except* matching of
// exception groups. Raising, and unwinding from frame to frame, stay in the dispatch loop.
#include "objects/code.h"
#include "runtime/eval_internal.h"
#include "runtime/except_star.h"

namespace rw {

Value* enterHandler(Interp& I, Frame* f, Value* sp, const ExceptionEntry& handler, uint32_t at) {
  sp = dropValues(sp, static_cast<int>(sp - (f->stackBase() + handler.depth)));
  if (handler.pushLasti) *sp++ = Value::smallInt(at);
  *sp++ = I.takePendingException();
  return sp;
}

bool raiseOperands(Interp& I, const Value* operands, uint32_t count) {
  Ref cause = Ref::steal(count == 2 ? operands[1] : Value());
  Ref exc = Ref::steal(count >= 1 ? operands[0] : Value());
  if (count == 0) {
    if (!I.handledException) raiseError(I, I.exc.RuntimeError, "No active exception to reraise");
    I.pendingException = newRef(I.handledException);
    return true;
  }
  prepareRaise(I, exc.get(), cause.get());
  return false;
}

Value* pushExceptionInfo(Interp& I, Value* sp) {
  Value exc = sp[-1];
  Value previous = I.handledException ? I.handledException : I.None();
  if (!I.handledException) incref(previous);
  I.handledException = newRef(exc);
  sp[-1] = previous;
  *sp = exc;
  return sp + 1;
}

Value* popExcept(Interp& I, Value* sp) {
  Value previous = *--sp;
  Value old = I.handledException;
  I.handledException = previous.is(I.None()) ? Value() : previous;
  if (previous.is(I.None())) decref(previous);
  decref(old);
  return sp;
}

Value* matchExceptionGroup(Interp& I, Value* sp) {
  Value rest;
  Value match = exceptStarMatch(I, sp[-2], sp[-1], rest);
  decref(sp[-1]);
  if (rest) {
    decref(sp[-2]);
    sp[-2] = rest;
  }
  sp[-1] = match;
  return sp;
}

Value* prepareReraiseStarStep(Interp& I, Value* sp) {
  Value r = prepareReraiseStar(I, sp[-2], sp[-1]);
  sp = dropValues(sp, 2);
  *sp = r;
  return sp + 1;
}

}  // namespace rw
