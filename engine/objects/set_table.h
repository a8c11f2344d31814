// The hash table behind set and frozenset, step for step CPython's setobject.c: what the
// set type, its methods and its operators build on. Every function that changes a table
// reports the write to the observer.
#pragma once

#include "objects/set.h"

namespace rw::settable {

// The active entry holding key, or null. May run __eq__, which may change the set; the
// lookup then starts over, as CPython's does.
const SetEntry* find(Interp& I, Set* s, Value key, Hash hash);
// Adds key (taking a new reference) unless present; may resize.
void add(Interp& I, Set* s, Value key, Hash hash);
// Turns key's slot into a dummy; false when key was missing.
bool discard(Interp& I, Set* s, Value key, Hash hash);
// Rebuilds the table with the smallest size above minUsed, dropping dummies.
void resize(Interp& I, Set* s, int64_t minUsed);
// Back to an empty table of the minimum size, releasing the keys.
void clear(Interp& I, Set* s);
// Adds all keys of another set (CPython's set_merge with its copy shortcuts).
void merge(Interp& I, Set* s, const Set* other);
// Removes and returns (owned) an arbitrary key, scanning from the finger; the set must not
// be empty.
Value pop(Interp& I, Set* s);
// Exchanges the tables of two sets (the intersection_update trick).
void swapBodies(Interp& I, Set* a, Set* b);

// The dummy-purging rule of difference_update: resize when more than a quarter of the
// table is dummies.
void compactAfterRemovals(Interp& I, Set* s);

}  // namespace rw::settable
