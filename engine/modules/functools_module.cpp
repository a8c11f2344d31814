// The functools module: reduce, cmp_to_key (its KeyWrapper type), update_wrapper and wraps,
// and the initialiser. partial and the lru_cache wrapper are in their own files.
#include "modules/functools.h"
#include "modules/module_snapshot.h"
#include "modules/module_support.h"
#include "modules/native_modules.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

// ---- reduce ------------------------------------------------------------------------------------

Value functoolsReduce(Interp& I, Value, CallArgs args) {
  checkNoKeywords(I, "reduce", args);
  checkPositional(I, "reduce", args, 2, 3);
  Ref function = Ref::borrow(args.args[0]);
  Ref result = args.nargs == 3 ? Ref::borrow(args.args[2]) : Ref();
  Ref it;
  try {
    it = Ref::steal(getIter(I, args.args[1]));
  } catch (PyException&) {
    if (!isInstance(I, I.pendingException, I.exc.TypeError)) throw;
    decref(I.takePendingException());
    raiseTypeError(I, "reduce() arg 2 must support iteration");
  }
  while (Ref item = Ref::steal(iterNext(I, it.get()))) {
    if (!result)
      result = item;
    else
      result = Ref::steal(call(I, function.get(), {result.get(), item.get()}));
  }
  if (!result) raiseTypeError(I, "reduce() of empty iterable with no initial value");
  return result.release();
}

// ---- cmp_to_key ---------------------------------------------------------------------------------

// cmp_to_key(mycmp) and the keys made by calling it share one type, as in CPython: the first
// has no object, each key has one.
struct KeyObject : Object {
  Value cmp;
  Value object;
};

KeyObject* asKey(Value v) {
  return static_cast<KeyObject*>(v.asObject());
}

Type* keyType(Interp& I) {
  return static_cast<Type*>(I.findStatic("type:functools.KeyWrapper"));
}

Value newKey(Interp& I, Value cmp, Value object) {
  KeyObject* k = I.alloc<KeyObject>(keyType(I));
  k->cmp = newRef(cmp);
  k->object = newRef(object);
  return Value(k);
}

void keyDestroy(Object* o) {
  KeyObject* k = static_cast<KeyObject*>(o);
  Value cmp = k->cmp, object = k->object;
  k->cmp = k->object = Value();
  decref(cmp);
  decref(object);
}

void keyTraverse(Object* o, const RefVisitor& visit) {
  KeyObject* k = static_cast<KeyObject*>(o);
  if (k->cmp) visit(k->cmp);
  if (k->object) visit(k->object);
}

Value keyCall(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "K", args, {"obj"}, 1);
  return newKey(I, asKey(self)->cmp, a[0]);
}

Value keyRichCompare(Interp& I, Value a, Value b, CompareOp op) {
  if (!isType(I, b, typeOf(I, a))) raiseTypeError(I, "other argument must be K instance");
  KeyObject* x = asKey(a);
  KeyObject* y = asKey(b);
  if (!x->object || !y->object) raiseError(I, I.exc.AttributeError, "object");
  Ref cmp = Ref::borrow(x->cmp);
  Ref left = Ref::borrow(x->object);
  Ref right = Ref::borrow(y->object);
  Ref result = Ref::steal(call(I, cmp.get(), {left.get(), right.get()}));
  return richCompare(I, result.get(), Value::smallInt(0), op);
}

Value keyGetAttr(Interp& I, Value self, Str* name) {
  if (name->view() == "obj") return asKey(self)->object ? newRef(asKey(self)->object) : I.None();
  return genericGetAttr(I, self, name);
}

void keySetAttr(Interp& I, Value self, Str* name, Value value) {
  if (name->view() != "obj") {
    genericSetAttr(I, self, name, value);
    return;
  }
  KeyObject* k = asKey(self);
  Value old = k->object;
  k->object = newRef(value);
  decref(old);
  if (I.observer) I.observer->onWrite(k);
}

Value functoolsCmpToKey(Interp& I, Value, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "cmp_to_key", args, {"mycmp"}, 1);
  return newKey(I, a[0], Value());
}

void keyWrite(Interp&, Object* o, SnapshotEncoder& e) {
  e.value(static_cast<KeyObject*>(o)->cmp);
  e.value(static_cast<KeyObject*>(o)->object);
}
void keyRead(Interp&, Object* o, SnapshotDecoder& d) {
  static_cast<KeyObject*>(o)->cmp = d.value();
  static_cast<KeyObject*>(o)->object = d.value();
}

const SnapshotCodec kKeyCodec{keyWrite, module_snapshot::allocate<KeyObject>, keyRead, nullptr,
                              false};

// ---- update_wrapper, wraps --------------------------------------------------------------------

Value defaultTuple(Interp& I, const char* name) {
  Module* functools = static_cast<Module*>(I.findStatic("module:functools"));
  return dictGetStr(I, functools->dict, name);
}

void updateWrapperWith(Interp& I, Value wrapper, Value wrapped, Value assigned, Value updated) {
  Ref assignedIt = Ref::steal(getIter(I, assigned));
  while (Ref attr = Ref::steal(iterNext(I, assignedIt.get()))) {
    Str* name = I.intern(strView(attr.get()));
    Ref value = Ref::steal(lookupAttr(I, wrapped, name));
    if (value) setAttr(I, wrapper, name, value.get());
  }
  Ref updatedIt = Ref::steal(getIter(I, updated));
  while (Ref attr = Ref::steal(iterNext(I, updatedIt.get()))) {
    Str* name = I.intern(strView(attr.get()));
    Ref target = Ref::steal(getAttr(I, wrapper, name));
    Ref source = Ref::steal(lookupAttr(I, wrapped, name));
    if (!source) source = Ref::steal(Value(newDict(I)));
    Ref done = Ref::steal(callMethod(I, target.get(), I.intern("update"), {source.get()}));
  }
  // Last, so that a __wrapped__ in the wrapped function's __dict__ is not copied over it.
  setAttr(I, wrapper, I.intern("__wrapped__"), wrapped);
}

Value functoolsUpdateWrapper(Interp& I, Value, CallArgs args) {
  std::vector<Value> a =
      bindLikePython(I, "update_wrapper", args, {"wrapper", "wrapped", "assigned", "updated"}, 2);
  updateWrapperWith(I, a[0], a[1], a[2] ? a[2] : defaultTuple(I, "WRAPPER_ASSIGNMENTS"),
                    a[3] ? a[3] : defaultTuple(I, "WRAPPER_UPDATES"));
  return newRef(a[0]);
}

Value functoolsWraps(Interp& I, Value, CallArgs args) {
  std::vector<Value> a = bindLikePython(I, "wraps", args, {"wrapped", "assigned", "updated"}, 1);
  Module* functools = static_cast<Module*>(I.findStatic("module:functools"));
  Value updateWrapper = dictGetStr(I, functools->dict, "update_wrapper");
  Ref names = Ref::steal(Value(newTupleOf(
      I, {Value(I.intern("wrapped")), Value(I.intern("assigned")), Value(I.intern("updated"))})));
  return newPartial(I, updateWrapper, {}, names.as<Tuple>(),
                    {a[0], a[1] ? a[1] : defaultTuple(I, "WRAPPER_ASSIGNMENTS"),
                     a[2] ? a[2] : defaultTuple(I, "WRAPPER_UPDATES")});
}

Value namesTuple(Interp& I, std::initializer_list<const char*> names) {
  std::vector<Value> values;
  for (const char* n : names)
    values.push_back(Value(I.intern(n)));
  return Value(newTupleFrom(I, values.data(), static_cast<int64_t>(values.size())));
}

}  // namespace

void updateWrapper(Interp& I, Value wrapper, Value wrapped) {
  updateWrapperWith(I, wrapper, wrapped, defaultTuple(I, "WRAPPER_ASSIGNMENTS"),
                    defaultTuple(I, "WRAPPER_UPDATES"));
}

void initFunctoolsModule(Interp& I, Module* module) {
  Ref assigned = Ref::steal(
      namesTuple(I, {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}));
  addModuleValue(I, module, "WRAPPER_ASSIGNMENTS", assigned.get());
  Ref updated = Ref::steal(namesTuple(I, {"__dict__"}));
  addModuleValue(I, module, "WRAPPER_UPDATES", updated.get());
  addModuleFunction(I, module, "reduce", functoolsReduce);
  addModuleFunction(I, module, "cmp_to_key", functoolsCmpToKey);
  addModuleFunction(I, module, "update_wrapper", functoolsUpdateWrapper);
  addModuleFunction(I, module, "wraps", functoolsWraps);
  Type* key = newModuleType(I, module, "KeyWrapper", sizeof(KeyObject), kTypeGc);
  key->destroy = keyDestroy;
  key->clear = keyDestroy;
  key->traverse = keyTraverse;
  key->call = keyCall;
  key->richCompare = keyRichCompare;
  key->getAttr = keyGetAttr;
  key->setAttr = keySetAttr;
  key->hash = nullptr;
  registerSnapshotCodec(I, key, &kKeyCodec);
  initFunctoolsPartial(I, module);
  initFunctoolsLruCache(I, module);
  initFunctoolsTotalOrdering(I, module);
}

}  // namespace rw
