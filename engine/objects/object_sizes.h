// Object sizes as CPython 3.11 reports them on 64-bit Linux (object_sizes.cpp).
#pragma once

#include <cstdint>

#include "runtime/value.h"

namespace rw {

class Interp;

// The collector's header in front of a container, which sys.getsizeof counts and
// __sizeof__ does not.
constexpr int64_t kGcHeader = 16;

// sys.getsizeof's figure for the core types (GC header included for containers); other
// objects report their native size, which is only comparable in kind.
int64_t cpythonSizeOf(Interp& I, Value v);

}  // namespace rw
