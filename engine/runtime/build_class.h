// __build_class__: what a class statement calls (seed 6.24).
#pragma once

#include "runtime/interp.h"

namespace rw {

Value buildClass(Interp& I, Value self, CallArgs args);

}  // namespace rw
