// list: a mutable sequence over a growable array.
#pragma once

#include "runtime/type.h"

namespace rw {

struct List : Object {
  Value* items = nullptr;
  int64_t size = 0;
  int64_t capacity = 0;
};

List* newList(Interp& I, int64_t reserve = 0);
// Appends a new reference to v.
void listAppend(Interp& I, List* list, Value v);
// Appends every item of an iterable.
void listExtend(Interp& I, List* list, Value iterable);

}  // namespace rw
