// Finalizers: __del__ runs when an object's count reaches zero (and at exit for the
// program's globals), generators are closed when dropped, and errors in either are reported
// as "Exception ignored in: ..." like CPython's unraisable hook.
#pragma once

#include "runtime/interp.h"

namespace rw {

struct Module;

// Runs the finalizer of an object whose count reached zero. Returns true when the object
// was resurrected (its count is above zero again) and must not be freed.
bool runFinalizer(Interp& I, Object* object);
// Runs the finalizer of a live object (cyclic garbage) and marks it finalized.
void finalizeOnce(Interp& I, Object* object);
// The finalize slot of classes that define __del__.
void callDelMethod(Interp& I, Object* object);
// Prints "Exception ignored in: <repr of where>" and the traceback of the pending exception,
// which it clears.
void reportUnraisable(Interp& I, Value where);
// At exit: releases the globals of __main__ in insertion order when any class defines
// __del__, so finalizers of objects still alive run before the interpreter stops.
void releaseMainGlobals(Interp& I, Module* main);
void initFinalizers(Interp& I);

}  // namespace rw
