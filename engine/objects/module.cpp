// Module objects (seed 6.10): attribute access goes to the module's dict.
#include "objects/module.h"

#include <cstddef>

#include "objects/dict.h"
#include "objects/str.h"
#include "runtime/import.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

Module* newModule(Interp& I, std::string_view name) {
  Module* m = I.alloc<Module>(I.types.module);
  m->dict = newDict(I);
  dictSetStr(I, m->dict, "__name__", Value(I.intern(name)));
  dictSetStr(I, m->dict, "__doc__", I.None());
  dictSetStr(I, m->dict, "__package__", I.None());
  dictSetStr(I, m->dict, "__loader__", I.None());
  dictSetStr(I, m->dict, "__spec__", I.None());
  return m;
}

namespace {

void moduleDestroy(Object* o) { decref(static_cast<Object*>(static_cast<Module*>(o)->dict)); }

void moduleTraverse(Object* o, const RefVisitor& visit) {
  visit(Value(static_cast<Module*>(o)->dict));
}

std::string moduleName(Interp& I, Module* m) {
  Value name = dictGetStr(I, m->dict, I.names.__name__);
  return name && isType(I, name, I.types.str) ? std::string(strView(name)) : "?";
}

Value moduleRepr(Interp& I, Value self) {
  Module* m = static_cast<Module*>(self.asObject());
  std::string name = moduleName(I, m);
  Value file = dictGetStr(I, m->dict, I.names.__file__);
  if (file && isType(I, file, I.types.str))
    return Value(newStr(I, "<module '" + name + "' from '" + std::string(strView(file)) + "'>"));
  return Value(newStr(I, "<module '" + name + "' (built-in)>"));
}

Value moduleGetAttr(Interp& I, Value self, Str* name) {
  Module* m = static_cast<Module*>(self.asObject());
  Value v = genericGetAttr(I, self, name);
  if (v) return v;
  if (name->view() == "__dict__") return newRef(Value(m->dict));
  // PEP 562: a module's own __getattr__ supplies missing attributes.
  if (Value hook = dictGetStr(I, m->dict, "__getattr__")) {
    Ref keep = Ref::borrow(hook);
    return call(I, keep.get(), {Value(name)});
  }
  std::string partial = moduleIsInitializing(I, m) ? "partially initialized " : "";
  std::string circular = partial.empty() ? "" : " (most likely due to a circular import)";
  raiseError(I, I.exc.AttributeError,
             partial + "module '" + moduleName(I, m) + "' has no attribute '" +
                 std::string(name->view()) + "'" + circular);
}

void moduleSetAttr(Interp& I, Value self, Str* name, Value value) {
  Module* m = static_cast<Module*>(self.asObject());
  if (value) {
    dictSet(I, m->dict, Value(name), value);
  } else if (!dictDel(I, m->dict, Value(name))) {
    raiseError(I, I.exc.AttributeError, "module '" + moduleName(I, m) + "' has no attribute '" +
                                            std::string(name->view()) + "'");
  }
}

}  // namespace

void initModuleType(Interp& I) {
  Type* t = I.types.module;
  t->destroy = moduleDestroy;
  t->traverse = moduleTraverse;
  t->repr = moduleRepr;
  t->getAttr = moduleGetAttr;
  t->setAttr = moduleSetAttr;
  t->instanceDict = [](Object* o) { return &static_cast<Module*>(o)->dict; };
}

}  // namespace rw
