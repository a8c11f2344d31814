// The import system (seed 6.19): import statements, sys.modules, relative names, packages.
// Where modules come from is runtime/module_finder.h.
#pragma once

#include <string>
#include <string_view>

#include "runtime/interp.h"

namespace rw {

struct Dict;
struct Module;

// IMPORT_NAME and __import__: imports `name` (relative to the package of `globals` when
// level > 0) and returns what the statement binds: the top-level package for `import a.b`,
// the module itself when there is a fromlist (after importing the submodules it names).
Value importName(Interp& I, Value name, Dict* globals, Value fromlist, Value level);
// IMPORT_FROM: an attribute of the module (or its submodule from sys.modules), else
// ImportError with CPython's message.
Value importFrom(Interp& I, Value module, Value name);
// IMPORT_STAR: the module's __all__, or its public names, into `target`.
void importStar(Interp& I, Value module, Dict* target);
// Imports the module with the absolute dotted name and returns it (not its top-level
// package), loading its parents first: importlib.import_module for an absolute name.
Value importModule(Interp& I, std::string_view name);
// The absolute name of a relative import of `name` with `level` leading dots from `package`
// (importlib's _resolve_name), or ImportError.
std::string resolveRelativeName(Interp& I, const std::string& name, const std::string& package,
                                int64_t level);
// Whether the module's code is still running (its first import has not finished): a module
// in that state is "partially initialized" in CPython's error messages.
bool moduleIsInitializing(Interp& I, Module* module);

}  // namespace rw
