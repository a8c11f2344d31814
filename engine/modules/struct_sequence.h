// Tuples with named fields, like CPython's struct sequences (sys.version_info, sys.float_info)
// and namedtuples (functools' CacheInfo): "name(field=value, ...)" reprs and attribute access
// to the fields, otherwise plain tuples.
#pragma once

#include <initializer_list>
#include <string_view>

#include "objects/module.h"
#include "runtime/interp.h"

namespace rw {

// A tuple subtype of `module` named like tp_name (`displayName`, e.g. "sys.version_info" or
// "CacheInfo") with the given fields, which its type dict lists under _fields.
Type* newStructSequenceType(Interp& I, Module* module, std::string_view name,
                            std::string_view displayName,
                            std::initializer_list<const char*> fields);
// An instance holding new references to `values` (one per field).
Value newStructSequence(Interp& I, Type* type, std::initializer_list<Value> values);

}  // namespace rw
