// Abstract classes (abc.ABCMeta): a class whose __abstractmethods__ is not empty cannot be
// instantiated through object.__new__; object.__subclasshook__ is the default hook
// ABCMeta.__subclasscheck__ consults.
#pragma once

#include "runtime/interp.h"

namespace rw {

// Raises CPython's TypeError "Can't instantiate abstract class X with abstract method(s) ..."
// when `type` has abstract methods left.
void checkNotAbstract(Interp& I, Type* type);
// Adds object.__subclasshook__ (a class method returning NotImplemented).
void addSubclassHook(Interp& I, Type* object);

}  // namespace rw
