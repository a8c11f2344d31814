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

// Iterates a range whose bounds fit in 64 bits (the common case) without allocating.
struct RangeIterator : Object {
  int64_t next = 0;
  int64_t step = 1;
  int64_t remaining = 0;
};

}  // namespace rw
