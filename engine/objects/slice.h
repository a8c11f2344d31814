// slice objects: x[a:b:c].
#pragma once

#include "runtime/type.h"

namespace rw {

struct Slice : Object {
  Value start;
  Value stop;
  Value step;
};

Value newSlice(Interp& I, Value start, Value stop, Value step);
// The resolved bounds for a sequence of `length` (CPython's PySlice_GetIndicesEx); returns
// the number of items the slice selects.
int64_t sliceIndices(Interp& I, Slice* slice, int64_t length, int64_t& start, int64_t& stop,
                     int64_t& step);
// The same for separate start/stop values (BINARY_SLICE), step 1.
int64_t sliceIndices(Interp& I, Value start, Value stop, int64_t length, int64_t& outStart,
                     int64_t& outStop);

}  // namespace rw
