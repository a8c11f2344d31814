// isinstance/issubclass (Objects/abstract.c: object_recursive_isinstance and friends).
#include "runtime/instance_checks.h"

#include <algorithm>
#include <vector>

#include "objects/function.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/union_type.h"
#include "runtime/native_guard.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

bool isClass(Interp& I, Value v) {
  return isInstance(I, v, I.types.type);
}

// The metaclass's own check (a Python override), or null when it is type's.
Value overriddenCheck(Interp& I, Value cls, const char* name) {
  Value method = typeLookup(I, typeOf(I, cls), I.intern(name));
  if (!method || typeOf(I, method) != I.types.function) return Value();
  return method;
}

bool callCheck(Interp& I, Value method, Value cls, Value arg) {
  NativeDepthGuard guard(I, " in __instancecheck__");
  Ref hold = Ref::borrow(method);
  Ref result = Ref::steal(call(I, method, {cls, arg}));
  return truthy(I, result.get());
}

bool realIsInstance(Interp& I, Value obj, Value cls) {
  Type* t = static_cast<Type*>(cls.asObject());
  if (isInstance(I, obj, t)) return true;
  // An object may claim another class through __class__.
  Value claimed = lookupAttr(I, obj, I.names.__class__);
  if (!claimed) return false;
  Ref hold = Ref::steal(claimed);
  return !claimed.is(Value(typeOf(I, obj))) && isClass(I, claimed) &&
         isSubtype(static_cast<Type*>(claimed.asObject()), t);
}

bool realIsSubclass(Interp& I, Value derived, Value cls) {
  if (!isClass(I, derived)) raiseTypeError(I, "issubclass() arg 1 must be a class");
  if (!isClass(I, cls))
    raiseTypeError(I, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return isSubtype(static_cast<Type*>(derived.asObject()), static_cast<Type*>(cls.asObject()));
}

Value typeInstanceCheck(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__instancecheck__", args, 1, 1);
  return I.boolean(realIsInstance(I, args.args[0], self));
}

Value typeSubclassCheck(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__subclasscheck__", args, 1, 1);
  return I.boolean(realIsSubclass(I, args.args[0], self));
}

Value typeMro(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "mro", args, 0, 0);
  Tuple* mro = static_cast<Type*>(self.asObject())->mro;
  return call(I, Value(I.types.list), {Value(mro)});
}

// The classes that name `self` among their bases, oldest first (CPython keeps them in
// creation order).
Value typeSubclasses(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__subclasses__", args, 0, 0);
  std::vector<Object*> found;
  I.forEachObject([&](Object* o) {
    if (!isSubtype(o->type, I.types.type)) return;
    Tuple* bases = static_cast<Type*>(o)->bases;
    if (!bases) return;
    for (int64_t i = 0; i < bases->size; ++i)
      if (bases->item(i).is(self)) {
        found.push_back(o);
        return;
      }
  });
  std::sort(found.begin(), found.end(), [](Object* a, Object* b) { return a->serial < b->serial; });
  Ref list = Ref::steal(Value(newList(I, static_cast<int64_t>(found.size()))));
  for (Object* o : found)
    listAppend(I, list.as<List>(), Value(o));
  return list.release();
}

}  // namespace

bool objectIsInstance(Interp& I, Value obj, Value cls) {
  if (typeOf(I, obj) == static_cast<Type*>(cls.isObject() ? cls.asObject() : nullptr)) return true;
  if (isClass(I, cls) && typeOf(I, cls) == I.types.type) return realIsInstance(I, obj, cls);
  if (isType(I, cls, I.types.tuple)) {
    NativeDepthGuard guard(I, " in __instancecheck__");
    Tuple* t = static_cast<Tuple*>(cls.asObject());
    for (int64_t i = 0; i < t->size; ++i)
      if (objectIsInstance(I, obj, t->item(i))) return true;
    return false;
  }
  if (Tuple* members = unionArgs(I, cls)) {
    // isinstance(x, int | None): the members in order; a parameterized generic reached is
    // refused, like CPython.
    for (int64_t i = 0; i < members->size; ++i) {
      if (isType(I, members->item(i), I.types.genericAlias))
        raiseTypeError(I, "isinstance() argument 2 cannot be a parameterized generic");
      if (objectIsInstance(I, obj, members->item(i))) return true;
    }
    return false;
  }
  if (Value check = overriddenCheck(I, cls, "__instancecheck__"))
    return callCheck(I, check, cls, obj);
  if (!isClass(I, cls))
    raiseTypeError(I, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return realIsInstance(I, obj, cls);
}

bool objectIsSubclass(Interp& I, Value derived, Value cls) {
  if (isClass(I, cls) && typeOf(I, cls) == I.types.type) return realIsSubclass(I, derived, cls);
  if (isType(I, cls, I.types.tuple)) {
    NativeDepthGuard guard(I, " in __subclasscheck__");
    Tuple* t = static_cast<Tuple*>(cls.asObject());
    for (int64_t i = 0; i < t->size; ++i)
      if (objectIsSubclass(I, derived, t->item(i))) return true;
    return false;
  }
  if (Tuple* members = unionArgs(I, cls)) {
    for (int64_t i = 0; i < members->size; ++i) {
      if (isType(I, members->item(i), I.types.genericAlias))
        raiseTypeError(I, "issubclass() argument 2 cannot be a parameterized generic");
      if (objectIsSubclass(I, derived, members->item(i))) return true;
    }
    return false;
  }
  if (Value check = overriddenCheck(I, cls, "__subclasscheck__"))
    return callCheck(I, check, cls, derived);
  return realIsSubclass(I, derived, cls);
}

void addTypeIntrospectionMethods(Interp& I) {
  Type* t = I.types.type;
  addMethod(I, t, "__instancecheck__", typeInstanceCheck);
  addMethod(I, t, "__subclasscheck__", typeSubclassCheck);
  addMethod(I, t, "mro", typeMro);
  addMethod(I, t, "__subclasses__", typeSubclasses);
}

}  // namespace rw
