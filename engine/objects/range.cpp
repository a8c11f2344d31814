// range objects and their iterator.
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

// Length of range(start, stop, step) for 64-bit bounds; the result may exceed int64 only
// for bounds near the limits, which we reject as CPython does for sys.maxsize.
int64_t rangeLength(int64_t start, int64_t stop, int64_t step) {
  if (step > 0 && start < stop) return static_cast<int64_t>((static_cast<__int128>(stop) - start - 1) / step + 1);
  if (step < 0 && start > stop) return static_cast<int64_t>((static_cast<__int128>(start) - stop - 1) / (-static_cast<__int128>(step)) + 1);
  return 0;
}

int64_t smallBound(Interp& I, Value v) {
  Ref i = Ref::steal(index(I, v));
  int64_t out;
  if (!intToInt64(i.get(), out))
    raiseError(I, I.exc.OverflowError, "Python int too large to convert to C ssize_t");
  return out;
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
  if (args.nargs > 3)
    raiseTypeError(I, "range expected at most 3 arguments, got " + std::to_string(args.nargs));
  int64_t start = 0, stop, step = 1;
  auto bound = [&](Value v) {
    if (!typeOf(I, v)->index)
      raiseTypeError(I, "'" + std::string(typeName(I, v)) +
                            "' object cannot be interpreted as an integer");
    return smallBound(I, v);
  };
  if (args.nargs == 1) {
    stop = bound(args.args[0]);
  } else {
    start = bound(args.args[0]);
    stop = bound(args.args[1]);
    if (args.nargs == 3) step = bound(args.args[2]);
  }
  if (step == 0) raiseValueError(I, "range() arg 3 must not be zero");
  Range* r = I.alloc<Range>(I.types.range);
  r->start = newInt(I, start);
  r->stop = newInt(I, stop);
  r->step = newInt(I, step);
  r->length = newInt(I, rangeLength(start, stop, step));
  return Value(r);
}

struct Bounds {
  int64_t start, stop, step, length;
};
Bounds boundsOf(Range* r) {
  Bounds b{};
  intToInt64(r->start, b.start);
  intToInt64(r->stop, b.stop);
  intToInt64(r->step, b.step);
  intToInt64(r->length, b.length);
  return b;
}

Value rangeRepr(Interp& I, Value self) {
  Range* r = asRange(self);
  std::string text = "range(" + reprString(I, r->start) + ", " + reprString(I, r->stop);
  Bounds b = boundsOf(r);
  if (b.step != 1) text += ", " + reprString(I, r->step);
  return Value(newStr(I, text + ")"));
}

int64_t rangeLen(Interp&, Value self) { return boundsOf(asRange(self)).length; }

Value rangeGetItem(Interp& I, Value self, Value key) {
  Bounds b = boundsOf(asRange(self));
  if (isType(I, key, I.types.slice)) {
    int64_t start, stop, step;
    int64_t n = sliceIndices(I, static_cast<Slice*>(key.asObject()), b.length, start, stop, step);
    Range* r = I.alloc<Range>(I.types.range);
    int64_t newStart = b.start + start * b.step;
    r->start = newInt(I, newStart);
    r->step = newInt(I, b.step * step);
    // The bounds come from slice.indices(len), as CPython's compute_slice does.
    r->stop = newInt(I, b.start + stop * b.step);
    r->length = newInt(I, std::max<int64_t>(n, 0));
    return Value(r);
  }
  if (!typeOf(I, key)->index)
    raiseTypeError(I, "range indices must be integers or slices, not " +
                          std::string(typeName(I, key)));
  int64_t i = asSsize(I, key, I.exc.IndexError);
  if (i < 0) i += b.length;
  if (i < 0 || i >= b.length) raiseError(I, I.exc.IndexError, "range object index out of range");
  return newInt(I, b.start + i * b.step);
}

bool rangeContains(Interp& I, Value self, Value item) {
  Bounds b = boundsOf(asRange(self));
  int64_t v;
  if (isInt(I, item) && intToInt64(item, v)) {
    if (b.step > 0 ? (v < b.start || v >= b.stop) : (v > b.start || v <= b.stop)) return false;
    return (v - b.start) % b.step == 0;
  }
  for (int64_t i = 0; i < b.length; ++i) {
    Ref x = Ref::steal(newInt(I, b.start + i * b.step));
    if (equals(I, x.get(), item)) return true;
  }
  return false;
}

// The position of an int in the range, or -1.
int64_t positionOf(Bounds b, int64_t v) {
  if (b.step > 0 ? (v < b.start || v >= b.stop) : (v > b.start || v <= b.stop)) return -1;
  if ((v - b.start) % b.step != 0) return -1;
  return (v - b.start) / b.step;
}

// Ints (and bools) are found by arithmetic; other values are compared with each element.
Value rangeIndexMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "index", args, 1, 1);
  Bounds b = boundsOf(asRange(self));
  Value item = args.args[0];
  int64_t v;
  if (isInt(I, item) && (isType(I, item, I.types.int_) || isType(I, item, I.types.bool_))) {
    int64_t at = intToInt64(item, v) ? positionOf(b, v) : -1;
    if (at < 0) raiseValueError(I, reprString(I, item) + " is not in range");
    return newInt(I, at);
  }
  for (int64_t i = 0; i < b.length; ++i) {
    Ref x = Ref::steal(newInt(I, b.start + i * b.step));
    if (equals(I, x.get(), item)) return newInt(I, i);
  }
  raiseValueError(I, "sequence.index(x): x not in sequence");
}

Value rangeCountMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "count", args, 1, 1);
  Bounds b = boundsOf(asRange(self));
  Value item = args.args[0];
  int64_t v;
  if (isInt(I, item) && (isType(I, item, I.types.int_) || isType(I, item, I.types.bool_)))
    return Value::smallInt(intToInt64(item, v) && positionOf(b, v) >= 0 ? 1 : 0);
  int64_t n = 0;
  for (int64_t i = 0; i < b.length; ++i) {
    Ref x = Ref::steal(newInt(I, b.start + i * b.step));
    if (equals(I, x.get(), item)) ++n;
  }
  return newInt(I, n);
}

Value rangeIter(Interp& I, Value self) {
  Bounds b = boundsOf(asRange(self));
  RangeIterator* it = I.alloc<RangeIterator>(I.types.rangeIterator);
  it->next = b.start;
  it->step = b.step;
  it->remaining = b.length;
  return Value(it);
}

Value rangeGetAttr(Interp& I, Value self, Str* name) {
  Range* r = asRange(self);
  if (name->view() == "start") return newRef(r->start);
  if (name->view() == "stop") return newRef(r->stop);
  if (name->view() == "step") return newRef(r->step);
  return genericGetAttr(I, self, name);
}

Value rangeRichCompare(Interp& I, Value a, Value b, CompareOp op) {
  if (!isType(I, b, I.types.range) || (op != CompareOp::Eq && op != CompareOp::Ne))
    return newRef(Value(I.notImplemented));
  Bounds x = boundsOf(asRange(a)), y = boundsOf(asRange(b));
  bool same = x.length == y.length &&
              (x.length == 0 || (x.start == y.start && (x.length == 1 || x.step == y.step)));
  return I.boolean(op == CompareOp::Eq ? same : !same);
}

// Equal ranges (same elements) hash alike: hash((len, start, step)) with the parts that do
// not matter for short ranges replaced by None.
Hash rangeHash(Interp& I, Value self) {
  Range* r = asRange(self);
  Bounds b = boundsOf(r);
  Value start = b.length == 0 ? I.None() : r->start;
  Value step = b.length <= 1 ? I.None() : r->step;
  Ref key = Ref::steal(Value(newTupleOf(I, {r->length, start, step})));
  return hash(I, key.get());
}

Value rangeIterNext(Interp& I, Value self) {
  RangeIterator* it = static_cast<RangeIterator*>(self.asObject());
  if (it->remaining <= 0) return Value();
  int64_t v = it->next;
  it->next += it->step;
  --it->remaining;
  return newInt(I, v);
}

Value selfIter(Interp&, Value self) { return newRef(self); }

}  // namespace

void initRangeTypes(Interp& I) {
  Type* t = I.types.range;
  t->destroy = rangeDestroy;
  t->newInstance = rangeNew;
  t->repr = rangeRepr;
  t->length = rangeLen;
  t->getItem = rangeGetItem;
  t->contains = rangeContains;
  t->iter = rangeIter;
  t->getAttr = rangeGetAttr;
  t->richCompare = rangeRichCompare;
  t->hash = rangeHash;
  addMethod(I, t, "index", rangeIndexMethod);
  addMethod(I, t, "count", rangeCountMethod);
  Type* it = I.types.rangeIterator;
  it->iter = selfIter;
  it->next = rangeIterNext;
}

}  // namespace rw
