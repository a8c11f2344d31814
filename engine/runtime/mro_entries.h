// PEP 560: a class statement's bases that are not classes (typing.Generic[T], list[int])
// stand for the classes their __mro_entries__(bases) returns.
#pragma once

#include "runtime/interp.h"

namespace rw {

struct Tuple;

// The bases with each such base replaced; null when none needed replacing.
Tuple* resolveMroEntries(Interp& I, Tuple* bases);

}  // namespace rw
