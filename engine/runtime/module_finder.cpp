#include "runtime/module_finder.h"

#include <cerrno>
#include <string_view>

#include "modules/native_modules.h"
#include "modules/stdlib.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/eval.h"
#include "runtime/program.h"
#include "runtime/protocols.h"

namespace rw {

namespace {

// CPython 3.11's sys.builtin_module_names: these are found before sys.path is searched.
constexpr std::string_view kCPythonBuiltinModules[] = {
    "_abc",    "_ast",         "_codecs",      "_collections", "_functools", "_imp",    "_io",
    "_locale", "_operator",    "_signal",      "_sre",         "_stat",      "_string", "_symtable",
    "_thread", "_tokenize",    "_tracemalloc", "_warnings",    "_weakref",   "atexit",  "builtins",
    "errno",   "faulthandler", "gc",           "itertools",    "marshal",    "posix",   "pwd",
    "sys",     "time",         "xxsubtype"};

bool isCPythonBuiltin(std::string_view name) {
  for (std::string_view b : kCPythonBuiltinModules)
    if (b == name) return true;
  return false;
}

// os.path.join for the import system: empty parts vanish, no doubled separators.
std::string joinPath(const std::string& folder, const std::string& name) {
  if (folder.empty()) return name;
  std::string joined = folder;
  while (joined.size() > 1 && joined.back() == '/')
    joined.pop_back();
  if (joined != "/") joined.push_back('/');
  return joined + name;
}

// Looks for `name` (the last part of a dotted name) in one folder of the search path. A
// folder without __init__.py is remembered as a namespace portion.
std::optional<FoundModule> findInFolder(Interp& I, const std::string& folder,
                                        const std::string& name,
                                        std::vector<std::string>& namespacePortions) {
  std::string base = joinPath(folder, name);
  FileReadResult init = I.host.readFile(joinPath(base, "__init__.py"));
  if (init.error == 0) {
    FoundModule found;
    found.kind = FoundModule::Kind::Package;
    found.file = joinPath(base, "__init__.py");
    found.source = std::move(init.data);
    found.path.push_back(base);
    return found;
  }
  FileReadResult file = I.host.readFile(base + ".py");
  if (file.error == 0) {
    FoundModule found;
    found.kind = FoundModule::Kind::File;
    found.file = base + ".py";
    found.source = std::move(file.data);
    return found;
  }
  if (I.host.readFile(base).error == EISDIR) namespacePortions.push_back(base);
  return std::nullopt;
}

std::optional<FoundModule> searchPath(Interp& I, const std::string& name, Value path) {
  if (!path || !isInstance(I, path, I.types.list)) return std::nullopt;
  std::string last = name.substr(name.rfind('.') + 1);
  std::vector<std::string> portions;
  // A snapshot of the entries: the search reads files, it does not run code, but keep the
  // iteration independent of the list anyway.
  List* list = static_cast<List*>(path.asObject());
  Ref entries = Ref::steal(Value(newTupleFrom(I, list->items, list->size)));
  Tuple* t = entries.as<Tuple>();
  for (int64_t i = 0; i < t->size; ++i) {
    Value entry = t->item(i);
    if (!isInstance(I, entry, I.types.str)) continue;
    if (auto found = findInFolder(I, std::string(strView(entry)), last, portions)) return found;
  }
  if (portions.empty()) return std::nullopt;
  FoundModule found;
  found.kind = FoundModule::Kind::Namespace;
  found.path = std::move(portions);
  return found;
}

void setStr(Interp& I, Dict* d, std::string_view key, const std::string& text) {
  Ref value = Ref::steal(Value(newStr(I, text)));
  dictSetStr(I, d, key, value.get());
}

Value pathList(Interp& I, const std::vector<std::string>& folders) {
  Ref list = Ref::steal(Value(newList(I)));
  for (const std::string& folder : folders) {
    Ref entry = Ref::steal(Value(newStr(I, folder)));
    listAppend(I, list.as<List>(), entry.get());
  }
  return list.release();
}

bool isStdlibPackage(const std::string& name) {
  for (const StdlibModule& m : stdlibModules())
    if (m.name.size() > name.size() && m.name.starts_with(name) && m.name[name.size()] == '.') return true;
  return false;
}

}  // namespace

std::optional<FoundModule> findModule(Interp& I, const std::string& name, Value path) {
  bool topLevel = !path;
  if (topLevel && isCPythonBuiltin(name)) {
    if (Module* native = findNativeModule(I, name)) {
      FoundModule found;
      found.kind = FoundModule::Kind::Native;
      found.native = native;
      return found;
    }
  }
  Ref sysPath;
  if (topLevel) sysPath = Ref::borrow(dictGetStr(I, I.sysModule->dict, "path"));
  std::optional<FoundModule> found = searchPath(I, name, topLevel ? sysPath.get() : path);
  if (found && found->kind != FoundModule::Kind::Namespace) return found;
  // Submodules of Rewind's own packages (collections.abc) are embedded like the packages.
  if (!topLevel) {
    if (const StdlibModule* spec = findStdlibModule(name)) {
      FoundModule standard;
      standard.kind = FoundModule::Kind::Stdlib;
      standard.stdlib = spec;
      return standard;
    }
  }
  if (topLevel) {
    // Rewind's standard library sits after the folders of sys.path.
    if (Module* native = findNativeModule(I, name)) {
      FoundModule standard;
      standard.kind = FoundModule::Kind::Native;
      standard.native = native;
      return standard;
    }
    if (const StdlibModule* spec = findStdlibModule(name)) {
      FoundModule standard;
      standard.kind = FoundModule::Kind::Stdlib;
      standard.stdlib = spec;
      return standard;
    }
  }
  return found;
}

Value loadModule(Interp& I, const std::string& name, const FoundModule& found) {
  if (found.kind == FoundModule::Kind::Native) {
    dictSetStr(I, I.modules, name, Value(found.native));
    return newRef(Value(found.native));
  }
  Module* module = newModule(I, name);
  Ref moduleRef = Ref::steal(Value(module));
  Dict* d = module->dict;
  bool package =
      found.kind == FoundModule::Kind::Package || found.kind == FoundModule::Kind::Namespace;
  size_t dot = name.rfind('.');
  std::string parent = dot == std::string::npos ? "" : name.substr(0, dot);
  setStr(I, d, "__package__", package ? name : parent);
  std::string file;
  std::string source;
  switch (found.kind) {
    case FoundModule::Kind::Stdlib:
      file = std::string(kStdlibPathPrefix) + name + ".py";
      source = std::string(found.stdlib->source);
      break;
    case FoundModule::Kind::File:
    case FoundModule::Kind::Package:
      file = found.file;
      source = found.source;
      break;
    case FoundModule::Kind::Namespace:
    case FoundModule::Kind::Native:
      break;
  }
  if (package) {
    Ref path = Ref::steal(pathList(I, found.path));
    dictSetStr(I, d, "__path__", path.get());
  } else if (found.kind == FoundModule::Kind::Stdlib && isStdlibPackage(name)) {
    // An embedded module with embedded submodules is a package with no folders.
    Ref path = Ref::steal(pathList(I, {}));
    dictSetStr(I, d, "__path__", path.get());
  }
  if (found.kind == FoundModule::Kind::Namespace) {
    dictSetStr(I, d, "__file__", I.None());
    dictSetStr(I, I.modules, name, Value(module));
    return moduleRef.release();
  }
  setStr(I, d, "__file__", file);
  // An imported module's __builtins__ is the builtins dict (only __main__ gets the module).
  dictSetStr(I, d, "__builtins__", Value(I.builtins));
  // Registered before it runs, so that a circular import finds the partial module.
  dictSetStr(I, I.modules, name, Value(module));
  Ref key = Ref::steal(Value(newStr(I, name)));
  try {
    Ref code = Ref::steal(Value(compileModuleSource(I, source, file)));
    Ref result = Ref::steal(runCode(I, code.as<Code>(), d, d));
  } catch (PyException&) {
    dictDel(I, I.modules, key.get());
    throw;
  }
  // The module may have replaced itself in sys.modules; it moves to the end, as in CPython.
  Ref loaded = Ref::borrow(dictGet(I, I.modules, key.get()));
  if (!loaded) I.raise(newException(I, I.exc.KeyError, newTupleOf(I, {key.get()})));
  dictDel(I, I.modules, key.get());
  dictSet(I, I.modules, key.get(), loaded.get());
  return loaded.release();
}

}  // namespace rw
