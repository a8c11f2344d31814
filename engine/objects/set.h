// set and frozenset: CPython's open-addressing hash table (setobject.c), with the same
// probe sequence (a run of linear probes, then perturbed jumps), the same resize policy and
// the same treatment of deleted ("dummy") slots, so that iteration order (table order) is
// the one CPython shows for the same operations and hashes.
#pragma once

#include "runtime/type.h"

namespace rw {

// A slot of the table. Unused: key null and hash 0. Dummy (deleted): key null and hash -1,
// a hash no live key can have. Active: key set.
struct SetEntry {
  Value key;
  Hash hash = 0;
};

struct Set : Object {
  static constexpr int64_t kMinSize = 8;
  int64_t fill = 0;  // active + dummy slots
  int64_t used = 0;  // active slots
  int64_t mask = kMinSize - 1;
  SetEntry* table = smallTable;
  Hash hash = -1;      // frozenset's cached hash, -1 while not computed
  int64_t finger = 0;  // where pop() starts looking
  SetEntry smallTable[kMinSize];
};

struct SetIterator : Object {
  Value set;                 // null once exhausted
  int64_t expectedUsed = 0;  // -1 after a size change was reported (stays failed)
  int64_t position = 0;
};

// Whether v is a set or frozenset (or an instance of a subclass of either).
bool isAnySet(Interp& I, Value v);
bool isFrozenSet(Interp& I, Value v);

// An empty set / frozenset of exactly that type.
Set* newSet(Interp& I);
Set* newFrozenSet(Interp& I);
// A new empty set of `type` (set, frozenset or a subclass) filled from an iterable (null:
// empty), with CPython's update rules.
Set* newSetOfType(Interp& I, Type* type, Value iterable);

// Adds a new reference to key; TypeError for unhashable keys.
void setAdd(Interp& I, Set* s, Value key);
// Whether key is in the set (unhashable keys raise TypeError).
bool setContains(Interp& I, Set* s, Value key);
// Removes key; returns false when it was missing.
bool setDiscard(Interp& I, Set* s, Value key);
// Adds every element of an iterable (set, dict and generic fast paths, as CPython).
void setUpdate(Interp& I, Set* s, Value iterable);
void setClear(Interp& I, Set* s);
// Walks active slots in table order: for (int64_t pos = 0; setNext(s, pos, entry);)
bool setNext(const Set* s, int64_t& pos, const SetEntry*& entry);

}  // namespace rw
