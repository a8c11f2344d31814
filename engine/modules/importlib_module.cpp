// importlib: import_module, the function form of the import statement.
#include <string>

#include "modules/module_support.h"
#include "modules/native_modules.h"
#include "objects/str.h"
#include "runtime/import.h"
#include "runtime/protocols.h"

namespace rw {

namespace {

// import_module(name, package=None): `name` may be relative (leading dots) to `package`;
// returns the module itself, not its top-level package.
Value importlibImportModule(Interp& I, Value, CallArgs args) {
  std::vector<Value> a = bindLikePython(I, "import_module", args, {"name", "package"}, 1);
  Value nameValue = a[0];
  Value package = a[1] ? a[1] : I.None();
  if (!isInstance(I, nameValue, I.types.str))
    raiseTypeError(I, "module name must be str, not " + reprString(I, Value(typeOf(I, nameValue))));
  std::string name(strView(nameValue));
  size_t level = name.find_first_not_of('.');
  if (level == std::string::npos) level = name.size();
  if (level > 0) {
    if (!truthy(I, package))
      raiseTypeError(I, "the 'package' argument is required to perform a relative import for " +
                            reprString(I, nameValue));
    if (!isInstance(I, package, I.types.str)) raiseTypeError(I, "__package__ not set to a string");
    std::string absolute = resolveRelativeName(I, name.substr(level), std::string(strView(package)),
                                               static_cast<int64_t>(level));
    return importModule(I, absolute);
  }
  if (name.empty()) raiseError(I, I.exc.ValueError, "Empty module name");
  return importModule(I, name);
}

}  // namespace

void initImportlibModule(Interp& I, Module* module) {
  addModuleFunction(I, module, "import_module", importlibImportModule,
                    "Import a module.\n\nThe 'package' argument is required when performing a "
                    "relative import. It\n"
                    "specifies the package to use as the anchor point from which to resolve the\n"
                    "relative import to an absolute import.");
}

}  // namespace rw
