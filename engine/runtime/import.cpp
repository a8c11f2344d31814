// The import statement's semantics, after CPython's PyImport_ImportModuleLevelObject and
// importlib._bootstrap: name resolution, sys.modules, parents before children, fromlists.
#include "runtime/import.h"

#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/frame.h"
#include "runtime/module_finder.h"
#include "runtime/protocols.h"

namespace rw {

namespace {

// An ImportError (or subclass) carrying CPython's `name` and `path` attributes.
[[noreturn]] void raiseImportError(Interp& I, Type* type, const std::string& message, Value name,
                                   Value path) {
  Ref exc = Ref::steal(newExceptionWithMessage(I, type, message));
  setAttr(I, exc.get(), I.intern("name"), name ? name : I.None());
  setAttr(I, exc.get(), I.intern("path"), path ? path : I.None());
  I.raise(exc.release());
}

[[noreturn]] void raiseModuleNotFound(Interp& I, const std::string& message,
                                      const std::string& name) {
  Ref nameValue = Ref::steal(Value(newStr(I, name)));
  raiseImportError(I, I.exc.ModuleNotFoundError, message, nameValue.get(), Value());
}

std::string quoted(Interp& I, std::string_view text) {
  Ref s = Ref::steal(Value(newStr(I, text)));
  return reprString(I, s.get());
}

std::string parentOf(const std::string& name) {
  size_t dot = name.rfind('.');
  return dot == std::string::npos ? "" : name.substr(0, dot);
}

// importlib._bootstrap._find_and_load: sys.modules first, else find and run the module,
// its parent package first; the new module becomes an attribute of its parent.
Value findAndLoad(Interp& I, const std::string& name) {
  Value cached = dictGetStr(I, I.modules, name);
  if (cached) {
    if (cached.is(I.None()))
      raiseModuleNotFound(I, "import of " + name + " halted; None in sys.modules", name);
    return newRef(cached);
  }
  std::string parent = parentOf(name);
  Ref path;
  if (!parent.empty()) {
    if (!dictGetStr(I, I.modules, parent)) decref(findAndLoad(I, parent));
    // Importing the parent may have imported this module too.
    if (Value now = dictGetStr(I, I.modules, name)) return newRef(now);
    Value parentModule = dictGetStr(I, I.modules, parent);
    if (parentModule) path = Ref::steal(lookupAttr(I, parentModule, I.intern("__path__")));
    if (!path)
      raiseModuleNotFound(
          I, "No module named " + quoted(I, name) + "; " + quoted(I, parent) + " is not a package",
          name);
  }
  std::optional<FoundModule> found = findModule(I, name, path.get());
  if (!found) raiseModuleNotFound(I, "No module named " + quoted(I, name), name);
  Ref module = Ref::steal(loadModule(I, name, *found));
  if (!parent.empty()) {
    if (Value parentModule = dictGetStr(I, I.modules, parent)) {
      Ref parentRef = Ref::borrow(parentModule);
      setAttr(I, parentRef.get(), I.intern(name.substr(parent.size() + 1)), module.get());
    }
  }
  return module.release();
}

std::string moduleNameOf(Interp& I, Value module) {
  Ref name = Ref::steal(getAttr(I, module, I.names.__name__));
  if (!isInstance(I, name.get(), I.types.str))
    raiseTypeError(I,
                   "module __name__ must be a string, not " + std::string(typeName(I, name.get())));
  return std::string(strView(name.get()));
}

// importlib._bootstrap._handle_fromlist: `from package import name` imports the submodule
// `name` unless the package already has such an attribute; `*` does so for __all__.
void handleFromlist(Interp& I, Value module, Value fromlist, bool fromAll) {
  Ref it = Ref::steal(getIter(I, fromlist));
  while (Ref item = Ref::steal(iterNext(I, it.get()))) {
    if (!isInstance(I, item.get(), I.types.str)) {
      std::string where = fromAll ? moduleNameOf(I, module) + ".__all__" : "``from list''";
      raiseTypeError(
          I, "Item in " + where + " must be str, not " + std::string(typeName(I, item.get())));
    }
    std::string_view x = strView(item.get());
    if (x == "*") {
      if (fromAll) continue;
      if (Ref all = Ref::steal(lookupAttr(I, module, I.intern("__all__"))))
        handleFromlist(I, module, all.get(), true);
      continue;
    }
    if (Ref present = Ref::steal(lookupAttr(I, module, static_cast<Str*>(item.obj())))) continue;
    std::string fromName = moduleNameOf(I, module) + "." + std::string(x);
    try {
      decref(findAndLoad(I, fromName));
    } catch (PyException&) {
      // A fromlist name that is no submodule is left for IMPORT_FROM to report.
      Value e = I.pendingException;
      if (!isInstance(I, e, I.exc.ModuleNotFoundError)) throw;
      Ref missing = Ref::steal(lookupAttr(I, e, I.intern("name")));
      bool thisModule = missing && isInstance(I, missing.get(), I.types.str) &&
                        strView(missing.get()) == fromName;
      Value entry = dictGetStr(I, I.modules, fromName);
      if (!thisModule || (entry && entry.is(I.None()))) throw;
      decref(I.takePendingException());
    }
  }
}

// The package a relative import in code with these globals starts from (CPython's
// resolve_name): __package__, else __spec__.parent, else derived from __name__.
std::string packageOf(Interp& I, Dict* globals) {
  Value package = dictGetStr(I, globals, "__package__");
  if (package && !package.is(I.None())) {
    if (!isInstance(I, package, I.types.str)) raiseTypeError(I, "package must be a string");
    return std::string(strView(package));
  }
  Value spec = dictGetStr(I, globals, "__spec__");
  if (spec && !spec.is(I.None())) {
    Ref parent = Ref::steal(getAttr(I, spec, I.intern("parent")));
    if (!isInstance(I, parent.get(), I.types.str))
      raiseTypeError(I, "__spec__.parent must be a string");
    return std::string(strView(parent.get()));
  }
  Value name = dictGetStr(I, globals, I.names.__name__);
  if (!name) raiseError(I, I.exc.KeyError, "'__name__' not in globals");
  if (!isInstance(I, name, I.types.str)) raiseTypeError(I, "__name__ must be a string");
  std::string text(strView(name));
  if (dictGetStr(I, globals, "__path__")) return text;
  size_t dot = text.rfind('.');
  return dot == std::string::npos ? "" : text.substr(0, dot);
}

}  // namespace

std::string resolveRelativeName(Interp& I, const std::string& name, const std::string& package,
                                int64_t level) {
  if (package.empty())
    raiseImportError(I, I.exc.ImportError, "attempted relative import with no known parent package",
                     Value(), Value());
  size_t end = package.size();
  for (int64_t up = 1; up < level; ++up) {
    size_t dot = package.rfind('.', end - 1);
    if (dot == std::string::npos || end == 0)
      raiseImportError(I, I.exc.ImportError, "attempted relative import beyond top-level package",
                       Value(), Value());
    end = dot;
  }
  std::string base = package.substr(0, end);
  return name.empty() ? base : base + "." + name;
}

Value importModule(Interp& I, std::string_view name) {
  return findAndLoad(I, std::string(name));
}

Value importName(Interp& I, Value nameValue, Dict* globals, Value fromlist, Value levelValue) {
  std::string name(strView(nameValue));
  int64_t level = levelValue.isSmallInt() ? levelValue.asSmallInt() : 0;
  if (level < 0) raiseError(I, I.exc.ValueError, "level must be >= 0");
  std::string absolute;
  if (level > 0) {
    if (!globals) raiseError(I, I.exc.KeyError, "'__name__' not in globals");
    absolute = resolveRelativeName(I, name, packageOf(I, globals), level);
  } else {
    if (name.empty()) raiseError(I, I.exc.ValueError, "Empty module name");
    absolute = name;
  }
  Ref module = Ref::steal(findAndLoad(I, absolute));
  bool hasFrom = fromlist && !fromlist.is(I.None()) && truthy(I, fromlist);
  if (!hasFrom) {
    size_t dot = name.find('.');
    if ((level == 0 || !name.empty()) && dot != std::string::npos) {
      // `import a.b.c` binds a.
      if (level == 0) return findAndLoad(I, name.substr(0, dot));
      std::string front = absolute.substr(0, absolute.size() - (name.size() - dot));
      Value top = dictGetStr(I, I.modules, front);
      if (!top) raiseError(I, I.exc.KeyError, quoted(I, front) + " not in sys.modules as expected");
      return newRef(top);
    }
    return module.release();
  }
  if (Ref path = Ref::steal(lookupAttr(I, module.get(), I.intern("__path__"))))
    handleFromlist(I, module.get(), fromlist, false);
  return module.release();
}

bool moduleIsInitializing(Interp& I, Module* module) {
  // A module runs in a frame whose namespace is its dict; __main__ has no import to finish.
  if (static_cast<Object*>(module) == I.main.module) return false;
  for (Frame* f = I.frame; f; f = f->back)
    if (f->locals == module->dict && f->globals == module->dict) return true;
  return false;
}

Value importFrom(Interp& I, Value module, Value name) {
  if (Value v = lookupAttr(I, module, static_cast<Str*>(name.asObject()))) return v;
  // A submodule imported circularly may be in sys.modules before it is an attribute.
  Ref moduleName = Ref::steal(lookupAttr(I, module, I.names.__name__));
  if (moduleName && isInstance(I, moduleName.get(), I.types.str)) {
    std::string full = std::string(strView(moduleName.get())) + "." + std::string(strView(name));
    if (Value sub = dictGetStr(I, I.modules, full)) return newRef(sub);
  } else {
    moduleName.reset();
  }
  std::string shownName =
      moduleName ? quoted(I, strView(moduleName.get())) : "'<unknown module name>'";
  Value file;
  bool isModule = isInstance(I, module, I.types.module);
  if (isModule)
    file = dictGetStr(I, static_cast<Module*>(module.asObject())->dict, I.names.__file__);
  std::string what = "cannot import name " + reprString(I, name) + " from ";
  if (!file || !isInstance(I, file, I.types.str))
    raiseImportError(I, I.exc.ImportError, what + shownName + " (unknown location)",
                     moduleName.get(), Value());
  bool partial = moduleIsInitializing(I, static_cast<Module*>(module.asObject()));
  std::string message = partial ? what + "partially initialized module " + shownName +
                                      " (most likely due to a circular import) (" +
                                      strString(I, file) + ")"
                                : what + shownName + " (" + strString(I, file) + ")";
  raiseImportError(I, I.exc.ImportError, message, moduleName.get(), file);
}

void importStar(Interp& I, Value module, Dict* target) {
  Ref all = Ref::steal(lookupAttr(I, module, I.intern("__all__")));
  bool publicOnly = !all;
  if (publicOnly) {
    Ref dict = Ref::steal(lookupAttr(I, module, I.names.__dict__));
    if (!dict)
      raiseImportError(I, I.exc.ImportError, "from-import-* object has no __dict__ and no __all__",
                       Value(), Value());
    // A list of the keys: getattr below may run code that changes the module.
    all = Ref::steal(call(I, Value(I.types.list), {dict.get()}));
  }
  Ref it = Ref::steal(getIter(I, all.get()));
  while (Ref name = Ref::steal(iterNext(I, it.get()))) {
    if (!isInstance(I, name.get(), I.types.str)) {
      std::string owner = moduleNameOf(I, module);
      raiseTypeError(I, std::string(publicOnly ? "Key" : "Item") + " in " + owner +
                            (publicOnly ? ".__dict__" : ".__all__") + " must be str, not " +
                            std::string(typeName(I, name.get())));
    }
    if (publicOnly && strView(name.get()).starts_with("_")) continue;
    Ref value = Ref::steal(getAttr(I, module, static_cast<Str*>(name.obj())));
    dictSet(I, target, name.get(), value.get());
  }
}

}  // namespace rw
