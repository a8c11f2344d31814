// The import system (seed 6.19): sys.modules, Rewind's native and Python-written modules.
#pragma once

#include "runtime/interp.h"

namespace rw {

struct Dict;

// IMPORT_NAME: the module named `name` (for `import a.b`, the top-level package unless a
// fromlist is given), loading it on first use.
Value importName(Interp& I, Value name, Dict* globals, Value fromlist, Value level);
// IMPORT_FROM: an attribute of the module, or ImportError with CPython's message.
Value importFrom(Interp& I, Value module, Value name);
// IMPORT_STAR: the module's public names (or __all__) into `target`.
void importStar(Interp& I, Value module, Dict* target);
// importlib.import_module / __import__ for a plain module name.
Value importModule(Interp& I, std::string_view name);

}  // namespace rw
