// Async generators (seed 6.23): asend/athrow/aclose return awaitables that drive the
// generator one step per await, telling its yields (wrapped by ASYNC_GEN_WRAP, they end the
// awaitable with StopIteration(value)) from the awaits inside it (passed on to whoever drives
// the awaitable, the event loop). The async iteration protocol of `async for` lives here too.
#include "objects/coroutine.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/module.h"
#include "objects/tuple.h"
#include "runtime/frame.h"
#include "runtime/import.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

Generator* asGen(Value v) {
  return static_cast<Generator*>(v.asObject());
}
AsyncGenAwaitable* asAwaitable(Value v) {
  return static_cast<AsyncGenAwaitable*>(v.asObject());
}

bool isWrapped(Interp& I, Value v) {
  return v.isObject() && v.asObject()->type == I.types.asyncGenWrappedValue;
}

[[noreturn]] void raiseStopIteration(Interp& I, Value value) {
  Tuple* args = value.is(I.None()) ? newTuple(I, 0) : newTupleOf(I, {value});
  I.raise(newException(I, I.exc.StopIteration, args));
}

[[noreturn]] void raiseStopAsyncIteration(Interp& I) {
  I.raise(newException(I, I.exc.StopAsyncIteration, newTuple(I, 0)));
}

// The generator ended with the pending exception: it is closed when that ends it for good.
void noteError(Interp& I, Generator* gen) {
  Value e = I.pendingException;
  if (isInstance(I, e, I.exc.StopAsyncIteration) || isInstance(I, e, I.exc.GeneratorExit))
    gen->closed = true;
  gen->runningAsync = false;
}

// One step's outcome (async_gen_unwrap_value): a yield ends the awaitable with
// StopIteration(value), a return with StopAsyncIteration; an await's value passes through.
Value unwrapStep(Interp& I, Generator* gen, Value result, Value returned) {
  if (!result) {
    decref(returned);
    gen->closed = true;
    gen->runningAsync = false;
    raiseStopAsyncIteration(I);
  }
  if (isWrapped(I, result)) {
    Ref wrapped = Ref::steal(result);
    gen->runningAsync = false;
    raiseStopIteration(I, static_cast<AsyncGenWrappedValue*>(wrapped.obj())->value);
  }
  return result;
}

// Runs `step` (a resume or throw returning the yielded value, null with `returned` when the
// generator returns), unwrapping its outcome.
template <class Step>
Value runStep(Interp& I, Generator* gen, Step&& step) {
  Value returned;
  Value result;
  try {
    result = step(returned);
  } catch (PyException&) {
    noteError(I, gen);
    throw;
  }
  return unwrapStep(I, gen, result, returned);
}

AsyncGenAwaitable* newAwaitable(Interp& I, Type* type, Generator* gen, Value argument) {
  AsyncGenAwaitable* a = I.alloc<AsyncGenAwaitable>(type);
  a->gen = newRef(gen);
  a->argument = argument ? newRef(argument) : Value();
  return a;
}

// The event loop's asyncgen hooks, like CPython's per-thread ones: asyncio stores the pair
// (firstiter, finalizer) as sys.__asyncgen_hooks__ while its loop runs. An async generator
// meets them when first used; it remembers the finalizer, which then replaces closing it
// when it dies unfinished (asyncio schedules aclose() as a task instead).
void initHooks(Interp& I, Generator* gen) {
  if (gen->hooksInitialized) return;
  gen->hooksInitialized = true;
  if (!I.sysModule) return;
  Value hooks = dictGetStr(I, I.sysModule->dict, "__asyncgen_hooks__");
  if (!hooks || !isType(I, hooks, I.types.tuple)) return;
  Tuple* pair = static_cast<Tuple*>(hooks.asObject());
  if (pair->size != 2) return;
  Value firstiter = pair->item(0);
  Value finalizer = pair->item(1);
  if (!finalizer.is(I.None())) gen->asyncFinalizer = newRef(finalizer);
  if (!firstiter.is(I.None())) Ref result = Ref::steal(call(I, firstiter, {Value(gen)}));
}

// ---- async generator methods ----------------------------------------------------------------

Value agAiterMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__aiter__", args, 0, 0);
  return newRef(self);
}

Value agAnext(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__anext__", args, 0, 0);
  initHooks(I, asGen(self));
  return Value(newAwaitable(I, I.types.asyncGenASend, asGen(self), I.None()));
}

Value agAsend(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "asend", args, 1, 1);
  initHooks(I, asGen(self));
  return Value(newAwaitable(I, I.types.asyncGenASend, asGen(self), args.args[0]));
}

Value agAthrow(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "athrow", args, 1, 3);
  initHooks(I, asGen(self));
  Ref tuple = Ref::steal(Value(newTuple(I, static_cast<int64_t>(args.nargs))));
  for (size_t i = 0; i < args.nargs; ++i)
    tuple.as<Tuple>()->items()[i] = newRef(args.args[i]);
  return Value(newAwaitable(I, I.types.asyncGenAThrow, asGen(self), tuple.get()));
}

Value agAclose(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "aclose", args, 0, 0);
  initHooks(I, asGen(self));
  return Value(newAwaitable(I, I.types.asyncGenAThrow, asGen(self), Value()));
}

// ---- asend -----------------------------------------------------------------------------------

Value asendSend(Interp& I, AsyncGenAwaitable* a, Value sent) {
  if (a->state == AwaitableState::Closed)
    raiseError(I, I.exc.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  Generator* gen = a->gen;
  if (a->state == AwaitableState::Init) {
    if (gen->runningAsync)
      raiseError(I, I.exc.RuntimeError, "anext(): asynchronous generator is already running");
    if (sent.is(I.None())) sent = a->argument;
    a->state = AwaitableState::Iter;
  }
  gen->runningAsync = true;
  Ref hold = Ref::borrow(Value(a));
  try {
    return runStep(I, gen,
                   [&](Value& returned) { return resumeGenerator(I, gen, sent, returned); });
  } catch (PyException&) {
    a->state = AwaitableState::Closed;
    throw;
  }
}

Value asendThrow(Interp& I, AsyncGenAwaitable* a, CallArgs args) {
  if (a->state == AwaitableState::Closed)
    raiseError(I, I.exc.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  Ref exc = Ref::steal(exceptionFromThrowArgs(I, args));
  Generator* gen = a->gen;
  Ref hold = Ref::borrow(Value(a));
  try {
    return runStep(
        I, gen, [&](Value& returned) { return throwIntoGenerator(I, gen, exc.get(), returned); });
  } catch (PyException&) {
    a->state = AwaitableState::Closed;
    throw;
  }
}

// ---- athrow and aclose -----------------------------------------------------------------------

[[noreturn]] void ignoredExit(Interp& I, AsyncGenAwaitable* a, Value yielded) {
  decref(yielded);
  a->gen->runningAsync = false;
  a->state = AwaitableState::Closed;
  raiseError(I, I.exc.RuntimeError, "async generator ignored GeneratorExit");
}

// aclose() is done when the generator ends or lets GeneratorExit out: StopIteration.
[[noreturn]] void acloseError(Interp& I, AsyncGenAwaitable* a) {
  a->gen->runningAsync = false;
  a->state = AwaitableState::Closed;
  Value e = I.pendingException;
  if (isInstance(I, e, I.exc.StopAsyncIteration) || isInstance(I, e, I.exc.GeneratorExit)) {
    decref(I.takePendingException());
    raiseStopIteration(I, I.None());
  }
  throw PyException{};
}

// In aclose() mode a step may only await; a yield means the generator ignored GeneratorExit.
template <class Step>
Value acloseStep(Interp& I, AsyncGenAwaitable* a, Step&& step) {
  Value returned;
  Value result;
  try {
    result = step(returned);
    if (!result) {
      decref(returned);
      raiseStopAsyncIteration(I);
    }
  } catch (PyException&) {
    acloseError(I, a);
  }
  if (isWrapped(I, result)) ignoredExit(I, a, result);
  return result;
}

Value athrowSend(Interp& I, AsyncGenAwaitable* a, Value sent) {
  if (a->state == AwaitableState::Closed)
    raiseError(I, I.exc.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  Generator* gen = a->gen;
  bool aclose = !a->argument;
  if (!gen->frame) {
    a->state = AwaitableState::Closed;
    raiseStopIteration(I, I.None());
  }
  Ref hold = Ref::borrow(Value(a));
  if (a->state == AwaitableState::Init) {
    if (gen->runningAsync) {
      a->state = AwaitableState::Closed;
      raiseError(I, I.exc.RuntimeError,
                 aclose ? "aclose(): asynchronous generator is already running"
                        : "athrow(): asynchronous generator is already running");
    }
    if (gen->closed) {
      a->state = AwaitableState::Closed;
      raiseStopAsyncIteration(I);
    }
    if (!sent.is(I.None()))
      raiseError(I, I.exc.RuntimeError, "can't send non-None value to a just-started coroutine");
    a->state = AwaitableState::Iter;
    gen->runningAsync = true;
    if (aclose) {
      gen->closed = true;
      Ref exit = Ref::steal(newException(I, I.exc.GeneratorExit, newTuple(I, 0)));
      return acloseStep(I, a, [&](Value& returned) {
        return throwIntoGenerator(I, gen, exit.get(), returned, false);
      });
    }
    Tuple* args = static_cast<Tuple*>(a->argument.asObject());
    Ref exc;
    try {
      exc = Ref::steal(exceptionFromThrowArgs(
          I, CallArgs{args->items(), static_cast<size_t>(args->size), nullptr}));
    } catch (PyException&) {
      gen->runningAsync = false;
      a->state = AwaitableState::Closed;
      throw;
    }
    try {
      return runStep(I, gen, [&](Value& returned) {
        return throwIntoGenerator(I, gen, exc.get(), returned, false);
      });
    } catch (PyException&) {
      a->state = AwaitableState::Closed;
      throw;
    }
  }
  if (aclose)
    return acloseStep(I, a,
                      [&](Value& returned) { return resumeGenerator(I, gen, sent, returned); });
  return runStep(I, gen, [&](Value& returned) { return resumeGenerator(I, gen, sent, returned); });
}

Value athrowThrow(Interp& I, AsyncGenAwaitable* a, CallArgs args) {
  if (a->state == AwaitableState::Closed)
    raiseError(I, I.exc.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  Ref exc = Ref::steal(exceptionFromThrowArgs(I, args));
  Generator* gen = a->gen;
  Ref hold = Ref::borrow(Value(a));
  auto step = [&](Value& returned) { return throwIntoGenerator(I, gen, exc.get(), returned); };
  if (!a->argument) return acloseStep(I, a, step);
  return runStep(I, gen, step);
}

// ---- the awaitable objects' slots and methods ------------------------------------------------

bool isASend(Interp& I, Value self) {
  return self.asObject()->type == I.types.asyncGenASend;
}

Value awaitableSendValue(Interp& I, Value self, Value sent) {
  AsyncGenAwaitable* a = asAwaitable(self);
  return isASend(I, self) ? asendSend(I, a, sent) : athrowSend(I, a, sent);
}

// The iterator slot ends with null instead of raising StopIteration.
Value awaitableNext(Interp& I, Value self) {
  try {
    return awaitableSendValue(I, self, I.None());
  } catch (PyException&) {
    if (!isInstance(I, I.pendingException, I.exc.StopIteration)) throw;
    Ref stop = Ref::steal(I.takePendingException());
    return Value();
  }
}

Value awaitableNextMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__next__", args, 0, 0);
  return awaitableSendValue(I, self, I.None());
}

Value awaitableSend(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "send", args, 1, 1);
  return awaitableSendValue(I, self, args.args[0]);
}

Value awaitableThrow(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "throw", args, 1, 3);
  AsyncGenAwaitable* a = asAwaitable(self);
  return isASend(I, self) ? asendThrow(I, a, args) : athrowThrow(I, a, args);
}

Value awaitableClose(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "close", args, 0, 0);
  asAwaitable(self)->state = AwaitableState::Closed;
  return I.None();
}

Value awaitableSelf(Interp&, Value self) {
  return newRef(self);
}

Value awaitableAwait(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__await__", args, 0, 0);
  return newRef(self);
}

void awaitableDestroy(Object* o) {
  AsyncGenAwaitable* a = static_cast<AsyncGenAwaitable*>(o);
  decref(Value(a->gen));
  decref(a->argument);
}

void awaitableTraverse(Object* o, const RefVisitor& visit) {
  AsyncGenAwaitable* a = static_cast<AsyncGenAwaitable*>(o);
  visit(Value(a->gen));
  if (a->argument) visit(a->argument);
}

void wrappedDestroy(Object* o) {
  decref(static_cast<AsyncGenWrappedValue*>(o)->value);
}

void wrappedTraverse(Object* o, const RefVisitor& visit) {
  visit(static_cast<AsyncGenWrappedValue*>(o)->value);
}

[[noreturn]] void invalidAnext(Interp& I, Value next) {
  Ref cause = Ref::steal(I.takePendingException());
  Ref error = Ref::steal(newExceptionWithMessage(
      I, I.exc.TypeError,
      "'async for' received an invalid object from __anext__: " + std::string(typeName(I, next))));
  auto* e = static_cast<ExceptionObject*>(error.obj());
  e->cause = newRef(cause.get());
  e->context = newRef(cause.get());
  e->suppressContext = true;
  I.raise(error.release());
}

}  // namespace

Value asyncIteratorOf(Interp& I, Value v) {
  Type* t = typeOf(I, v);
  if (!typeLookup(I, t, I.intern("__aiter__")))
    raiseTypeError(I, "'async for' requires an object with __aiter__ method, got " +
                          std::string(typeName(I, v)));
  Ref iterator = Ref::steal(callMethod(I, v, I.intern("__aiter__"), {}));
  if (!typeLookup(I, typeOf(I, iterator.get()), I.intern("__anext__")))
    raiseTypeError(I,
                   "'async for' received an object from __aiter__ that does not implement "
                   "__anext__: " +
                       std::string(typeName(I, iterator.get())));
  return iterator.release();
}

Value asyncNextAwaitable(Interp& I, Value aiter) {
  if (aiter.isObject() && aiter.asObject()->type == I.types.asyncGenerator) {
    initHooks(I, asGen(aiter));
    return Value(newAwaitable(I, I.types.asyncGenASend, asGen(aiter), I.None()));
  }
  if (!typeLookup(I, typeOf(I, aiter), I.intern("__anext__")))
    raiseTypeError(I, "'async for' requires an iterator with __anext__ method, got " +
                          std::string(typeName(I, aiter)));
  Ref next = Ref::steal(callMethod(I, aiter, I.intern("__anext__"), {}));
  try {
    return awaitableOf(I, next.get(), 0);
  } catch (PyException&) {
    invalidAnext(I, next.get());
  }
}

Value builtinAiter(Interp& I, Value, CallArgs args) {
  if (args.nargs != 1 || args.nkw() != 0)
    raiseTypeError(I, "aiter() takes exactly one argument (" +
                          std::to_string(args.nargs + args.nkw()) + " given)");
  Value v = args.args[0];
  if (!typeLookup(I, typeOf(I, v), I.intern("__aiter__")))
    raiseTypeError(I, "'" + std::string(typeName(I, v)) + "' object is not an async iterable");
  Ref iterator = Ref::steal(callMethod(I, v, I.intern("__aiter__"), {}));
  if (!typeLookup(I, typeOf(I, iterator.get()), I.intern("__anext__")))
    raiseTypeError(I, "aiter() returned not an async iterator of type '" +
                          std::string(typeName(I, iterator.get())) + "'");
  return iterator.release();
}

Value builtinAnext(Interp& I, Value, CallArgs args) {
  size_t given = args.nargs + args.nkw();
  if (args.nkw() != 0) raiseTypeError(I, "anext() takes no keyword arguments");
  if (given < 1)
    raiseTypeError(I, "anext expected at least 1 argument, got " + std::to_string(given));
  if (given > 2)
    raiseTypeError(I, "anext expected at most 2 arguments, got " + std::to_string(given));
  Value aiter = args.args[0];
  if (!typeLookup(I, typeOf(I, aiter), I.intern("__anext__")))
    raiseTypeError(I, "'" + std::string(typeName(I, aiter)) + "' object is not an async iterator");
  Ref awaitable = Ref::steal(callMethod(I, aiter, I.intern("__anext__"), {}));
  if (args.nargs == 1) return awaitable.release();
  // With a default, StopAsyncIteration from the awaitable gives the default instead (a
  // coroutine written in Python does that part).
  Ref helpers = Ref::steal(importModule(I, "_async_builtins"));
  Ref helper = Ref::steal(getAttr(I, helpers.get(), I.intern("anext_with_default")));
  return call(I, helper.get(), {awaitable.get(), args.args[1]});
}

Value wrapAsyncGenValue(Interp& I, Value v) {
  AsyncGenWrappedValue* w = I.alloc<AsyncGenWrappedValue>(I.types.asyncGenWrappedValue);
  w->value = newRef(v);
  return Value(w);
}

void initAsyncGeneratorTypes(Interp& I) {
  Type* g = I.types.asyncGenerator;
  addMethod(I, g, "__aiter__", agAiterMethod);
  addMethod(I, g, "__anext__", agAnext);
  addMethod(I, g, "asend", agAsend);
  addMethod(I, g, "athrow", agAthrow);
  addMethod(I, g, "aclose", agAclose);
  for (Type* t : {I.types.asyncGenASend, I.types.asyncGenAThrow}) {
    t->destroy = awaitableDestroy;
    t->traverse = awaitableTraverse;
    t->iter = awaitableSelf;
    t->next = awaitableNext;
    addMethod(I, t, "__await__", awaitableAwait);
    addMethod(I, t, "__next__", awaitableNextMethod);
    addMethod(I, t, "send", awaitableSend);
    addMethod(I, t, "throw", awaitableThrow);
    addMethod(I, t, "close", awaitableClose);
  }
  Type* w = I.types.asyncGenWrappedValue;
  w->destroy = wrappedDestroy;
  w->traverse = wrappedTraverse;
}

}  // namespace rw
