// The name instructions of module and class bodies, whose namespace is a dict or, in a class
// body whose metaclass's __prepare__ returned something else, any mapping.
#include "objects/cell.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "runtime/class_namespace.h"
#include "runtime/eval_internal.h"

namespace rw {

namespace {

// STORE_NAME, DELETE_NAME and SETUP_ANNOTATIONS work on the body's namespace, or on the
// globals when the code has none.
Dict* namespaceOf(Frame* f) {
  return f->locals ? f->locals : f->globals;
}

}  // namespace

Value loadName(Interp& I, Frame* f, Value name) {
  if (f->locals && !isPlainNamespace(I, f->locals)) {
    if (Value found = namespaceLoad(I, f->locals, name)) return found;
  }
  Value v = f->locals && isPlainNamespace(I, f->locals) ? dictGet(I, f->locals, name) : Value();
  if (!v) v = dictGetStr(I, f->globals, static_cast<Str*>(name.asObject()));
  if (!v) v = dictGetStr(I, f->builtins, static_cast<Str*>(name.asObject()));
  if (!v) raiseNameError(I, name);
  return newRef(v);
}

void storeName(Interp& I, Frame* f, Value name, Value v) {
  Dict* target = namespaceOf(f);
  if (isPlainNamespace(I, target))
    dictSet(I, target, name, v);
  else
    namespaceStore(I, target, name, v);
}

void deleteName(Interp& I, Frame* f, Value name) {
  Dict* target = namespaceOf(f);
  bool deleted =
      isPlainNamespace(I, target) ? dictDel(I, target, name) : namespaceDelete(I, target, name);
  if (!deleted) raiseNameError(I, name);
}

Value loadClassDeref(Interp& I, Frame* f, uint32_t index) {
  Code* code = f->code;
  Value v = f->locals ? dictGet(I, f->locals, cellOrFreeName(code, index)) : Value();
  if (!v) {
    Cell* cell = static_cast<Cell*>(f->localsplus()[code->nlocals() + index].asObject());
    v = cell->contents;
    if (!v) raiseUnboundDeref(I, code, index);
  }
  return newRef(v);
}

void setupAnnotations(Interp& I, Frame* f) {
  Dict* target = namespaceOf(f);
  if (dictGetStr(I, target, I.names.__annotations__)) return;
  Ref annotations = Ref::steal(Value(newDict(I)));
  dictSet(I, target, Value(I.names.__annotations__), annotations.get());
}

Value loadBuildClass(Interp& I, Frame* f) {
  Value v = dictGetStr(I, f->builtins, "__build_class__");
  if (!v) raiseError(I, I.exc.NameError, "__build_class__ not found");
  return newRef(v);
}

}  // namespace rw
