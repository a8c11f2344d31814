// property, staticmethod and classmethod: descriptors written in C++ (seed 6.15).
#pragma once

#include "runtime/type.h"

namespace rw {

struct Property : Object {
  Value getter;  // fget, fset, fdel, or null
  Value setter;
  Value deleter;
  Value doc;
  Value name;  // set by __set_name__, for error messages
};

// staticmethod and classmethod share a layout: the wrapped callable and a dict.
struct MethodWrapper : Object {
  Value callable;
  Dict* dict = nullptr;
};

void initDescriptorTypes(Interp& I);

}  // namespace rw
