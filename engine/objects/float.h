// float: an IEEE double in a heap object.
#pragma once

#include "runtime/type.h"

namespace rw {

struct Float : Object {
  double value = 0.0;
};

Value newFloat(Interp& I, double v);
inline double floatValue(Value v) { return static_cast<Float*>(v.asObject())->value; }
Hash floatHash(double v);
// An int equal to a whole double; NaN raises ValueError and infinities OverflowError.
Value intFromWholeDouble(Interp& I, double whole);
// as_integer_ratio, hex and fromhex (float_methods.cpp).
void addFloatExactMethods(Interp& I, Type* t);

}  // namespace rw
