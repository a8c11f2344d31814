// The evaluator's private vocabulary: how frames enter and leave the chain, the stack moves its
// instructions share, and the out-of-line parts of instructions that may continue in a Python
// frame (calls, operators, namespaces). Only eval.cpp and the files that hold those parts
// include it. What the dispatch loop runs for every instruction stays inline here: a call
// across translation units would cost the hot path.
#pragma once

#include "compiler/opcodes.h"
#include "objects/generator.h"
#include "runtime/eval.h"
#include "runtime/eval_support.h"
#include "runtime/frame.h"

namespace rw {

struct ExceptionEntry;

// Leaves `frame` as the executing frame on the chain, counting Python recursion.
inline void enterFrame(Interp& I, Frame* frame) {
  if (I.recursionDepth >= I.recursionLimit)
    raiseError(I, I.exc.RecursionError, "maximum recursion depth exceeded");
  frame->back = I.frame;
  frame->state = FrameState::Executing;
  I.frame = frame;
  ++I.recursionDepth;
  if (I.observer) I.observer->onCall(frame);
}

// Takes `frame` off the chain; the caller sets its state (completed, or suspended for a
// generator that yields).
inline void leaveFrame(Interp& I, Frame* frame) {
  if (I.observer) I.observer->onReturn(frame);
  I.frame = frame->back;
  frame->back = nullptr;
  --I.recursionDepth;
  if (frame->generator) static_cast<Generator*>(frame->generator)->running = false;
}

// Takes the completed frame `frame` off the chain and releases it (a generator's frame goes
// back to its generator); returns its caller.
inline Frame* popCompletedFrame(Interp& I, Frame* frame) {
  Frame* caller = frame->back;
  leaveFrame(I, frame);
  if (frame->generator)
    releaseGeneratorFrame(static_cast<Generator*>(frame->generator));
  else
    decref(Value(frame));
  return caller;
}

// Enters a frame the evaluator made for a function its own instruction calls (a dunder,
// __init__, a property function, a call): when it returns, `action` finishes the
// instruction. The caller has saved its own frame. Inlined: every Python call goes through it.
[[gnu::always_inline]] inline void enterCallee(Interp& I, Frame* callee, ReturnAction action,
                                               uint8_t stage) {
  // A new frame already returns through Push at stage 0 (a constant at each call site).
  if (action != ReturnAction::Push) {
    callee->returnAction = action;
    callee->actionStage = stage;
  }
  if (I.gcAllocationsSinceCollect > I.gcThreshold) I.collectCycles();
  try {
    enterFrame(I, callee);
  } catch (PyException&) {
    decref(Value(callee));
    throw;
  }
}

// Resumes a generator's frame (FOR_ITER, SEND) with `sent` as the value of the yield it is
// suspended at; its next yield or return goes back through `action`.
inline void resumeGeneratorFrame(Interp& I, Frame* frame, Value sent, ReturnAction action) {
  *frame->sp++ = sent;
  frame->returnAction = action;
  enterFrame(I, frame);
  static_cast<Generator*>(frame->generator)->running = true;
}

// MAKE_CELL: the cell for cell variable `index`, holding the argument of the same name.
void makeCell(Interp& I, Frame* f, uint32_t index);

// PEP 479: StopIteration escaping a generator or coroutine (and StopAsyncIteration escaping
// an async generator) becomes RuntimeError.
void convertStopIteration(Interp& I, Generator* gen);

// Stack moves: each takes the stack top and returns the new one.

// Releases the `count` values on top of the stack, the topmost first.
[[gnu::always_inline]] inline Value* dropValues(Value* sp, int count) {
  for (int i = 0; i < count; ++i)
    decref(*--sp);
  return sp;
}
// Releases the values [base, sp), the lowest first; returns `base`.
[[gnu::always_inline]] inline Value* releaseValues(Value* base, Value* sp) {
  for (Value* p = base; p < sp; ++p)
    decref(*p);
  return base;
}
// Replaces the values [base, sp) by `result` (a new reference).
[[gnu::always_inline]] inline Value* replaceValues(Value* base, Value* sp, Value result) {
  *releaseValues(base, sp) = result;
  return base + 1;
}
// Replaces the value on top of the stack by `result` (a new reference).
[[gnu::always_inline]] inline void replaceTop(Value* sp, Value result) {
  Value old = sp[-1];
  sp[-1] = result;
  decref(old);
}
// Replaces the two operands on top of the stack by `result` (a new reference).
[[gnu::always_inline]] inline Value* replaceOperands(Value* sp, Value result) {
  return replaceValues(sp - 2, sp, result);
}
// LIST_APPEND, LIST_EXTEND, SET_ADD, SET_UPDATE: `add` takes the top of the stack into the
// collection `depth` values below it.
template <typename Collection, void (*add)(Interp&, Collection*, Value)>
[[gnu::always_inline]] inline Value* addToCollection(Interp& I, Value* sp, uint32_t depth) {
  Value v = sp[-1];
  add(I, static_cast<Collection*>(sp[-1 - static_cast<int>(depth)].asObject()), v);
  decref(v);
  return sp - 1;
}

// What the out-of-line part of an instruction leaves for the loop: a result (new reference),
// or a frame to run that hands its own result to the instruction through `action` at attempt
// `stage`. With both, the result waits on the stack under the frame's. With neither, the
// exception is pending.
struct StepOutcome {
  Value result;
  Frame* callee = nullptr;
  ReturnAction action = ReturnAction::Push;
  uint8_t stage = 0;
};

// Calls (eval_calls.cpp).

// CALL of `callable` when it is a class created at run time or an instance of one (type
// call or class dunder): a Python __init__ or __call__ runs as a frame. The callable's stack
// slot, just below `args`, takes the instance or is passed as self. Anything else is called
// now, returning null with the exception pending when it raises.
StepOutcome callClassOrInstance(Interp& I, Value callable, CallArgs args);
// CALL_FUNCTION_EX with its operands at `base`: [NULL, callable] or [callable, self], then
// the * sequence and, when `hasKwargs`, the ** mapping.
StepOutcome callUnpacking(Interp& I, const Value* base, bool hasKwargs);
// BEFORE_WITH's call of the bound __enter__, which it takes over.
StepOutcome callEnter(Interp& I, Value enter);
// WITH_EXCEPT_START's call of __exit__ with the exception `exc`.
StepOutcome callExit(Interp& I, Value exit, Value exc);

// Operators (eval_operators.cpp).

// BINARY_SLICE, STORE_SLICE: the start and stop on top of the stack become one slice, so
// that a subscript follows. Returns the new stack top.
Value* sliceOperands(Interp& I, Value* sp);
// A unary operator on the top of the stack that the loop's small-int path did not answer.
StepOutcome unaryOperatorStep(Interp& I, Value* operand, UnaryOp op);
// The next attempt of BINARY_OP's or COMPARE_OP's protocol (the instruction `word`) on the
// two operands at `operands`, from attempt `stage`. They stay on the stack while a Python
// dunder runs.
StepOutcome operatorStep(Interp& I, Instruction word, const Value* operands, uint8_t stage);
// CONTAINS_OP on [item, container] at `operands` (`invert` for `not in`).
StepOutcome containsStep(Interp& I, const Value* operands, bool invert);
// BINARY_SUBSCR on [container, key] at `operands`, past the fast cases.
StepOutcome subscriptStep(Interp& I, const Value* operands);
// STORE_SUBSCR on [value, container, key] at `operands`, past the fast cases: stores, or
// returns the frame of a Python __setitem__ (which returns through Discard).
Frame* storeSubscriptStep(Interp& I, const Value* operands);

// Exceptions (eval_exceptions.cpp). The functions that take the stack top return the new
// one, and leave the stack as it was when they raise.

// RAISE_VARARGS with its `count` operands [exc, cause], already off the stack and taken over:
// leaves the exception to raise pending. Returns true for a bare `raise`, which re-raises the
// handled exception without a new traceback entry.
bool raiseOperands(Interp& I, const Value* operands, uint32_t count);
// Enters `handler`, the exception table's entry for the instruction at `at`: the stack goes
// down to its depth, then takes lasti if the handler wants it, and the pending exception.
Value* enterHandler(Interp& I, Frame* f, Value* sp, const ExceptionEntry& handler, uint32_t at);
// PUSH_EXC_INFO: [exc] -> [previously handled exception or None, exc], now handled.
Value* pushExceptionInfo(Interp& I, Value* sp);
// POP_EXCEPT: restores the handled exception PUSH_EXC_INFO saved.
Value* popExcept(Interp& I, Value* sp);
// CHECK_EG_MATCH: [exc, type] -> [rest, match] when something matched, else [exc, None].
Value* matchExceptionGroup(Interp& I, Value* sp);
// PREP_RERAISE_STAR: [original, raised list] -> the exception to reraise, or None.
Value* prepareReraiseStarStep(Interp& I, Value* sp);

// Objects built from several stack values (eval_builders.cpp).

// MAKE_FUNCTION, with the flags that say which of its optional operands are present: takes
// the stack top and returns the new one, leaving the stack as it was when it raises.
Value* makeFunction(Interp& I, Frame* f, Value* sp, uint32_t flags);
// BUILD_MAP and BUILD_SET from `count` keys and values (`count` items); new references.
Value buildMap(Interp& I, const Value* items, uint32_t count);
// `count` values under a tuple of as many constant keys.
Value buildConstKeyMap(Interp& I, const Value* values, Value keys, uint32_t count);
Value buildSet(Interp& I, const Value* items, uint32_t count);

// Delegation to generators and coroutines (eval_generators.cpp).

// GET_YIELD_FROM_ITER: the iterator `yield from v` runs in code `code` (a new reference).
Value yieldFromIterator(Interp& I, Code* code, Value v);
// SEND to a generator or coroutine: its frame to resume, or null when it has finished.
Frame* frameToSendTo(Interp& I, Generator* gen, Value sent);

// Names of module and class bodies (eval_namespaces.cpp); the loads return new references.

Value loadName(Interp& I, Frame* f, Value name);
void storeName(Interp& I, Frame* f, Value name, Value v);
void deleteName(Interp& I, Frame* f, Value name);
Value loadClassDeref(Interp& I, Frame* f, uint32_t index);
void setupAnnotations(Interp& I, Frame* f);
Value loadBuildClass(Interp& I, Frame* f);

}  // namespace rw
