// __build_class__: what a class statement calls (seed 6.24).
#pragma once

#include "runtime/interp.h"

namespace rw {

struct Tuple;

Value buildClass(Interp& I, Value self, CallArgs args);
// The most derived of `meta` and the bases' metaclasses; TypeError when they conflict.
Type* calculateMetaclass(Interp& I, Type* meta, Tuple* bases);

}  // namespace rw
