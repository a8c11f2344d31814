// Shared by the files of the itertools module. Every itertools iterator keeps its state in a
// list of owned values (null where empty: an exhausted source, a result not made yet) and a
// list of integers (indices, counts, flags), so that one set of lifecycle functions and one
// snapshot codec serve all of them; each type names the meaning of its slots.
#pragma once

#include <string_view>
#include <vector>

#include "objects/module.h"
#include "runtime/interp.h"

namespace rw {

struct IterState : Object {
  std::vector<Value> slots;
  std::vector<int64_t> counters;
};

// A new instance of `type` with empty slots and zero counters.
IterState* newIterState(Interp& I, Type* type, size_t slots, size_t counters);
inline IterState* iterState(Value v) {
  return static_cast<IterState*>(v.asObject());
}
// Replaces a slot's value (v is borrowed; null empties the slot).
void setSlot(IterState* s, size_t index, Value v);
// Empties a slot (like CPython's Py_CLEAR).
inline void clearSlot(IterState* s, size_t index) {
  setSlot(s, index, Value());
}

// A type of the itertools module whose instances are IterStates: lifecycle, iteration and the
// snapshot codec are set (iteration only with a next function); the caller adds newInstance
// and whatever else it needs.
Type* newIterType(Interp& I, Module* module, std::string_view name, Value (*next)(Interp&, Value));
// The type registered by newIterType under that name.
Type* iterType(Interp& I, std::string_view name);

void initItertoolsInfinite(Interp& I, Module* module);
void initItertoolsFilters(Interp& I, Module* module);
void initItertoolsChains(Interp& I, Module* module);
void initItertoolsGroupby(Interp& I, Module* module);
void initItertoolsTee(Interp& I, Module* module);
void initItertoolsCombinatoric(Interp& I, Module* module);

}  // namespace rw
