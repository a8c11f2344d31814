// itertools.product, permutations, combinations and combinations_with_replacement, with
// CPython's index bookkeeping so that results come in the same order.
#include "modules/itertools.h"
#include "modules/module_support.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

// Every combinatoric iterator: its pool(s), the previous result, whether it has finished and
// its index arrays in the counters after the fixed ones.
enum Slot { kPool, kResult, kSlots };
enum Counter { kStopped, kR, kFirstIndex };

Tuple* poolOf(IterState* s) {
  return static_cast<Tuple*>(s->slots[kPool].asObject());
}

// A copy of the previous result (the first one when there is none yet), to be updated.
Ref nextResult(Interp& I, IterState* s, int64_t size) {
  Value previous = s->slots[kResult];
  if (previous)
    return Ref::steal(
        Value(newTupleFrom(I, static_cast<Tuple*>(previous.asObject())->items(), size)));
  Tuple* t = newTuple(I, size);
  for (int64_t i = 0; i < size; ++i)
    t->items()[i] = Value::smallInt(0);
  return Ref::steal(Value(t));
}

void setItem(Tuple* t, int64_t i, Value v) {
  Value old = t->items()[i];
  t->items()[i] = newRef(v);
  decref(old);
}

Value publish(IterState* s, Ref& result) {
  setSlot(s, kResult, result.get());
  return result.release();
}

Value finish(IterState* s) {
  s->counters[kStopped] = 1;
  return Value();
}

// ---- product(*iterables, repeat=1) ----------------------------------------------------------

Value productNew(Interp& I, Type* type, CallArgs args) {
  int64_t repeat = 1;
  for (size_t k = 0; k < args.nkw(); ++k) {
    std::string_view name = strView(args.kwnames->item(static_cast<int64_t>(k)));
    if (name != "repeat")
      raiseTypeError(I, "'" + std::string(name) + "' is an invalid keyword argument for product()");
    repeat = asSsize(I, args.kwValue(k), I.exc.OverflowError);
    if (repeat < 0) raiseValueError(I, "repeat argument cannot be negative");
  }
  int64_t nargs = repeat == 0 ? 0 : static_cast<int64_t>(args.nargs);
  if (repeat > 0 && nargs > (INT64_MAX / 8) / repeat)
    raiseError(I, I.exc.OverflowError, "repeat argument too large");
  int64_t npools = nargs * repeat;
  std::vector<Ref> pools;
  for (int64_t i = 0; i < nargs; ++i)
    pools.push_back(Ref::steal(tupleOf(I, args.args[i])));
  Ref all = Ref::steal(Value(newTuple(I, npools)));
  for (int64_t i = 0; i < npools; ++i)
    all.as<Tuple>()->items()[i] = newRef(pools[i % nargs].get());
  IterState* s = newIterState(I, type, kSlots, kFirstIndex + npools);
  setSlot(s, kPool, all.get());
  s->counters[kR] = npools;
  return Value(s);
}

Value productNext(Interp& I, Value self) {
  IterState* s = iterState(self);
  if (s->counters[kStopped]) return Value();
  Tuple* pools = poolOf(s);
  int64_t npools = pools->size;
  Ref result = nextResult(I, s, npools);
  Tuple* t = result.as<Tuple>();
  auto pool = [&](int64_t i) { return static_cast<Tuple*>(pools->item(i).asObject()); };
  if (!s->slots[kResult]) {
    for (int64_t i = 0; i < npools; ++i) {
      if (pool(i)->size == 0) return finish(s);
      setItem(t, i, pool(i)->item(0));
    }
    return publish(s, result);
  }
  // Advance the indices right to left, carrying into the next pool on roll-over.
  int64_t* indices = &s->counters[kFirstIndex];
  int64_t i = npools - 1;
  for (; i >= 0; --i) {
    if (++indices[i] == pool(i)->size) {
      indices[i] = 0;
      setItem(t, i, pool(i)->item(0));
    } else {
      setItem(t, i, pool(i)->item(indices[i]));
      break;
    }
  }
  if (i < 0) return finish(s);
  return publish(s, result);
}

// ---- combinations(iterable, r), combinations_with_replacement(iterable, r) --------------------

Value newCombinations(Interp& I, Type* type, CallArgs args, const char* name, bool replace) {
  std::vector<Value> a = bindArguments(I, name, args, {"iterable", "r"}, 2);
  Ref pool = Ref::steal(tupleOf(I, a[0]));
  int64_t r = asSsize(I, a[1], I.exc.OverflowError);
  if (r < 0) raiseValueError(I, "r must be non-negative");
  int64_t n = pool.as<Tuple>()->size;
  IterState* s = newIterState(I, type, kSlots, kFirstIndex + r);
  setSlot(s, kPool, pool.get());
  s->counters[kR] = r;
  for (int64_t i = 0; i < r; ++i)
    s->counters[kFirstIndex + i] = replace ? 0 : i;
  s->counters[kStopped] = replace ? (n == 0 && r > 0) : r > n;
  return Value(s);
}

Value combinationsNew(Interp& I, Type* type, CallArgs args) {
  return newCombinations(I, type, args, "combinations", false);
}

Value combinationsNext(Interp& I, Value self) {
  IterState* s = iterState(self);
  if (s->counters[kStopped]) return Value();
  Tuple* pool = poolOf(s);
  int64_t n = pool->size, r = s->counters[kR];
  int64_t* indices = &s->counters[kFirstIndex];
  bool first = !s->slots[kResult];
  Ref result = nextResult(I, s, r);
  Tuple* t = result.as<Tuple>();
  int64_t i = 0;
  if (!first) {
    // The rightmost index not at its maximum (i + n - r) moves up; those after it follow.
    for (i = r - 1; i >= 0 && indices[i] == i + n - r; --i) {
    }
    if (i < 0) return finish(s);
    ++indices[i];
    for (int64_t j = i + 1; j < r; ++j)
      indices[j] = indices[j - 1] + 1;
  }
  for (; i < r; ++i)
    setItem(t, i, pool->item(indices[i]));
  return publish(s, result);
}

Value replacementNew(Interp& I, Type* type, CallArgs args) {
  return newCombinations(I, type, args, "combinations_with_replacement", true);
}

Value replacementNext(Interp& I, Value self) {
  IterState* s = iterState(self);
  if (s->counters[kStopped]) return Value();
  Tuple* pool = poolOf(s);
  int64_t n = pool->size, r = s->counters[kR];
  int64_t* indices = &s->counters[kFirstIndex];
  Ref result = nextResult(I, s, r);
  Tuple* t = result.as<Tuple>();
  if (!s->slots[kResult]) {
    for (int64_t i = 0; i < r; ++i)
      setItem(t, i, pool->item(0));
    return publish(s, result);
  }
  // The rightmost index below n - 1 moves up; every index after it takes the same value.
  int64_t i = r - 1;
  while (i >= 0 && indices[i] == n - 1)
    --i;
  if (i < 0) return finish(s);
  int64_t index = indices[i] + 1;
  for (; i < r; ++i) {
    indices[i] = index;
    setItem(t, i, pool->item(index));
  }
  return publish(s, result);
}

// ---- permutations(iterable, r=None) ---------------------------------------------------------

// Counters after the fixed ones: n indices, then r cycles.
Value permutationsNew(Interp& I, Type* type, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "permutations", args, {"iterable", "r"}, 1);
  Ref pool = Ref::steal(tupleOf(I, a[0]));
  int64_t n = pool.as<Tuple>()->size;
  int64_t r = n;
  if (a[1] && !a[1].is(I.None())) {
    if (!isInt(I, a[1])) raiseTypeError(I, "Expected int as r");
    r = asSsize(I, a[1], I.exc.OverflowError);
  }
  if (r < 0) raiseValueError(I, "r must be non-negative");
  IterState* s = newIterState(I, type, kSlots, kFirstIndex + n + (r < n ? r : n));
  setSlot(s, kPool, pool.get());
  s->counters[kR] = r;
  for (int64_t i = 0; i < n; ++i)
    s->counters[kFirstIndex + i] = i;
  for (int64_t i = 0; i < r && i < n; ++i)
    s->counters[kFirstIndex + n + i] = n - i;
  s->counters[kStopped] = r > n;
  return Value(s);
}

Value permutationsNext(Interp& I, Value self) {
  IterState* s = iterState(self);
  if (s->counters[kStopped]) return Value();
  Tuple* pool = poolOf(s);
  int64_t n = pool->size, r = s->counters[kR];
  int64_t* indices = &s->counters[kFirstIndex];
  int64_t* cycles = indices + n;
  if (!s->slots[kResult]) {
    Ref result = nextResult(I, s, r);
    for (int64_t i = 0; i < r; ++i)
      setItem(result.as<Tuple>(), i, pool->item(indices[i]));
    return publish(s, result);
  }
  if (n == 0) return finish(s);
  Ref result = nextResult(I, s, r);
  Tuple* t = result.as<Tuple>();
  // Decrement the rightmost cycle; on reaching zero rotate that tail and move left.
  int64_t i = r - 1;
  for (; i >= 0; --i) {
    if (--cycles[i] == 0) {
      int64_t index = indices[i];
      for (int64_t j = i; j < n - 1; ++j)
        indices[j] = indices[j + 1];
      indices[n - 1] = index;
      cycles[i] = n - i;
    } else {
      int64_t j = cycles[i];
      std::swap(indices[i], indices[n - j]);
      for (int64_t k = i; k < r; ++k)
        setItem(t, k, pool->item(indices[k]));
      break;
    }
  }
  if (i < 0) return finish(s);
  return publish(s, result);
}

}  // namespace

void initItertoolsCombinatoric(Interp& I, Module* module) {
  newIterType(I, module, "product", productNext)->newInstance = productNew;
  newIterType(I, module, "permutations", permutationsNext)->newInstance = permutationsNew;
  newIterType(I, module, "combinations", combinationsNext)->newInstance = combinationsNew;
  newIterType(I, module, "combinations_with_replacement", replacementNext)->newInstance =
      replacementNew;
}

}  // namespace rw
