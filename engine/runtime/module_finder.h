// Where a module comes from and how it starts to exist (CPython's finders and loaders).
//
// A top-level name is looked up, like CPython does, first among the native modules CPython
// builds into its interpreter (sys, time, itertools), then along sys.path (sys.path[0] is the
// program's folder): a package folder with __init__.py, a NAME.py file, or else a folder
// without __init__.py (a namespace package). Rewind's other modules, native or written in
// Python, stand in for CPython's standard library folder at the end of sys.path, so a
// program's own random.py shadows the standard one as it does in CPython. A submodule is
// looked up along its package's __path__.
//
// Files are read through the Host: a recording logs every read and a replay feeds it back.
// Each module's source is registered like the main program's (observer onSource, traceback
// lines), so the debugger can show the code of every imported module.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "runtime/interp.h"

namespace rw {

struct Module;
struct StdlibModule;

struct FoundModule {
  enum class Kind : uint8_t { Native, Stdlib, File, Package, Namespace };
  Kind kind = Kind::File;
  Module* native = nullptr;              // Native (borrowed)
  const StdlibModule* stdlib = nullptr;  // Stdlib
  std::string file;                      // File, Package: the source file's path
  std::string source;                    // File, Package: its text
  std::vector<std::string> path;         // Package, Namespace: __path__
};

// Finds the module `name` (absolute). `path` is the package's __path__ for a submodule, or
// null for a top-level module. Nothing when there is no such module.
std::optional<FoundModule> findModule(Interp& I, const std::string& name, Value path);

// Creates the module, registers it in sys.modules and runs its code; on an error the module
// leaves sys.modules again. Returns sys.modules[name] afterwards (a module may replace
// itself there), a new reference.
Value loadModule(Interp& I, const std::string& name, const FoundModule& found);

}  // namespace rw
