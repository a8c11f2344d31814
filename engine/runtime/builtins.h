// The builtins module (print, len, range, ...) and the sys module.
#pragma once

#include <string>
#include <vector>

#include "runtime/interp.h"

namespace rw {

void populateBuiltins(Interp& I);
// exec, eval, compile, locals, vars, dir, __import__ (runtime/builtins_dynamic.cpp).
void addDynamicBuiltins(Interp& I);
// dir(obj) for an object whose type has no __dir__ of its own (object.__dir__ returns it too):
// the sorted names of its attributes, its class's and the class's bases'.
Value defaultDir(Interp& I, Value obj);
void populateSys(Interp& I);
// Names the builtins provide that a module does not define itself (a fresh module already has
// __name__, __doc__ and the like: those are module globals), for the "builtin" symbol kind.
std::vector<std::string> builtinNames(Interp& I);
// sys.argv, sys.path[0] and __main__'s __file__ for a program run from `path`.
void setProgramArguments(Interp& I, const std::vector<std::string>& argv);

}  // namespace rw
