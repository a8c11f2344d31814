// int's and float's special methods by name (number_special_methods.cpp), and the rounding
// that round() shares with them.
#pragma once

#include "runtime/value.h"

namespace rw {

class Interp;

// round(number[, ndigits]) for an int (or int subclass) and for a float's value; a null or
// None `ndigits` rounds to an int.
Value roundInt(Interp& I, Value number, Value ndigits);
Value roundFloat(Interp& I, double x, Value ndigits);

void addNumberSpecialMethods(Interp& I);

}  // namespace rw
