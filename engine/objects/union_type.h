// types.UnionType (PEP 604): what int | None evaluates to, for annotations and isinstance().
#pragma once

#include "runtime/interp.h"

namespace rw {

struct Tuple;

// The members of a union, or null when v is not one.
Tuple* unionArgs(Interp& I, Value v);
// The | of classes, None, generic aliases and unions (the binary slot of type, GenericAlias
// and UnionType); NotImplemented for other operands.
Value unionOr(Interp& I, Value a, Value b);
void initUnionType(Interp& I);

}  // namespace rw
