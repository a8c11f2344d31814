// itertools.groupby and its _grouper: groups share the parent's iterator, and a group stops
// yielding as soon as the parent moves on to another group (CPython's currgrouper check).
#include "modules/itertools.h"
#include "modules/module_support.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

enum GroupbySlot { kIterator, kKeyFunction, kTargetKey, kCurrentKey, kCurrentValue, kGroupbySlots };
// The serial of the grouper that may still read (0: none). A serial rather than a pointer, so
// that the parent never refers to a grouper that has died.
enum GroupbyCounter { kCurrentGrouper, kGroupbyCounters };

enum GrouperSlot { kParent, kGrouperKey, kGrouperSlots };

Value groupbyNew(Interp& I, Type* type, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "groupby", args, {"iterable", "key"}, 1);
  Ref it = Ref::steal(getIter(I, a[0]));
  IterState* s = newIterState(I, type, kGroupbySlots, kGroupbyCounters);
  setSlot(s, kIterator, it.get());
  if (a[1] && !a[1].is(I.None())) setSlot(s, kKeyFunction, a[1]);
  return Value(s);
}

// Reads the next value and its key; false at the end of the input.
bool step(Interp& I, IterState* g) {
  Ref value = Ref::steal(iterNext(I, g->slots[kIterator]));
  if (!value) return false;
  Ref key = value;
  if (Value function = g->slots[kKeyFunction]) {
    Ref f = Ref::borrow(function);
    key = Ref::steal(call(I, f.get(), {value.get()}));
  }
  setSlot(g, kCurrentValue, value.get());
  setSlot(g, kCurrentKey, key.get());
  return true;
}

Value groupbyNext(Interp& I, Value self) {
  IterState* g = iterState(self);
  Ref keep = Ref::borrow(self);
  g->counters[kCurrentGrouper] = 0;
  // Skip the rest of the current group.
  while (true) {
    if (g->slots[kCurrentKey]) {
      if (!g->slots[kTargetKey]) break;
      Ref target = Ref::borrow(g->slots[kTargetKey]);
      Ref current = Ref::borrow(g->slots[kCurrentKey]);
      if (!equals(I, target.get(), current.get())) break;
    }
    if (!step(I, g)) return Value();
  }
  setSlot(g, kTargetKey, g->slots[kCurrentKey]);
  IterState* grouper = newIterState(I, iterType(I, "_grouper"), kGrouperSlots, 0);
  Ref grouperRef = Ref::steal(Value(grouper));
  setSlot(grouper, kParent, self);
  setSlot(grouper, kGrouperKey, g->slots[kTargetKey]);
  g->counters[kCurrentGrouper] = static_cast<int64_t>(grouper->serial);
  return Value(newTupleOf(I, {g->slots[kCurrentKey], grouperRef.get()}));
}

Value grouperNext(Interp& I, Value self) {
  IterState* grouper = iterState(self);
  Ref keep = Ref::borrow(self);
  Value parentValue = grouper->slots[kParent];
  if (!parentValue) return Value();
  IterState* g = iterState(parentValue);
  if (g->counters[kCurrentGrouper] != static_cast<int64_t>(grouper->serial)) return Value();
  if (!g->slots[kCurrentValue] && !step(I, g)) return Value();
  Ref target = Ref::borrow(grouper->slots[kGrouperKey]);
  Ref current = Ref::borrow(g->slots[kCurrentKey]);
  if (!equals(I, target.get(), current.get())) return Value();
  Ref value = Ref::borrow(g->slots[kCurrentValue]);
  clearSlot(g, kCurrentValue);
  clearSlot(g, kCurrentKey);
  return value.release();
}

}  // namespace

void initItertoolsGroupby(Interp& I, Module* module) {
  newIterType(I, module, "groupby", groupbyNext)->newInstance = groupbyNew;
  newIterType(I, module, "_grouper", grouperNext);
}

}  // namespace rw
