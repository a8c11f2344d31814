// itertools.tee: the copies share a chain of _tee_dataobject blocks of 57 values, each read
// once from the source by whichever copy is ahead; a block dies when every copy has moved
// past it (CPython's layout, so values die at the same points).
#include "modules/itertools.h"
#include "modules/module_support.h"
#include "modules/native_modules.h"
#include "objects/function.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

constexpr size_t kLinkCells = 57;

enum DataSlot { kDataIterator, kDataNext, kDataFirstValue };
enum DataCounter { kDataRead, kDataRunning, kDataCounters };

enum TeeSlot { kTeeData, kTeeSlots };
enum TeeCounter { kTeeIndex, kTeeCounters };

IterState* newData(Interp& I, Value iterator) {
  IterState* d =
      newIterState(I, iterType(I, "_tee_dataobject"), kDataFirstValue + kLinkCells, kDataCounters);
  setSlot(d, kDataIterator, iterator);
  return d;
}

Value newTee(Interp& I, Type* type, Value data, int64_t index) {
  IterState* t = newIterState(I, type, kTeeSlots, kTeeCounters);
  setSlot(t, kTeeData, data);
  t->counters[kTeeIndex] = index;
  return Value(t);
}

Value teeCopy(Interp& I, Value tee) {
  IterState* t = iterState(tee);
  return newTee(I, iterType(I, "_tee"), t->slots[kTeeData], t->counters[kTeeIndex]);
}

// CPython's tee_fromiterable: a tee over the iterable's iterator, or a copy when the iterator
// is a tee already.
Value teeFromIterable(Interp& I, Value iterable) {
  Ref it = Ref::steal(getIter(I, iterable));
  if (isInstance(I, it.get(), iterType(I, "_tee"))) return teeCopy(I, it.get());
  Ref data = Ref::steal(Value(newData(I, it.get())));
  return newTee(I, iterType(I, "_tee"), data.get(), 0);
}

Value dataGet(Interp& I, IterState* d, int64_t i) {
  if (i < d->counters[kDataRead]) return newRef(d->slots[kDataFirstValue + i]);
  // The copy that is ahead reads the source.
  if (d->counters[kDataRunning])
    raiseError(I, I.exc.RuntimeError, "cannot re-enter the tee iterator");
  d->counters[kDataRunning] = 1;
  Value value;
  try {
    value = iterNext(I, d->slots[kDataIterator]);
  } catch (PyException&) {
    d->counters[kDataRunning] = 0;
    throw;
  }
  d->counters[kDataRunning] = 0;
  if (!value) return Value();
  ++d->counters[kDataRead];
  setSlot(d, kDataFirstValue + i, value);
  return value;
}

Value teeNext(Interp& I, Value self) {
  IterState* t = iterState(self);
  Ref keep = Ref::borrow(self);
  if (t->counters[kTeeIndex] >= static_cast<int64_t>(kLinkCells)) {
    IterState* d = iterState(t->slots[kTeeData]);
    if (!d->slots[kDataNext]) {
      Ref link = Ref::steal(Value(newData(I, d->slots[kDataIterator])));
      setSlot(d, kDataNext, link.get());
    }
    setSlot(t, kTeeData, d->slots[kDataNext]);
    t->counters[kTeeIndex] = 0;
  }
  Ref data = Ref::borrow(t->slots[kTeeData]);
  Value value = dataGet(I, iterState(data.get()), t->counters[kTeeIndex]);
  if (!value) return Value();
  ++t->counters[kTeeIndex];
  return value;
}

Value teeNew(Interp& I, Type*, CallArgs args) {
  checkNoKeywords(I, "_tee", args);
  checkPositional(I, "_tee", args, 1, 1);
  return teeFromIterable(I, args.args[0]);
}

Value teeCopyMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__copy__", args, 0, 0);
  return teeCopy(I, self);
}

Value itertoolsTee(Interp& I, Value, CallArgs args) {
  checkNoKeywords(I, "tee", args);
  checkPositional(I, "tee", args, 1, 2);
  int64_t n = args.nargs == 2 ? asSsize(I, args.args[1], I.exc.OverflowError) : 2;
  if (n < 0) raiseValueError(I, "n must be >= 0");
  Ref result = Ref::steal(Value(newTuple(I, n)));
  Tuple* t = result.as<Tuple>();
  for (int64_t i = 0; i < n; ++i)
    t->items()[i] = Value::smallInt(0);
  if (n == 0) return result.release();
  Ref it = Ref::steal(getIter(I, args.args[0]));
  Ref copyable;
  Ref copy = Ref::steal(lookupAttr(I, it.get(), I.intern("__copy__")));
  if (copy) {
    copyable = it;
  } else {
    copyable = Ref::steal(teeFromIterable(I, it.get()));
    copy = Ref::steal(getAttr(I, copyable.get(), I.intern("__copy__")));
  }
  t->items()[0] = copyable.release();
  for (int64_t i = 1; i < n; ++i)
    t->items()[i] = call(I, copy.get(), {});
  return result.release();
}

}  // namespace

void initItertoolsTee(Interp& I, Module* module) {
  Type* tee = newIterType(I, module, "_tee", teeNext);
  tee->newInstance = teeNew;
  addMethod(I, tee, "__copy__", teeCopyMethod);
  // A data block is not iterable itself; it only holds values for the tees.
  newIterType(I, module, "_tee_dataobject", nullptr);
  I.intern("__copy__");
  addModuleFunction(I, module, "tee", itertoolsTee);
}

}  // namespace rw
