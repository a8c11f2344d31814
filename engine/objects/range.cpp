// range objects and their iterator. Bounds are ints of any size, like CPython's; operations
// take a 64-bit path when the bounds and the length fit.
#include "objects/range.h"

#include "objects/function.h"
#include "objects/int.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

Range* asRange(Value v) { return static_cast<Range*>(v.asObject()); }

// ---- generic int arithmetic on Values ----------------------------------------------------

Ref arith(Interp& I, Value a, Value b, BinaryOp op) { return Ref::steal(binaryOp(I, a, b, op)); }
bool less(Interp& I, Value a, Value b) { return compareBool(I, a, b, CompareOp::Lt); }
bool isNegative(Interp& I, Value v) { return less(I, v, Value::smallInt(0)); }
bool isPositive(Interp& I, Value v) { return less(I, Value::smallInt(0), v); }

struct Bounds {
  int64_t start, stop, step, length;
};
// The bounds when all of them fit in 64 bits.
bool smallBounds(Range* r, Bounds& b) {
  return intToInt64(r->start, b.start) && intToInt64(r->stop, b.stop) && intToInt64(r->step, b.step) &&
         intToInt64(r->length, b.length);
}

// The number of elements: (stop - start - 1) // step + 1 when the range is not empty.
Ref computeLength(Interp& I, Value start, Value stop, Value step) {
  int64_t a, b, s;
  if (intToInt64(start, a) && intToInt64(stop, b) && intToInt64(step, s)) {
    __int128 n = 0;
    if (s > 0 && a < b) n = (static_cast<__int128>(b) - a - 1) / s + 1;
    if (s < 0 && a > b) n = (static_cast<__int128>(a) - b - 1) / (-static_cast<__int128>(s)) + 1;
    if (n <= INT64_MAX) return Ref::steal(newInt(I, static_cast<int64_t>(n)));
  }
  bool up = isPositive(I, step);
  Value low = up ? start : stop, high = up ? stop : start;
  if (!less(I, low, high)) return Ref::steal(Value::smallInt(0));
  Ref span = arith(I, high, low, BinaryOp::Subtract);
  Ref spanLess = arith(I, span.get(), Value::smallInt(1), BinaryOp::Subtract);
  Ref magnitude = up ? Ref::borrow(step) : Ref::steal(unaryOp(I, step, UnaryOp::Negative));
  Ref quotient = arith(I, spanLess.get(), magnitude.get(), BinaryOp::FloorDivide);
  return arith(I, quotient.get(), Value::smallInt(1), BinaryOp::Add);
}

Ref integerArgument(Interp& I, Value v) {
  if (!typeOf(I, v)->index)
    raiseTypeError(I, "'" + std::string(typeName(I, v)) + "' object cannot be interpreted as an integer");
  return Ref::steal(index(I, v));
}

Range* makeRange(Interp& I, Value start, Value stop, Value step) {
  Ref length = computeLength(I, start, stop, step);
  Range* r = I.alloc<Range>(I.types.range);
  r->start = newRef(start);
  r->stop = newRef(stop);
  r->step = newRef(step);
  r->length = length.release();
  return r;
}

void rangeDestroy(Object* o) {
  Range* r = static_cast<Range*>(o);
  decref(r->start);
  decref(r->stop);
  decref(r->step);
  decref(r->length);
}

Value rangeNew(Interp& I, Type*, CallArgs args) {
  checkNoKeywords(I, "range", args);
  if (args.nargs == 0) raiseTypeError(I, "range expected at least 1 argument, got 0");
  if (args.nargs > 3) raiseTypeError(I, "range expected at most 3 arguments, got " + std::to_string(args.nargs));
  Ref start = Ref::steal(Value::smallInt(0)), step = Ref::steal(Value::smallInt(1)), stop;
  if (args.nargs == 1) {
    stop = integerArgument(I, args.args[0]);
  } else {
    start = integerArgument(I, args.args[0]);
    stop = integerArgument(I, args.args[1]);
    if (args.nargs == 3) step = integerArgument(I, args.args[2]);
  }
  if (!isPositive(I, step.get()) && !isNegative(I, step.get())) raiseValueError(I, "range() arg 3 must not be zero");
  return Value(makeRange(I, start.get(), stop.get(), step.get()));
}

Value rangeRepr(Interp& I, Value self) {
  Range* r = asRange(self);
  std::string text = "range(" + reprString(I, r->start) + ", " + reprString(I, r->stop);
  int64_t step;
  if (!intToInt64(r->step, step) || step != 1) text += ", " + reprString(I, r->step);
  return Value(newStr(I, text + ")"));
}

int64_t rangeLen(Interp& I, Value self) {
  int64_t n;
  if (!intToInt64(asRange(self)->length, n))
    raiseError(I, I.exc.OverflowError, "Python int too large to convert to C ssize_t");
  return n;
}

// start + i * step, for 0 <= i < length.
Value elementAt(Interp& I, Range* r, Value i) {
  Ref offset = arith(I, i, r->step, BinaryOp::Multiply);
  return binaryOp(I, r->start, offset.get(), BinaryOp::Add);
}

// CPython's slice of a range: the slice's indices clamped against the length, mapped through
// start and step (range(10)[::3] is range(0, 10, 3)).
Value sliceOfRange(Interp& I, Range* r, Slice* s) {
  Ref step = s->step.is(I.None()) ? Ref::steal(Value::smallInt(1)) : integerArgument(I, s->step);
  if (!isPositive(I, step.get()) && !isNegative(I, step.get())) raiseValueError(I, "slice step cannot be zero");
  bool backwards = isNegative(I, step.get());
  Ref lower = Ref::steal(Value::smallInt(backwards ? -1 : 0));
  Ref upper = backwards ? arith(I, r->length, Value::smallInt(1), BinaryOp::Subtract) : Ref::borrow(r->length);
  auto clamp = [&](Value bound, bool isStart) {
    if (bound.is(I.None())) return Ref::borrow(isStart == backwards ? upper.get() : lower.get());
    Ref v = integerArgument(I, bound);
    if (isNegative(I, v.get())) {
      v = arith(I, v.get(), r->length, BinaryOp::Add);
      if (less(I, v.get(), lower.get())) return Ref::borrow(lower.get());
    } else if (less(I, upper.get(), v.get())) {
      return Ref::borrow(upper.get());
    }
    return v;
  };
  Ref start = clamp(s->start, true), stop = clamp(s->stop, false);
  Ref newStart = Ref::steal(elementAt(I, r, start.get()));
  Ref newStop = Ref::steal(elementAt(I, r, stop.get()));
  Ref newStep = arith(I, r->step, step.get(), BinaryOp::Multiply);
  return Value(makeRange(I, newStart.get(), newStop.get(), newStep.get()));
}

Value rangeGetItem(Interp& I, Value self, Value key) {
  Range* r = asRange(self);
  if (isType(I, key, I.types.slice)) return sliceOfRange(I, r, static_cast<Slice*>(key.asObject()));
  if (!typeOf(I, key)->index)
    raiseTypeError(I, "range indices must be integers or slices, not " + std::string(typeName(I, key)));
  Bounds b;
  int64_t i;
  Ref k = Ref::steal(index(I, key));
  if (smallBounds(r, b) && intToInt64(k.get(), i)) {
    if (i < 0) i += b.length;
    if (i < 0 || i >= b.length) raiseError(I, I.exc.IndexError, "range object index out of range");
    return newInt(I, b.start + i * b.step);
  }
  if (isNegative(I, k.get())) k = arith(I, k.get(), r->length, BinaryOp::Add);
  if (isNegative(I, k.get()) || !less(I, k.get(), r->length))
    raiseError(I, I.exc.IndexError, "range object index out of range");
  return elementAt(I, r, k.get());
}

// Whether the int `v` is an element.
bool containsInt(Interp& I, Range* r, Value v) {
  Bounds b;
  int64_t x;
  if (smallBounds(r, b) && intToInt64(v, x)) {
    if (b.step > 0 ? (x < b.start || x >= b.stop) : (x > b.start || x <= b.stop)) return false;
    return (static_cast<__int128>(x) - b.start) % b.step == 0;
  }
  bool up = isPositive(I, r->step);
  if (up ? (less(I, v, r->start) || !less(I, v, r->stop)) : (less(I, r->start, v) || !less(I, r->stop, v)))
    return false;
  Ref offset = arith(I, v, r->start, BinaryOp::Subtract);
  Ref rest = arith(I, offset.get(), r->step, BinaryOp::Remainder);
  return !isPositive(I, rest.get()) && !isNegative(I, rest.get());
}

bool rangeContains(Interp& I, Value self, Value item) {
  Range* r = asRange(self);
  Type* t = typeOf(I, item);
  if (t == I.types.int_ || t == I.types.bool_) return containsInt(I, r, item);
  Ref it = Ref::steal(newRangeIterator(I, r->start, r->step, r->length));
  while (Value x = iterNext(I, it.get())) {
    Ref hold = Ref::steal(x);
    if (equals(I, x, item)) return true;
  }
  return false;
}

Value rangeIter(Interp& I, Value self) {
  Range* r = asRange(self);
  return newRangeIterator(I, r->start, r->step, r->length);
}

Value rangeGetAttr(Interp& I, Value self, Str* name) {
  Range* r = asRange(self);
  if (name->view() == "start") return newRef(r->start);
  if (name->view() == "stop") return newRef(r->stop);
  if (name->view() == "step") return newRef(r->step);
  return genericGetAttr(I, self, name);
}

// Equal ranges hold the same elements.
bool sameElements(Interp& I, Range* x, Range* y) {
  if (!equals(I, x->length, y->length)) return false;
  if (!isPositive(I, x->length)) return true;
  if (!equals(I, x->start, y->start)) return false;
  return equals(I, x->length, Value::smallInt(1)) || equals(I, x->step, y->step);
}

Value rangeRichCompare(Interp& I, Value a, Value b, CompareOp op) {
  if (!isType(I, b, I.types.range) || (op != CompareOp::Eq && op != CompareOp::Ne))
    return newRef(Value(I.notImplemented));
  bool same = sameElements(I, asRange(a), asRange(b));
  return I.boolean(op == CompareOp::Eq ? same : !same);
}

// Equal ranges (same elements) hash alike: hash((len, start, step)) with the parts that do
// not matter for short ranges replaced by None.
Hash rangeHash(Interp& I, Value self) {
  Range* r = asRange(self);
  bool empty = !isPositive(I, r->length);
  bool single = equals(I, r->length, Value::smallInt(1));
  Value start = empty ? I.None() : r->start;
  Value step = empty || single ? I.None() : r->step;
  Ref key = Ref::steal(Value(newTupleOf(I, {r->length, start, step})));
  return hash(I, key.get());
}

Value rangeCount(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "count", args, 1, 1);
  Range* r = asRange(self);
  Value item = args.args[0];
  Type* t = typeOf(I, item);
  if (t == I.types.int_ || t == I.types.bool_) return newInt(I, containsInt(I, r, item) ? 1 : 0);
  int64_t count = 0;
  Ref it = Ref::steal(newRangeIterator(I, r->start, r->step, r->length));
  while (Value x = iterNext(I, it.get())) {
    Ref hold = Ref::steal(x);
    if (equals(I, x, item)) ++count;
  }
  return newInt(I, count);
}

Value rangeIndex(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "index", args, 1, 1);
  Range* r = asRange(self);
  Value item = args.args[0];
  Type* t = typeOf(I, item);
  if (t == I.types.int_ || t == I.types.bool_) {
    if (containsInt(I, r, item)) {
      Ref offset = arith(I, item, r->start, BinaryOp::Subtract);
      return binaryOp(I, offset.get(), r->step, BinaryOp::FloorDivide);
    }
  } else {
    int64_t position = 0;
    Ref it = Ref::steal(newRangeIterator(I, r->start, r->step, r->length));
    for (Value x; (x = iterNext(I, it.get())); ++position) {
      Ref hold = Ref::steal(x);
      if (equals(I, x, item)) return newInt(I, position);
    }
  }
  raiseValueError(I, reprString(I, item) + " is not in range");
}

void rangeIteratorDestroy(Object* o) {
  auto* it = static_cast<RangeIterator*>(o);
  decref(it->bigNext);
  decref(it->bigStep);
  decref(it->bigRemaining);
}

Value rangeIterNext(Interp& I, Value self) {
  RangeIterator* it = static_cast<RangeIterator*>(self.asObject());
  if (!it->bigNext) {
    if (it->remaining <= 0) return Value();
    int64_t v = it->next;
    // The element after the last may not fit; it is never produced.
    if (--it->remaining > 0) it->next += it->step;
    return newInt(I, v);
  }
  if (!isPositive(I, it->bigRemaining)) return Value();
  Value v = it->bigNext;
  it->bigNext = binaryOp(I, v, it->bigStep, BinaryOp::Add);
  Value left = it->bigRemaining;
  it->bigRemaining = binaryOp(I, left, Value::smallInt(1), BinaryOp::Subtract);
  decref(left);
  return v;
}

Value selfIter(Interp&, Value self) { return newRef(self); }

}  // namespace

Value newRangeIterator(Interp& I, Value start, Value step, Value length) {
  int64_t a, s, n;
  bool small = intToInt64(start, a) && intToInt64(step, s) && intToInt64(length, n);
  // Every element, the last included, must fit for the 64-bit path.
  small = small && (n <= 0 || (static_cast<__int128>(a) + (static_cast<__int128>(n) - 1) * s <= INT64_MAX &&
                               static_cast<__int128>(a) + (static_cast<__int128>(n) - 1) * s >= INT64_MIN));
  // CPython names the two kinds differently (range_iterator, longrange_iterator).
  RangeIterator* it = I.alloc<RangeIterator>(small ? I.types.rangeIterator : I.types.longRangeIterator);
  if (small) {
    it->next = a;
    it->step = s;
    it->remaining = n;
  } else {
    it->bigNext = newRef(start);
    it->bigStep = newRef(step);
    it->bigRemaining = newRef(length);
  }
  return Value(it);
}

void initRangeTypes(Interp& I) {
  Type* t = I.types.range;
  t->destroy = rangeDestroy;
  t->newInstance = rangeNew;
  t->repr = rangeRepr;
  t->length = rangeLen;
  // Its own truth slot, as CPython's range has (so range.__bool__ exists).
  t->truth = [](Interp& I, Value self) { return rangeLen(I, self) != 0; };
  t->getItem = rangeGetItem;
  t->contains = rangeContains;
  t->iter = rangeIter;
  t->getAttr = rangeGetAttr;
  t->richCompare = rangeRichCompare;
  t->hash = rangeHash;
  addMethod(I, t, "count", rangeCount, "rangeobject.count(value) -> integer -- return number of occurrences of value");
  addMethod(I, t, "index", rangeIndex,
            "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present.");
  for (Type* it : {I.types.rangeIterator, I.types.longRangeIterator}) {
    it->destroy = rangeIteratorDestroy;
    it->iter = selfIter;
    it->next = rangeIterNext;
  }
}

}  // namespace rw
