// list: a growable array with CPython's over-allocation pattern, slicing and slice
// assignment, and the list methods (sort is a stable merge sort, like CPython's).
#include "objects/list.h"

#include <algorithm>
#include <cstring>

#include "objects/iterators.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/function.h"
#include "runtime/protocols.h"
#include "runtime/repr_guard.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

List* asList(Value v) { return static_cast<List*>(v.asObject()); }

void notifyWrite(Interp& I, List* list) {
  if (I.observer) I.observer->onWrite(list);
}

void reserve(Interp& I, List* list, int64_t wanted) {
  if (wanted <= list->capacity) return;
  // CPython's growth pattern: about 1.125x plus a small constant.
  int64_t capacity = wanted + (wanted >> 3) + (wanted < 9 ? 3 : 6);
  if (capacity > (int64_t{1} << 40)) raiseError(I, I.exc.MemoryError, "");
  auto* items = static_cast<Value*>(std::realloc(list->items, sizeof(Value) * capacity));
  if (!items) raiseError(I, I.exc.MemoryError, "");
  list->items = items;
  list->capacity = capacity;
}

}  // namespace

List* newList(Interp& I, int64_t reserveCount) {
  List* list = I.alloc<List>(I.types.list);
  if (reserveCount > 0) {
    list->items = static_cast<Value*>(std::malloc(sizeof(Value) * reserveCount));
    list->capacity = reserveCount;
  }
  return list;
}

void listAppend(Interp& I, List* list, Value v) {
  if (list->size == list->capacity) reserve(I, list, list->size + 1);
  list->items[list->size++] = newRef(v);
  notifyWrite(I, list);
}

void listExtend(Interp& I, List* list, Value iterable) {
  Type* t = typeOf(I, iterable);
  if (t == I.types.list || t == I.types.tuple) {
    const Value* src;
    int64_t n;
    if (t == I.types.list) {
      src = asList(iterable)->items;
      n = asList(iterable)->size;
    } else {
      src = static_cast<Tuple*>(iterable.asObject())->items();
      n = static_cast<Tuple*>(iterable.asObject())->size;
    }
    reserve(I, list, list->size + n);
    // Extending a list with itself reads the items before the size changes.
    for (int64_t i = 0; i < n; ++i) list->items[list->size + i] = newRef(src[i]);
    list->size += n;
    notifyWrite(I, list);
    return;
  }
  Ref it = Ref::steal(getIter(I, iterable));
  while (true) {
    Ref item = Ref::steal(iterNext(I, it.get()));
    if (!item) break;
    listAppend(I, list, item.get());
  }
}

namespace {

void listDestroy(Object* o) {
  List* l = static_cast<List*>(o);
  // Last item first, like CPython (finalizers observe the order).
  for (int64_t i = l->size; i-- > 0;) decref(l->items[i]);
  std::free(l->items);
}

void listTraverse(Object* o, const RefVisitor& visit) {
  List* l = static_cast<List*>(o);
  for (int64_t i = 0; i < l->size; ++i) visit(l->items[i]);
}

void listClearSlot(Object* o) {
  List* l = static_cast<List*>(o);
  Value* items = l->items;
  int64_t n = l->size;
  l->items = nullptr;
  l->size = l->capacity = 0;
  for (int64_t i = 0; i < n; ++i) decref(items[i]);
  std::free(items);
}

Value listRepr(Interp& I, Value self) {
  List* l = asList(self);
  if (l->size == 0) return newRef(Value(I.intern("[]")));
  ReprGuard guard(I, self);
  if (guard.recursive()) return newRef(Value(I.intern("[...]")));
  std::string out = "[";
  // The list may change while an item's __repr__ runs; re-check the size each time.
  for (int64_t i = 0; i < l->size; ++i) {
    if (i) out += ", ";
    Value item = newRef(l->items[i]);
    Ref hold = Ref::steal(item);
    out += reprString(I, item);
  }
  out += "]";
  return Value(newStr(I, out));
}

Value listRichCompare(Interp& I, Value a, Value b, CompareOp op) {
  if (!isInstance(I, b, I.types.list)) return newRef(Value(I.notImplemented));
  List* x = asList(a);
  List* y = asList(b);
  if ((op == CompareOp::Eq || op == CompareOp::Ne) && x->size != y->size)
    return I.boolean(op == CompareOp::Ne);
  return compareSequences(I, x->items, x->size, y->items, y->size, op);
}

int64_t listLength(Interp&, Value self) { return asList(self)->size; }

bool listContains(Interp& I, Value self, Value item) {
  List* l = asList(self);
  for (int64_t i = 0; i < l->size; ++i)
    if (equals(I, l->items[i], item)) return true;
  return false;
}

int64_t normalizeIndex(Interp& I, List* l, Value key, const char* what) {
  int64_t i;
  if (key.isSmallInt()) {
    i = key.asSmallInt();
  } else {
    if (!typeOf(I, key)->index)
      raiseTypeError(I, std::string("list indices must be integers or slices, not ") +
                            std::string(typeName(I, key)));
    i = asSsize(I, key, I.exc.IndexError);
  }
  if (i < 0) i += l->size;
  if (i < 0 || i >= l->size) raiseError(I, I.exc.IndexError, what);
  return i;
}

Value listGetItem(Interp& I, Value self, Value key) {
  List* l = asList(self);
  if (isType(I, key, I.types.slice)) {
    int64_t start, stop, step;
    int64_t n = sliceIndices(I, static_cast<Slice*>(key.asObject()), l->size, start, stop, step);
    List* r = newList(I, std::max<int64_t>(n, 0));
    for (int64_t i = 0, k = start; i < n; ++i, k += step) r->items[i] = newRef(l->items[k]);
    r->size = std::max<int64_t>(n, 0);
    return Value(r);
  }
  return newRef(l->items[normalizeIndex(I, l, key, "list index out of range")]);
}

// What CPython's PySequence_Fast says when the assigned value cannot be iterated.
void requireIterable(Interp& I, Value values, const char* message) {
  Type* t = typeOf(I, values);
  if (!t->iter && !t->getItem) raiseTypeError(I, message);
}

// Replaces items [start, stop) (step 1) with the items of `values` (null: delete).
void assignSlice(Interp& I, List* l, int64_t start, int64_t stop, Value values) {
  std::vector<Value> incoming;
  Ref holder;
  if (values) {
    requireIterable(I, values, "can only assign an iterable");
    // Copy first: `a[1:2] = a` must read the old contents.
    Ref seq = Ref::steal(Value(newList(I)));
    listExtend(I, seq.as<List>(), values);
    List* src = seq.as<List>();
    incoming.assign(src->items, src->items + src->size);
    holder = std::move(seq);
  }
  if (stop < start) stop = start;
  int64_t removed = stop - start;
  int64_t added = static_cast<int64_t>(incoming.size());
  std::vector<Value> old(l->items + start, l->items + stop);
  int64_t newSize = l->size - removed + added;
  if (added > removed) reserve(I, l, newSize);
  std::memmove(l->items + start + added, l->items + stop, sizeof(Value) * (l->size - stop));
  for (int64_t i = 0; i < added; ++i) l->items[start + i] = newRef(incoming[i]);
  l->size = newSize;
  notifyWrite(I, l);
  for (Value v : old) decref(v);
}

void listSetItem(Interp& I, Value self, Value key, Value value) {
  List* l = asList(self);
  if (isType(I, key, I.types.slice)) {
    int64_t start, stop, step;
    int64_t n = sliceIndices(I, static_cast<Slice*>(key.asObject()), l->size, start, stop, step);
    if (step == 1) {
      assignSlice(I, l, start, stop, value);
      return;
    }
    if (!value) {
      // Delete an extended slice: keep the items not selected.
      if (n <= 0) return;
      if (step < 0) {
        start = start + step * (n - 1);
        step = -step;
      }
      std::vector<Value> removed;
      int64_t out = 0;
      for (int64_t i = 0; i < l->size; ++i) {
        if (i >= start && (i - start) % step == 0 && (i - start) / step < n)
          removed.push_back(l->items[i]);
        else
          l->items[out++] = l->items[i];
      }
      l->size = out;
      notifyWrite(I, l);
      for (Value v : removed) decref(v);
      return;
    }
    requireIterable(I, value, "must assign iterable to extended slice");
    Ref seq = Ref::steal(Value(newList(I)));
    listExtend(I, seq.as<List>(), value);
    List* src = seq.as<List>();
    if (src->size != n)
      raiseValueError(I, "attempt to assign sequence of size " + std::to_string(src->size) +
                             " to extended slice of size " + std::to_string(n));
    for (int64_t i = 0, k = start; i < n; ++i, k += step) {
      Value old = l->items[k];
      l->items[k] = newRef(src->items[i]);
      decref(old);
    }
    notifyWrite(I, l);
    return;
  }
  int64_t i = normalizeIndex(I, l, key,
                             value ? "list assignment index out of range"
                                   : "list assignment index out of range");
  Value old = l->items[i];
  if (value) {
    l->items[i] = newRef(value);
  } else {
    std::memmove(l->items + i, l->items + i + 1, sizeof(Value) * (l->size - i - 1));
    --l->size;
  }
  notifyWrite(I, l);
  decref(old);
}

Value listConcat(Interp& I, Value a, Value b) {
  if (!isInstance(I, a, I.types.list) || !isInstance(I, b, I.types.list)) {
    if (isInstance(I, a, I.types.list))
      raiseTypeError(I, "can only concatenate list (not \"" + std::string(typeName(I, b)) +
                            "\") to list");
    return newRef(Value(I.notImplemented));
  }
  List* x = asList(a);
  List* y = asList(b);
  List* r = newList(I, x->size + y->size);
  for (int64_t i = 0; i < x->size; ++i) r->items[i] = newRef(x->items[i]);
  for (int64_t i = 0; i < y->size; ++i) r->items[x->size + i] = newRef(y->items[i]);
  r->size = x->size + y->size;
  return Value(r);
}

Value listInplaceConcat(Interp& I, Value a, Value b) {
  listExtend(I, asList(a), b);
  return newRef(a);
}

Value listRepeat(Interp& I, Value a, Value b) {
  Value seq = a, count = b;
  if (!isInstance(I, seq, I.types.list)) std::swap(seq, count);
  if (!isInstance(I, seq, I.types.list)) return newRef(Value(I.notImplemented));
  if (!typeOf(I, count)->index)
    raiseTypeError(I, "can't multiply sequence by non-int of type '" +
                          std::string(typeName(I, count)) + "'");
  int64_t n = std::max<int64_t>(0, asSsize(I, count, I.exc.OverflowError));
  List* l = asList(seq);
  if (l->size && n > (int64_t{1} << 36) / l->size) raiseError(I, I.exc.MemoryError, "");
  List* r = newList(I, l->size * n);
  for (int64_t k = 0; k < n; ++k)
    for (int64_t i = 0; i < l->size; ++i) r->items[k * l->size + i] = newRef(l->items[i]);
  r->size = l->size * n;
  return Value(r);
}

// `a *= n` repeats the list in place (a list that is aliased elsewhere sees the change).
Value listInplaceRepeat(Interp& I, Value a, Value count) {
  if (!typeOf(I, count)->index)
    raiseTypeError(
        I, "can't multiply sequence by non-int of type '" + std::string(typeName(I, count)) + "'");
  int64_t n = asSsize(I, count, I.exc.OverflowError);
  List* l = asList(a);
  if (n <= 0 || l->size == 0) {
    if (l->size) assignSlice(I, l, 0, l->size, Value());
    return newRef(a);
  }
  if (n > (int64_t{1} << 36) / l->size) raiseError(I, I.exc.MemoryError, "");
  int64_t size = l->size;
  reserve(I, l, size * n);
  for (int64_t k = 1; k < n; ++k)
    for (int64_t i = 0; i < size; ++i)
      l->items[k * size + i] = newRef(l->items[i]);
  l->size = size * n;
  notifyWrite(I, l);
  return newRef(a);
}

Value listIter(Interp& I, Value self) { return newSeqIterator(I, I.types.listIterator, self); }

Value listNew(Interp& I, Type* type, CallArgs) {
  List* l = I.alloc<List>(type);
  return Value(l);
}

void listInit(Interp& I, Value self, CallArgs args) {
  checkNoKeywords(I, "list", args);
  checkArgCount(I, "list", args, 0, 1);
  List* l = asList(self);
  if (l->size) assignSlice(I, l, 0, l->size, Value());
  if (args.nargs) listExtend(I, l, args.args[0]);
}

// ---- methods ---------------------------------------------------------------------------

Value listAppendMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "append", args, 1, 1);
  listAppend(I, asList(self), args.args[0]);
  return I.None();
}

Value listExtendMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "extend", args, 1, 1);
  listExtend(I, asList(self), args.args[0]);
  return I.None();
}

Value listPopMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "pop", args, 0, 1);
  List* l = asList(self);
  if (l->size == 0) raiseError(I, I.exc.IndexError, "pop from empty list");
  int64_t i = l->size - 1;
  if (args.nargs) {
    i = asSsize(I, args.args[0], I.exc.IndexError);
    if (i < 0) i += l->size;
    if (i < 0 || i >= l->size) raiseError(I, I.exc.IndexError, "pop index out of range");
  }
  Value v = l->items[i];
  std::memmove(l->items + i, l->items + i + 1, sizeof(Value) * (l->size - i - 1));
  --l->size;
  notifyWrite(I, l);
  return v;
}

Value listInsertMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "insert", args, 2, 2);
  List* l = asList(self);
  int64_t i = asSsize(I, args.args[0], I.exc.OverflowError);
  if (i < 0) i = std::max<int64_t>(0, i + l->size);
  if (i > l->size) i = l->size;
  reserve(I, l, l->size + 1);
  std::memmove(l->items + i + 1, l->items + i, sizeof(Value) * (l->size - i));
  l->items[i] = newRef(args.args[1]);
  ++l->size;
  notifyWrite(I, l);
  return I.None();
}

Value listRemoveMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "remove", args, 1, 1);
  List* l = asList(self);
  for (int64_t i = 0; i < l->size; ++i) {
    if (equals(I, l->items[i], args.args[0])) {
      Value old = l->items[i];
      std::memmove(l->items + i, l->items + i + 1, sizeof(Value) * (l->size - i - 1));
      --l->size;
      notifyWrite(I, l);
      decref(old);
      return I.None();
    }
  }
  raiseValueError(I, "list.remove(x): x not in list");
}

Value listIndexMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "index", args, 1, 3);
  List* l = asList(self);
  int64_t start = 0, stop = l->size;
  if (args.nargs > 1) {
    start = asSsize(I, args.args[1], I.exc.OverflowError);
    if (start < 0) start = std::max<int64_t>(0, start + l->size);
  }
  if (args.nargs > 2) {
    stop = asSsize(I, args.args[2], I.exc.OverflowError);
    if (stop < 0) stop = std::max<int64_t>(0, stop + l->size);
  }
  for (int64_t i = start; i < stop && i < l->size; ++i)
    if (equals(I, l->items[i], args.args[0])) return Value::smallInt(i);
  raiseValueError(I, reprString(I, args.args[0]) + " is not in list");
}

Value listCountMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "count", args, 1, 1);
  List* l = asList(self);
  int64_t n = 0;
  for (int64_t i = 0; i < l->size; ++i)
    if (equals(I, l->items[i], args.args[0])) ++n;
  return Value::smallInt(n);
}

Value listReverseMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "reverse", args, 0, 0);
  List* l = asList(self);
  std::reverse(l->items, l->items + l->size);
  notifyWrite(I, l);
  return I.None();
}

Value listClearMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "clear", args, 0, 0);
  List* l = asList(self);
  assignSlice(I, l, 0, l->size, Value());
  return I.None();
}

Value listCopyMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "copy", args, 0, 0);
  List* l = asList(self);
  List* r = newList(I, l->size);
  for (int64_t i = 0; i < l->size; ++i) r->items[i] = newRef(l->items[i]);
  r->size = l->size;
  return Value(r);
}

}  // namespace

void registerListSort(Interp& I, Type* listType);

void initListType(Interp& I) {
  Type* t = I.types.list;
  t->destroy = listDestroy;
  t->traverse = listTraverse;
  t->clear = listClearSlot;
  t->repr = listRepr;
  t->richCompare = listRichCompare;
  t->length = listLength;
  t->contains = listContains;
  t->getItem = listGetItem;
  t->setItem = listSetItem;
  t->iter = listIter;
  t->newInstance = listNew;
  t->init = listInit;
  t->binary[static_cast<int>(BinaryOp::Add)] = listConcat;
  t->inplace[static_cast<int>(BinaryOp::Add)] = listInplaceConcat;
  t->binary[static_cast<int>(BinaryOp::Multiply)] = listRepeat;
  t->inplace[static_cast<int>(BinaryOp::Multiply)] = listInplaceRepeat;
  addMethod(I, t, "append", listAppendMethod);
  addMethod(I, t, "extend", listExtendMethod);
  addMethod(I, t, "pop", listPopMethod);
  addMethod(I, t, "insert", listInsertMethod);
  addMethod(I, t, "remove", listRemoveMethod);
  addMethod(I, t, "index", listIndexMethod);
  addMethod(I, t, "count", listCountMethod);
  addMethod(I, t, "reverse", listReverseMethod);
  addMethod(I, t, "clear", listClearMethod);
  addMethod(I, t, "copy", listCopyMethod);
  registerListSort(I, t);
}

}  // namespace rw
