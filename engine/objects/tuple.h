// tuple: an immutable fixed-size sequence; items live inline after the header.
#pragma once

#include <initializer_list>

#include "runtime/type.h"

namespace rw {

struct Tuple : Object {
  int64_t size = 0;
  Hash hash = -1;
  Value* items() { return reinterpret_cast<Value*>(this + 1); }
  const Value* items() const { return reinterpret_cast<const Value*>(this + 1); }
  Value item(int64_t i) const { return items()[i]; }
};

// A tuple of `size` null items that the caller fills (taking references) before it escapes.
Tuple* newTuple(Interp& I, int64_t size);
// A tuple of new references to `values`.
Tuple* newTupleFrom(Interp& I, const Value* values, int64_t size);
Tuple* newTupleOf(Interp& I, std::initializer_list<Value> values);
// Lexicographic comparison of two item arrays, as tuples and lists compare.
Value compareSequences(Interp& I, const Value* a, int64_t na, const Value* b, int64_t nb,
                       CompareOp op);

}  // namespace rw
