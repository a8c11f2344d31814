// Modules implemented in C++ (math, random, time, ...). Each is created at interpreter
// start-up, so its functions are start-up objects identical in every interpreter (snapshots
// refer to them by serial); `import` puts a module into sys.modules on first use.
#pragma once

#include <string_view>

#include "objects/function.h"
#include "runtime/interp.h"

namespace rw {

struct Module;

void createNativeModules(Interp& I);
// The module, or null when no native module has that name.
Module* findNativeModule(Interp& I, std::string_view name);
// For module initialisers: adds a function to the module's namespace.
void addModuleFunction(Interp& I, Module* module, std::string_view name, NativeFunction fn,
                       const char* doc = nullptr);

}  // namespace rw
