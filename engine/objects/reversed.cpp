// reversed(seq): the object's __reversed__ when its type has one (list, range, dict and dict
// views come with theirs), else the sequence protocol from len(seq) - 1 down to 0.
#include "objects/builtin_iterators.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/range.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

Value selfIter(Interp&, Value self) {
  return newRef(self);
}

[[noreturn]] void notReversible(Interp& I, Value seq) {
  raiseTypeError(I, "'" + std::string(typeName(I, seq)) + "' object is not reversible");
}

Value newListReverseIterator(Interp& I, Value list) {
  ListReverseIterator* it = I.alloc<ListReverseIterator>(I.types.listReverseIterator);
  it->list = newRef(list);
  it->index = static_cast<List*>(list.asObject())->size - 1;
  return Value(it);
}

// The same values backwards: from the last element down by -step.
Value newRangeReverseIterator(Interp& I, Value range) {
  Range* r = static_cast<Range*>(range.asObject());
  Ref lastIndex = Ref::steal(binaryOp(I, r->length, Value::smallInt(1), BinaryOp::Subtract));
  Ref offset = Ref::steal(binaryOp(I, lastIndex.get(), r->step, BinaryOp::Multiply));
  Ref last = Ref::steal(binaryOp(I, r->start, offset.get(), BinaryOp::Add));
  Ref step = Ref::steal(unaryOp(I, r->step, UnaryOp::Negative));
  return newRangeIterator(I, last.get(), step.get(), r->length);
}

Value reversedOf(Interp& I, Value seq) {
  Type* t = typeOf(I, seq);
  if (t == I.types.list) return newListReverseIterator(I, seq);
  if (t == I.types.range) return newRangeReverseIterator(I, seq);
  if (t == I.types.dict) return newDictIterator(I, seq, kDictKeys, true);
  Value method = typeLookup(I, t, I.intern("__reversed__"));
  if (method) {
    if (method.is(I.None())) notReversible(I, seq);
    Ref hold = Ref::borrow(method);
    Type* mt = typeOf(I, method);
    Ref bound = mt->descrGet ? Ref::steal(mt->descrGet(I, method, seq, Value(t))) : hold;
    return call(I, bound.get(), {});
  }
  if (!t->getItem || isSubtype(t, I.types.dict)) notReversible(I, seq);
  int64_t n = length(I, seq);
  Reversed* r = I.alloc<Reversed>(I.types.reversed);
  r->sequence = newRef(seq);
  r->index = n - 1;
  return Value(r);
}

Value reversedNew(Interp& I, Type* type, CallArgs args) {
  if (type == I.types.reversed) checkNoKeywords(I, "reversed", args);
  if (args.nargs != 1)
    raiseTypeError(I, "reversed expected 1 argument, got " + std::to_string(args.nargs));
  return reversedOf(I, args.args[0]);
}

void reversedDestroy(Object* o) {
  decref(static_cast<Reversed*>(o)->sequence);
}

void reversedTraverse(Object* o, const RefVisitor& visit) {
  Reversed* r = static_cast<Reversed*>(o);
  if (r->sequence) visit(r->sequence);
}

void reversedFinish(Reversed* r) {
  r->index = -1;
  Value old = r->sequence;
  r->sequence = Value();
  decref(old);
}

Value reversedNext(Interp& I, Value self) {
  Reversed* r = static_cast<Reversed*>(self.asObject());
  if (r->index >= 0 && r->sequence) {
    try {
      Value item = getItem(I, r->sequence, Value::smallInt(r->index));
      --r->index;
      return item;
    } catch (PyException&) {
      // A sequence that shrank ends the iteration quietly, as in CPython.
      Value e = I.pendingException;
      if (!isInstance(I, e, I.exc.IndexError) && !isInstance(I, e, I.exc.StopIteration)) throw;
      decref(I.takePendingException());
    }
  }
  reversedFinish(r);
  return Value();
}

void listReverseDestroy(Object* o) {
  decref(static_cast<ListReverseIterator*>(o)->list);
}

void listReverseTraverse(Object* o, const RefVisitor& visit) {
  ListReverseIterator* it = static_cast<ListReverseIterator*>(o);
  if (it->list) visit(it->list);
}

Value listReverseNext(Interp&, Value self) {
  ListReverseIterator* it = static_cast<ListReverseIterator*>(self.asObject());
  if (!it->list) return Value();
  List* l = static_cast<List*>(it->list.asObject());
  if (it->index >= 0 && it->index < l->size) return newRef(l->items[it->index--]);
  it->index = -1;
  Value old = it->list;
  it->list = Value();
  decref(old);
  return Value();
}

Value listReversedMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "list.__reversed__", args, 0, 0);
  return newListReverseIterator(I, self);
}

Value rangeReversedMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "range.__reversed__", args, 0, 0);
  return newRangeReverseIterator(I, self);
}

}  // namespace

void initReversedTypes(Interp& I) {
  Type* r = I.types.reversed;
  r->newInstance = reversedNew;
  r->destroy = reversedDestroy;
  r->traverse = reversedTraverse;
  r->iter = selfIter;
  r->next = reversedNext;
  Type* l = I.types.listReverseIterator;
  l->destroy = listReverseDestroy;
  l->traverse = listReverseTraverse;
  l->iter = selfIter;
  l->next = listReverseNext;
  addMethod(I, I.types.list, "__reversed__", listReversedMethod,
            "Return a reverse iterator over the list.");
  addMethod(I, I.types.range, "__reversed__", rangeReversedMethod, "Return a reverse iterator.");
}

}  // namespace rw
