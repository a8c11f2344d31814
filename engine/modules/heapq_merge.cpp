// heapq.merge(*iterables, key=None, reverse=False): CPython's generator, as a native
// iterator with the same heap of [value, order, iterator] lists ([key, order, value,
// iterator] with a key), so that values are compared in the same order. Like the generator,
// it starts its sources only on the first next() and finishes for good after an exception.
#include "modules/heapq_sift.h"
#include "modules/module_snapshot.h"
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

namespace {

enum class MergeState : uint8_t {
  Fresh,    // the sources have not been started
  Yielded,  // heap[0]'s value was produced; the next call advances that source
  Tail,     // one source is left and is drained directly
  Done,
};

struct Merge : Object {
  Value sources;  // tuple of the iterables until started
  Value key;      // null without a key function
  Value heap;     // list of entries, a heap once started
  Value tail;     // the last source's iterator in the Tail state
  bool reverse = false;
  bool running = false;
  MergeState state = MergeState::Fresh;
};

void mergeRelease(Merge* m) {
  Value values[] = {m->sources, m->key, m->heap, m->tail};
  m->sources = m->key = m->heap = m->tail = Value();
  for (Value v : values)
    decref(v);
}
void mergeDestroy(Object* o) {
  mergeRelease(static_cast<Merge*>(o));
}
void mergeTraverse(Object* o, const RefVisitor& visit) {
  Merge* m = static_cast<Merge*>(o);
  for (Value v : {m->sources, m->key, m->heap, m->tail})
    if (v) visit(v);
}

Value mergeNew(Interp& I, Value, CallArgs args) {
  Value key, reverse;
  for (size_t k = 0; k < args.nkw(); ++k) {
    std::string_view name = strView(args.kwnames->item(static_cast<int64_t>(k)));
    if (name == "key") {
      key = args.kwValue(k);
    } else if (name == "reverse") {
      reverse = args.kwValue(k);
    } else {
      raiseTypeError(I, "merge() got an unexpected keyword argument '" + std::string(name) + "'");
    }
  }
  Type* type = static_cast<Type*>(I.findStatic("type:heapq.generator"));
  Ref sources = Ref::steal(Value(newTupleFrom(I, args.args, static_cast<int64_t>(args.nargs))));
  Merge* m = I.alloc<Merge>(type);
  m->sources = sources.release();
  m->key = key && !key.is(I.None()) ? newRef(key) : Value();
  m->reverse = reverse && truthy(I, reverse);
  return Value(m);
}

List* entryOf(Value heap, int64_t i) {
  return static_cast<List*>(static_cast<List*>(heap.asObject())->items[i].asObject());
}

void setEntryItem(Interp& I, List* entry, int64_t i, Value v) {
  Value old = entry->items[i];
  entry->items[i] = newRef(v);
  decref(old);
  if (I.observer) I.observer->onWrite(entry);
}

void start(Interp& I, Merge* m) {
  Ref heapRef = Ref::steal(Value(newList(I)));
  List* heap = heapRef.as<List>();
  Tuple* sources = static_cast<Tuple*>(m->sources.asObject());
  for (int64_t order = 0; order < sources->size; ++order) {
    Ref it = Ref::steal(getIter(I, sources->item(order)));
    Ref value = Ref::steal(iterNext(I, it.get()));
    if (!value) continue;
    Ref orderValue = Ref::steal(newInt(I, m->reverse ? -order : order));
    Ref entry = Ref::steal(Value(newList(I, 4)));
    List* e = entry.as<List>();
    if (m->key) {
      Ref k = Ref::steal(call(I, m->key, {value.get()}));
      for (Value v : {k.get(), orderValue.get(), value.get(), it.get()})
        listAppend(I, e, v);
    } else {
      for (Value v : {value.get(), orderValue.get(), it.get()})
        listAppend(I, e, v);
    }
    listAppend(I, heap, entry.get());
  }
  heapHeapify(I, heap, m->reverse);
  Value old = m->sources;
  m->sources = Value();
  decref(old);
  m->heap = heapRef.release();
}

// Moves the source that produced the last value on, or drops it when exhausted.
void advance(Interp& I, Merge* m) {
  List* heap = static_cast<List*>(m->heap.asObject());
  Ref entry = Ref::borrow(heap->items[0]);
  List* e = entry.as<List>();
  Ref value = Ref::steal(iterNext(I, e->items[e->size - 1]));
  if (!value) {
    Ref dropped = Ref::steal(heapPop(I, heap, m->reverse));
    return;
  }
  if (m->key) {
    Ref k = Ref::steal(call(I, m->key, {value.get()}));
    setEntryItem(I, e, 0, k.get());
    setEntryItem(I, e, 2, value.get());
  } else {
    setEntryItem(I, e, 0, value.get());
  }
  Ref same = Ref::steal(heapReplace(I, heap, entry.get(), m->reverse));
}

// Produces heap[0]'s value, or switches to the last source, or finishes.
Value select(Merge* m) {
  List* heap = static_cast<List*>(m->heap.asObject());
  if (heap->size == 0) return Value();
  List* e = entryOf(m->heap, 0);
  Value value = e->items[m->key ? 2 : 0];
  if (heap->size > 1) {
    m->state = MergeState::Yielded;
  } else {
    m->state = MergeState::Tail;
    m->tail = newRef(e->items[e->size - 1]);
  }
  return newRef(value);
}

void finish(Merge* m) {
  m->state = MergeState::Done;
  mergeRelease(m);
}

Value mergeNext(Interp& I, Value self) {
  Merge* m = static_cast<Merge*>(self.asObject());
  if (m->state == MergeState::Done) return Value();
  if (m->running) raiseValueError(I, "generator already executing");
  Ref keep = Ref::borrow(self);
  m->running = true;
  try {
    Value result;
    if (m->state == MergeState::Tail) {
      result = iterNext(I, m->tail);
    } else {
      if (m->state == MergeState::Fresh)
        start(I, m);
      else
        advance(I, m);
      result = select(m);
    }
    m->running = false;
    if (!result) finish(m);
    return result;
  } catch (PyException&) {
    m->running = false;
    finish(m);
    throw;
  }
}

Value mergeRepr(Interp& I, Value self) {
  return Value(newStr(I, "<generator object merge at " + objectAddress(self) + ">"));
}

void mergeWrite(Interp&, Object* o, SnapshotEncoder& e) {
  Merge* m = static_cast<Merge*>(o);
  for (Value v : {m->sources, m->key, m->heap, m->tail})
    e.value(v);
  e.w.u8(m->reverse ? 1 : 0);
  e.w.u8(m->running ? 1 : 0);
  e.w.u8(static_cast<uint8_t>(m->state));
}
void mergeRead(Interp&, Object* o, SnapshotDecoder& d) {
  Merge* m = static_cast<Merge*>(o);
  m->sources = d.value();
  m->key = d.value();
  m->heap = d.value();
  m->tail = d.value();
  m->reverse = d.r.u8() != 0;
  m->running = d.r.u8() != 0;
  uint8_t state = d.r.u8();
  if (state > static_cast<uint8_t>(MergeState::Done))
    throw SnapshotError("snapshot: bad heapq.merge state");
  m->state = static_cast<MergeState>(state);
}

const SnapshotCodec kMergeCodec{mergeWrite, module_snapshot::allocate<Merge>, mergeRead, nullptr,
                                false};

Value selfIter(Interp&, Value self) {
  return newRef(self);
}

}  // namespace

void initHeapqMerge(Interp& I, Module* module) {
  // Its instances pass for generators, as CPython's merge is a generator function.
  Type* t = newModuleType(I, module, "generator", sizeof(Merge), kTypeGc);
  renameAsBuiltin(I, t, "generator");
  t->destroy = mergeDestroy;
  t->clear = mergeDestroy;
  t->traverse = mergeTraverse;
  t->iter = selfIter;
  t->next = mergeNext;
  t->repr = mergeRepr;
  registerSnapshotCodec(I, t, &kMergeCodec);
  addModuleFunction(I, module, "merge", mergeNew);
}

}  // namespace rw
