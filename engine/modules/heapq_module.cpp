// The heapq module: CPython's C heap operations (heappush, heappop, heapify, heapreplace,
// heappushpop and the max-heap helpers) and its Python-written nlargest and nsmallest, with
// the same comparisons in the same order. merge is in heapq_merge.cpp.
#include "modules/heapq_sift.h"
#include "modules/module_support.h"
#include "modules/native_modules.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

void initHeapqMerge(Interp& I, Module* module);

namespace {

void notify(Interp& I, List* heap) {
  if (I.observer) I.observer->onWrite(heap);
}

void swapItems(Interp& I, List* heap, int64_t a, int64_t b) {
  std::swap(heap->items[a], heap->items[b]);
  notify(I, heap);
}

bool less(Interp& I, Value a, Value b, bool max) {
  Ref x = Ref::borrow(a);
  Ref y = Ref::borrow(b);
  return max ? compareBool(I, y.get(), x.get(), CompareOp::Lt)
             : compareBool(I, x.get(), y.get(), CompareOp::Lt);
}

[[noreturn]] void changedSize(Interp& I) {
  raiseError(I, I.exc.RuntimeError, "list changed size during iteration");
}

// Removes the last item and returns it (a new reference).
Value popLast(Interp& I, List* heap) {
  Value last = heap->items[--heap->size];
  heap->items[heap->size] = Value();
  notify(I, heap);
  return last;
}

int64_t topBit(int64_t n) {
  int shift = 0;
  while (n > 1) {
    n >>= 1;
    ++shift;
  }
  return n << shift;
}

}  // namespace

void heapSiftDown(Interp& I, List* heap, int64_t start, int64_t pos, bool max) {
  int64_t size = heap->size;
  if (pos >= size) raiseError(I, I.exc.IndexError, "list index out of range");
  // Move parents down until the new item fits.
  while (pos > start) {
    int64_t parent = (pos - 1) >> 1;
    bool lt = less(I, heap->items[pos], heap->items[parent], max);
    if (size != heap->size) changedSize(I);
    if (!lt) break;
    swapItems(I, heap, parent, pos);
    pos = parent;
  }
}

void heapSiftUp(Interp& I, List* heap, int64_t pos, bool max) {
  int64_t end = heap->size;
  int64_t start = pos;
  if (pos >= end) raiseError(I, I.exc.IndexError, "list index out of range");
  // Bubble the smaller child up to a leaf, then sift the item down to its place.
  int64_t limit = end >> 1;
  while (pos < limit) {
    int64_t child = 2 * pos + 1;
    if (child + 1 < end) {
      bool lt = less(I, heap->items[child], heap->items[child + 1], max);
      if (!lt) ++child;
      if (end != heap->size) changedSize(I);
    }
    swapItems(I, heap, child, pos);
    pos = child;
  }
  heapSiftDown(I, heap, start, pos, max);
}

void heapHeapify(Interp& I, List* heap, bool max) {
  int64_t n = heap->size;
  if (n <= 2500) {
    for (int64_t i = (n >> 1) - 1; i >= 0; --i)
      heapSiftUp(I, heap, i, max);
    return;
  }
  // Large heaps: CPython's cache-friendly order, which finishes each subtree before its
  // parent row.
  int64_t m = n >> 1;
  int64_t leftmost = topBit(m + 1) - 1;
  int64_t half = m >> 1;
  auto siftChain = [&](int64_t j) {
    while (true) {
      heapSiftUp(I, heap, j, max);
      if (!(j & 1)) break;
      j >>= 1;
    }
  };
  for (int64_t i = leftmost - 1; i >= half; --i)
    siftChain(i);
  for (int64_t i = m - 1; i >= leftmost; --i)
    siftChain(i);
}

Value heapPop(Interp& I, List* heap, bool max) {
  if (heap->size == 0) raiseError(I, I.exc.IndexError, "index out of range");
  Value last = popLast(I, heap);
  if (heap->size == 0) return last;
  Ref top = Ref::steal(heap->items[0]);
  heap->items[0] = last;
  notify(I, heap);
  heapSiftUp(I, heap, 0, max);
  return top.release();
}

Value heapReplace(Interp& I, List* heap, Value item, bool max) {
  if (heap->size == 0) raiseError(I, I.exc.IndexError, "index out of range");
  Ref top = Ref::steal(heap->items[0]);
  heap->items[0] = newRef(item);
  notify(I, heap);
  heapSiftUp(I, heap, 0, max);
  return top.release();
}

void heapPush(Interp& I, List* heap, Value item, bool max) {
  listAppend(I, heap, item);
  heapSiftDown(I, heap, 0, heap->size - 1, max);
}

namespace {

List* heapArg(Interp& I, Value v, const char* function, bool several) {
  if (!isInstance(I, v, I.types.list))
    raiseTypeError(I, std::string(function) + "() argument " + (several ? "1 " : "") +
                          "must be list, not " + std::string(typeName(I, v)));
  return static_cast<List*>(v.asObject());
}

List* singleHeapArg(Interp& I, const char* function, CallArgs args) {
  std::string qualified = std::string("_heapq.") + function;
  checkNoKeywords(I, qualified, args);
  checkArgCount(I, qualified, args, 1, 1);
  return heapArg(I, args.args[0], function, false);
}

List* pairHeapArg(Interp& I, const char* function, CallArgs args) {
  checkNoKeywords(I, function, args);
  checkPositional(I, function, args, 2, 2);
  return heapArg(I, args.args[0], function, true);
}

Value heapqHeappush(Interp& I, Value, CallArgs args) {
  heapPush(I, pairHeapArg(I, "heappush", args), args.args[1], false);
  return I.None();
}

Value heapqHeappop(Interp& I, Value, CallArgs args) {
  return heapPop(I, singleHeapArg(I, "heappop", args), false);
}

Value heapqHeapify(Interp& I, Value, CallArgs args) {
  heapHeapify(I, singleHeapArg(I, "heapify", args), false);
  return I.None();
}

Value heapqHeapreplace(Interp& I, Value, CallArgs args) {
  return heapReplace(I, pairHeapArg(I, "heapreplace", args), args.args[1], false);
}

Value heapqHeappushpop(Interp& I, Value, CallArgs args) {
  List* heap = pairHeapArg(I, "heappushpop", args);
  Value item = args.args[1];
  if (heap->size == 0) return newRef(item);
  bool lt = less(I, heap->items[0], item, false);
  if (!lt) return newRef(item);
  return heapReplace(I, heap, item, false);
}

Value heapqHeapifyMax(Interp& I, Value, CallArgs args) {
  heapHeapify(I, singleHeapArg(I, "_heapify_max", args), true);
  return I.None();
}

Value heapqHeappopMax(Interp& I, Value, CallArgs args) {
  return heapPop(I, singleHeapArg(I, "_heappop_max", args), true);
}

Value heapqHeapreplaceMax(Interp& I, Value, CallArgs args) {
  return heapReplace(I, pairHeapArg(I, "_heapreplace_max", args), args.args[1], true);
}

// ---- nlargest, nsmallest (heapq.py) ---------------------------------------------------------

Value builtin(Interp& I, const char* name) {
  Value v = dictGetStr(I, I.builtins, name);
  if (!v) raiseError(I, I.exc.NameError, "name '" + std::string(name) + "' is not defined");
  return v;
}

Value sortedList(Interp& I, Value iterable, Value key, bool reverse) {
  Value argv[] = {iterable, key, I.boolean(reverse)};
  Ref names =
      Ref::steal(Value(newTupleOf(I, {Value(I.intern("key")), Value(I.intern("reverse"))})));
  return call(I, builtin(I, "sorted"), CallArgs{argv, 1, names.as<Tuple>()});
}

// min/max(iterable, default=sentinel, key=key) for n == 1.
Value extremeAsList(Interp& I, Value iterable, Value key, bool largest) {
  Ref it = Ref::steal(getIter(I, iterable));
  Ref sentinel = Ref::steal(Value(newList(I)));
  Value argv[] = {it.get(), sentinel.get(), key};
  Ref names =
      Ref::steal(Value(newTupleOf(I, {Value(I.intern("default")), Value(I.intern("key"))})));
  Ref result = Ref::steal(
      call(I, builtin(I, largest ? "max" : "min"), CallArgs{argv, 1, names.as<Tuple>()}));
  List* out = newList(I);
  if (!result.get().is(sentinel.get())) listAppend(I, out, result.get());
  return Value(out);
}

Value selectExtremes(Interp& I, CallArgs args, const char* name, bool largest) {
  std::vector<Value> a = bindLikePython(I, name, args, {"n", "iterable", "key"}, 2);
  Value n = a[0], iterable = a[1];
  Value key = a[2] && !a[2].is(I.None()) ? a[2] : Value();
  if (equals(I, n, Value::smallInt(1)))
    return extremeAsList(I, iterable, key ? key : I.None(), largest);
  if (typeOf(I, iterable)->length) {
    int64_t size = length(I, iterable);
    Ref sizeValue = Ref::steal(newInt(I, size));
    if (compareBool(I, n, sizeValue.get(), CompareOp::Ge)) {
      Ref sorted = Ref::steal(sortedList(I, iterable, key ? key : I.None(), largest));
      List* all = sorted.as<List>();
      int64_t count = std::min<int64_t>(all->size, asSsize(I, n, I.exc.OverflowError));
      List* out = newList(I, count);
      for (int64_t i = 0; i < count; ++i)
        listAppend(I, out, all->items[i]);
      return Value(out);
    }
  }
  Ref it = Ref::steal(getIter(I, iterable));
  int64_t count = asSsize(I, n, I.exc.OverflowError);
  // Decorated entries (elem, order) or (key(elem), order, elem): the order breaks ties so that
  // the sort is stable and elements themselves are compared only through their keys.
  Ref result = Ref::steal(Value(newList(I)));
  List* heap = result.as<List>();
  auto entry = [&](Value elem, int64_t order) {
    Ref orderValue = Ref::steal(newInt(I, order));
    if (!key) return Value(newTupleOf(I, {elem, orderValue.get()}));
    Ref k = Ref::steal(call(I, key, {elem}));
    return Value(newTupleOf(I, {k.get(), orderValue.get(), elem}));
  };
  for (int64_t i = 0; i < count; ++i) {
    Ref elem = Ref::steal(iterNext(I, it.get()));
    if (!elem) break;
    Ref e = Ref::steal(entry(elem.get(), largest ? -i : i));
    listAppend(I, heap, e.get());
  }
  if (heap->size == 0) return result.release();
  heapHeapify(I, heap, !largest);
  Ref top = Ref::borrow(static_cast<Tuple*>(heap->items[0].asObject())->item(0));
  int64_t order = largest ? -count : count;
  while (Ref elem = Ref::steal(iterNext(I, it.get()))) {
    Ref k = key ? Ref::steal(call(I, key, {elem.get()})) : elem;
    bool better = largest ? compareBool(I, top.get(), k.get(), CompareOp::Lt)
                          : compareBool(I, k.get(), top.get(), CompareOp::Lt);
    if (!better) continue;
    Ref orderValue = Ref::steal(newInt(I, order));
    Ref e = Ref::steal(Value(key ? newTupleOf(I, {k.get(), orderValue.get(), elem.get()})
                                 : newTupleOf(I, {elem.get(), orderValue.get()})));
    Ref old = Ref::steal(heapReplace(I, heap, e.get(), !largest));
    top = Ref::borrow(static_cast<Tuple*>(heap->items[0].asObject())->item(0));
    order += largest ? -1 : 1;
  }
  if (largest) {
    Value argv[] = {I.boolean(true)};
    Ref names = Ref::steal(Value(newTupleOf(I, {Value(I.intern("reverse"))})));
    Ref sort = Ref::steal(getAttr(I, result.get(), I.intern("sort")));
    Ref done = Ref::steal(call(I, sort.get(), CallArgs{argv, 0, names.as<Tuple>()}));
  } else {
    Ref done = Ref::steal(callMethod(I, result.get(), I.intern("sort"), {}));
  }
  List* out = newList(I, heap->size);
  for (int64_t i = 0; i < heap->size; ++i) {
    Tuple* t = static_cast<Tuple*>(heap->items[i].asObject());
    listAppend(I, out, t->item(key ? 2 : 0));
  }
  return Value(out);
}

Value heapqNlargest(Interp& I, Value, CallArgs args) {
  return selectExtremes(I, args, "nlargest", true);
}

Value heapqNsmallest(Interp& I, Value, CallArgs args) {
  return selectExtremes(I, args, "nsmallest", false);
}

}  // namespace

void initHeapqModule(Interp& I, Module* module) {
  const struct {
    const char* name;
    NativeFunction fn;
  } functions[] = {
      {"heappush", heapqHeappush},       {"heappop", heapqHeappop},
      {"heapify", heapqHeapify},         {"heapreplace", heapqHeapreplace},
      {"heappushpop", heapqHeappushpop}, {"_heapify_max", heapqHeapifyMax},
      {"_heappop_max", heapqHeappopMax}, {"_heapreplace_max", heapqHeapreplaceMax},
      {"nlargest", heapqNlargest},       {"nsmallest", heapqNsmallest},
  };
  for (const auto& f : functions)
    addModuleFunction(I, module, f.name, f.fn);
  initHeapqMerge(I, module);
}

}  // namespace rw
