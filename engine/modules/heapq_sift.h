// The heap operations of CPython's _heapq on a list, with its exact order of comparisons
// (only `<` is used) and its checks against the list changing size during a comparison.
// `max` selects the max-heap variants (_heapify_max and friends).
#pragma once

#include "objects/list.h"
#include "runtime/interp.h"

namespace rw {

void heapSiftDown(Interp& I, List* heap, int64_t start, int64_t pos, bool max);
void heapSiftUp(Interp& I, List* heap, int64_t pos, bool max);
void heapHeapify(Interp& I, List* heap, bool max);
// Removes and returns the smallest (largest) item; IndexError "index out of range" when empty.
Value heapPop(Interp& I, List* heap, bool max);
// Returns the top and puts item in its place; IndexError "index out of range" when empty.
Value heapReplace(Interp& I, List* heap, Value item, bool max);
void heapPush(Interp& I, List* heap, Value item, bool max);

}  // namespace rw
