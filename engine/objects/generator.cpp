// Generator objects: creation by RETURN_GENERATOR, resumption from native code, and the
// generator methods (send, throw, close) and attributes.
#include "objects/generator.h"

#include <utility>

#include "objects/code.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/eval.h"
#include "runtime/eval_support.h"
#include "runtime/frame.h"
#include "runtime/native_guard.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

Generator* newGenerator(Interp& I, Frame* frame) {
  uint32_t flags = frame->code->flags;
  Type* type = (flags & kCoCoroutine)        ? I.types.coroutine
               : (flags & kCoAsyncGenerator) ? I.types.asyncGenerator
                                             : I.types.generator;
  Generator* gen = I.alloc<Generator>(type);
  gen->frame = frame;
  gen->code = newRef(frame->code);
  gen->name = newRef(frame->function ? frame->function->name : frame->code->name);
  gen->qualname = newRef(frame->function ? frame->function->qualname : frame->code->qualname);
  return gen;
}

void releaseGeneratorFrame(Generator* gen) {
  Frame* frame = gen->frame;
  gen->frame = nullptr;
  if (frame) {
    frame->generator = nullptr;
    decref(Value(frame));
  }
}

namespace {

// Runs a resumed generator's frame; an exception escaping it finishes the generator.
template <class F>
Value runResumed(Generator* gen, F&& run) {
  try {
    return run();
  } catch (PyException&) {
    releaseGeneratorFrame(gen);
    throw;
  }
}

}  // namespace

bool isGeneratorLike(Interp& I, Value v) {
  if (!v.isObject()) return false;
  Type* t = v.asObject()->type;
  return t == I.types.generator || t == I.types.coroutine || t == I.types.asyncGenerator;
}

const char* generatorKindName(Interp& I, const Generator* gen) {
  if (gen->type == I.types.coroutine) return "coroutine";
  if (gen->type == I.types.asyncGenerator) return "async generator";
  return "generator";
}

Value generatorDelegate(const Generator* gen) {
  // Suspended inside `yield from`/`await`, the frame resumes at RESUME 2 or 3 with the
  // sub-iterator on top of its stack, as CPython's _PyGen_yf finds it.
  const Frame* frame = gen->frame;
  if (!frame || frame->state != FrameState::Suspended) return Value();
  Instruction next = frame->code->instructions[frame->ip];
  if (instructionOpcode(next) != Opcode::RESUME || instructionArg(next) < 2) return Value();
  return frame->sp[-1];
}

void checkResumable(Interp& I, Generator* gen) {
  if (gen->running)
    raiseValueError(I, std::string(generatorKindName(I, gen)) + " already executing");
}

namespace {

[[noreturn]] void raiseReusedCoroutine(Interp& I) {
  raiseError(I, I.exc.RuntimeError, "cannot reuse already awaited coroutine");
}

// The sub-iterator of a suspended `yield from`/`await` finished: it leaves the stack and the
// frame continues after the delegation loop (the target of its SEND).
void endDelegation(Generator* gen) {
  Frame* frame = gen->frame;
  decref(*--frame->sp);
  Instruction send = frame->code->instructions[frame->ip - 2];
  frame->ip = instructionArg(send);
}

}  // namespace

Value resumeGenerator(Interp& I, Generator* gen, Value sent, Value& returned) {
  checkResumable(I, gen);
  returned = Value();
  Frame* frame = gen->frame;
  if (!frame) {
    if (gen->type == I.types.coroutine) raiseReusedCoroutine(I);
    return Value();
  }
  if (frame->state == FrameState::Created && !sent.is(I.None()))
    raiseTypeError(
        I, std::string("can't send non-None value to a just-started ") + generatorKindName(I, gen));
  NativeDepthGuard guard(I, "");
  Ref hold = Ref::borrow(Value(gen));
  *frame->sp++ = newRef(sent);
  frame->returnAction = ReturnAction::Push;
  enterGeneratorFrame(I, frame);
  Value result = runResumed(gen, [&] { return evalFrames(I, frame, frame); });
  if (gen->frame && gen->frame->state == FrameState::Suspended) return result;
  releaseGeneratorFrame(gen);
  returned = result;
  return Value();
}

Value generatorNext(Interp& I, Generator* gen) {
  Value returned;
  Value v = resumeGenerator(I, gen, I.None(), returned);
  if (v) return v;
  Ref value = Ref::steal(returned ? returned : I.None());
  Tuple* args = value.get().is(I.None()) ? newTuple(I, 0) : newTupleOf(I, {value.get()});
  I.raise(newException(I, I.exc.StopIteration, args));
}

Value exceptionFromThrowArgs(Interp& I, CallArgs args) {
  Value type = args.args[0];
  Value value = args.nargs > 1 ? args.args[1] : Value();
  if (isInstance(I, type, I.types.type) &&
      isSubtype(static_cast<Type*>(type.asObject()), I.exc.BaseException)) {
    if (value && !value.is(I.None()) && isInstance(I, value, static_cast<Type*>(type.asObject())))
      return newRef(value);
    if (value && !value.is(I.None())) return call(I, type, {value});
    return call(I, type, {});
  }
  if (isInstance(I, type, I.exc.BaseException)) {
    if (value && !value.is(I.None()))
      raiseTypeError(I, "instance exception may not have a separate value");
    return newRef(type);
  }
  raiseTypeError(I, "exceptions must be classes or instances deriving from BaseException, not " +
                        std::string(typeName(I, type)));
}

namespace {

Generator* asGen(Value v) {
  return static_cast<Generator*>(v.asObject());
}

void genDestroy(Object* o) {
  Generator* g = static_cast<Generator*>(o);
  releaseGeneratorFrame(g);
  decref(Value(g->code));
  decref(Value(g->name));
  decref(Value(g->qualname));
  decref(g->asyncFinalizer);
}

void genTraverse(Object* o, const RefVisitor& visit) {
  Generator* g = static_cast<Generator*>(o);
  if (g->frame) visit(Value(g->frame));
  visit(Value(g->code));
  visit(Value(g->name));
  visit(Value(g->qualname));
  if (g->asyncFinalizer) visit(g->asyncFinalizer);
}

void genClear(Object* o) {
  Generator* g = static_cast<Generator*>(o);
  releaseGeneratorFrame(g);
  Value finalizer = std::exchange(g->asyncFinalizer, Value());
  decref(finalizer);
}

Value genRepr(Interp& I, Value self) {
  Generator* g = asGen(self);
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, " at 0x%llx>",
                static_cast<unsigned long long>(0x7f0000000000ull + g->serial * 16));
  const char* kind =
      g->type == I.types.asyncGenerator ? "async_generator" : generatorKindName(I, g);
  return Value(
      newStr(I, "<" + std::string(kind) + " object " + std::string(g->qualname->view()) + buffer));
}

Value genIter(Interp&, Value self) {
  return newRef(self);
}

Value genNext(Interp& I, Value self) {
  Value returned;
  Value v = resumeGenerator(I, asGen(self), I.None(), returned);
  decref(returned);
  return v;
}

[[noreturn]] void stopIteration(Interp& I, Value returned) {
  Ref value = Ref::steal(returned ? returned : I.None());
  Tuple* args = value.get().is(I.None()) ? newTuple(I, 0) : newTupleOf(I, {value.get()});
  I.raise(newException(I, I.exc.StopIteration, args));
}

Value genSend(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "send", args, 1, 1);
  Value returned;
  Value v = resumeGenerator(I, asGen(self), args.args[0], returned);
  if (!v) stopIteration(I, returned);
  return v;
}

Value genNextMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__next__", args, 0, 0);
  return generatorNext(I, asGen(self));
}

Value genThrow(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "throw", args, 1, 3);
  Ref exc = Ref::steal(exceptionFromThrowArgs(I, args));
  Value returned;
  Value v = throwIntoGenerator(I, asGen(self), exc.get(), returned);
  if (!v) stopIteration(I, returned);
  return v;
}

Value genClose(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "close", args, 0, 0);
  closeGeneratorObject(I, asGen(self));
  return I.None();
}

Value genGetAttr(Interp& I, Value self, Str* name) {
  Generator* g = asGen(self);
  std::string_view n = name->view();
  // gi_ for generators, cr_ for coroutines, ag_ for async generators.
  std::string_view prefix = g->type == I.types.coroutine        ? "cr_"
                            : g->type == I.types.asyncGenerator ? "ag_"
                                                                : "gi_";
  if (n.substr(0, 3) == prefix) {
    std::string_view field = n.substr(3);
    if (field == "frame") return g->frame ? newRef(Value(g->frame)) : I.None();
    if (field == "running")
      return I.boolean(g->type == I.types.asyncGenerator ? g->runningAsync : g->running);
    if (field == "code") return newRef(Value(g->code));
    if (field == "suspended" && prefix != "ag_")
      return I.boolean(g->frame && g->frame->state == FrameState::Suspended);
    if (field == (prefix == "gi_" ? "yieldfrom" : "await")) {
      Value delegate = generatorDelegate(g);
      return newRef(delegate ? delegate : I.None());
    }
    if (field == "origin" && prefix == "cr_") return I.None();
  }
  if (n == "__name__") return newRef(Value(g->name));
  if (n == "__qualname__") return newRef(Value(g->qualname));
  return genericGetAttr(I, self, name);
}

// Raises `exc` inside the generator at its current yield; returns what it yields next.
Value throwHere(Interp& I, Generator* gen, Value exc, Value& returned) {
  Frame* frame = gen->frame;
  if (frame->state == FrameState::Created) {
    // A generator that has not started raises at once.
    frame->state = FrameState::Completed;
    releaseGeneratorFrame(gen);
    I.raise(newRef(exc));
  }
  NativeDepthGuard guard(I, "");
  Ref hold = Ref::borrow(Value(gen));
  frame->returnAction = ReturnAction::Push;
  enterGeneratorFrame(I, frame);
  decref(I.pendingException);
  I.pendingException = newRef(exc);
  Value result = runResumed(gen, [&] { return evalFramesThrowing(I, frame); });
  if (gen->frame && gen->frame->state == FrameState::Suspended) return result;
  releaseGeneratorFrame(gen);
  returned = result;
  return Value();
}

// Closes what a suspended `yield from`/`await` delegates to (gen_close_iter).
void closeDelegate(Interp& I, Value delegate) {
  if (isGeneratorLike(I, delegate)) {
    closeGeneratorObject(I, static_cast<Generator*>(delegate.asObject()));
    return;
  }
  Ref close = Ref::steal(lookupAttr(I, delegate, I.intern("close")));
  if (close) Ref result = Ref::steal(call(I, close.get(), {}));
}

// The generator runs while its delegate handles the throw, as in CPython.
class RunningFlag {
 public:
  explicit RunningFlag(Generator* gen) : gen_(gen) { gen_->running = true; }
  ~RunningFlag() { gen_->running = false; }
  RunningFlag(const RunningFlag&) = delete;
  RunningFlag& operator=(const RunningFlag&) = delete;

 private:
  Generator* gen_;
};

}  // namespace

Value throwIntoGenerator(Interp& I, Generator* gen, Value exc, Value& returned,
                         bool closeDelegateOnExit) {
  checkResumable(I, gen);
  returned = Value();
  if (!gen->frame) {
    if (gen->type == I.types.coroutine) raiseReusedCoroutine(I);
    I.raise(newRef(exc));
  }
  Value delegate = generatorDelegate(gen);
  if (!delegate) return throwHere(I, gen, exc, returned);
  Ref sub = Ref::borrow(delegate);
  if (closeDelegateOnExit && isInstance(I, exc, I.exc.GeneratorExit)) {
    // close() reaches the innermost delegate first; an error closing it replaces GeneratorExit.
    try {
      RunningFlag running(gen);
      closeDelegate(I, sub.get());
    } catch (PyException&) {
      Ref error = Ref::steal(I.takePendingException());
      return throwHere(I, gen, error.get(), returned);
    }
    return throwHere(I, gen, exc, returned);
  }
  bool subGenerator = isGeneratorLike(I, sub.get());
  Ref method;
  if (!subGenerator) {
    method = Ref::steal(lookupAttr(I, sub.get(), I.intern("throw")));
    if (!method) return throwHere(I, gen, exc, returned);
  }
  Value yielded;
  Value subReturned;
  try {
    RunningFlag running(gen);
    if (subGenerator)
      yielded = throwIntoGenerator(I, static_cast<Generator*>(sub.get().asObject()), exc,
                                   subReturned, closeDelegateOnExit);
    else
      yielded = call(I, method.get(), {exc});
  } catch (PyException&) {
    // The delegate ended with an exception: the delegation is over, and the exception (or
    // StopIteration's value) continues in this generator.
    endDelegation(gen);
    if (!isInstance(I, I.pendingException, I.exc.StopIteration)) {
      Ref error = Ref::steal(I.takePendingException());
      return throwHere(I, gen, error.get(), returned);
    }
    Ref stop = Ref::steal(I.takePendingException());
    Ref value = Ref::steal(getAttr(I, stop.get(), I.intern("value")));
    return resumeGenerator(I, gen, value.get(), returned);
  }
  if (yielded) return yielded;
  endDelegation(gen);
  Ref value = Ref::steal(subReturned ? subReturned : newRef(I.None()));
  return resumeGenerator(I, gen, value.get(), returned);
}

void closeGeneratorObject(Interp& I, Generator* gen) {
  if (!gen->frame) return;
  if (gen->frame->state == FrameState::Created) {
    checkResumable(I, gen);
    gen->frame->state = FrameState::Completed;
    releaseGeneratorFrame(gen);
    return;
  }
  Ref exc = Ref::steal(newException(I, I.exc.GeneratorExit, newTuple(I, 0)));
  Value returned;
  Value v;
  try {
    v = throwIntoGenerator(I, gen, exc.get(), returned);
  } catch (PyException&) {
    Value e = I.pendingException;
    if (isInstance(I, e, I.exc.GeneratorExit) || isInstance(I, e, I.exc.StopIteration)) {
      decref(I.takePendingException());
      return;
    }
    throw;
  }
  decref(returned);
  if (v) {
    decref(v);
    raiseError(I, I.exc.RuntimeError,
               std::string(generatorKindName(I, gen)) + " ignored GeneratorExit");
  }
}

void initGeneratorType(Interp& I) {
  for (Type* t : {I.types.generator, I.types.coroutine, I.types.asyncGenerator}) {
    t->destroy = genDestroy;
    t->traverse = genTraverse;
    t->clear = genClear;
    t->repr = genRepr;
    t->getAttr = genGetAttr;
  }
  Type* t = I.types.generator;
  t->iter = genIter;
  t->next = genNext;
  for (Type* sendable : {I.types.generator, I.types.coroutine}) {
    addMethod(I, sendable, "send", genSend);
    addMethod(I, sendable, "throw", genThrow);
    addMethod(I, sendable, "close", genClose);
  }
  addMethod(I, t, "__next__", genNextMethod);
}

}  // namespace rw
