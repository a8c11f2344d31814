// Special methods every object inherits from `object` by name (__sizeof__, __getstate__,
// __dir__), plus the few built-in types answer by name rather than through a slot:
// type.__prepare__, bytes.__bytes__ and __getnewargs__ of str, bytes and tuple.
#include <string>

#include "objects/bytes.h"
#include "objects/class.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/object_sizes.h"
#include "objects/object_special_methods.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/builtins.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

Value objectSizeof(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__sizeof__", args, 0, 0);
  Type* t = typeOf(I, self);
  // A plain class instance is a header, a type pointer and its weak-reference slot; the
  // dict lives in front of it. Built-in layouts are their getsizeof figure less the GC header.
  if (t->hasFlag(kTypeHeap) && nativeBase(t) == I.types.object) return newInt(I, 24);
  int64_t size = cpythonSizeOf(I, self);
  if (t->hasFlag(kTypeGc) || t->hasFlag(kTypeHeap)) size -= kGcHeader;
  return newInt(I, size);
}

// The names of the __slots__ values instances of `type` carry, private names mangled.
std::vector<Str*> slotNames(Interp& I, Type* type) {
  std::vector<Str*> names;
  for (int64_t i = 0; i < type->mro->size; ++i) {
    auto* klass = static_cast<Type*>(type->mro->item(i).asObject());
    if (!klass->hasFlag(kTypeHeap)) continue;
    Value slots = dictGetStr(I, klass->dict, "__slots__");
    if (!slots) continue;
    Ref list = Ref::steal(Value(newList(I)));
    if (isInstance(I, slots, I.types.str))
      listAppend(I, list.as<List>(), slots);
    else
      listExtend(I, list.as<List>(), slots);
    for (int64_t k = 0; k < list.as<List>()->size; ++k) {
      Value name = list.as<List>()->items[k];
      if (!isInstance(I, name, I.types.str)) continue;
      std::string text(strView(name));
      if (text == "__dict__" || text == "__weakref__") continue;
      if (text.size() > 2 && text.compare(0, 2, "__") == 0 &&
          text.compare(text.size() - 2, 2, "__") != 0) {
        std::string owner(strView(Value(klass->name)));
        owner.erase(0, owner.find_first_not_of('_'));
        text = "_" + owner + text;
      }
      names.push_back(I.intern(text));
    }
  }
  return names;
}

// object.__getstate__: the instance dict (None when empty), with the set __slots__ values
// as (dict, slots) when there are any.
Value objectGetState(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__getstate__", args, 0, 0);
  Type* t = typeOf(I, self);
  Ref state = Ref::borrow(I.None());
  if (t->instanceDict && self.isObject()) {
    Dict* d = *t->instanceDict(self.asObject());
    if (d && d->used) state = Ref::borrow(Value(d));
  }
  if (!t->hasFlag(kTypeHeap)) return state.release();
  Ref slots = Ref::steal(Value(newDict(I)));
  for (Str* name : slotNames(I, t)) {
    Value value = lookupAttr(I, self, name);
    if (!value) continue;
    Ref hold = Ref::steal(value);
    dictSet(I, slots.as<Dict>(), Value(name), value);
  }
  if (!slots.as<Dict>()->used) return state.release();
  return Value(newTupleOf(I, {state.get(), slots.get()}));
}

Value objectDir(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__dir__", args, 0, 0);
  return defaultDir(I, self);
}

// type.__prepare__(name, bases, **kwds): the namespace a class body runs in.
Value typePrepare(Interp& I, Value, CallArgs) {
  return Value(newDict(I));
}

Value bytesBytes(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__bytes__", args, 0, 0);
  if (isType(I, self, I.types.bytes)) return newRef(self);
  return Value(newBytes(I, bytesView(self)));
}

// __getnewargs__ of the immutable built-ins: their value, as the exact built-in type.
Value strGetNewArgs(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__getnewargs__", args, 0, 0);
  Ref value = Ref::steal(Value(newStr(I, strView(self))));
  return Value(newTupleOf(I, {value.get()}));
}

Value bytesGetNewArgs(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__getnewargs__", args, 0, 0);
  Ref value = Ref::steal(bytesBytes(I, self, args));
  return Value(newTupleOf(I, {value.get()}));
}

Value tupleGetNewArgs(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__getnewargs__", args, 0, 0);
  const Tuple* t = static_cast<const Tuple*>(self.asObject());
  Ref copy = Ref::steal(Value(newTuple(I, t->size)));
  for (int64_t i = 0; i < t->size; ++i)
    copy.as<Tuple>()->items()[i] = newRef(t->item(i));
  return Value(newTupleOf(I, {copy.get()}));
}

}  // namespace

void addObjectSpecialMethods(Interp& I) {
  Type* object = I.types.object;
  addMethod(I, object, "__sizeof__", objectSizeof, "Size of object in memory, in bytes.");
  addMethod(I, object, "__getstate__", objectGetState, "Helper for pickle.");
  addMethod(I, object, "__dir__", objectDir, "Default dir() implementation.");
  addMethod(I, I.types.type, "__prepare__", typePrepare,
            "__prepare__() -> dict\nused to create the namespace for the class statement", true);
  addMethod(I, I.types.bytes, "__bytes__", bytesBytes, "Convert this value to exact type bytes.");
  addMethod(I, I.types.str, "__getnewargs__", strGetNewArgs);
  addMethod(I, I.types.bytes, "__getnewargs__", bytesGetNewArgs);
  addMethod(I, I.types.tuple, "__getnewargs__", tupleGetNewArgs);
}

}  // namespace rw
