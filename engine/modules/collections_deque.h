// collections.deque: a double-ended queue over a ring buffer, optionally bounded (maxlen),
// with CPython's methods, messages and iterator invalidation; and its iterators.
#pragma once

#include <cstdint>

#include "runtime/interp.h"

namespace rw {

struct Module;

struct Deque : Object {
  Value* items = nullptr;  // a ring buffer of `capacity` slots, a power of two (or none)
  int64_t capacity = 0;
  int64_t head = 0;  // the slot of the first item
  int64_t size = 0;
  int64_t maxlen = -1;  // -1: unbounded
  // Bumped by every change of length or order; an iterator that sees it change raises
  // "deque mutated during iteration" like CPython's.
  uint64_t state = 0;

  Value& at(int64_t i) { return items[(head + i) & (capacity - 1)]; }
};

// Registers deque and its iterator types in the module (_collections).
void initDequeTypes(Interp& I, Module* module);
// The deque iterators (collections_deque_iterators.cpp); `reversed` walks from the right.
Value newDequeIterator(Interp& I, Value deque, bool reversed);
void initDequeIteratorTypes(Interp& I, Module* module);

}  // namespace rw
