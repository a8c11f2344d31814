// cell: the box that keeps a captured variable alive for closures (seed 6.21).
#pragma once

#include "runtime/type.h"

namespace rw {

struct Cell : Object {
  Value contents;  // null while the variable is unbound
};

Cell* newCell(Interp& I, Value contents);
// Replaces the contents, reporting the write to the observer.
void cellSet(Interp& I, Cell* cell, Value v);

}  // namespace rw
