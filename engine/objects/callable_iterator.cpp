// iter(callable, sentinel): calls callable() until it returns something equal to sentinel
// (or raises StopIteration).
#include "objects/builtin_iterators.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

Value newCallableIterator(Interp& I, Value callable, Value sentinel) {
  CallableIterator* it = I.alloc<CallableIterator>(I.types.callableIterator);
  it->callable = newRef(callable);
  it->sentinel = newRef(sentinel);
  return Value(it);
}

namespace {

void finish(CallableIterator* it) {
  Value callable = it->callable;
  Value sentinel = it->sentinel;
  it->callable = Value();
  it->sentinel = Value();
  decref(callable);
  decref(sentinel);
}

void callableIterDestroy(Object* o) {
  finish(static_cast<CallableIterator*>(o));
}

void callableIterTraverse(Object* o, const RefVisitor& visit) {
  CallableIterator* it = static_cast<CallableIterator*>(o);
  if (it->callable) visit(it->callable);
  if (it->sentinel) visit(it->sentinel);
}

void callableIterClear(Object* o) {
  finish(static_cast<CallableIterator*>(o));
}

Value callableIterNext(Interp& I, Value self) {
  CallableIterator* it = static_cast<CallableIterator*>(self.asObject());
  if (!it->callable) return Value();
  Ref callable = Ref::borrow(it->callable);
  Ref result;
  try {
    result = Ref::steal(call(I, callable.get(), {}));
  } catch (PyException&) {
    if (!isInstance(I, I.pendingException, I.exc.StopIteration)) throw;
    decref(I.takePendingException());
    finish(it);
    return Value();
  }
  Ref sentinel = Ref::borrow(it->sentinel);
  if (!sentinel || !equals(I, sentinel.get(), result.get())) return result.release();
  finish(it);
  return Value();
}

Value selfIter(Interp&, Value self) {
  return newRef(self);
}

}  // namespace

void initCallableIteratorType(Interp& I) {
  Type* t = I.types.callableIterator;
  t->destroy = callableIterDestroy;
  t->traverse = callableIterTraverse;
  t->clear = callableIterClear;
  t->iter = selfIter;
  t->next = callableIterNext;
}

}  // namespace rw
