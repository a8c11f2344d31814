// range and its iterator: an arithmetic progression computed on demand.
#pragma once

#include "runtime/type.h"

namespace rw {

struct Range : Object {
  Value start;  // ints (small or big)
  Value stop;
  Value step;
  Value length;
};

// Iterates with 64-bit arithmetic when every element fits (the common case, no allocation);
// otherwise `big` holds the next value, the step and the count left as ints.
struct RangeIterator : Object {
  int64_t next = 0;
  int64_t step = 1;
  int64_t remaining = 0;
  Value bigNext;
  Value bigStep;
  Value bigRemaining;
};

// An iterator over `length` values start, start + step, ... (new reference).
Value newRangeIterator(Interp& I, Value start, Value step, Value length);

}  // namespace rw
