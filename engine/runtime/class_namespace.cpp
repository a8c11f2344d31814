// Name access in a class body whose namespace is a dict subclass.
#include "runtime/class_namespace.h"

#include "objects/dict.h"
#include "runtime/protocols.h"

namespace rw {

namespace {

bool takeKeyError(Interp& I) {
  if (!isInstance(I, I.pendingException, I.exc.KeyError)) return false;
  decref(I.takePendingException());
  return true;
}

}  // namespace

Value namespaceLoad(Interp& I, Dict* ns, Value name) {
  try {
    return getItem(I, Value(ns), name);
  } catch (PyException&) {
    if (!takeKeyError(I)) throw;
    return Value();
  }
}

void namespaceStore(Interp& I, Dict* ns, Value name, Value value) {
  setItem(I, Value(ns), name, value);
}

bool namespaceDelete(Interp& I, Dict* ns, Value name) {
  try {
    delItem(I, Value(ns), name);
    return true;
  } catch (PyException&) {
    if (!takeKeyError(I)) throw;
    return false;
  }
}

}  // namespace rw
