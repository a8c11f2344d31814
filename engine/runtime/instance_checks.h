// isinstance() and issubclass() with CPython's protocol: exact-type fast paths, tuples,
// the metaclass's __instancecheck__/__subclasscheck__, and the __class__ fallback. Also
// type's own __instancecheck__, __subclasscheck__, mro() and __subclasses__().
#pragma once

#include "runtime/interp.h"

namespace rw {

bool objectIsInstance(Interp& I, Value obj, Value cls);
bool objectIsSubclass(Interp& I, Value derived, Value cls);
void addTypeIntrospectionMethods(Interp& I);

}  // namespace rw
