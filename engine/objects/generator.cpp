// Generator objects: creation by RETURN_GENERATOR, resumption from native code, and the
// generator methods (send, throw, close) and attributes.
#include "objects/generator.h"

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
  Generator* gen = I.alloc<Generator>(I.types.generator);
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

void checkResumable(Interp& I, Generator* gen) {
  if (gen->running) raiseValueError(I, "generator already executing");
}

Value resumeGenerator(Interp& I, Generator* gen, Value sent, Value& returned) {
  checkResumable(I, gen);
  returned = Value();
  Frame* frame = gen->frame;
  if (!frame) return Value();
  if (frame->state == FrameState::Created && !sent.is(I.None()))
    raiseTypeError(I, "can't send non-None value to a just-started generator");
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

namespace {

Generator* asGen(Value v) { return static_cast<Generator*>(v.asObject()); }

void genDestroy(Object* o) {
  Generator* g = static_cast<Generator*>(o);
  releaseGeneratorFrame(g);
  decref(Value(g->code));
  decref(Value(g->name));
  decref(Value(g->qualname));
}

void genTraverse(Object* o, const RefVisitor& visit) {
  Generator* g = static_cast<Generator*>(o);
  if (g->frame) visit(Value(g->frame));
  visit(Value(g->code));
  visit(Value(g->name));
  visit(Value(g->qualname));
}

void genClear(Object* o) { releaseGeneratorFrame(static_cast<Generator*>(o)); }

Value genRepr(Interp& I, Value self) {
  Generator* g = asGen(self);
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, " at 0x%llx>",
                static_cast<unsigned long long>(0x7f0000000000ull + g->serial * 16));
  return Value(newStr(I, "<generator object " + std::string(g->qualname->view()) + buffer));
}

Value genIter(Interp&, Value self) { return newRef(self); }

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

// Raises `exc` inside the generator at its current yield; returns what it yields next.
Value throwInto(Interp& I, Generator* gen, Value exc, Value& returned) {
  checkResumable(I, gen);
  returned = Value();
  Frame* frame = gen->frame;
  if (!frame || frame->state == FrameState::Created) {
    // A generator that has not started (or has finished) raises at once.
    if (frame) {
      frame->state = FrameState::Completed;
      releaseGeneratorFrame(gen);
    }
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

Value exceptionFromThrowArgs(Interp& I, CallArgs args) {
  Value type = args.args[0];
  Value value = args.nargs > 1 ? args.args[1] : Value();
  if (isInstance(I, type, I.types.type) && isSubtype(static_cast<Type*>(type.asObject()), I.exc.BaseException)) {
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

Value genThrow(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "throw", args, 1, 3);
  Ref exc = Ref::steal(exceptionFromThrowArgs(I, args));
  Value returned;
  Value v = throwInto(I, asGen(self), exc.get(), returned);
  if (!v) stopIteration(I, returned);
  return v;
}

Value genClose(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "close", args, 0, 0);
  Generator* gen = asGen(self);
  if (!gen->frame) return I.None();
  if (gen->frame->state == FrameState::Created) {
    gen->frame->state = FrameState::Completed;
    releaseGeneratorFrame(gen);
    return I.None();
  }
  Ref exc = Ref::steal(newException(I, I.exc.GeneratorExit, newTuple(I, 0)));
  Value returned;
  Value v;
  try {
    v = throwInto(I, gen, exc.get(), returned);
  } catch (PyException&) {
    Value e = I.pendingException;
    if (isInstance(I, e, I.exc.GeneratorExit) || isInstance(I, e, I.exc.StopIteration)) {
      decref(I.takePendingException());
      return I.None();
    }
    throw;
  }
  decref(returned);
  if (v) {
    decref(v);
    raiseError(I, I.exc.RuntimeError, "generator ignored GeneratorExit");
  }
  return I.None();
}

Value genGetAttr(Interp& I, Value self, Str* name) {
  Generator* g = asGen(self);
  std::string_view n = name->view();
  if (n == "gi_frame") return g->frame ? newRef(Value(g->frame)) : I.None();
  if (n == "gi_running") return I.boolean(g->running);
  if (n == "gi_code") return newRef(Value(g->code));
  if (n == "gi_suspended") return I.boolean(g->frame && g->frame->state == FrameState::Suspended);
  if (n == "__name__") return newRef(Value(g->name));
  if (n == "__qualname__") return newRef(Value(g->qualname));
  return genericGetAttr(I, self, name);
}

}  // namespace

void initGeneratorType(Interp& I) {
  Type* t = I.types.generator;
  t->destroy = genDestroy;
  t->traverse = genTraverse;
  t->clear = genClear;
  t->repr = genRepr;
  t->iter = genIter;
  t->next = genNext;
  t->getAttr = genGetAttr;
  addMethod(I, t, "send", genSend);
  addMethod(I, t, "throw", genThrow);
  addMethod(I, t, "close", genClose);
  addMethod(I, t, "__next__", genNextMethod);
}

}  // namespace rw
