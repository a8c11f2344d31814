// set and frozenset: construction, the element operations other code builds on, and the type
// slots (repr, hash, comparisons, operators, iteration) with CPython's results and messages.
#include "objects/set.h"

#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/list.h"
#include "objects/set_ops.h"
#include "objects/set_table.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/repr_guard.h"
#include "runtime/type_support.h"

namespace rw {

using setops::asSet;

bool isAnySet(Interp& I, Value v) {
  Type* t = typeOf(I, v);
  return t == I.types.set || t == I.types.frozenset || isSubtype(t, I.types.set) ||
         isSubtype(t, I.types.frozenset);
}

bool isFrozenSet(Interp& I, Value v) {
  return isInstance(I, v, I.types.frozenset);
}

Set* newSet(Interp& I) {
  return I.alloc<Set>(I.types.set);
}
Set* newFrozenSet(Interp& I) {
  return I.alloc<Set>(I.types.frozenset);
}

Set* newSetOfType(Interp& I, Type* type, Value iterable) {
  Ref result = Ref::steal(Value(I.alloc<Set>(type)));
  if (iterable) setUpdate(I, result.as<Set>(), iterable);
  return static_cast<Set*>(result.release().asObject());
}

void setAdd(Interp& I, Set* s, Value key) {
  settable::add(I, s, key, hash(I, key));
}

namespace {

// CPython lets a set stand for the equal frozenset when it is looked up (`{1} in s`,
// s.remove({1})): when hashing or comparing fails with TypeError and the key is a set, the
// operation is retried with a frozenset copy.
template <class Op>
auto withFrozenFallback(Interp& I, Value key, Op&& op) -> decltype(op(key)) {
  try {
    return op(key);
  } catch (PyException&) {
    if (!isInstance(I, key, I.types.set) || !isInstance(I, I.pendingException, I.exc.TypeError))
      throw;
    decref(I.takePendingException());
  }
  Ref frozen = Ref::steal(Value(newSetOfType(I, I.types.frozenset, key)));
  return op(frozen.get());
}

}  // namespace

bool setContains(Interp& I, Set* s, Value key) {
  return withFrozenFallback(
      I, key, [&](Value k) { return settable::find(I, s, k, hash(I, k)) != nullptr; });
}

bool setDiscard(Interp& I, Set* s, Value key) {
  return withFrozenFallback(I, key,
                            [&](Value k) { return settable::discard(I, s, k, hash(I, k)); });
}

void setUpdate(Interp& I, Set* s, Value iterable) {
  if (isAnySet(I, iterable)) {
    settable::merge(I, s, asSet(iterable));
    return;
  }
  if (isType(I, iterable, I.types.dict)) {
    Dict* d = static_cast<Dict*>(iterable.asObject());
    // One resize up front, expecting few duplicates; then the dict's stored hashes.
    if ((s->fill + d->used) * 5 >= s->mask * 3) settable::resize(I, s, (s->used + d->used) * 2);
    const DictEntry* e;
    for (int64_t pos = 0; dictNext(d, pos, e);) {
      Ref key = Ref::borrow(e->key);
      settable::add(I, s, key.get(), e->hash);
    }
    return;
  }
  Ref it = Ref::steal(getIter(I, iterable));
  while (Ref key = Ref::steal(iterNext(I, it.get())))
    setAdd(I, s, key.get());
}

void setClear(Interp& I, Set* s) {
  settable::clear(I, s);
}

bool setNext(const Set* s, int64_t& pos, const SetEntry*& entry) {
  while (pos <= s->mask) {
    const SetEntry& e = s->table[pos++];
    if (e.key) {
      entry = &e;
      return true;
    }
  }
  return false;
}

namespace {

// ---- lifecycle ---------------------------------------------------------------------------

void setDestroy(Object* o) {
  Set* s = static_cast<Set*>(o);
  for (int64_t i = 0; i <= s->mask; ++i)
    decref(s->table[i].key);
  if (s->table != s->smallTable) delete[] s->table;
}

void setTraverse(Object* o, const RefVisitor& visit) {
  Set* s = static_cast<Set*>(o);
  for (int64_t i = 0; i <= s->mask; ++i)
    if (s->table[i].key) visit(s->table[i].key);
}

void setClearSlot(Object* o) {
  settable::clear(*Interp::current(), static_cast<Set*>(o));
}

// set(iterable) is created empty and filled by __init__ (so that __init__ can refill it);
// frozenset(iterable) is filled at creation.
Value setNew(Interp& I, Type* type, CallArgs) {
  return Value(I.alloc<Set>(type));
}

void setInit(Interp& I, Value self, CallArgs args) {
  checkNoKeywords(I, "set", args);
  checkArgCount(I, typeOf(I, self)->name->view(), args, 0, 1);
  Set* s = asSet(self);
  if (s->fill) settable::clear(I, s);
  s->hash = -1;
  if (args.nargs) setUpdate(I, s, args.args[0]);
}

Value frozensetNew(Interp& I, Type* type, CallArgs args) {
  if (type == I.types.frozenset) checkNoKeywords(I, "frozenset", args);
  checkArgCount(I, type->name->view(), args, 0, 1);
  Value iterable = args.nargs ? args.args[0] : Value();
  // frozenset(f) of an exact frozenset is f itself.
  if (type == I.types.frozenset && iterable && isType(I, iterable, I.types.frozenset))
    return newRef(iterable);
  return Value(newSetOfType(I, type, iterable));
}

// ---- repr, hash, comparison --------------------------------------------------------------

Value setRepr(Interp& I, Value self) {
  Set* s = asSet(self);
  std::string typeName(typeOf(I, self)->name->view());
  ReprGuard guard(I, self);
  if (guard.recursive()) return Value(newStr(I, typeName + "(...)"));
  if (s->used == 0) return Value(newStr(I, typeName + "()"));
  // The elements are listed first: their reprs may run code that changes the set.
  Ref keys = Ref::steal(Value(newList(I, s->used)));
  listExtend(I, keys.as<List>(), self);
  std::string listText = reprString(I, keys.get());
  std::string inner = listText.substr(1, listText.size() - 2);
  if (isType(I, self, I.types.set)) return Value(newStr(I, "{" + inner + "}"));
  return Value(newStr(I, typeName + "({" + inner + "})"));
}

// Spreads each element hash over the word before the order-independent xor, so that
// small hashes (small ints) do not cancel each other out.
uint64_t shuffleBits(uint64_t h) {
  return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull;
}

Hash frozensetHash(Interp&, Value self) {
  Set* s = asSet(self);
  if (s->hash != -1) return s->hash;
  uint64_t h = 0;
  for (int64_t i = 0; i <= s->mask; ++i)
    if (s->table[i].key) h ^= shuffleBits(static_cast<uint64_t>(s->table[i].hash));
  h ^= (static_cast<uint64_t>(s->used) + 1) * 1927868237ull;
  // Disperse the patterns that nested frozensets produce.
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069u + 907133923ull;
  if (h == static_cast<uint64_t>(-1)) h = 590923713ull;
  s->hash = static_cast<Hash>(h);
  return s->hash;
}

Value setRichCompare(Interp& I, Value a, Value b, CompareOp op) {
  if (!isAnySet(I, b)) return newRef(Value(I.notImplemented));
  Set* x = asSet(a);
  Set* y = asSet(b);
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne: {
      bool equal = x->used == y->used && !(x->hash != -1 && y->hash != -1 && x->hash != y->hash) &&
                   setops::isSubset(I, x, b);
      return I.boolean(equal == (op == CompareOp::Eq));
    }
    case CompareOp::Le:
      return I.boolean(setops::isSubset(I, x, b));
    case CompareOp::Ge:
      return I.boolean(setops::isSuperset(I, x, b));
    case CompareOp::Lt:
      return I.boolean(x->used < y->used && setops::isSubset(I, x, b));
    case CompareOp::Gt:
      return I.boolean(x->used > y->used && setops::isSuperset(I, x, b));
  }
  return newRef(Value(I.notImplemented));
}

int64_t setLength(Interp&, Value self) {
  return asSet(self)->used;
}

bool setContainsSlot(Interp& I, Value self, Value key) {
  return setContains(I, asSet(self), key);
}

// ---- operators: both operands must be sets; the result takes the left one's base type ----

Value notImplemented(Interp& I) {
  return newRef(Value(I.notImplemented));
}

Value setOr(Interp& I, Value a, Value b) {
  if (!isAnySet(I, a) || !isAnySet(I, b)) return notImplemented(I);
  Ref result = Ref::steal(Value(setops::copy(I, asSet(a))));
  if (!a.is(b)) setUpdate(I, result.as<Set>(), b);
  return result.release();
}

Value setAnd(Interp& I, Value a, Value b) {
  if (!isAnySet(I, a) || !isAnySet(I, b)) return notImplemented(I);
  return Value(setops::intersection(I, asSet(a), b));
}

Value setSub(Interp& I, Value a, Value b) {
  if (!isAnySet(I, a) || !isAnySet(I, b)) return notImplemented(I);
  return Value(setops::difference(I, asSet(a), b));
}

Value setXor(Interp& I, Value a, Value b) {
  if (!isAnySet(I, a) || !isAnySet(I, b)) return notImplemented(I);
  return Value(setops::symmetricDifference(I, asSet(a), b));
}

Value setInplaceOr(Interp& I, Value a, Value b) {
  if (!isAnySet(I, b)) return notImplemented(I);
  setUpdate(I, asSet(a), b);
  return newRef(a);
}

Value setInplaceAnd(Interp& I, Value a, Value b) {
  if (!isAnySet(I, b)) return notImplemented(I);
  setops::intersectionUpdate(I, asSet(a), b);
  return newRef(a);
}

Value setInplaceSub(Interp& I, Value a, Value b) {
  if (!isAnySet(I, b)) return notImplemented(I);
  setops::differenceUpdate(I, asSet(a), b);
  return newRef(a);
}

Value setInplaceXor(Interp& I, Value a, Value b) {
  if (!isAnySet(I, b)) return notImplemented(I);
  setops::symmetricDifferenceUpdate(I, asSet(a), b);
  return newRef(a);
}

// ---- iteration ---------------------------------------------------------------------------

Value setIter(Interp& I, Value self) {
  SetIterator* it = I.alloc<SetIterator>(I.types.setIterator);
  it->set = newRef(self);
  it->expectedUsed = asSet(self)->used;
  return Value(it);
}

void setIterDestroy(Object* o) {
  decref(static_cast<SetIterator*>(o)->set);
}

void setIterTraverse(Object* o, const RefVisitor& visit) {
  SetIterator* it = static_cast<SetIterator*>(o);
  if (it->set) visit(it->set);
}

Value setIterNext(Interp& I, Value self) {
  SetIterator* it = static_cast<SetIterator*>(self.asObject());
  if (!it->set) return Value();
  Set* s = asSet(it->set);
  if (s->used != it->expectedUsed) {
    it->expectedUsed = -1;
    raiseError(I, I.exc.RuntimeError, "Set changed size during iteration");
  }
  const SetEntry* e;
  if (setNext(s, it->position, e)) return newRef(e->key);
  Value old = it->set;
  it->set = Value();
  decref(old);
  return Value();
}

Value selfIter(Interp&, Value self) {
  return newRef(self);
}

void setCommonSlots(Type* t) {
  t->destroy = setDestroy;
  t->traverse = setTraverse;
  t->clear = setClearSlot;
  t->repr = setRepr;
  t->richCompare = setRichCompare;
  t->length = setLength;
  t->contains = setContainsSlot;
  t->iter = setIter;
  t->binary[static_cast<int>(BinaryOp::Or)] = setOr;
  t->binary[static_cast<int>(BinaryOp::And)] = setAnd;
  t->binary[static_cast<int>(BinaryOp::Subtract)] = setSub;
  t->binary[static_cast<int>(BinaryOp::Xor)] = setXor;
}

}  // namespace

void initSetTypes(Interp& I) {
  Type* s = I.types.set;
  setCommonSlots(s);
  s->newInstance = setNew;
  s->init = setInit;
  s->inplace[static_cast<int>(BinaryOp::Or)] = setInplaceOr;
  s->inplace[static_cast<int>(BinaryOp::And)] = setInplaceAnd;
  s->inplace[static_cast<int>(BinaryOp::Subtract)] = setInplaceSub;
  s->inplace[static_cast<int>(BinaryOp::Xor)] = setInplaceXor;
  setops::addSetMethods(I, s, false);

  Type* f = I.types.frozenset;
  setCommonSlots(f);
  f->newInstance = frozensetNew;
  f->hash = frozensetHash;
  setops::addSetMethods(I, f, true);

  Type* it = I.types.setIterator;
  it->destroy = setIterDestroy;
  it->traverse = setIterTraverse;
  it->iter = selfIter;
  it->next = setIterNext;
}

}  // namespace rw
