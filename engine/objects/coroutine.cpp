// Coroutine objects (seed 6.23): what `async def` functions return, `__await__` and its
// coroutine_wrapper, and the await and async-with protocols the evaluator's instructions use.
// Coroutines are resumed like generators (send, throw, close in generator.cpp).
#include "objects/coroutine.h"

#include "objects/code.h"
#include "objects/function.h"
#include "objects/str.h"
#include "runtime/frame.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

Generator* asCoroutine(Value v) {
  return static_cast<Generator*>(v.asObject());
}

bool isCoroutine(Interp& I, Value v) {
  if (!v.isObject()) return false;
  if (v.asObject()->type == I.types.coroutine) return true;
  // A generator made by types.coroutine() awaits like a coroutine.
  return v.asObject()->type == I.types.generator &&
         (asCoroutine(v)->code->flags & kCoIterableCoroutine);
}

std::string typeNameOf(Interp& I, Value v) {
  return std::string(typeName(I, v));
}

Value coroutineAwait(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__await__", args, 0, 0);
  CoroutineWrapper* w = I.alloc<CoroutineWrapper>(I.types.coroutineWrapper);
  w->coroutine = newRef(asCoroutine(self));
  return Value(w);
}

CoroutineWrapper* asWrapper(Value v) {
  return static_cast<CoroutineWrapper*>(v.asObject());
}

void wrapperDestroy(Object* o) {
  decref(Value(static_cast<CoroutineWrapper*>(o)->coroutine));
}

void wrapperTraverse(Object* o, const RefVisitor& visit) {
  visit(Value(static_cast<CoroutineWrapper*>(o)->coroutine));
}

Value wrapperIter(Interp&, Value self) {
  return newRef(self);
}

// The iterator slot ends with null; __next__ raises StopIteration with the return value.
Value wrapperNext(Interp& I, Value self) {
  Value returned;
  Value v = resumeGenerator(I, asWrapper(self)->coroutine, I.None(), returned);
  decref(returned);
  return v;
}

Value wrapperNextMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__next__", args, 0, 0);
  return generatorNext(I, asWrapper(self)->coroutine);
}

// send, throw and close go to the coroutine's own methods.
Value forwardToCoroutine(Interp& I, Value self, const char* method, CallArgs args) {
  Ref bound = Ref::steal(getAttr(I, Value(asWrapper(self)->coroutine), I.intern(method)));
  return call(I, bound.get(), args);
}

Value wrapperSend(Interp& I, Value self, CallArgs args) {
  return forwardToCoroutine(I, self, "send", args);
}
Value wrapperThrow(Interp& I, Value self, CallArgs args) {
  return forwardToCoroutine(I, self, "throw", args);
}
Value wrapperClose(Interp& I, Value self, CallArgs args) {
  return forwardToCoroutine(I, self, "close", args);
}

}  // namespace

Value awaitableOf(Interp& I, Value v, uint32_t where) {
  if (isCoroutine(I, v)) {
    Generator* coro = asCoroutine(v);
    if (coro->type == I.types.coroutine && generatorDelegate(coro))
      raiseError(I, I.exc.RuntimeError, "coroutine is being awaited already");
    return newRef(v);
  }
  Type* t = typeOf(I, v);
  if (!typeLookup(I, t, I.intern("__await__"))) {
    if (where == 1)
      raiseTypeError(I,
                     "'async with' received an object from __aenter__ that does not "
                     "implement __await__: " +
                         typeNameOf(I, v));
    if (where == 2)
      raiseTypeError(I,
                     "'async with' received an object from __aexit__ that does not "
                     "implement __await__: " +
                         typeNameOf(I, v));
    raiseTypeError(I, "object " + typeNameOf(I, v) + " can't be used in 'await' expression");
  }
  Ref iterator = Ref::steal(callMethod(I, v, I.intern("__await__"), {}));
  if (isCoroutine(I, iterator.get())) raiseTypeError(I, "__await__() returned a coroutine");
  if (!typeOf(I, iterator.get())->next)
    raiseTypeError(
        I, "__await__() returned non-iterator of type '" + typeNameOf(I, iterator.get()) + "'");
  return iterator.release();
}

Value enterAsyncContext(Interp& I, Value manager, Value& exitOut) {
  Type* t = typeOf(I, manager);
  std::string name(t->name->view());
  if (!typeLookup(I, t, I.intern("__aenter__")))
    raiseTypeError(I, "'" + name +
                          "' object does not support the asynchronous context manager "
                          "protocol");
  if (!typeLookup(I, t, I.intern("__aexit__")))
    raiseTypeError(I, "'" + name +
                          "' object does not support the asynchronous context manager "
                          "protocol (missed __aexit__ method)");
  Ref boundExit = Ref::steal(getAttr(I, manager, I.intern("__aexit__")));
  Ref boundEnter = Ref::steal(getAttr(I, manager, I.intern("__aenter__")));
  Value result = call(I, boundEnter.get(), {});
  exitOut = boundExit.release();
  return result;
}

void initCoroutineTypes(Interp& I) {
  addMethod(I, I.types.coroutine, "__await__", coroutineAwait);
  Type* w = I.types.coroutineWrapper;
  w->destroy = wrapperDestroy;
  w->traverse = wrapperTraverse;
  w->iter = wrapperIter;
  w->next = wrapperNext;
  addMethod(I, w, "__next__", wrapperNextMethod);
  addMethod(I, w, "send", wrapperSend);
  addMethod(I, w, "throw", wrapperThrow);
  addMethod(I, w, "close", wrapperClose);
}

}  // namespace rw
