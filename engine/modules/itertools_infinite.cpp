// itertools.count, cycle and repeat.
#include "modules/itertools.h"
#include "modules/module_support.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

// ---- count(start=0, step=1) ----------------------------------------------------------------

enum CountSlot { kCountCurrent, kCountStep, kCountSlots };

bool isNumber(Interp& I, Value v) {
  Type* t = typeOf(I, v);
  return t->index || t->toInt || t->toFloat;
}

Value countNew(Interp& I, Type* type, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "count", args, {"start", "step"}, 0);
  Value start = a[0] ? a[0] : Value::smallInt(0);
  Value step = a[1] ? a[1] : Value::smallInt(1);
  if (!isNumber(I, start) || !isNumber(I, step)) raiseTypeError(I, "a number is required");
  IterState* s = newIterState(I, type, kCountSlots, 0);
  setSlot(s, kCountCurrent, start);
  setSlot(s, kCountStep, step);
  return Value(s);
}

Value countNext(Interp& I, Value self) {
  IterState* s = iterState(self);
  Ref current = Ref::borrow(s->slots[kCountCurrent]);
  Ref stepped = Ref::steal(binaryOp(I, current.get(), s->slots[kCountStep], BinaryOp::Add));
  setSlot(s, kCountCurrent, stepped.get());
  return current.release();
}

Value countRepr(Interp& I, Value self) {
  IterState* s = iterState(self);
  Value step = s->slots[kCountStep];
  int64_t stepValue;
  bool unitStep = isInt(I, step) && intToInt64(step, stepValue) && stepValue == 1;
  std::string text = "count(" + reprString(I, s->slots[kCountCurrent]);
  if (!unitStep) text += ", " + reprString(I, step);
  return Value(newStr(I, text + ")"));
}

// ---- cycle(iterable) -------------------------------------------------------------------------

enum CycleSlot { kCycleIterator, kCycleSaved, kCycleSlots };
enum CycleCounter { kCycleIndex, kCycleCounters };

Value cycleNew(Interp& I, Type* type, CallArgs args) {
  checkNoKeywords(I, "cycle", args);
  checkPositional(I, "cycle", args, 1, 1);
  Ref it = Ref::steal(getIter(I, args.args[0]));
  Ref saved = Ref::steal(Value(newList(I)));
  IterState* s = newIterState(I, type, kCycleSlots, kCycleCounters);
  setSlot(s, kCycleIterator, it.get());
  setSlot(s, kCycleSaved, saved.get());
  return Value(s);
}

Value cycleNext(Interp& I, Value self) {
  IterState* s = iterState(self);
  Ref keep = Ref::borrow(self);
  // The first pass reads the source and saves every item; later passes replay the saved ones.
  if (Value it = s->slots[kCycleIterator]) {
    Ref item = Ref::steal(iterNext(I, it));
    if (item) {
      listAppend(I, static_cast<List*>(s->slots[kCycleSaved].asObject()), item.get());
      return item.release();
    }
    clearSlot(s, kCycleIterator);
  }
  List* saved = static_cast<List*>(s->slots[kCycleSaved].asObject());
  if (saved->size == 0) return Value();
  int64_t& index = s->counters[kCycleIndex];
  Value item = saved->items[index];
  if (++index >= saved->size) index = 0;
  return newRef(item);
}

// ---- repeat(object[, times]) ---------------------------------------------------------------

enum RepeatSlot { kRepeatObject, kRepeatSlots };
enum RepeatCounter { kRepeatRemaining, kRepeatCounters };  // -1: forever

Value repeatNew(Interp& I, Type* type, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "repeat", args, {"object", "times"}, 1);
  int64_t remaining = -1;
  if (a[1]) {
    remaining = asSsize(I, a[1], I.exc.OverflowError);
    if (remaining < 0) remaining = 0;
  }
  IterState* s = newIterState(I, type, kRepeatSlots, kRepeatCounters);
  setSlot(s, kRepeatObject, a[0]);
  s->counters[kRepeatRemaining] = remaining;
  return Value(s);
}

Value repeatNext(Interp&, Value self) {
  IterState* s = iterState(self);
  int64_t& remaining = s->counters[kRepeatRemaining];
  if (remaining == 0) return Value();
  if (remaining > 0) --remaining;
  return newRef(s->slots[kRepeatObject]);
}

Value repeatRepr(Interp& I, Value self) {
  IterState* s = iterState(self);
  std::string text = "repeat(" + reprString(I, s->slots[kRepeatObject]);
  int64_t remaining = s->counters[kRepeatRemaining];
  if (remaining >= 0) text += ", " + std::to_string(remaining);
  return Value(newStr(I, text + ")"));
}

Value repeatLengthHint(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__length_hint__", args, 0, 0);
  int64_t remaining = iterState(self)->counters[kRepeatRemaining];
  if (remaining < 0) raiseTypeError(I, "len() of unsized object");
  return newInt(I, remaining);
}

}  // namespace

void initItertoolsInfinite(Interp& I, Module* module) {
  Type* count = newIterType(I, module, "count", countNext);
  count->newInstance = countNew;
  count->repr = countRepr;
  Type* cycle = newIterType(I, module, "cycle", cycleNext);
  cycle->newInstance = cycleNew;
  Type* repeat = newIterType(I, module, "repeat", repeatNext);
  repeat->newInstance = repeatNew;
  repeat->repr = repeatRepr;
  addMethod(I, repeat, "__length_hint__", repeatLengthHint);
}

}  // namespace rw
