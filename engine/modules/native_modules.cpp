#include "modules/native_modules.h"

#include <string>

#include "objects/dict.h"
#include "objects/module.h"
#include "objects/str.h"

namespace rw {

// Each native module's initialiser, defined in its own file.
void initTimeModule(Interp& I, Module* module);
void initOperatorModule(Interp& I, Module* module);
void initMathModule(Interp& I, Module* module);
void initHeapqModule(Interp& I, Module* module);
void initBisectModule(Interp& I, Module* module);
void initItertoolsModule(Interp& I, Module* module);
void initFunctoolsModule(Interp& I, Module* module);
void initRandomModule(Interp& I, Module* module);
void initCollectionsModule(Interp& I, Module* module);
void initImportlibModule(Interp& I, Module* module);
void initUnicodedataModule(Interp& I, Module* module);

namespace {

struct NativeModuleDef {
  const char* name;
  void (*init)(Interp&, Module*);
};

const NativeModuleDef kNativeModules[] = {
    {"time", initTimeModule},
    {"operator", initOperatorModule},
    {"math", initMathModule},
    {"heapq", initHeapqModule},
    {"bisect", initBisectModule},
    {"itertools", initItertoolsModule},
    {"functools", initFunctoolsModule},
    {"random", initRandomModule},
    {"_collections", initCollectionsModule},
    {"importlib", initImportlibModule},
    {"unicodedata", initUnicodedataModule},
};

}  // namespace

void createNativeModules(Interp& I) {
  I.nativeModules = newDict(I);
  I.registerStatic("native-modules", I.nativeModules);
  for (const NativeModuleDef& def : kNativeModules) {
    Module* module = newModule(I, def.name);
    I.registerStatic(std::string("module:") + def.name, module);
    def.init(I, module);
    dictSetStr(I, I.nativeModules, def.name, Value(module));
    decref(Value(module));
  }
}

Module* findNativeModule(Interp& I, std::string_view name) {
  Value v = dictGetStr(I, I.nativeModules, name);
  return v ? static_cast<Module*>(v.asObject()) : nullptr;
}

void addModuleFunction(Interp& I, Module* module, std::string_view name, NativeFunction fn,
                       const char* doc) {
  BuiltinFunction* f = newBuiltinFunction(I, name, fn, Value(module), nullptr, doc);
  Value moduleName = dictGetStr(I, module->dict, I.names.__name__);
  I.registerStatic(std::string(strView(moduleName)) + "." + std::string(name), f);
  dictSetStr(I, module->dict, name, Value(f));
  decref(Value(f));
}

}  // namespace rw
