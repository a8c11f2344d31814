// The iterator iter() makes for objects that only have __getitem__ (CPython's seqiterobject):
// it asks for items 0, 1, 2, ... until IndexError or StopIteration.
#include "objects/iterators.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

SeqIterator* asIter(Value v) {
  return static_cast<SeqIterator*>(v.asObject());
}

Value sequenceIterNext(Interp& I, Value self) {
  SeqIterator* it = asIter(self);
  if (!it->sequence) return Value();
  try {
    Value item = getItem(I, it->sequence, Value::smallInt(it->index));
    ++it->index;
    return item;
  } catch (PyException&) {
    if (!isInstance(I, I.pendingException, I.exc.IndexError) &&
        !isInstance(I, I.pendingException, I.exc.StopIteration))
      throw;
    decref(I.takePendingException());
    decref(std::exchange(it->sequence, Value()));
    return Value();
  }
}

Value sequenceIterSelf(Interp&, Value self) {
  return newRef(self);
}

void sequenceIterDestroy(Object* o) {
  decref(std::exchange(asIter(Value(o))->sequence, Value()));
}

void sequenceIterTraverse(Object* o, const RefVisitor& visit) {
  if (Value s = asIter(Value(o))->sequence) visit(s);
}

}  // namespace

Value newSequenceIterator(Interp& I, Value sequence) {
  SeqIterator* it = I.alloc<SeqIterator>(I.types.sequenceIterator);
  it->sequence = newRef(sequence);
  return Value(it);
}

void initSequenceIteratorType(Interp& I) {
  Type* t = I.types.sequenceIterator;
  t->iter = sequenceIterSelf;
  t->next = sequenceIterNext;
  t->destroy = sequenceIterDestroy;
  t->traverse = sequenceIterTraverse;
  t->clear = sequenceIterDestroy;
}

}  // namespace rw
