// itertools.accumulate, chain (and chain.from_iterable), pairwise and zip_longest.
#include "modules/itertools.h"
#include "modules/module_support.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

// ---- accumulate(iterable, func=None, *, initial=None) -----------------------------------------

enum AccumulateSlot { kAccIterator, kAccFunction, kAccTotal, kAccInitial, kAccSlots };

Value accumulateNew(Interp& I, Type* type, CallArgs args) {
  if (args.nargs > 2)
    raiseTypeError(I, "accumulate() takes at most 2 positional arguments (" +
                          std::to_string(args.nargs) + " given)");
  std::vector<Value> a = bindArguments(I, "accumulate", args, {"iterable", "func", "initial"}, 1);
  Ref it = Ref::steal(getIter(I, a[0]));
  IterState* s = newIterState(I, type, kAccSlots, 0);
  setSlot(s, kAccIterator, it.get());
  if (a[1] && !a[1].is(I.None())) setSlot(s, kAccFunction, a[1]);
  if (a[2] && !a[2].is(I.None())) setSlot(s, kAccInitial, a[2]);
  return Value(s);
}

Value accumulateNext(Interp& I, Value self) {
  IterState* s = iterState(self);
  Ref keep = Ref::borrow(self);
  if (Value initial = s->slots[kAccInitial]) {
    setSlot(s, kAccTotal, initial);
    clearSlot(s, kAccInitial);
    return newRef(s->slots[kAccTotal]);
  }
  Ref value = Ref::steal(iterNext(I, s->slots[kAccIterator]));
  if (!value) return Value();
  if (!s->slots[kAccTotal]) {
    setSlot(s, kAccTotal, value.get());
    return value.release();
  }
  Ref total = Ref::borrow(s->slots[kAccTotal]);
  Ref next;
  if (Value function = s->slots[kAccFunction]) {
    Ref f = Ref::borrow(function);
    next = Ref::steal(call(I, f.get(), {total.get(), value.get()}));
  } else {
    next = Ref::steal(binaryOp(I, total.get(), value.get(), BinaryOp::Add));
  }
  setSlot(s, kAccTotal, next.get());
  return next.release();
}

// ---- chain(*iterables), chain.from_iterable(iterable) -------------------------------------------

enum ChainSlot { kChainSource, kChainActive, kChainSlots };

Value newChain(Interp& I, Type* type, Value source) {
  IterState* s = newIterState(I, type, kChainSlots, 0);
  setSlot(s, kChainSource, source);
  return Value(s);
}

Value chainNew(Interp& I, Type* type, CallArgs args) {
  checkNoKeywords(I, "chain", args);
  Ref tuple = Ref::steal(Value(newTupleFrom(I, args.args, static_cast<int64_t>(args.nargs))));
  Ref source = Ref::steal(getIter(I, tuple.get()));
  return newChain(I, type, source.get());
}

Value chainFromIterable(Interp& I, Value type, CallArgs args) {
  checkNoKeywords(I, "chain.from_iterable", args);
  checkArgCount(I, "chain.from_iterable", args, 1, 1);
  Ref source = Ref::steal(getIter(I, args.args[0]));
  return newChain(I, static_cast<Type*>(type.asObject()), source.get());
}

Value chainNext(Interp& I, Value self) {
  IterState* s = iterState(self);
  Ref keep = Ref::borrow(self);
  while (s->slots[kChainSource]) {
    if (!s->slots[kChainActive]) {
      Ref iterable;
      Ref active;
      try {
        iterable = Ref::steal(iterNext(I, s->slots[kChainSource]));
        if (iterable) active = Ref::steal(getIter(I, iterable.get()));
      } catch (PyException&) {
        clearSlot(s, kChainSource);
        throw;
      }
      if (!iterable) {
        clearSlot(s, kChainSource);
        return Value();
      }
      setSlot(s, kChainActive, active.get());
    }
    Ref item = Ref::steal(iterNext(I, s->slots[kChainActive]));
    if (item) return item.release();
    clearSlot(s, kChainActive);
  }
  return Value();
}

// ---- pairwise(iterable) -------------------------------------------------------------------

enum PairwiseSlot { kPairIterator, kPairOld, kPairSlots };

Value pairwiseNew(Interp& I, Type* type, CallArgs args) {
  checkNoKeywords(I, "pairwise", args);
  checkPositional(I, "pairwise", args, 1, 1);
  Ref it = Ref::steal(getIter(I, args.args[0]));
  IterState* s = newIterState(I, type, kPairSlots, 0);
  setSlot(s, kPairIterator, it.get());
  return Value(s);
}

Value pairwiseNext(Interp& I, Value self) {
  IterState* s = iterState(self);
  Ref keep = Ref::borrow(self);
  Ref it = Ref::borrow(s->slots[kPairIterator]);
  if (!it) return Value();
  if (!s->slots[kPairOld]) {
    Ref old = Ref::steal(iterNext(I, it.get()));
    if (!old) {
      clearSlot(s, kPairIterator);
      return Value();
    }
    setSlot(s, kPairOld, old.get());
  }
  Ref next = Ref::steal(iterNext(I, it.get()));
  if (!next) {
    clearSlot(s, kPairIterator);
    clearSlot(s, kPairOld);
    return Value();
  }
  Ref pair = Ref::steal(Value(newTupleOf(I, {s->slots[kPairOld], next.get()})));
  setSlot(s, kPairOld, next.get());
  return pair.release();
}

// ---- zip_longest(*iterables, fillvalue=None) ----------------------------------------------------

// Slot 0 is the fill value, then one iterator per input (null once exhausted).
enum ZipLongestSlot { kZipFill, kZipFirstIterator };
enum ZipLongestCounter { kZipActive, kZipCounters };

Value zipLongestNew(Interp& I, Type* type, CallArgs args) {
  Value fill = I.None();
  for (size_t k = 0; k < args.nkw(); ++k) {
    if (strView(args.kwnames->item(static_cast<int64_t>(k))) != "fillvalue")
      raiseTypeError(I, "zip_longest() got an unexpected keyword argument");
    fill = args.kwValue(k);
  }
  std::vector<Ref> iterators;
  for (size_t i = 0; i < args.nargs; ++i)
    iterators.push_back(Ref::steal(getIter(I, args.args[i])));
  IterState* s = newIterState(I, type, kZipFirstIterator + args.nargs, kZipCounters);
  setSlot(s, kZipFill, fill);
  for (size_t i = 0; i < iterators.size(); ++i)
    setSlot(s, kZipFirstIterator + i, iterators[i].get());
  s->counters[kZipActive] = static_cast<int64_t>(args.nargs);
  return Value(s);
}

Value zipLongestNext(Interp& I, Value self) {
  IterState* s = iterState(self);
  Ref keep = Ref::borrow(self);
  size_t n = s->slots.size() - kZipFirstIterator;
  if (n == 0 || s->counters[kZipActive] == 0) return Value();
  Ref result = Ref::steal(Value(newTuple(I, static_cast<int64_t>(n))));
  Tuple* t = result.as<Tuple>();
  for (size_t i = 0; i < n; ++i)
    t->items()[i] = Value::smallInt(0);
  for (size_t i = 0; i < n; ++i) {
    Value it = s->slots[kZipFirstIterator + i];
    Value item;
    if (it) {
      try {
        item = iterNext(I, it);
      } catch (PyException&) {
        s->counters[kZipActive] = 0;
        throw;
      }
      if (!item) {
        if (--s->counters[kZipActive] == 0) return Value();
        clearSlot(s, kZipFirstIterator + i);
      }
    }
    t->items()[i] = item ? item : newRef(s->slots[kZipFill]);
  }
  return result.release();
}

}  // namespace

void initItertoolsChains(Interp& I, Module* module) {
  newIterType(I, module, "accumulate", accumulateNext)->newInstance = accumulateNew;
  Type* chain = newIterType(I, module, "chain", chainNext);
  chain->newInstance = chainNew;
  addMethod(I, chain, "from_iterable", chainFromIterable, nullptr, true);
  newIterType(I, module, "pairwise", pairwiseNext)->newInstance = pairwiseNew;
  newIterType(I, module, "zip_longest", zipLongestNext)->newInstance = zipLongestNew;
}

}  // namespace rw
