// Set algebra after CPython's setobject.c: intersection iterates the smaller set, difference
// chooses between filtering and copy-then-remove by the operands' sizes, and so on. Keys are
// held in Refs across lookups, since a lookup may run __eq__.
#include "objects/set_ops.h"

#include <utility>

#include "objects/dict.h"
#include "objects/set_table.h"
#include "runtime/protocols.h"

namespace rw::setops {

Type* baseType(Interp& I, Set* s) {
  Type* t = s->type;
  if (t == I.types.set || t == I.types.frozenset) return t;
  return isSubtype(t, I.types.set) ? I.types.set : I.types.frozenset;
}

Set* copy(Interp& I, Set* s) {
  return newSetOfType(I, baseType(I, s), Value(s));
}

namespace {

Set* newEmptyLike(Interp& I, Set* s) {
  return newSetOfType(I, baseType(I, s), Value());
}

bool isExactDict(Interp& I, Value v) {
  return v.isObject() && v.asObject()->type == I.types.dict;
}

// Calls f(key, hash) for each key of s in table order, holding the key meanwhile.
template <class F>
void forEachEntry(Set* s, F&& f) {
  const SetEntry* e;
  for (int64_t pos = 0; setNext(s, pos, e);) {
    Hash h = e->hash;
    Ref key = Ref::borrow(e->key);
    f(key.get(), h);
  }
}

template <class F>
void forEachItem(Interp& I, Value iterable, F&& f) {
  Ref it = Ref::steal(getIter(I, iterable));
  while (Ref item = Ref::steal(iterNext(I, it.get())))
    f(item.get());
}

Set* copyAndDifference(Interp& I, Set* s, Value other) {
  Ref result = Ref::steal(Value(copy(I, s)));
  differenceUpdate(I, result.as<Set>(), other);
  return static_cast<Set*>(result.release().asObject());
}

}  // namespace

Set* intersection(Interp& I, Set* s, Value other) {
  if (Value(s).is(other)) return copy(I, s);
  Ref result = Ref::steal(Value(newEmptyLike(I, s)));
  Set* r = result.as<Set>();
  if (isAnySet(I, other)) {
    Set* big = s;
    Set* small = asSet(other);
    if (small->used > big->used) std::swap(big, small);
    forEachEntry(small, [&](Value key, Hash h) {
      if (settable::find(I, big, key, h)) settable::add(I, r, key, h);
    });
  } else {
    forEachItem(I, other, [&](Value key) {
      Hash h = hash(I, key);
      if (settable::find(I, s, key, h)) settable::add(I, r, key, h);
    });
  }
  return static_cast<Set*>(result.release().asObject());
}

void intersectionUpdate(Interp& I, Set* s, Value other) {
  Ref result = Ref::steal(Value(intersection(I, s, other)));
  settable::swapBodies(I, s, result.as<Set>());
}

Set* difference(Interp& I, Set* s, Value other) {
  int64_t otherSize;
  if (isAnySet(I, other))
    otherSize = asSet(other)->used;
  else if (isExactDict(I, other))
    otherSize = static_cast<Dict*>(other.asObject())->used;
  else
    return copyAndDifference(I, s, other);
  // Much larger than other: copying and removing other's keys is cheaper than filtering.
  if ((s->used >> 2) > otherSize) return copyAndDifference(I, s, other);
  Ref result = Ref::steal(Value(newEmptyLike(I, s)));
  Set* r = result.as<Set>();
  if (isExactDict(I, other)) {
    Dict* d = static_cast<Dict*>(other.asObject());
    forEachEntry(s, [&](Value key, Hash h) {
      if (!dictGetWithHash(I, d, key, h)) settable::add(I, r, key, h);
    });
  } else {
    Set* o = asSet(other);
    forEachEntry(s, [&](Value key, Hash h) {
      if (!settable::find(I, o, key, h)) settable::add(I, r, key, h);
    });
  }
  return static_cast<Set*>(result.release().asObject());
}

void differenceUpdate(Interp& I, Set* s, Value other) {
  if (Value(s).is(other)) {
    settable::clear(I, s);
    return;
  }
  if (isAnySet(I, other)) {
    // When other is more than 8 times larger, only the common keys matter.
    Ref keys = (asSet(other)->used >> 3) > s->used ? Ref::steal(Value(intersection(I, s, other)))
                                                   : Ref::borrow(other);
    forEachEntry(keys.as<Set>(), [&](Value key, Hash h) { settable::discard(I, s, key, h); });
  } else {
    forEachItem(I, other, [&](Value key) { settable::discard(I, s, key, hash(I, key)); });
  }
  settable::compactAfterRemovals(I, s);
}

void symmetricDifferenceUpdate(Interp& I, Set* s, Value other) {
  if (Value(s).is(other)) {
    settable::clear(I, s);
    return;
  }
  auto toggle = [&](Value key, Hash h) {
    if (!settable::discard(I, s, key, h)) settable::add(I, s, key, h);
  };
  if (isExactDict(I, other)) {
    const DictEntry* e;
    Dict* d = static_cast<Dict*>(other.asObject());
    for (int64_t pos = 0; dictNext(d, pos, e);) {
      Hash h = e->hash;
      Ref key = Ref::borrow(e->key);
      toggle(key.get(), h);
    }
    return;
  }
  Ref otherSet = isAnySet(I, other) ? Ref::borrow(other)
                                    : Ref::steal(Value(newSetOfType(I, baseType(I, s), other)));
  forEachEntry(otherSet.as<Set>(), toggle);
}

Set* symmetricDifference(Interp& I, Set* s, Value other) {
  Ref result = Ref::steal(Value(newSetOfType(I, baseType(I, s), other)));
  symmetricDifferenceUpdate(I, result.as<Set>(), Value(s));
  return static_cast<Set*>(result.release().asObject());
}

bool isSubset(Interp& I, Set* s, Value other) {
  if (!isAnySet(I, other)) {
    Ref common = Ref::steal(Value(intersection(I, s, other)));
    return common.as<Set>()->used == s->used;
  }
  Set* o = asSet(other);
  if (s->used > o->used) return false;
  const SetEntry* e;
  for (int64_t pos = 0; setNext(s, pos, e);) {
    Hash h = e->hash;
    Ref key = Ref::borrow(e->key);
    if (!settable::find(I, o, key.get(), h)) return false;
  }
  return true;
}

bool isSuperset(Interp& I, Set* s, Value other) {
  if (isAnySet(I, other)) return isSubset(I, asSet(other), Value(s));
  Ref it = Ref::steal(getIter(I, other));
  while (Ref key = Ref::steal(iterNext(I, it.get())))
    if (!settable::find(I, s, key.get(), hash(I, key.get()))) return false;
  return true;
}

bool isDisjoint(Interp& I, Set* s, Value other) {
  if (Value(s).is(other)) return s->used == 0;
  Type* t = typeOf(I, other);
  if (t == I.types.set || t == I.types.frozenset) {
    Set* big = s;
    Set* small = asSet(other);
    if (small->used > big->used) std::swap(big, small);
    const SetEntry* e;
    for (int64_t pos = 0; setNext(small, pos, e);) {
      Hash h = e->hash;
      Ref key = Ref::borrow(e->key);
      if (settable::find(I, big, key.get(), h)) return false;
    }
    return true;
  }
  Ref it = Ref::steal(getIter(I, other));
  while (Ref key = Ref::steal(iterNext(I, it.get())))
    if (settable::find(I, s, key.get(), hash(I, key.get()))) return false;
  return true;
}

}  // namespace rw::setops
