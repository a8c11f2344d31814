// The iterators of collections.deque (_collections._deque_iterator and
// _deque_reverse_iterator): they give up with RuntimeError once the deque changes length or
// order, like CPython's.
#include "modules/collections_deque.h"
#include "modules/module_snapshot.h"
#include "modules/module_support.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

struct DequeIterator : Object {
  Value deque;
  int64_t index = 0;      // the next item's position
  int64_t remaining = 0;  // items left to produce
  uint64_t state = 0;     // the deque's state when the iterator was made
};

DequeIterator* asIterator(Value v) {
  return static_cast<DequeIterator*>(v.asObject());
}

void iteratorDestroy(Object* o) {
  DequeIterator* it = static_cast<DequeIterator*>(o);
  Value deque = it->deque;
  it->deque = Value();
  decref(deque);
}

void iteratorTraverse(Object* o, const RefVisitor& visit) {
  DequeIterator* it = static_cast<DequeIterator*>(o);
  if (it->deque) visit(it->deque);
}

Value iteratorSelf(Interp&, Value self) {
  return newRef(self);
}

// Checks the deque is as it was; returns it, or null when the iterator is exhausted.
Deque* current(Interp& I, DequeIterator* it) {
  if (!it->deque) return nullptr;
  Deque* d = static_cast<Deque*>(it->deque.asObject());
  if (d->state != it->state) {
    it->remaining = 0;
    raiseError(I, I.exc.RuntimeError, "deque mutated during iteration");
  }
  if (it->remaining == 0) return nullptr;
  return d;
}

Value forwardNext(Interp& I, Value self) {
  DequeIterator* it = asIterator(self);
  Deque* d = current(I, it);
  if (!d) return Value();
  --it->remaining;
  return newRef(d->at(it->index++));
}

Value reverseNext(Interp& I, Value self) {
  DequeIterator* it = asIterator(self);
  Deque* d = current(I, it);
  if (!d) return Value();
  --it->remaining;
  return newRef(d->at(it->index--));
}

Value lengthHint(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__length_hint__", args, 0, 0);
  return Value::smallInt(asIterator(self)->remaining);
}

void iteratorWrite(Interp&, Object* o, SnapshotEncoder& e) {
  DequeIterator* it = static_cast<DequeIterator*>(o);
  e.value(it->deque);
  e.w.svarint(it->index);
  e.w.svarint(it->remaining);
  e.w.varint(it->state);
}

void iteratorRead(Interp&, Object* o, SnapshotDecoder& d) {
  DequeIterator* it = static_cast<DequeIterator*>(o);
  it->deque = d.value();
  it->index = d.r.svarint();
  it->remaining = d.r.svarint();
  it->state = d.r.varint();
}

const SnapshotCodec kIteratorCodec{iteratorWrite, module_snapshot::allocate<DequeIterator>,
                                   iteratorRead, nullptr, false};

Type* makeIteratorType(Interp& I, Module* module, const char* name, Value (*next)(Interp&, Value)) {
  Type* t = newModuleType(I, module, name, sizeof(DequeIterator), kTypeGc);
  t->destroy = iteratorDestroy;
  t->clear = iteratorDestroy;
  t->traverse = iteratorTraverse;
  t->iter = iteratorSelf;
  t->next = next;
  addMethod(I, t, "__length_hint__", lengthHint,
            "Private method returning an estimate of len(list(it)).");
  registerSnapshotCodec(I, t, &kIteratorCodec);
  addModuleValue(I, module, name, Value(t));
  decref(Value(t));
  return t;
}

}  // namespace

Value newDequeIterator(Interp& I, Value deque, bool reversed) {
  const char* name =
      reversed ? "type:_collections._deque_reverse_iterator" : "type:_collections._deque_iterator";
  Type* type = static_cast<Type*>(I.findStatic(name));
  Deque* d = static_cast<Deque*>(deque.asObject());
  DequeIterator* it = I.alloc<DequeIterator>(type);
  it->deque = newRef(deque);
  it->index = reversed ? d->size - 1 : 0;
  it->remaining = d->size;
  it->state = d->state;
  return Value(it);
}

void initDequeIteratorTypes(Interp& I, Module* module) {
  makeIteratorType(I, module, "_deque_iterator", forwardNext);
  makeIteratorType(I, module, "_deque_reverse_iterator", reverseNext);
}

}  // namespace rw
