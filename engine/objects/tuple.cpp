// tuple: creation, hashing (CPython's xxHash-based tuple hash), comparison, indexing,
// concatenation and repetition.
#include "objects/tuple.h"

#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/function.h"
#include "runtime/protocols.h"
#include "runtime/repr_guard.h"
#include "runtime/type_support.h"

namespace rw {

Tuple* newTuple(Interp& I, int64_t size) {
  if (size < 0 || size > (int64_t{1} << 40)) raiseError(I, I.exc.MemoryError, "");
  Tuple* t = I.alloc<Tuple>(I.types.tuple, sizeof(Value) * static_cast<size_t>(size));
  t->size = size;
  for (int64_t i = 0; i < size; ++i) new (&t->items()[i]) Value();
  return t;
}

Tuple* newTupleFrom(Interp& I, const Value* values, int64_t size) {
  Tuple* t = newTuple(I, size);
  for (int64_t i = 0; i < size; ++i) t->items()[i] = newRef(values[i]);
  return t;
}

Tuple* newTupleOf(Interp& I, std::initializer_list<Value> values) {
  return newTupleFrom(I, values.begin(), static_cast<int64_t>(values.size()));
}

namespace {

Tuple* asTuple(Value v) { return static_cast<Tuple*>(v.asObject()); }

void tupleDestroy(Object* o) {
  Tuple* t = static_cast<Tuple*>(o);
  // Last item first, like CPython (finalizers observe the order).
  for (int64_t i = t->size; i-- > 0;) decref(t->items()[i]);
}

void tupleTraverse(Object* o, const RefVisitor& visit) {
  Tuple* t = static_cast<Tuple*>(o);
  for (int64_t i = 0; i < t->size; ++i)
    if (t->items()[i]) visit(t->items()[i]);
}

void tupleClear(Object* o) {
  Tuple* t = static_cast<Tuple*>(o);
  for (int64_t i = 0; i < t->size; ++i) {
    Value v = t->items()[i];
    t->items()[i] = Value();
    decref(v);
  }
}

Value tupleRepr(Interp& I, Value self) {
  Tuple* t = asTuple(self);
  if (t->size == 0) return newRef(Value(I.intern("()")));
  ReprGuard guard(I, self);
  if (guard.recursive()) return newRef(Value(I.intern("(...)")));
  std::string out = "(";
  for (int64_t i = 0; i < t->size; ++i) {
    if (i) out += ", ";
    out += reprString(I, t->item(i));
  }
  if (t->size == 1) out += ",";
  out += ")";
  return Value(newStr(I, out));
}

Hash tupleHash(Interp& I, Value self) {
  Tuple* t = asTuple(self);
  // CPython 3.8+ tuple hash (xxHash64 lanes).
  constexpr uint64_t p1 = 11400714785074694791ULL, p2 = 14029467366897019727ULL,
                     p5 = 2870177450012600261ULL;
  uint64_t acc = p5;
  for (int64_t i = 0; i < t->size; ++i) {
    uint64_t lane = static_cast<uint64_t>(hash(I, t->item(i)));
    acc += lane * p2;
    acc = (acc << 31) | (acc >> 33);
    acc *= p1;
  }
  acc += static_cast<uint64_t>(t->size) ^ (p5 ^ 3527539UL);
  if (acc == static_cast<uint64_t>(-1)) return 1546275796;
  return static_cast<Hash>(acc);
}

Value sequenceCompare(Interp& I, const Value* a, int64_t na, const Value* b, int64_t nb,
                      CompareOp op) {
  int64_t i = 0;
  for (; i < na && i < nb; ++i) {
    if (!equals(I, a[i], b[i])) break;
  }
  if (i >= na || i >= nb) {
    switch (op) {
      case CompareOp::Lt: return I.boolean(na < nb);
      case CompareOp::Le: return I.boolean(na <= nb);
      case CompareOp::Eq: return I.boolean(na == nb);
      case CompareOp::Ne: return I.boolean(na != nb);
      case CompareOp::Gt: return I.boolean(na > nb);
      case CompareOp::Ge: return I.boolean(na >= nb);
    }
  }
  if (op == CompareOp::Eq) return I.boolean(false);
  if (op == CompareOp::Ne) return I.boolean(true);
  return richCompare(I, a[i], b[i], op);
}

Value tupleRichCompare(Interp& I, Value a, Value b, CompareOp op) {
  if (!isInstance(I, b, I.types.tuple)) return newRef(Value(I.notImplemented));
  Tuple* x = asTuple(a);
  Tuple* y = asTuple(b);
  return sequenceCompare(I, x->items(), x->size, y->items(), y->size, op);
}

int64_t tupleLength(Interp&, Value self) { return asTuple(self)->size; }

bool tupleContains(Interp& I, Value self, Value item) {
  Tuple* t = asTuple(self);
  for (int64_t i = 0; i < t->size; ++i)
    if (equals(I, t->item(i), item)) return true;
  return false;
}

Value tupleGetItem(Interp& I, Value self, Value key) {
  Tuple* t = asTuple(self);
  if (key.isSmallInt()) {
    int64_t i = key.asSmallInt();
    if (i < 0) i += t->size;
    if (i < 0 || i >= t->size) raiseError(I, I.exc.IndexError, "tuple index out of range");
    return newRef(t->item(i));
  }
  if (isType(I, key, I.types.slice)) {
    int64_t start, stop, step;
    int64_t n = sliceIndices(I, static_cast<Slice*>(key.asObject()), t->size, start, stop, step);
    if (n == t->size && step == 1 && isType(I, self, I.types.tuple)) return newRef(self);
    Tuple* r = newTuple(I, std::max<int64_t>(n, 0));
    for (int64_t i = 0, k = start; i < n; ++i, k += step) r->items()[i] = newRef(t->item(k));
    return Value(r);
  }
  if (!typeOf(I, key)->index)
    raiseTypeError(I, "tuple indices must be integers or slices, not " +
                          std::string(typeName(I, key)));
  int64_t i = asSsize(I, key, I.exc.IndexError);
  if (i < 0) i += t->size;
  if (i < 0 || i >= t->size) raiseError(I, I.exc.IndexError, "tuple index out of range");
  return newRef(t->item(i));
}

Value tupleConcat(Interp& I, Value a, Value b) {
  if (!isInstance(I, a, I.types.tuple) || !isInstance(I, b, I.types.tuple)) {
    if (isInstance(I, a, I.types.tuple))
      raiseTypeError(I, "can only concatenate tuple (not \"" + std::string(typeName(I, b)) +
                            "\") to tuple");
    return newRef(Value(I.notImplemented));
  }
  Tuple* x = asTuple(a);
  Tuple* y = asTuple(b);
  Tuple* r = newTuple(I, x->size + y->size);
  for (int64_t i = 0; i < x->size; ++i) r->items()[i] = newRef(x->item(i));
  for (int64_t i = 0; i < y->size; ++i) r->items()[x->size + i] = newRef(y->item(i));
  return Value(r);
}

Value tupleRepeat(Interp& I, Value a, Value b) {
  Value seq = a, count = b;
  if (!isInstance(I, seq, I.types.tuple)) std::swap(seq, count);
  if (!isInstance(I, seq, I.types.tuple)) return newRef(Value(I.notImplemented));
  if (!typeOf(I, count)->index)
    raiseTypeError(I, "can't multiply sequence by non-int of type '" +
                          std::string(typeName(I, count)) + "'");
  int64_t n = std::max<int64_t>(0, asSsize(I, count, I.exc.OverflowError));
  Tuple* t = asTuple(seq);
  if (t->size && n > (int64_t{1} << 36) / t->size) raiseError(I, I.exc.MemoryError, "");
  Tuple* r = newTuple(I, t->size * n);
  for (int64_t k = 0; k < n; ++k)
    for (int64_t i = 0; i < t->size; ++i) r->items()[k * t->size + i] = newRef(t->item(i));
  return Value(r);
}

Value tupleIter(Interp& I, Value self) { return newSeqIterator(I, I.types.tupleIterator, self); }

Value tupleNew(Interp& I, Type*, CallArgs args) {
  checkNoKeywords(I, "tuple", args);
  checkArgCount(I, "tuple", args, 0, 1);
  if (args.nargs == 0) return Value(newTuple(I, 0));
  Value arg = args.args[0];
  if (isType(I, arg, I.types.tuple)) return newRef(arg);
  Ref list = Ref::steal(Value(newList(I)));
  listExtend(I, list.as<List>(), arg);
  List* l = list.as<List>();
  return Value(newTupleFrom(I, l->items, l->size));
}

Value tupleIndexMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "index", args, 1, 3);
  Tuple* t = asTuple(self);
  int64_t start = 0, stop = t->size;
  if (args.nargs > 1) {
    start = asSsize(I, args.args[1], I.exc.OverflowError);
    if (start < 0) start = std::max<int64_t>(0, start + t->size);
  }
  if (args.nargs > 2) {
    stop = asSsize(I, args.args[2], I.exc.OverflowError);
    if (stop < 0) stop = std::max<int64_t>(0, stop + t->size);
  }
  for (int64_t i = start; i < stop && i < t->size; ++i)
    if (equals(I, t->item(i), args.args[0])) return Value::smallInt(i);
  raiseValueError(I, "tuple.index(x): x not in tuple");
}

Value tupleCountMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "count", args, 1, 1);
  Tuple* t = asTuple(self);
  int64_t n = 0;
  for (int64_t i = 0; i < t->size; ++i)
    if (equals(I, t->item(i), args.args[0])) ++n;
  return Value::smallInt(n);
}

}  // namespace

Value compareSequences(Interp& I, const Value* a, int64_t na, const Value* b, int64_t nb,
                       CompareOp op) {
  return sequenceCompare(I, a, na, b, nb, op);
}

void initTupleType(Interp& I) {
  Type* t = I.types.tuple;
  t->destroy = tupleDestroy;
  t->traverse = tupleTraverse;
  t->clear = tupleClear;
  t->repr = tupleRepr;
  t->hash = tupleHash;
  t->richCompare = tupleRichCompare;
  t->length = tupleLength;
  t->contains = tupleContains;
  t->getItem = tupleGetItem;
  t->iter = tupleIter;
  t->newInstance = tupleNew;
  t->binary[static_cast<int>(BinaryOp::Add)] = tupleConcat;
  t->binary[static_cast<int>(BinaryOp::Multiply)] = tupleRepeat;
  addMethod(I, t, "index", tupleIndexMethod);
  addMethod(I, t, "count", tupleCountMethod);
}

}  // namespace rw
