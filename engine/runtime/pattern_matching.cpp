#include "runtime/pattern_matching.h"

#include <string>

#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"

namespace rw {

namespace {

bool derivesFromAny(Interp& I, Value v, std::initializer_list<Type*> bases) {
  Type* t = typeOf(I, v);
  for (Type* base : bases)
    if (isSubtype(t, base)) return true;
  return false;
}

// The built-in types whose class pattern with one positional sub-pattern matches the
// subject itself, int(x) (CPython's _Py_TPFLAGS_MATCH_SELF).
bool matchesSelf(Interp& I, Type* cls) {
  for (Type* t :
       {I.types.bool_, I.types.bytearray, I.types.bytes, I.types.dict, I.types.float_,
        I.types.frozenset, I.types.int_, I.types.list, I.types.set, I.types.str, I.types.tuple})
    if (isSubtype(cls, t)) return true;
  return false;
}

// One attribute of a class pattern's subject; null when it has none. `seen` catches an
// attribute asked for twice.
Value classPatternAttribute(Interp& I, Value subject, Type* cls, Value name, Set* seen) {
  if (setContains(I, seen, name))
    raiseTypeError(I, std::string(cls->name->view()) +
                          "() got multiple sub-patterns for attribute " + reprString(I, name));
  setAdd(I, seen, name);
  return lookupAttr(I, subject, static_cast<Str*>(name.asObject()));
}

}  // namespace

bool matchesMappingPattern(Interp& I, Value subject) {
  return derivesFromAny(I, subject, {I.types.dict});
}

bool matchesSequencePattern(Interp& I, Value subject) {
  return derivesFromAny(I, subject, {I.types.list, I.types.tuple, I.types.range});
}

Value matchMappingKeys(Interp& I, Value subject, Tuple* keys) {
  if (keys->size == 0) return Value(newTuple(I, 0));
  Ref get = Ref::steal(getAttr(I, subject, I.intern("get")));
  Ref seen = Ref::steal(Value(newSet(I)));
  // A fresh object as get()'s default tells a missing key from any stored value.
  Ref missing = Ref::steal(call(I, Value(I.types.object), {}));
  Ref values = Ref::steal(Value(newTuple(I, keys->size)));
  for (int64_t i = 0; i < keys->size; ++i) {
    Value key = keys->item(i);
    if (setContains(I, seen.as<Set>(), key))
      raiseError(I, I.exc.ValueError,
                 "mapping pattern checks duplicate key (" + reprString(I, key) + ")");
    setAdd(I, seen.as<Set>(), key);
    Value value = call(I, get.get(), {key, missing.get()});
    if (value.is(missing.get())) {
      decref(value);
      return newRef(I.None());
    }
    values.as<Tuple>()->items()[i] = value;
  }
  return values.release();
}

Value matchClassPattern(Interp& I, Value subject, Value clsValue, uint32_t positional,
                        Tuple* keywords) {
  if (!isInstance(I, clsValue, I.types.type))
    raiseTypeError(I, "called match pattern must be a type");
  Type* cls = static_cast<Type*>(clsValue.asObject());
  if (!isInstance(I, subject, cls)) return newRef(I.None());
  Ref seen = Ref::steal(Value(newSet(I)));
  Ref attrs = Ref::steal(Value(newList(I)));
  std::string name(cls->name->view());
  if (positional > 0) {
    Ref matchArgs = Ref::steal(lookupAttr(I, clsValue, I.intern("__match_args__")));
    bool self = false;
    if (matchArgs) {
      if (!isType(I, matchArgs.get(), I.types.tuple))
        raiseTypeError(I, name + ".__match_args__ must be a tuple (got " +
                              std::string(typeName(I, matchArgs.get())) + ")");
    } else {
      // A built-in type matches itself, unless a subclass defines __match_args__.
      matchArgs = Ref::steal(Value(newTuple(I, 0)));
      self = matchesSelf(I, cls);
    }
    Tuple* names = matchArgs.as<Tuple>();
    int64_t allowed = self ? 1 : names->size;
    if (allowed < positional)
      raiseTypeError(I, name + "() accepts " + std::to_string(allowed) + " positional sub-pattern" +
                            (allowed == 1 ? "" : "s") + " (" + std::to_string(positional) +
                            " given)");
    if (self) {
      listAppend(I, attrs.as<List>(), subject);
    } else {
      for (uint32_t i = 0; i < positional; ++i) {
        Value attrName = names->item(i);
        if (!isType(I, attrName, I.types.str))
          raiseTypeError(I, "__match_args__ elements must be strings (got " +
                                std::string(typeName(I, attrName)) + ")");
        Ref attr = Ref::steal(classPatternAttribute(I, subject, cls, attrName, seen.as<Set>()));
        if (!attr) return newRef(I.None());
        listAppend(I, attrs.as<List>(), attr.get());
      }
    }
  }
  for (int64_t i = 0; i < keywords->size; ++i) {
    Ref attr =
        Ref::steal(classPatternAttribute(I, subject, cls, keywords->item(i), seen.as<Set>()));
    if (!attr) return newRef(I.None());
    listAppend(I, attrs.as<List>(), attr.get());
  }
  List* list = attrs.as<List>();
  return Value(newTupleFrom(I, list->items, list->size));
}

}  // namespace rw
