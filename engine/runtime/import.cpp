#include "runtime/import.h"

#include "modules/native_modules.h"
#include "modules/stdlib.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/eval.h"
#include "runtime/program.h"
#include "runtime/protocols.h"

namespace rw {

namespace {

[[noreturn]] void moduleNotFound(Interp& I, std::string_view name) {
  Ref exc = Ref::steal(newExceptionWithMessage(I, I.exc.ModuleNotFoundError,
                                               "No module named '" + std::string(name) + "'"));
  Ref nameValue = Ref::steal(Value(newStr(I, name)));
  setAttr(I, exc.get(), I.intern("name"), nameValue.get());
  I.raise(exc.release());
}

// Runs a Python-written module's code in a fresh module registered in sys.modules first,
// so that a circular import sees the partially initialised module.
Value loadStdlibModule(Interp& I, const StdlibModule& spec) {
  std::string name(spec.name);
  std::string path = std::string(kStdlibPathPrefix) + name + ".py";
  Module* module = newModule(I, name);
  Ref moduleRef = Ref::steal(Value(module));
  Ref file = Ref::steal(Value(newStr(I, path)));
  dictSetStr(I, module->dict, "__file__", file.get());
  dictSetStr(I, module->dict, "__builtins__", Value(I.builtinsModule));
  dictSetStr(I, I.modules, name, Value(module));
  try {
    Ref code = Ref::steal(Value(compileModuleSource(I, std::string(spec.source), path)));
    Ref result = Ref::steal(runCode(I, code.as<Code>(), module->dict, module->dict));
  } catch (PyException&) {
    dictDel(I, I.modules, Value(I.intern(name)));
    throw;
  }
  return moduleRef.release();
}

// A module without a submodule of that name: CPython says why when it is no package.
[[noreturn]] void submoduleNotFound(Interp& I, Value parent, std::string_view parentName,
                                    std::string_view name) {
  Ref path = Ref::steal(lookupAttr(I, parent, I.intern("__path__")));
  if (path) moduleNotFound(I, name);
  Ref exc = Ref::steal(newExceptionWithMessage(
      I, I.exc.ModuleNotFoundError,
      "No module named '" + std::string(name) + "'; '" + std::string(parentName) + "' is not a package"));
  Ref nameValue = Ref::steal(Value(newStr(I, name)));
  setAttr(I, exc.get(), I.intern("name"), nameValue.get());
  I.raise(exc.release());
}

// The module `name` (a.b.c) once its packages are imported: the submodule is bound as an
// attribute of its parent, like CPython's.
Value importSubmodule(Interp& I, Value parent, std::string_view parentName, std::string_view name) {
  if (Value cached = dictGetStr(I, I.modules, name)) return newRef(cached);
  const StdlibModule* spec = findStdlibModule(name);
  if (!spec) submoduleNotFound(I, parent, parentName, name);
  Ref module = Ref::steal(loadStdlibModule(I, *spec));
  setAttr(I, parent, I.intern(name.substr(parentName.size() + 1)), module.get());
  return module.release();
}

}  // namespace

Value importModule(Interp& I, std::string_view name) {
  Value cached = dictGetStr(I, I.modules, name);
  if (cached) return newRef(cached);
  size_t dot = name.rfind('.');
  if (dot != std::string_view::npos) {
    Ref parent = Ref::steal(importModule(I, name.substr(0, dot)));
    return importSubmodule(I, parent.get(), name.substr(0, dot), name);
  }
  if (Module* native = findNativeModule(I, name)) {
    dictSetStr(I, I.modules, name, Value(native));
    return newRef(Value(native));
  }
  if (const StdlibModule* spec = findStdlibModule(name)) return loadStdlibModule(I, *spec);
  moduleNotFound(I, name);
}

Value importName(Interp& I, Value name, Dict*, Value fromlist, Value level) {
  if (!level.isSmallInt() || level.asSmallInt() != 0)
    raiseError(I, I.exc.ImportError, "attempted relative import with no known parent package");
  std::string full(strView(name));
  Ref module = Ref::steal(importModule(I, full));
  bool hasFromlist = fromlist && !fromlist.is(I.None()) && truthy(I, fromlist);
  if (!hasFromlist) {
    // `import a.b.c` binds the top-level package.
    size_t dot = full.find('.');
    if (dot == std::string::npos) return module.release();
    return newRef(dictGetStr(I, I.modules, full.substr(0, dot)));
  }
  // `from package import name` imports the submodule when the package has no such attribute.
  Ref path = Ref::steal(lookupAttr(I, module.get(), I.intern("__path__")));
  if (!path) return module.release();
  Ref it = Ref::steal(getIter(I, fromlist));
  while (Ref item = Ref::steal(iterNext(I, it.get()))) {
    if (!isInstance(I, item.get(), I.types.str) || strView(item.get()) == "*") continue;
    Ref existing = Ref::steal(lookupAttr(I, module.get(), I.intern(strView(item.get()))));
    std::string submodule = full + "." + std::string(strView(item.get()));
    if (!existing && findStdlibModule(submodule)) decref(importSubmodule(I, module.get(), full, submodule));
  }
  return module.release();
}

Value importFrom(Interp& I, Value module, Value name) {
  Value v = lookupAttr(I, module, static_cast<Str*>(name.asObject()));
  if (v) return v;
  Ref moduleName = Ref::steal(lookupAttr(I, module, I.names.__name__));
  std::string mname = moduleName && isType(I, moduleName.get(), I.types.str)
                          ? std::string(strView(moduleName.get()))
                          : "<unknown module name>";
  Ref file = Ref::steal(lookupAttr(I, module, I.names.__file__));
  std::string where = file && isType(I, file.get(), I.types.str) ? std::string(strView(file.get()))
                                                                 : "unknown location";
  Ref exc = Ref::steal(newExceptionWithMessage(
      I, I.exc.ImportError,
      "cannot import name '" + std::string(strView(name)) + "' from '" + mname + "' (" + where + ")"));
  I.raise(exc.release());
}

void importStar(Interp& I, Value module, Dict* target) {
  if (!isType(I, module, I.types.module)) raiseTypeError(I, "import * requires a module");
  Dict* d = static_cast<Module*>(module.asObject())->dict;
  Value all = dictGetStr(I, d, "__all__");
  if (all) {
    Ref it = Ref::steal(getIter(I, all));
    while (Ref name = Ref::steal(iterNext(I, it.get()))) {
      if (!isInstance(I, name.get(), I.types.str))
        raiseTypeError(I, "Item in " + reprString(I, Value(dictGetStr(I, d, "__name__"))) +
                              ".__all__ must be str, not " + std::string(typeName(I, name.get())));
      Ref v = Ref::steal(getAttr(I, module, I.intern(strView(name.get()))));
      dictSet(I, target, name.get(), v.get());
    }
    return;
  }
  int64_t pos = 0;
  const DictEntry* e;
  while (dictNext(d, pos, e)) {
    if (isType(I, e->key, I.types.str) && !strView(e->key).starts_with("_"))
      dictSet(I, target, e->key, e->value);
  }
}

}  // namespace rw
