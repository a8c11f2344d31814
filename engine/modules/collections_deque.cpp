// collections.deque: the ring buffer, the type's slots and methods, and its snapshot codec.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "modules/collections_deque.h"
#include "modules/module_snapshot.h"
#include "modules/module_support.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/repr_guard.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

Deque* asDeque(Value v) {
  return static_cast<Deque*>(v.asObject());
}

Type* dequeType(Interp& I) {
  return static_cast<Type*>(I.findStatic("type:collections.deque"));
}

void notifyWrite(Interp& I, Deque* d) {
  if (I.observer) I.observer->onWrite(d);
}

// ---- the ring buffer -------------------------------------------------------------------------

void reserve(Interp& I, Deque* d, int64_t wanted) {
  if (wanted <= d->capacity) return;
  int64_t capacity = d->capacity ? d->capacity : 8;
  while (capacity < wanted)
    capacity *= 2;
  if (capacity > (int64_t{1} << 40)) raiseError(I, I.exc.MemoryError, "");
  auto* items = static_cast<Value*>(std::malloc(sizeof(Value) * capacity));
  if (!items) raiseError(I, I.exc.MemoryError, "");
  for (int64_t i = 0; i < d->size; ++i)
    new (&items[i]) Value(d->at(i));
  std::free(d->items);
  d->items = items;
  d->capacity = capacity;
  d->head = 0;
}

// The item at the right end, removed; the caller owns it.
Value takeRight(Deque* d) {
  Value v = d->at(d->size - 1);
  --d->size;
  ++d->state;
  return v;
}

Value takeLeft(Deque* d) {
  Value v = d->at(0);
  d->head = (d->head + 1) & (d->capacity - 1);
  --d->size;
  ++d->state;
  return v;
}

// Adds a new reference to v at the right end; a full bounded deque drops its leftmost item.
void pushRight(Interp& I, Deque* d, Value v) {
  if (d->maxlen == 0) return;
  reserve(I, d, d->size + 1);
  d->at(d->size) = newRef(v);
  ++d->size;
  ++d->state;
  Value dropped = d->maxlen >= 0 && d->size > d->maxlen ? takeLeft(d) : Value();
  notifyWrite(I, d);
  decref(dropped);
}

void pushLeft(Interp& I, Deque* d, Value v) {
  if (d->maxlen == 0) return;
  reserve(I, d, d->size + 1);
  d->head = (d->head - 1) & (d->capacity - 1);
  d->at(0) = newRef(v);
  ++d->size;
  ++d->state;
  Value dropped = d->maxlen >= 0 && d->size > d->maxlen ? takeRight(d) : Value();
  notifyWrite(I, d);
  decref(dropped);
}

// Moves the last n items to the front (n may be negative: the first -n to the back).
void rotate(Deque* d, int64_t n) {
  if (d->size <= 1) return;
  n %= d->size;
  if (n < 0) n += d->size;
  if (n == 0) return;
  if (n <= d->size / 2) {
    for (int64_t k = 0; k < n; ++k) {
      Value v = d->at(d->size - 1);
      d->head = (d->head - 1) & (d->capacity - 1);
      d->at(0) = v;
    }
  } else {
    for (int64_t k = 0; k < d->size - n; ++k) {
      Value v = d->at(0);
      d->at(d->size) = v;
      d->head = (d->head + 1) & (d->capacity - 1);
    }
  }
  ++d->state;
}

// Removes the item at i; the caller owns it.
Value takeAt(Deque* d, int64_t i) {
  Value v = d->at(i);
  for (int64_t k = i; k + 1 < d->size; ++k)
    d->at(k) = d->at(k + 1);
  --d->size;
  ++d->state;
  return v;
}

void clearItems(Interp& I, Deque* d) {
  std::vector<Value> old;
  old.reserve(d->size);
  for (int64_t i = 0; i < d->size; ++i)
    old.push_back(d->at(i));
  d->size = 0;
  d->head = 0;
  ++d->state;
  notifyWrite(I, d);
  for (Value v : old)
    decref(v);
}

// The items as new references, for code that calls back into Python while reading them.
std::vector<Ref> heldItems(Deque* d) {
  std::vector<Ref> items;
  items.reserve(d->size);
  for (int64_t i = 0; i < d->size; ++i)
    items.push_back(Ref::borrow(d->at(i)));
  return items;
}

// ---- lifecycle ---------------------------------------------------------------------------------

void dequeDestroy(Object* o) {
  Deque* d = static_cast<Deque*>(o);
  Value* items = d->items;
  int64_t capacity = d->capacity, head = d->head, size = d->size;
  d->items = nullptr;
  d->capacity = d->head = d->size = 0;
  for (int64_t i = 0; i < size; ++i)
    decref(items[(head + i) & (capacity - 1)]);
  std::free(items);
}

void dequeTraverse(Object* o, const RefVisitor& visit) {
  Deque* d = static_cast<Deque*>(o);
  for (int64_t i = 0; i < d->size; ++i)
    visit(d->at(i));
}

// ---- construction --------------------------------------------------------------------------

void extendRight(Interp& I, Deque* d, Value iterable) {
  // Extending a deque with itself reads its items first.
  Ref source = iterable.is(Value(d)) ? Ref::steal(Value(newList(I))) : Ref::borrow(iterable);
  if (iterable.is(Value(d)))
    for (int64_t i = 0; i < d->size; ++i)
      listAppend(I, source.as<List>(), d->at(i));
  Ref it = Ref::steal(getIter(I, source.get()));
  while (Ref item = Ref::steal(iterNext(I, it.get())))
    pushRight(I, d, item.get());
}

void extendLeft(Interp& I, Deque* d, Value iterable) {
  Ref source = iterable.is(Value(d)) ? Ref::steal(Value(newList(I))) : Ref::borrow(iterable);
  if (iterable.is(Value(d)))
    for (int64_t i = 0; i < d->size; ++i)
      listAppend(I, source.as<List>(), d->at(i));
  Ref it = Ref::steal(getIter(I, source.get()));
  while (Ref item = Ref::steal(iterNext(I, it.get())))
    pushLeft(I, d, item.get());
}

Value dequeNew(Interp& I, Type* type, CallArgs) {
  return Value(I.alloc<Deque>(type));
}

void dequeInit(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "deque", args, {"iterable", "maxlen"}, 0);
  Deque* d = asDeque(self);
  int64_t maxlen = -1;
  if (a[1] && !a[1].is(I.None())) {
    if (!isInt(I, a[1])) raiseTypeError(I, "an integer is required");
    maxlen = asSsize(I, a[1], I.exc.OverflowError);
    if (maxlen < 0) raiseValueError(I, "maxlen must be non-negative");
  }
  d->maxlen = maxlen;
  if (d->size) clearItems(I, d);
  if (a[0]) extendRight(I, d, a[0]);
}

// A new deque of the same type and maxlen holding d's items.
Value copyDeque(Interp& I, Deque* d) {
  Type* type = d->type;
  if (type == dequeType(I)) {
    Deque* copy = I.alloc<Deque>(type);
    Ref hold = Ref::steal(Value(copy));
    copy->maxlen = d->maxlen;
    reserve(I, copy, d->size);
    for (int64_t i = 0; i < d->size; ++i)
      copy->at(i) = newRef(d->at(i));
    copy->size = d->size;
    return hold.release();
  }
  // A subclass is rebuilt through its own constructor, like CPython's deque_copy.
  if (d->maxlen < 0) return call(I, Value(type), {Value(d)});
  Ref maxlen = Ref::steal(newInt(I, d->maxlen));
  return call(I, Value(type), {Value(d), maxlen.get()});
}

// ---- slots -------------------------------------------------------------------------------------

Value dequeRepr(Interp& I, Value self) {
  Deque* d = asDeque(self);
  // CPython shows the class's plain name: "deque(...)", "MyDeque(...)".
  Type* type = typeOf(I, self);
  std::string name(type->hasFlag(kTypeHeap) ? type->name->view() : type->qualname->view());
  ReprGuard guard(I, self);
  if (guard.recursive()) return Value(newStr(I, "[...]"));
  std::string text = name + "([";
  std::vector<Ref> items = heldItems(d);
  for (size_t i = 0; i < items.size(); ++i)
    text += (i ? ", " : "") + reprString(I, items[i].get());
  text += "]";
  if (d->maxlen >= 0) text += ", maxlen=" + std::to_string(d->maxlen);
  return Value(newStr(I, text + ")"));
}

Value dequeRichCompare(Interp& I, Value a, Value b, CompareOp op) {
  Type* deque = dequeType(I);
  if (!isInstance(I, a, deque) || !isInstance(I, b, deque)) return newRef(Value(I.notImplemented));
  Deque* x = asDeque(a);
  Deque* y = asDeque(b);
  if ((op == CompareOp::Eq || op == CompareOp::Ne) && x->size != y->size)
    return I.boolean(op == CompareOp::Ne);
  std::vector<Ref> left = heldItems(x), right = heldItems(y);
  std::vector<Value> xs, ys;
  for (const Ref& r : left)
    xs.push_back(r.get());
  for (const Ref& r : right)
    ys.push_back(r.get());
  return compareSequences(I, xs.data(), static_cast<int64_t>(xs.size()), ys.data(),
                          static_cast<int64_t>(ys.size()), op);
}

int64_t dequeLength(Interp&, Value self) {
  return asDeque(self)->size;
}

// Calls equals() for each item until `found` says stop; raises when the deque changes meanwhile.
template <class F>
void scan(Interp& I, Deque* d, Value item, int64_t start, int64_t stop, F found) {
  uint64_t state = d->state;
  for (int64_t i = start; i < stop && i < d->size; ++i) {
    Ref current = Ref::borrow(d->at(i));
    bool equal = equals(I, current.get(), item);
    if (d->state != state) raiseError(I, I.exc.RuntimeError, "deque mutated during iteration");
    if (equal && found(i)) return;
  }
}

bool dequeContains(Interp& I, Value self, Value item) {
  bool result = false;
  scan(I, asDeque(self), item, 0, asDeque(self)->size, [&](int64_t) { return result = true; });
  return result;
}

int64_t itemIndex(Interp& I, Deque* d, Value key) {
  if (!typeOf(I, key)->index)
    raiseTypeError(I,
                   "sequence index must be integer, not '" + std::string(typeName(I, key)) + "'");
  int64_t i = asSsize(I, key, I.exc.IndexError);
  if (i < 0) i += d->size;
  if (i < 0 || i >= d->size) raiseError(I, I.exc.IndexError, "deque index out of range");
  return i;
}

Value dequeGetItem(Interp& I, Value self, Value key) {
  Deque* d = asDeque(self);
  return newRef(d->at(itemIndex(I, d, key)));
}

void dequeSetItem(Interp& I, Value self, Value key, Value value) {
  Deque* d = asDeque(self);
  int64_t i = itemIndex(I, d, key);
  Value old;
  if (value) {
    old = d->at(i);
    d->at(i) = newRef(value);
  } else {
    old = takeAt(d, i);
  }
  notifyWrite(I, d);
  decref(old);
}

Value dequeIter(Interp& I, Value self) {
  return newDequeIterator(I, self, false);
}

Value dequeConcat(Interp& I, Value a, Value b) {
  Type* deque = dequeType(I);
  if (!isInstance(I, a, deque)) return newRef(Value(I.notImplemented));
  if (!isInstance(I, b, deque))
    raiseTypeError(
        I, "can only concatenate deque (not \"" + std::string(typeName(I, b)) + "\") to deque");
  Ref result = Ref::steal(copyDeque(I, asDeque(a)));
  extendRight(I, asDeque(result.get()), b);
  return result.release();
}

Value dequeInplaceConcat(Interp& I, Value a, Value b) {
  extendRight(I, asDeque(a), b);
  return newRef(a);
}

void repeatInPlace(Interp& I, Deque* d, int64_t times) {
  if (times <= 0 || d->size == 0) {
    if (d->size) clearItems(I, d);
    return;
  }
  std::vector<Ref> items = heldItems(d);
  // A bounded deque only keeps the last maxlen items: no need to add more rounds.
  int64_t rounds = times - 1;
  if (d->maxlen >= 0) rounds = std::min<int64_t>(rounds, d->maxlen / d->size + 1);
  for (int64_t r = 0; r < rounds; ++r)
    for (const Ref& item : items)
      pushRight(I, d, item.get());
}

int64_t repeatCount(Interp& I, Value n) {
  return asSsize(I, n, I.exc.OverflowError);
}

Value dequeRepeat(Interp& I, Value a, Value b) {
  Type* deque = dequeType(I);
  Value d = isInstance(I, a, deque) ? a : b;
  Value n = isInstance(I, a, deque) ? b : a;
  if (!typeOf(I, n)->index) return newRef(Value(I.notImplemented));
  int64_t times = repeatCount(I, n);
  Ref result = Ref::steal(copyDeque(I, asDeque(d)));
  repeatInPlace(I, asDeque(result.get()), times);
  return result.release();
}

Value dequeInplaceRepeat(Interp& I, Value a, Value b) {
  if (!typeOf(I, b)->index) return newRef(Value(I.notImplemented));
  repeatInPlace(I, asDeque(a), repeatCount(I, b));
  return newRef(a);
}

Value dequeGetAttr(Interp& I, Value self, Str* name) {
  if (name->view() == "maxlen") {
    int64_t maxlen = asDeque(self)->maxlen;
    return maxlen < 0 ? I.None() : newInt(I, maxlen);
  }
  return genericGetAttr(I, self, name);
}

void dequeSetAttr(Interp& I, Value self, Str* name, Value value) {
  if (name->view() == "maxlen")
    raiseError(I, I.exc.AttributeError,
               "attribute 'maxlen' of 'collections.deque' objects is not writable");
  genericSetAttr(I, self, name, value);
}

// ---- methods -----------------------------------------------------------------------------------

Value dequeAppend(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "append", args, 1, 1);
  pushRight(I, asDeque(self), args.args[0]);
  return I.None();
}

Value dequeAppendLeft(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "appendleft", args, 1, 1);
  pushLeft(I, asDeque(self), args.args[0]);
  return I.None();
}

Value dequePop(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "deque.pop", args, 0, 0);
  Deque* d = asDeque(self);
  if (d->size == 0) raiseError(I, I.exc.IndexError, "pop from an empty deque");
  Value v = takeRight(d);
  notifyWrite(I, d);
  return v;
}

Value dequePopLeft(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "deque.popleft", args, 0, 0);
  Deque* d = asDeque(self);
  if (d->size == 0) raiseError(I, I.exc.IndexError, "pop from an empty deque");
  Value v = takeLeft(d);
  notifyWrite(I, d);
  return v;
}

Value dequeExtend(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "extend", args, 1, 1);
  extendRight(I, asDeque(self), args.args[0]);
  return I.None();
}

Value dequeExtendLeft(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "extendleft", args, 1, 1);
  extendLeft(I, asDeque(self), args.args[0]);
  return I.None();
}

Value dequeClear(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "deque.clear", args, 0, 0);
  clearItems(I, asDeque(self));
  return I.None();
}

Value dequeCopy(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "deque.copy", args, 0, 0);
  return copyDeque(I, asDeque(self));
}

Value dequeCount(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "count", args, 1, 1);
  int64_t n = 0;
  scan(I, asDeque(self), args.args[0], 0, asDeque(self)->size, [&](int64_t) {
    ++n;
    return false;
  });
  return Value::smallInt(n);
}

// A start/stop argument of index(): CPython's _PyEval_SliceIndexNotNone, clamped to size.
int64_t boundArgument(Interp& I, Value v, int64_t size) {
  if (!typeOf(I, v)->index)
    raiseTypeError(I, "slice indices must be integers or have an __index__ method");
  int64_t i = asSsize(I, v, I.exc.OverflowError);
  if (i < 0) i = std::max<int64_t>(0, i + size);
  return std::min(i, size);
}

Value dequeIndex(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "index", args, 1, 3);
  Deque* d = asDeque(self);
  int64_t start = args.nargs > 1 ? boundArgument(I, args.args[1], d->size) : 0;
  int64_t stop = args.nargs > 2 ? boundArgument(I, args.args[2], d->size) : d->size;
  int64_t found = -1;
  scan(I, d, args.args[0], start, stop, [&](int64_t i) {
    found = i;
    return true;
  });
  if (found < 0) raiseValueError(I, reprString(I, args.args[0]) + " is not in deque");
  return Value::smallInt(found);
}

Value dequeInsert(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "insert", args, 2, 2);
  Deque* d = asDeque(self);
  int64_t i = asSsize(I, args.args[0], I.exc.OverflowError);
  if (d->maxlen >= 0 && d->size >= d->maxlen)
    raiseError(I, I.exc.IndexError, "deque already at its maximum size");
  if (i < 0) i = std::max<int64_t>(0, i + d->size);
  i = std::min(i, d->size);
  reserve(I, d, d->size + 1);
  for (int64_t k = d->size; k > i; --k)
    d->at(k) = d->at(k - 1);
  d->at(i) = newRef(args.args[1]);
  ++d->size;
  ++d->state;
  notifyWrite(I, d);
  return I.None();
}

Value dequeRemove(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "remove", args, 1, 1);
  Deque* d = asDeque(self);
  int64_t found = -1;
  scan(I, d, args.args[0], 0, d->size, [&](int64_t i) {
    found = i;
    return true;
  });
  if (found < 0) raiseValueError(I, reprString(I, args.args[0]) + " is not in deque");
  Value old = takeAt(d, found);
  notifyWrite(I, d);
  decref(old);
  return I.None();
}

Value dequeReverse(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "deque.reverse", args, 0, 0);
  Deque* d = asDeque(self);
  for (int64_t i = 0, j = d->size - 1; i < j; ++i, --j)
    std::swap(d->at(i), d->at(j));
  ++d->state;
  notifyWrite(I, d);
  return I.None();
}

Value dequeRotate(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "rotate", args, 0, 1);
  int64_t n = args.nargs ? asSsize(I, args.args[0], I.exc.OverflowError) : 1;
  Deque* d = asDeque(self);
  rotate(d, n);
  notifyWrite(I, d);
  return I.None();
}

Value dequeReversed(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__reversed__", args, 0, 0);
  return newDequeIterator(I, self, true);
}

// (type, (items?, maxlen?), state, iterator): what copy and pickle rebuild a deque from.
Value dequeReduce(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__reduce__", args, 0, 0);
  Deque* d = asDeque(self);
  Ref empty = Ref::steal(Value(newTuple(I, 0)));
  Ref maxlen = d->maxlen < 0 ? Ref() : Ref::steal(newInt(I, d->maxlen));
  Ref constructorArgs =
      Ref::steal(Value(maxlen ? newTupleOf(I, {empty.get(), maxlen.get()}) : newTuple(I, 0)));
  Dict** dictSlot = d->type->instanceDict ? d->type->instanceDict(d) : nullptr;
  Value state = dictSlot && *dictSlot && (*dictSlot)->used ? Value(*dictSlot) : I.None();
  Ref it = Ref::steal(newDequeIterator(I, self, false));
  return Value(newTupleOf(I, {Value(d->type), constructorArgs.get(), state, it.get()}));
}

// deque[int]: a types.GenericAlias, like the built-in containers'.
Value dequeClassGetItem(Interp& I, Value cls, CallArgs args) {
  checkArgCount(I, "__class_getitem__", args, 1, 1);
  return newGenericAlias(I, cls, args.args[0]);
}

// ---- snapshots ---------------------------------------------------------------------------------

void dequeWrite(Interp&, Object* o, SnapshotEncoder& e) {
  Deque* d = static_cast<Deque*>(o);
  e.w.svarint(d->maxlen);
  e.w.varint(d->state);
  e.w.varint(d->size);
  for (int64_t i = 0; i < d->size; ++i)
    e.value(d->at(i));
}

void dequeRead(Interp&, Object* o, SnapshotDecoder& d) {
  Deque* q = static_cast<Deque*>(o);
  q->maxlen = d.r.svarint();
  q->state = d.r.varint();
  int64_t size = static_cast<int64_t>(d.r.count());
  int64_t capacity = 8;
  while (capacity < size)
    capacity *= 2;
  q->items = static_cast<Value*>(std::malloc(sizeof(Value) * capacity));
  q->capacity = capacity;
  q->head = 0;
  q->size = size;
  for (int64_t i = 0; i < size; ++i)
    new (&q->items[i]) Value(d.value());
}

const SnapshotCodec kDequeCodec{dequeWrite, module_snapshot::allocate<Deque>, dequeRead, nullptr,
                                false};

}  // namespace

void initDequeTypes(Interp& I, Module* module) {
  Type* t =
      newStaticType(I, "collections.deque", I.types.object, sizeof(Deque), kTypeGc | kTypeBaseType);
  decref(static_cast<Object*>(t->qualname));
  t->qualname = newRef(I.intern("deque"));
  t->module = newRef(I.intern("collections"));
  t->newInstance = dequeNew;
  t->init = dequeInit;
  t->destroy = dequeDestroy;
  t->clear = dequeDestroy;
  t->traverse = dequeTraverse;
  t->repr = dequeRepr;
  t->richCompare = dequeRichCompare;
  t->hash = nullptr;
  t->length = dequeLength;
  t->contains = dequeContains;
  t->getItem = dequeGetItem;
  t->setItem = dequeSetItem;
  t->iter = dequeIter;
  t->getAttr = dequeGetAttr;
  t->setAttr = dequeSetAttr;
  t->binary[static_cast<int>(BinaryOp::Add)] = dequeConcat;
  t->inplace[static_cast<int>(BinaryOp::Add)] = dequeInplaceConcat;
  t->binary[static_cast<int>(BinaryOp::Multiply)] = dequeRepeat;
  t->inplace[static_cast<int>(BinaryOp::Multiply)] = dequeInplaceRepeat;
  addMethod(I, t, "append", dequeAppend, "Add an element to the right side of the deque.");
  addMethod(I, t, "appendleft", dequeAppendLeft, "Add an element to the left side of the deque.");
  addMethod(I, t, "pop", dequePop, "Remove and return the rightmost element.");
  addMethod(I, t, "popleft", dequePopLeft, "Remove and return the leftmost element.");
  addMethod(I, t, "extend", dequeExtend,
            "Extend the right side of the deque with elements from the iterable");
  addMethod(I, t, "extendleft", dequeExtendLeft,
            "Extend the left side of the deque with elements from the iterable");
  addMethod(I, t, "clear", dequeClear, "Remove all elements from the deque.");
  addMethod(I, t, "copy", dequeCopy, "Return a shallow copy of a deque.");
  addMethod(I, t, "__copy__", dequeCopy, "Return a shallow copy of a deque.");
  addMethod(I, t, "count", dequeCount,
            "D.count(value) -> integer -- return number of occurrences of value");
  addMethod(I, t, "index", dequeIndex,
            "D.index(value, [start, [stop]]) -> integer -- return first index of value.");
  addMethod(I, t, "insert", dequeInsert, "D.insert(index, object) -- insert object before index");
  addMethod(I, t, "remove", dequeRemove, "D.remove(value) -- remove first occurrence of value.");
  addMethod(I, t, "reverse", dequeReverse, "D.reverse() -- reverse *IN PLACE*");
  addMethod(
      I, t, "rotate", dequeRotate,
      "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left.");
  addMethod(I, t, "__reversed__", dequeReversed,
            "D.__reversed__() -- return a reverse iterator over the deque");
  addMethod(I, t, "__reduce__", dequeReduce, "Return state information for pickling.");
  addMethod(I, t, "__class_getitem__", dequeClassGetItem, "See PEP 585", true);
  registerSnapshotCodec(I, t, &kDequeCodec);
  addModuleValue(I, module, "deque", Value(t));
  decref(Value(t));
  initDequeIteratorTypes(I, module);
}

}  // namespace rw
