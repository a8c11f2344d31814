// dict.keys(), dict.values(), dict.items(): live views of a dict (they see later changes).
// Key and item views are set-like: they compare
// with sets and support & | - ^ and isdisjoint.
#pragma once

#include "runtime/type.h"

namespace rw {

struct DictView : Object {
  Value dict;
};

// A view of type dict_keys, dict_values or dict_items over `dict`.
Value newDictView(Interp& I, Type* viewType, Value dict);

}  // namespace rw
