// slice objects and CPython's index clamping for slicing.
#include "objects/slice.h"

#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

Value newSlice(Interp& I, Value start, Value stop, Value step) {
  Slice* s = I.alloc<Slice>(I.types.slice);
  s->start = newRef(start);
  s->stop = newRef(stop);
  s->step = newRef(step);
  return Value(s);
}

namespace {

// A slice bound clamped into int64 (huge values saturate, like _PyEval_SliceIndex).
int64_t sliceBound(Interp& I, Value v) {
  if (v.isSmallInt()) return v.asSmallInt();
  if (!typeOf(I, v)->index)
    raiseTypeError(I, "slice indices must be integers or None or have an __index__ method");
  Ref i = Ref::steal(index(I, v));
  int64_t out;
  if (intToInt64(i.get(), out)) return out;
  return support::BigInt::compare(toBigInt(i.get()), support::BigInt(0)) < 0 ? INT64_MIN + 1
                                                                              : INT64_MAX;
}

int64_t clampedLength(int64_t& start, int64_t& stop, int64_t step, int64_t length,
                      bool hasStart, bool hasStop) {
  if (!hasStart) {
    start = step < 0 ? length - 1 : 0;
  } else {
    if (start < 0) {
      start += length;
      if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= length) {
      start = step < 0 ? length - 1 : length;
    }
  }
  if (!hasStop) {
    stop = step < 0 ? -1 : length;
  } else {
    if (stop < 0) {
      stop += length;
      if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= length) {
      stop = step < 0 ? length - 1 : length;
    }
  }
  if (step < 0) return stop < start ? (start - stop - 1) / (-step) + 1 : 0;
  return start < stop ? (stop - start - 1) / step + 1 : 0;
}

}  // namespace

int64_t sliceIndices(Interp& I, Slice* slice, int64_t length, int64_t& start, int64_t& stop,
                     int64_t& step) {
  step = slice->step.is(I.None()) ? 1 : sliceBound(I, slice->step);
  if (step == 0) raiseValueError(I, "slice step cannot be zero");
  bool hasStart = !slice->start.is(I.None());
  bool hasStop = !slice->stop.is(I.None());
  start = hasStart ? sliceBound(I, slice->start) : 0;
  stop = hasStop ? sliceBound(I, slice->stop) : 0;
  return clampedLength(start, stop, step, length, hasStart, hasStop);
}

int64_t sliceIndices(Interp& I, Value startValue, Value stopValue, int64_t length,
                     int64_t& start, int64_t& stop) {
  bool hasStart = !startValue.is(I.None());
  bool hasStop = !stopValue.is(I.None());
  start = hasStart ? sliceBound(I, startValue) : 0;
  stop = hasStop ? sliceBound(I, stopValue) : 0;
  return clampedLength(start, stop, 1, length, hasStart, hasStop);
}

namespace {

void sliceDestroy(Object* o) {
  Slice* s = static_cast<Slice*>(o);
  decref(s->start);
  decref(s->stop);
  decref(s->step);
}

Value sliceRepr(Interp& I, Value self) {
  Slice* s = static_cast<Slice*>(self.asObject());
  return Value(newStr(I, "slice(" + reprString(I, s->start) + ", " + reprString(I, s->stop) +
                             ", " + reprString(I, s->step) + ")"));
}

Value sliceNew(Interp& I, Type*, CallArgs args) {
  checkNoKeywords(I, "slice", args);
  checkArgCount(I, "slice", args, 1, 3);
  if (args.nargs == 1) return newSlice(I, I.None(), args.args[0], I.None());
  return newSlice(I, args.args[0], args.args[1], args.nargs == 3 ? args.args[2] : I.None());
}

Value sliceGetAttr(Interp& I, Value self, Str* name) {
  Slice* s = static_cast<Slice*>(self.asObject());
  if (name->view() == "start") return newRef(s->start);
  if (name->view() == "stop") return newRef(s->stop);
  if (name->view() == "step") return newRef(s->step);
  return genericGetAttr(I, self, name);
}

Value sliceRichCompare(Interp& I, Value a, Value b, CompareOp op) {
  if (!isType(I, b, I.types.slice)) return newRef(Value(I.notImplemented));
  Slice* x = static_cast<Slice*>(a.asObject());
  Slice* y = static_cast<Slice*>(b.asObject());
  Ref tx = Ref::steal(Value(newTupleOf(I, {x->start, x->stop, x->step})));
  Ref ty = Ref::steal(Value(newTupleOf(I, {y->start, y->stop, y->step})));
  return richCompare(I, tx.get(), ty.get(), op);
}

// slice.indices(length): the bounds a sequence of that length would use.
Value sliceIndicesMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "indices", args, 1, 1);
  int64_t length = asSsize(I, args.args[0], I.exc.OverflowError);
  if (length < 0) raiseValueError(I, "length should not be negative");
  int64_t start, stop, step;
  sliceIndices(I, static_cast<Slice*>(self.asObject()), length, start, stop, step);
  Ref a = Ref::steal(newInt(I, start)), b = Ref::steal(newInt(I, stop)),
      c = Ref::steal(newInt(I, step));
  return Value(newTupleOf(I, {a.get(), b.get(), c.get()}));
}

}  // namespace

void initSliceType(Interp& I) {
  Type* t = I.types.slice;
  t->destroy = sliceDestroy;
  t->repr = sliceRepr;
  t->newInstance = sliceNew;
  t->getAttr = sliceGetAttr;
  t->richCompare = sliceRichCompare;
  addMethod(I, t, "indices", sliceIndicesMethod);
}

}  // namespace rw
