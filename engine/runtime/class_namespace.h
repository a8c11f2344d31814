// Class bodies run with the namespace a metaclass's __prepare__ returned as their locals;
// when that is a dict subclass, names are stored and looked up through its
// __setitem__/__getitem__/__delitem__ like CPython's STORE_NAME/LOAD_NAME/DELETE_NAME.
#pragma once

#include "runtime/interp.h"

namespace rw {

struct Dict;

inline bool isPlainNamespace(Interp& I, Dict* ns) {
  return reinterpret_cast<Object*>(ns)->type == I.types.dict;
}
// A new reference, or null when the name is missing (KeyError).
Value namespaceLoad(Interp& I, Dict* ns, Value name);
void namespaceStore(Interp& I, Dict* ns, Value name, Value value);
// False when the name is missing (KeyError).
bool namespaceDelete(Interp& I, Dict* ns, Value name);

}  // namespace rw
