// The builtins module (print, len, range, ...) and the sys module.
#pragma once

#include "runtime/interp.h"

namespace rw {

void populateBuiltins(Interp& I);
// exec, eval, compile, locals, vars, dir, __import__ (runtime/builtins_dynamic.cpp).
void addDynamicBuiltins(Interp& I);
void populateSys(Interp& I);
// sys.argv, sys.path[0] and __main__'s __file__ for a program run from `path`.
void setProgramArguments(Interp& I, const std::vector<std::string>& argv);

}  // namespace rw
