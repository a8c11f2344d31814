// mappingproxy: the read-only, live view of a class's namespace that C.__dict__ returns.
#pragma once

#include "runtime/type.h"

namespace rw {

struct Dict;

struct MappingProxy : Object {
  Dict* mapping = nullptr;
};

Value newMappingProxy(Interp& I, Dict* mapping);
void initMappingProxyType(Interp& I);

}  // namespace rw
