// Classes created at run time (class statements, type(name, bases, dict)): layout, method
// resolution order, and the slots that make `a + b`, `len(x)`, `x[i]` ... call the class's
// dunder methods (seed 6.14, 6.15, 6.24).
#pragma once

#include "runtime/type.h"

namespace rw {

struct Dict;
struct Str;
struct Tuple;

// type.__new__(metatype, name, bases, namespace): a new class. Raises TypeError for bad
// bases, layout conflicts and inconsistent MROs with CPython's messages.
Type* createClass(Interp& I, Type* metatype, Str* name, Tuple* bases, Dict* ns);
// Points each slot of `type` (and of its subclasses, when a dunder is assigned later) at the
// class's dunder method, or at the built-in implementation it inherits.
void updateClassSlots(Interp& I, Type* type);
// The rest of class creation once the class exists: __set_name__ and __init_subclass__
// (with the class statement's keyword arguments).
Type* finishNewClass(Interp& I, Type* type, Dict* kwds);
// C3 linearization; raises TypeError when there is none.
Tuple* computeMro(Interp& I, Type* type);
// Sets the destroy/traverse/clear slots (and the dict slot) every class's instances use.
void installClassLifecycle(Type* type);
// The instance dict slot of an object of a class with a dictOffset.
Dict** classInstanceDict(Object* o);
// divmod(a, b) through __divmod__/__rdivmod__ of classes defined in Python: null when
// neither operand's class defines them, NotImplemented when both decline.
Value classDivmod(Interp& I, Value a, Value b);
// The built-in type whose layout instances of `type` share.
Type* nativeBase(Type* type);

}  // namespace rw
