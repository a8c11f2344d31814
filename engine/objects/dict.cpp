// dict: CPython's compact, insertion-ordered hash table with the same open-addressing probe
// sequence (perturbed by the high bits of the hash).
#include "objects/dict.h"

#include <cstring>

#include "objects/dict_views.h"

#include "objects/exception.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/function.h"
#include "runtime/protocols.h"
#include "runtime/repr_guard.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;
constexpr int64_t kMinSize = 8;

Dict* asDict(Value v) { return static_cast<Dict*>(v.asObject()); }

int64_t usableFor(int64_t indexSize) { return (indexSize << 1) / 3; }

void allocateTable(Dict* d, int64_t indexSize) {
  d->indexSize = indexSize;
  d->indices = static_cast<int32_t*>(std::malloc(sizeof(int32_t) * indexSize));
  std::memset(d->indices, 0xFF, sizeof(int32_t) * indexSize);  // all kEmpty
  d->entryCapacity = usableFor(indexSize);
  d->entries = static_cast<DictEntry*>(std::malloc(sizeof(DictEntry) * d->entryCapacity));
}

// Finds the index slot holding `hash`/`key`, or the first empty slot on its probe path.
template <class Eq>
int64_t probe(const Dict* d, Hash hash, Eq&& same, int32_t& entryIndex) {
  uint64_t mask = static_cast<uint64_t>(d->indexSize - 1);
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  while (true) {
    int32_t ix = d->indices[i];
    if (ix == kEmpty) {
      entryIndex = kEmpty;
      return static_cast<int64_t>(i);
    }
    if (ix >= 0) {
      const DictEntry& e = d->entries[ix];
      if (e.hash == hash && same(e.key)) {
        entryIndex = ix;
        return static_cast<int64_t>(i);
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

void insertIndex(Dict* d, Hash hash, int32_t entry) {
  uint64_t mask = static_cast<uint64_t>(d->indexSize - 1);
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  while (d->indices[i] != kEmpty) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  d->indices[i] = entry;
}

void resize(Dict* d, int64_t minUsed) {
  int64_t size = kMinSize;
  while (usableFor(size) < minUsed) size <<= 1;
  int32_t* oldIndices = d->indices;
  DictEntry* oldEntries = d->entries;
  int64_t oldCount = d->nentries;
  allocateTable(d, size);
  int64_t out = 0;
  for (int64_t i = 0; i < oldCount; ++i) {
    if (!oldEntries[i].key) continue;
    d->entries[out] = oldEntries[i];
    insertIndex(d, oldEntries[i].hash, static_cast<int32_t>(out));
    ++out;
  }
  d->nentries = out;
  std::free(oldIndices);
  std::free(oldEntries);
}

bool sameKey(Interp& I, Value stored, Value key) {
  if (stored.is(key)) return true;
  if (stored.isObject() && key.isObject() && stored.asObject()->type == I.types.str &&
      key.asObject()->type == I.types.str)
    return strEquals(static_cast<Str*>(stored.asObject()), static_cast<Str*>(key.asObject()));
  return equals(I, stored, key);
}

void notifyWrite(Interp& I, Dict* d) {
  ++d->version;
  if (I.observer) I.observer->onWrite(d);
}

// Inserts with a known hash; takes new references.
void insert(Interp& I, Dict* d, Value key, Hash hash, Value value) {
  if (!d->indices) allocateTable(d, kMinSize);
  int32_t entry;
  int64_t slot = probe(d, hash, [&](Value k) { return sameKey(I, k, key); }, entry);
  if (entry >= 0) {
    Value old = d->entries[entry].value;
    d->entries[entry].value = newRef(value);
    notifyWrite(I, d);
    decref(old);
    return;
  }
  if (d->nentries >= d->entryCapacity) {
    resize(d, (d->used + 1) * 3);
    insertIndex(d, hash, static_cast<int32_t>(d->nentries));
  } else {
    d->indices[slot] = static_cast<int32_t>(d->nentries);
  }
  DictEntry& e = d->entries[d->nentries++];
  e.hash = hash;
  e.key = newRef(key);
  e.value = newRef(value);
  ++d->used;
  notifyWrite(I, d);
}

}  // namespace

Dict* newDict(Interp& I) { return I.alloc<Dict>(I.types.dict); }

Value dictGet(Interp& I, Dict* d, Value key) {
  if (d->used == 0) {
    hash(I, key);  // unhashable keys still raise
    return Value();
  }
  Hash h = hash(I, key);
  int32_t entry;
  probe(d, h, [&](Value k) { return sameKey(I, k, key); }, entry);
  return entry >= 0 ? d->entries[entry].value : Value();
}

Value dictGetWithHash(Interp& I, Dict* d, Value key, Hash hash) {
  if (d->used == 0) return Value();
  int32_t entry;
  probe(d, hash, [&](Value k) { return sameKey(I, k, key); }, entry);
  return entry >= 0 ? d->entries[entry].value : Value();
}

Value dictGetStr(Interp&, Dict* d, Str* key) {
  if (d->used == 0) return Value();
  Hash h = strHash(key);
  int32_t entry;
  probe(
      d, h,
      [&](Value k) {
        return k.is(Value(key)) || (k.isObject() && k.asObject()->type == key->type &&
                                    strEquals(static_cast<Str*>(k.asObject()), key));
      },
      entry);
  return entry >= 0 ? d->entries[entry].value : Value();
}

Value dictGetStr(Interp&, Dict* d, std::string_view key) {
  // No str is made: lookups by name must not allocate (snapshot restore relies on it).
  if (d->used == 0) return Value();
  Hash h = hashUtf8(key);
  int32_t entry;
  probe(
      d, h,
      [&](Value k) {
        return k.isObject() && k.asObject()->type->hasFlag(kTypeStrSubclass) &&
               static_cast<Str*>(k.asObject())->view() == key;
      },
      entry);
  return entry >= 0 ? d->entries[entry].value : Value();
}

void dictSet(Interp& I, Dict* d, Value key, Value value) {
  insert(I, d, key, hash(I, key), value);
}

void dictSetWithHash(Interp& I, Dict* d, Value key, Hash hash, Value value) {
  insert(I, d, key, hash, value);
}

void dictSetStr(Interp& I, Dict* d, std::string_view key, Value value) {
  Str* k = I.intern(key);
  insert(I, d, Value(k), strHash(k), value);
}

bool dictDel(Interp& I, Dict* d, Value key) {
  if (d->used == 0) {
    hash(I, key);
    return false;
  }
  return dictDelWithHash(I, d, key, hash(I, key));
}

bool dictDelWithHash(Interp& I, Dict* d, Value key, Hash h) {
  if (d->used == 0) return false;
  int32_t entry;
  int64_t slot = probe(d, h, [&](Value k) { return sameKey(I, k, key); }, entry);
  if (entry < 0) return false;
  d->indices[slot] = kDummy;
  DictEntry& e = d->entries[entry];
  Value oldKey = e.key, oldValue = e.value;
  e.key = Value();
  e.value = Value();
  --d->used;
  notifyWrite(I, d);
  decref(oldKey);
  decref(oldValue);
  return true;
}

void dictClear(Interp& I, Dict* d) {
  int32_t* indices = d->indices;
  DictEntry* entries = d->entries;
  int64_t n = d->nentries;
  d->indices = nullptr;
  d->entries = nullptr;
  d->used = d->nentries = d->entryCapacity = d->indexSize = 0;
  notifyWrite(I, d);
  for (int64_t i = 0; i < n; ++i) {
    decref(entries[i].key);
    decref(entries[i].value);
  }
  std::free(indices);
  std::free(entries);
}

Dict* dictCopy(Interp& I, Dict* d) {
  Dict* copy = newDict(I);
  for (int64_t i = 0; i < d->nentries; ++i) {
    const DictEntry& e = d->entries[i];
    if (e.key) insert(I, copy, e.key, e.hash, e.value);
  }
  return copy;
}

void dictReleaseStorage(Dict* d) {
  std::free(d->indices);
  std::free(d->entries);
  d->indices = nullptr;
  d->entries = nullptr;
  d->used = d->nentries = d->entryCapacity = d->indexSize = 0;
}

void dictRestoreEntries(Dict* d, const std::vector<DictEntry>& entries, uint64_t version) {
  dictReleaseStorage(d);
  if (!entries.empty()) {
    int64_t size = kMinSize;
    while (usableFor(size) < static_cast<int64_t>(entries.size())) size <<= 1;
    allocateTable(d, size);
    for (const DictEntry& e : entries) {
      d->entries[d->nentries] = e;
      insertIndex(d, e.hash, static_cast<int32_t>(d->nentries));
      ++d->nentries;
    }
    d->used = d->nentries;
  }
  d->version = version;
}

bool dictNext(const Dict* d, int64_t& pos, const DictEntry*& entry) {
  while (pos < d->nentries) {
    const DictEntry& e = d->entries[pos++];
    if (e.key) {
      entry = &e;
      return true;
    }
  }
  return false;
}

namespace {

void dictDestroy(Object* o) {
  Dict* d = static_cast<Dict*>(o);
  for (int64_t i = 0; i < d->nentries; ++i) {
    decref(d->entries[i].key);
    decref(d->entries[i].value);
  }
  std::free(d->indices);
  std::free(d->entries);
}

void dictTraverse(Object* o, const RefVisitor& visit) {
  Dict* d = static_cast<Dict*>(o);
  for (int64_t i = 0; i < d->nentries; ++i) {
    if (!d->entries[i].key) continue;
    visit(d->entries[i].key);
    visit(d->entries[i].value);
  }
}

void dictClearSlot(Object* o) {
  Interp* I = Interp::current();
  dictClear(*I, static_cast<Dict*>(o));
}

Value dictRepr(Interp& I, Value self) {
  Dict* d = asDict(self);
  if (d->used == 0) return newRef(Value(I.intern("{}")));
  ReprGuard guard(I, self);
  if (guard.recursive()) return newRef(Value(I.intern("{...}")));
  std::string out = "{";
  bool first = true;
  for (int64_t i = 0; i < d->nentries; ++i) {
    if (!d->entries[i].key) continue;
    Ref key = Ref::borrow(d->entries[i].key);
    Ref value = Ref::borrow(d->entries[i].value);
    if (!first) out += ", ";
    first = false;
    out += reprString(I, key.get());
    out += ": ";
    out += reprString(I, value.get());
  }
  out += "}";
  return Value(newStr(I, out));
}

Value dictRichCompare(Interp& I, Value a, Value b, CompareOp op) {
  if (!isInstance(I, b, I.types.dict) || (op != CompareOp::Eq && op != CompareOp::Ne))
    return newRef(Value(I.notImplemented));
  Dict* x = asDict(a);
  Dict* y = asDict(b);
  bool same = x->used == y->used;
  for (int64_t i = 0; same && i < x->nentries; ++i) {
    if (!x->entries[i].key) continue;
    Ref key = Ref::borrow(x->entries[i].key);
    Ref mine = Ref::borrow(x->entries[i].value);
    Value theirs = dictGet(I, y, key.get());
    if (!theirs) {
      same = false;
      break;
    }
    Ref hold = Ref::borrow(theirs);
    same = equals(I, mine.get(), theirs);
  }
  return I.boolean(op == CompareOp::Eq ? same : !same);
}

int64_t dictLength(Interp&, Value self) { return asDict(self)->used; }

bool dictContains(Interp& I, Value self, Value key) {
  return static_cast<bool>(dictGet(I, asDict(self), key));
}

Value dictGetItem(Interp& I, Value self, Value key) {
  Value v = dictGet(I, asDict(self), key);
  if (!v && typeOf(I, self) != I.types.dict) {
    // A subclass may supply missing keys through __missing__.
    if (Value missing = typeLookup(I, typeOf(I, self), I.intern("__missing__"))) {
      Ref hold = Ref::borrow(missing);
      Ref bound = typeOf(I, missing)->descrGet
                      ? Ref::steal(typeOf(I, missing)->descrGet(I, missing, self, Value(typeOf(I, self))))
                      : Ref::borrow(missing);
      return call(I, bound.get(), {key});
    }
  }
  if (!v) {
    Ref exc = Ref::steal(newException(I, I.exc.KeyError, newTupleOf(I, {key})));
    I.raise(exc.release());
  }
  return newRef(v);
}

void dictSetItem(Interp& I, Value self, Value key, Value value) {
  if (value) {
    dictSet(I, asDict(self), key, value);
  } else if (!dictDel(I, asDict(self), key)) {
    I.raise(newException(I, I.exc.KeyError, newTupleOf(I, {key})));
  }
}

Value dictIter(Interp& I, Value self) { return newDictIterator(I, self, kDictKeys, false); }

Value dictNew(Interp& I, Type* type, CallArgs) { return Value(I.alloc<Dict>(type)); }

void dictUpdateFrom(Interp& I, Dict* d, Value other) {
  // A dict subclass that overrides iteration is read through keys() and [], like CPython.
  if (isInstance(I, other, I.types.dict) && typeOf(I, other)->iter == dictIter) {
    Dict* src = asDict(other);
    for (int64_t i = 0; i < src->nentries; ++i) {
      const DictEntry& e = src->entries[i];
      if (e.key) insert(I, d, e.key, e.hash, e.value);
    }
    return;
  }
  Value keysMethod = lookupAttr(I, other, I.intern("keys"));
  if (keysMethod) {
    Ref keysFn = Ref::steal(keysMethod);
    Ref keys = Ref::steal(call(I, keysFn.get(), {}));
    Ref it = Ref::steal(getIter(I, keys.get()));
    while (Ref key = Ref::steal(iterNext(I, it.get()))) {
      Ref value = Ref::steal(getItem(I, other, key.get()));
      dictSet(I, d, key.get(), value.get());
    }
    return;
  }
  Ref it = Ref::steal(getIter(I, other));
  int64_t index = 0;
  while (Ref item = Ref::steal(iterNext(I, it.get()))) {
    Ref pairIt;
    try {
      pairIt = Ref::steal(getIter(I, item.get()));
    } catch (PyException&) {
      decref(I.takePendingException());
      raiseTypeError(I, "cannot convert dictionary update sequence element #" +
                            std::to_string(index) + " to a sequence");
    }
    Ref k = Ref::steal(iterNext(I, pairIt.get()));
    Ref v = k ? Ref::steal(iterNext(I, pairIt.get())) : Ref();
    Ref extra = v ? Ref::steal(iterNext(I, pairIt.get())) : Ref();
    if (!k || !v || extra) {
      int64_t n = !k ? 0 : !v ? 1 : 3;
      raiseValueError(I, "dictionary update sequence element #" + std::to_string(index) +
                             " has length " + std::to_string(n) + "; 2 is required");
    }
    dictSet(I, d, k.get(), v.get());
    ++index;
  }
}

void dictInit(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "dict", args, 0, 1);
  Dict* d = asDict(self);
  if (args.nargs) dictUpdateFrom(I, d, args.args[0]);
  for (size_t i = 0; i < args.nkw(); ++i)
    dictSet(I, d, args.kwnames->item(static_cast<int64_t>(i)), args.kwValue(i));
}

Value dictGetMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "get", args, 1, 2);
  Value v = dictGet(I, asDict(self), args.args[0]);
  if (v) return newRef(v);
  return args.nargs > 1 ? newRef(args.args[1]) : I.None();
}

Value dictSetdefaultMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "setdefault", args, 1, 2);
  Value v = dictGet(I, asDict(self), args.args[0]);
  if (v) return newRef(v);
  Value def = args.nargs > 1 ? args.args[1] : I.None();
  dictSet(I, asDict(self), args.args[0], def);
  return newRef(def);
}

Value dictPopMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "pop", args, 1, 2);
  Value v = dictGet(I, asDict(self), args.args[0]);
  if (!v) {
    if (args.nargs > 1) return newRef(args.args[1]);
    I.raise(newException(I, I.exc.KeyError, newTupleOf(I, {args.args[0]})));
  }
  Value result = newRef(v);
  dictDel(I, asDict(self), args.args[0]);
  return result;
}

Value dictUpdateMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "update", args, 0, 1);
  if (args.nargs) dictUpdateFrom(I, asDict(self), args.args[0]);
  for (size_t i = 0; i < args.nkw(); ++i)
    dictSet(I, asDict(self), args.kwnames->item(static_cast<int64_t>(i)), args.kwValue(i));
  return I.None();
}

Value dictClearMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "dict.clear", args, 0, 0);
  dictClear(I, asDict(self));
  return I.None();
}

Value dictCopyMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "dict.copy", args, 0, 0);
  return Value(dictCopy(I, asDict(self)));
}

Value dictKeysMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "dict.keys", args, 0, 0);
  return newDictView(I, I.types.dictKeys, self);
}

Value dictValuesMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "dict.values", args, 0, 0);
  return newDictView(I, I.types.dictValues, self);
}

Value dictItemsMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "dict.items", args, 0, 0);
  return newDictView(I, I.types.dictItems, self);
}

Value dictReversedMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "dict.__reversed__", args, 0, 0);
  return newDictIterator(I, self, kDictKeys, true);
}

// Removes the last entry (LIFO) and lets the next insertion reuse its place.
Value dictPopitemMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "dict.popitem", args, 0, 0);
  Dict* d = asDict(self);
  if (d->used == 0) {
    Ref message = Ref::steal(Value(newStr(I, "popitem(): dictionary is empty")));
    I.raise(newException(I, I.exc.KeyError, newTupleOf(I, {message.get()})));
  }
  int64_t last = d->nentries - 1;
  while (!d->entries[last].key) --last;
  DictEntry& e = d->entries[last];
  int32_t entry;
  int64_t slot = probe(
      d, e.hash, [&](Value k) { return k.is(e.key); }, entry);
  d->indices[slot] = kDummy;
  Value pair = Value(newTupleOf(I, {e.key, e.value}));
  Value oldKey = e.key, oldValue = e.value;
  e.key = Value();
  e.value = Value();
  --d->used;
  d->nentries = last;
  notifyWrite(I, d);
  decref(oldKey);
  decref(oldValue);
  return pair;
}

// dict.fromkeys(iterable, value=None), a class method: cls() filled with the keys.
Value dictFromkeysMethod(Interp& I, Value cls, CallArgs args) {
  checkNoKeywords(I, "fromkeys", args);
  checkArgCount(I, "fromkeys", args, 1, 2);
  Value value = args.nargs > 1 ? args.args[1] : I.None();
  Ref result = Ref::steal(call(I, cls, {}));
  Ref it = Ref::steal(getIter(I, args.args[0]));
  bool exact = isType(I, result.get(), I.types.dict);
  while (Ref key = Ref::steal(iterNext(I, it.get()))) {
    if (exact)
      dictSet(I, asDict(result.get()), key.get(), value);
    else
      setItem(I, result.get(), key.get(), value);
  }
  return result.release();
}

Value dictOr(Interp& I, Value a, Value b) {
  if (!isInstance(I, a, I.types.dict) || !isInstance(I, b, I.types.dict))
    return newRef(Value(I.notImplemented));
  Ref result = Ref::steal(Value(dictCopy(I, asDict(a))));
  dictUpdateFrom(I, result.as<Dict>(), b);
  return result.release();
}

Value dictInplaceOr(Interp& I, Value a, Value b) {
  dictUpdateFrom(I, asDict(a), b);
  return newRef(a);
}

}  // namespace

void initDictType(Interp& I) {
  Type* t = I.types.dict;
  t->destroy = dictDestroy;
  t->traverse = dictTraverse;
  t->clear = dictClearSlot;
  t->repr = dictRepr;
  t->richCompare = dictRichCompare;
  t->length = dictLength;
  t->contains = dictContains;
  t->getItem = dictGetItem;
  t->setItem = dictSetItem;
  t->iter = dictIter;
  t->newInstance = dictNew;
  t->init = dictInit;
  addMethod(I, t, "get", dictGetMethod);
  addMethod(I, t, "setdefault", dictSetdefaultMethod);
  addMethod(I, t, "pop", dictPopMethod);
  addMethod(I, t, "update", dictUpdateMethod);
  addMethod(I, t, "clear", dictClearMethod);
  addMethod(I, t, "copy", dictCopyMethod);
  addMethod(I, t, "keys", dictKeysMethod);
  addMethod(I, t, "values", dictValuesMethod);
  addMethod(I, t, "items", dictItemsMethod);
  addMethod(I, t, "popitem", dictPopitemMethod);
  addMethod(I, t, "__reversed__", dictReversedMethod);
  addMethod(I, t, "fromkeys", dictFromkeysMethod,
            "Create a new dictionary with keys from iterable and values set to value.", true);
  t->binary[static_cast<int>(BinaryOp::Or)] = dictOr;
  t->inplace[static_cast<int>(BinaryOp::Or)] = dictInplaceOr;
}

}  // namespace rw
