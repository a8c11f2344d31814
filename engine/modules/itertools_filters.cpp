// itertools.compress, dropwhile, takewhile, filterfalse, islice and starmap.
#include "modules/itertools.h"
#include "modules/module_support.h"
#include "objects/int.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

// A predicate (or function) and the iterator it applies to: dropwhile, takewhile,
// filterfalse and starmap.
enum FunctionSlot { kFunction, kIterator, kFunctionSlots };
enum FlagCounter { kFlag, kFlagCounters };  // dropwhile: started; takewhile: stopped

Value newFunctionIterator(Interp& I, Type* type, CallArgs args, const char* name) {
  checkNoKeywords(I, name, args);
  checkPositional(I, name, args, 2, 2);
  Ref it = Ref::steal(getIter(I, args.args[1]));
  IterState* s = newIterState(I, type, kFunctionSlots, kFlagCounters);
  setSlot(s, kFunction, args.args[0]);
  setSlot(s, kIterator, it.get());
  return Value(s);
}

bool callPredicate(Interp& I, Value function, Value item) {
  Ref f = Ref::borrow(function);
  Ref verdict = Ref::steal(call(I, f.get(), {item}));
  return truthy(I, verdict.get());
}

// ---- compress(data, selectors) ---------------------------------------------------------------

enum CompressSlot { kCompressData, kCompressSelectors, kCompressSlots };

Value compressNew(Interp& I, Type* type, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "compress", args, {"data", "selectors"}, 2);
  Ref data = Ref::steal(getIter(I, a[0]));
  Ref selectors = Ref::steal(getIter(I, a[1]));
  IterState* s = newIterState(I, type, kCompressSlots, 0);
  setSlot(s, kCompressData, data.get());
  setSlot(s, kCompressSelectors, selectors.get());
  return Value(s);
}

Value compressNext(Interp& I, Value self) {
  IterState* s = iterState(self);
  Ref keep = Ref::borrow(self);
  while (true) {
    Ref datum = Ref::steal(iterNext(I, s->slots[kCompressData]));
    if (!datum) return Value();
    Ref selector = Ref::steal(iterNext(I, s->slots[kCompressSelectors]));
    if (!selector) return Value();
    if (truthy(I, selector.get())) return datum.release();
  }
}

// ---- dropwhile, takewhile, filterfalse, starmap ---------------------------------------------

Value dropwhileNew(Interp& I, Type* type, CallArgs args) {
  return newFunctionIterator(I, type, args, "dropwhile");
}

Value dropwhileNext(Interp& I, Value self) {
  IterState* s = iterState(self);
  Ref keep = Ref::borrow(self);
  while (true) {
    Ref item = Ref::steal(iterNext(I, s->slots[kIterator]));
    if (!item) return Value();
    if (s->counters[kFlag]) return item.release();
    if (!callPredicate(I, s->slots[kFunction], item.get())) {
      s->counters[kFlag] = 1;
      return item.release();
    }
  }
}

Value takewhileNew(Interp& I, Type* type, CallArgs args) {
  return newFunctionIterator(I, type, args, "takewhile");
}

Value takewhileNext(Interp& I, Value self) {
  IterState* s = iterState(self);
  Ref keep = Ref::borrow(self);
  if (s->counters[kFlag]) return Value();
  Ref item = Ref::steal(iterNext(I, s->slots[kIterator]));
  if (!item) return Value();
  if (callPredicate(I, s->slots[kFunction], item.get())) return item.release();
  s->counters[kFlag] = 1;
  return Value();
}

Value filterfalseNew(Interp& I, Type* type, CallArgs args) {
  return newFunctionIterator(I, type, args, "filterfalse");
}

Value filterfalseNext(Interp& I, Value self) {
  IterState* s = iterState(self);
  Ref keep = Ref::borrow(self);
  Value function = s->slots[kFunction];
  bool truthOnly = function.is(I.None()) || function.is(Value(I.types.bool_));
  while (true) {
    Ref item = Ref::steal(iterNext(I, s->slots[kIterator]));
    if (!item) return Value();
    bool ok = truthOnly ? truthy(I, item.get()) : callPredicate(I, function, item.get());
    if (!ok) return item.release();
  }
}

Value starmapNew(Interp& I, Type* type, CallArgs args) {
  return newFunctionIterator(I, type, args, "starmap");
}

Value starmapNext(Interp& I, Value self) {
  IterState* s = iterState(self);
  Ref keep = Ref::borrow(self);
  Ref item = Ref::steal(iterNext(I, s->slots[kIterator]));
  if (!item) return Value();
  Ref arguments = Ref::steal(tupleOf(I, item.get()));
  Tuple* t = arguments.as<Tuple>();
  Ref function = Ref::borrow(s->slots[kFunction]);
  return call(I, function.get(), CallArgs{t->items(), static_cast<size_t>(t->size), nullptr});
}

// ---- islice(iterable, stop) / islice(iterable, start, stop[, step]) ----------------------------

enum IsliceSlot { kIsliceIterator, kIsliceSlots };
enum IsliceCounter { kIsliceNext, kIsliceStop, kIsliceStep, kIsliceCount, kIsliceCounters };

constexpr const char* kStopMessage =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

// An index argument of islice: false for non-integers and ints beyond the C range (CPython
// words both as the same ValueError).
bool indexValue(Interp& I, Value v, int64_t& out) {
  Type* t = typeOf(I, v);
  if (!t->index) return false;
  Ref i = Ref::steal(index(I, v));
  return intToInt64(i.get(), out);
}

Value isliceNew(Interp& I, Type* type, CallArgs args) {
  checkNoKeywords(I, "islice", args);
  checkPositional(I, "islice", args, 2, 4);
  int64_t start = 0, stop = -1, step = 1;
  auto readStop = [&](Value v) {
    if (v.is(I.None())) return;
    if (!indexValue(I, v, stop) || stop == -1) raiseValueError(I, kStopMessage);
  };
  if (args.nargs == 2) {
    readStop(args.args[1]);
  } else {
    if (!args.args[1].is(I.None()) && !indexValue(I, args.args[1], start)) start = -1;
    readStop(args.args[2]);
  }
  if (start < 0 || stop < -1)
    raiseValueError(I, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  if (args.nargs == 4 && !args.args[3].is(I.None()) && !indexValue(I, args.args[3], step))
    step = -1;
  if (step < 1) raiseValueError(I, "Step for islice() must be a positive integer or None.");
  Ref it = Ref::steal(getIter(I, args.args[0]));
  IterState* s = newIterState(I, type, kIsliceSlots, kIsliceCounters);
  setSlot(s, kIsliceIterator, it.get());
  s->counters[kIsliceNext] = start;
  s->counters[kIsliceStop] = stop;
  s->counters[kIsliceStep] = step;
  return Value(s);
}

Value isliceNext(Interp& I, Value self) {
  IterState* s = iterState(self);
  Ref keep = Ref::borrow(self);
  Value it = s->slots[kIsliceIterator];
  if (!it) return Value();
  int64_t stop = s->counters[kIsliceStop];
  while (s->counters[kIsliceCount] < s->counters[kIsliceNext]) {
    Ref skipped = Ref::steal(iterNext(I, it));
    if (!skipped) {
      clearSlot(s, kIsliceIterator);
      return Value();
    }
    ++s->counters[kIsliceCount];
  }
  if (stop != -1 && s->counters[kIsliceCount] >= stop) {
    clearSlot(s, kIsliceIterator);
    return Value();
  }
  Ref item = Ref::steal(iterNext(I, it));
  if (!item) {
    clearSlot(s, kIsliceIterator);
    return Value();
  }
  ++s->counters[kIsliceCount];
  int64_t old = s->counters[kIsliceNext];
  uint64_t next = static_cast<uint64_t>(old) + static_cast<uint64_t>(s->counters[kIsliceStep]);
  int64_t wrapped = static_cast<int64_t>(next);
  s->counters[kIsliceNext] = wrapped < old || (stop != -1 && wrapped > stop) ? stop : wrapped;
  return item.release();
}

}  // namespace

void initItertoolsFilters(Interp& I, Module* module) {
  newIterType(I, module, "compress", compressNext)->newInstance = compressNew;
  newIterType(I, module, "dropwhile", dropwhileNext)->newInstance = dropwhileNew;
  newIterType(I, module, "takewhile", takewhileNext)->newInstance = takewhileNew;
  newIterType(I, module, "filterfalse", filterfalseNext)->newInstance = filterfalseNew;
  newIterType(I, module, "starmap", starmapNext)->newInstance = starmapNew;
  newIterType(I, module, "islice", isliceNext)->newInstance = isliceNew;
}

}  // namespace rw
