// The __format__ methods of object, int and float (str has its own): what format() and
// f-strings use, reachable as methods like CPython's (enum's IntEnum takes int.__format__).
#pragma once

#include "runtime/interp.h"

namespace rw {

void addFormatMethods(Interp& I);

}  // namespace rw
