// Frames entering and leaving the evaluator: its entry points from native code, a frame's
// cells made as its function starts, and a generator's frame entering or ending outside the
// dispatch loop.
#include <string>

#include "objects/cell.h"
#include "objects/code.h"
#include "objects/exception.h"
#include "runtime/eval_internal.h"
#include "runtime/native_guard.h"
#include "runtime/protocols.h"

namespace rw {

void enterGeneratorFrame(Interp& I, Frame* frame) {
  enterFrame(I, frame);
  static_cast<Generator*>(frame->generator)->running = true;
}

Value evalFramesThrowing(Interp& I, Frame* frame) {
  return evalFrames(I, frame, frame, true);
}

Value runFrame(Interp& I, Frame* entry) {
  NativeDepthGuard guard(I, "");
  enterFrame(I, entry);
  return evalFrames(I, entry, entry);
}

Value runCode(Interp& I, Code* code, Dict* globals, Dict* locals) {
  Ref frame =
      Ref::steal(Value(newFrame(I, code, nullptr, globals, builtinsFor(I, globals), locals)));
  return runFrame(I, frame.as<Frame>());
}

void makeCell(Interp& I, Frame* f, uint32_t index) {
  Code* code = f->code;
  Value* locals = f->localsplus();
  uint32_t slot = static_cast<uint32_t>(code->nlocals()) + index;
  int32_t arg = code->cellArgs[index];
  Value initial;
  if (arg >= 0) {
    initial = locals[arg];
    locals[arg] = Value();
  }
  Cell* cell = newCell(I, initial);
  decref(initial);
  Value old = locals[slot];
  locals[slot] = Value(cell);
  decref(old);
}

void convertStopIteration(Interp& I, Generator* gen) {
  bool asyncStop = gen->type == I.types.asyncGenerator &&
                   isInstance(I, I.pendingException, I.exc.StopAsyncIteration);
  if (!asyncStop && !isInstance(I, I.pendingException, I.exc.StopIteration)) return;
  Ref stop = Ref::steal(I.takePendingException());
  std::string message = std::string(generatorKindName(I, gen)) +
                        (asyncStop ? " raised StopAsyncIteration" : " raised StopIteration");
  Ref error = Ref::steal(newExceptionWithMessage(I, I.exc.RuntimeError, message));
  auto* e = static_cast<ExceptionObject*>(error.obj());
  e->cause = newRef(stop.get());
  e->context = newRef(stop.get());
  e->suppressContext = true;
  I.pendingException = error.release();
}

}  // namespace rw
