// Instances of classes derived from int, float and tuple: those built-ins construct plain
// values, which are copied into an object of the subclass (CPython's long_subtype_new and
// friends).
#pragma once

#include "runtime/type.h"

namespace rw {

// `made` (owned) as an instance of `type`: unchanged when it already is one.
Value instanceOfSubtype(Interp& I, Value made, Type* type);
// The newInstance slot of such classes that do not define __new__.
Value builtinSubtypeNew(Interp& I, Type* type, CallArgs args);
// Whether instances of `native` are built by copying (int, float, tuple).
bool buildsBySubtypeCopy(Interp& I, Type* native);

}  // namespace rw
