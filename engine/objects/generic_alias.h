// types.GenericAlias (PEP 585): what list[int], dict[str, int] or type[C] evaluate to, so
// that built-in classes can be parameterized in annotations and called through the alias.
#pragma once

#include "runtime/type.h"

namespace rw {

struct GenericAlias : Object {
  Value origin;           // the class subscripted
  Tuple* args = nullptr;  // the parameters, always a tuple
};

Value newGenericAlias(Interp& I, Value origin, Value args);
// Gives the built-in generic classes their __class_getitem__.
void initGenericAliasType(Interp& I);

}  // namespace rw
