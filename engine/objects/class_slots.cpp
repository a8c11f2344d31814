// The slots of classes defined in Python: each looks up the class's dunder method and calls
// it, with CPython's rules for reflected operators, comparison fallbacks and result checks.
#include <array>

#include "objects/builtin_subclass.h"
#include "objects/class.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/eval.h"
#include "runtime/finalizers.h"
#include "runtime/native_guard.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

Value callFoundDunder(Interp& I, Value method, Value self, std::initializer_list<Value> rest) {
  std::vector<Value> args;
  args.reserve(rest.size() + 1);
  args.push_back(self);
  args.insert(args.end(), rest.begin(), rest.end());
  if (method.isObject() && method.asObject()->type == I.types.function)
    return callPythonFunction(I, static_cast<Function*>(method.asObject()), CallArgs{args.data(), args.size(), nullptr});
  Type* mt = typeOf(I, method);
  if (mt->descrGet) {
    Ref bound = Ref::steal(mt->descrGet(I, method, self, Value(typeOf(I, self))));
    return call(I, bound.get(), CallArgs{args.data() + 1, args.size() - 1, nullptr});
  }
  return call(I, method, CallArgs{args.data() + 1, args.size() - 1, nullptr});
}

void checkInitResult(Interp& I, Value result) {
  Ref r = Ref::steal(result);
  if (!r.get().is(I.None()))
    raiseTypeError(
        I, "__init__() should return None, not '" + std::string(typeName(I, r.get())) + "'");
}

Value checkIterResult(Interp& I, Value result) {
  Ref it = Ref::steal(result);
  if (!typeOf(I, it.get())->next)
    raiseTypeError(
        I, "iter() returned non-iterator of type '" + std::string(typeName(I, it.get())) + "'");
  return it.release();
}

bool checkBoolResult(Interp& I, Value result) {
  Ref r = Ref::steal(result);
  if (!isType(I, r.get(), I.types.bool_))
    raiseTypeError(I, "__bool__ should return bool, returned " + std::string(typeName(I, r.get())));
  return r.get().is(I.boolean(true));
}

int64_t checkLengthResult(Interp& I, Value result) {
  Ref r = Ref::steal(result);
  if (!isInt(I, r.get()))
    raiseTypeError(I, "'" + std::string(typeName(I, r.get())) +
                          "' object cannot be interpreted as an integer");
  int64_t n;
  if (!intToInt64(r.get(), n))
    raiseError(I, I.exc.OverflowError, "cannot fit 'int' into an index-sized integer");
  if (n < 0) raiseValueError(I, "__len__() should return >= 0");
  return n;
}

namespace {

// The dunder as found on the type (not the instance), or null.
Value findDunder(Interp& I, Value self, const char* name) {
  return typeLookup(I, typeOf(I, self), I.intern(name));
}

Value callDunder(Interp& I, Value self, const char* name, std::initializer_list<Value> rest) {
  Value method = findDunder(I, self, name);
  if (!method || method.is(I.None()))
    raiseTypeError(I, "'" + std::string(typeName(I, self)) + "' object has no method " + name);
  Ref hold = Ref::borrow(method);
  return callFoundDunder(I, method, self, rest);
}

Value notImplemented(Interp& I) { return newRef(Value(I.notImplemented)); }
bool isNotImplemented(Interp& I, Value v) { return v.is(Value(I.notImplemented)); }

Value slotRepr(Interp& I, Value self) { return callDunder(I, self, "__repr__", {}); }
Value slotStr(Interp& I, Value self) { return callDunder(I, self, "__str__", {}); }

Hash slotHash(Interp& I, Value self) {
  Ref r = Ref::steal(callDunder(I, self, "__hash__", {}));
  if (!isInt(I, r.get())) raiseTypeError(I, "__hash__ method should return an integer");
  // Like CPython: a result that fits a machine word is the hash itself (-1 is reserved).
  int64_t word;
  if (intToInt64(r.get(), word)) return word == -1 ? -2 : word;
  return intHash(r.get());
}

const char* kCompareNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

Value slotRichCompare(Interp& I, Value a, Value b, CompareOp op) {
  Value method = findDunder(I, a, kCompareNames[static_cast<int>(op)]);
  // A class without __ne__ finds object.__ne__, which inverts __eq__ when that answers.
  if (method && !method.is(I.None())) {
    Ref hold = Ref::borrow(method);
    return callFoundDunder(I, method, a, {b});
  }
  if (op == CompareOp::Eq) return a.is(b) ? I.boolean(true) : notImplemented(I);
  return notImplemented(I);
}

Value slotGetAttr(Interp& I, Value self, Str* name) {
  Value getattribute = findDunder(I, self, "__getattribute__");
  Value getattr = findDunder(I, self, "__getattr__");
  Value result;
  try {
    if (getattribute && !isType(I, getattribute, I.types.wrapperDescriptor)) {
      Ref hold = Ref::borrow(getattribute);
      result = callFoundDunder(I, getattribute, self, {Value(name)});
    } else {
      Type* native = nativeBase(typeOf(I, self));
      result = native->getAttr ? native->getAttr(I, self, name) : Value();
      if (!result && !getattr) return Value();
      if (!result) {
        Ref hold = Ref::borrow(getattr);
        return callFoundDunder(I, getattr, self, {Value(name)});
      }
    }
  } catch (PyException&) {
    if (!getattr || !isInstance(I, I.pendingException, I.exc.AttributeError)) throw;
    decref(I.takePendingException());
    Ref hold = Ref::borrow(getattr);
    return callFoundDunder(I, getattr, self, {Value(name)});
  }
  return result;
}

void slotSetAttr(Interp& I, Value self, Str* name, Value value) {
  Ref r = value ? Ref::steal(callDunder(I, self, "__setattr__", {Value(name), value}))
                : Ref::steal(callDunder(I, self, "__delattr__", {Value(name)}));
}

Value slotCall(Interp& I, Value self, CallArgs args) {
  Value method = findDunder(I, self, "__call__");
  if (!method) raiseTypeError(I, "'" + std::string(typeName(I, self)) + "' object is not callable");
  Ref hold = Ref::borrow(method);
  std::vector<Value> all;
  all.push_back(self);
  all.insert(all.end(), args.args, args.args + args.nargs + args.nkw());
  if (isType(I, method, I.types.function))
    return callPythonFunction(I, static_cast<Function*>(method.asObject()), CallArgs{all.data(), args.nargs + 1, args.kwnames});
  Ref bound = Ref::steal(getAttr(I, self, I.names.__call__));
  return call(I, bound.get(), args);
}

Value slotIter(Interp& I, Value self) {
  Value method = findDunder(I, self, "__iter__");
  if (!method || method.is(I.None()))
    raiseTypeError(I, "'" + std::string(typeName(I, self)) + "' object is not iterable");
  Ref hold = Ref::borrow(method);
  return checkIterResult(I, callFoundDunder(I, method, self, {}));
}

Value slotNext(Interp& I, Value self) {
  try {
    return callDunder(I, self, "__next__", {});
  } catch (PyException&) {
    if (!isInstance(I, I.pendingException, I.exc.StopIteration)) throw;
    decref(I.takePendingException());
    return Value();
  }
}

Value slotDescrGet(Interp& I, Value descr, Value obj, Value type) {
  return callDunder(I, descr, "__get__", {obj ? obj : I.None(), type ? type : I.None()});
}

void slotDescrSet(Interp& I, Value descr, Value obj, Value value) {
  Ref r = value ? Ref::steal(callDunder(I, descr, "__set__", {obj, value}))
                : Ref::steal(callDunder(I, descr, "__delete__", {obj}));
}

// ---- numbers -------------------------------------------------------------------------------

// In the order of BinaryOp.
constexpr OperatorNames kOperators[kBinaryOpCount] = {
    {"__add__", "__radd__", "__iadd__"},          {"__and__", "__rand__", "__iand__"},
    {"__floordiv__", "__rfloordiv__", "__ifloordiv__"}, {"__lshift__", "__rlshift__", "__ilshift__"},
    {"__matmul__", "__rmatmul__", "__imatmul__"}, {"__mul__", "__rmul__", "__imul__"},
    {"__mod__", "__rmod__", "__imod__"},          {"__or__", "__ror__", "__ior__"},
    {"__pow__", "__rpow__", "__ipow__"},          {"__rshift__", "__rrshift__", "__irshift__"},
    {"__sub__", "__rsub__", "__isub__"},          {"__truediv__", "__rtruediv__", "__itruediv__"},
    {"__xor__", "__rxor__", "__ixor__"},
};

// CPython's SLOT1BINFULL: the left operand's method, else the right operand's reflected one
// (first, when the right operand's class is a subclass that overrides it).
template <int Op>
Value slotBinary(Interp& I, Value a, Value b) {
  const OperatorNames& n = kOperators[Op];
  Type* ta = typeOf(I, a);
  Type* tb = typeOf(I, b);
  bool tryOther = ta != tb && tb->binary[Op] == slotBinary<Op>;
  if (ta->binary[Op] == slotBinary<Op>) {
    if (tryOther && isSubtype(tb, ta)) {
      Value reflected = typeLookup(I, tb, I.intern(n.reflected));
      if (reflected && !reflected.is(typeLookup(I, ta, I.intern(n.reflected)))) {
        Ref hold = Ref::borrow(reflected);
        Value r = callFoundDunder(I, reflected, b, {a});
        if (!isNotImplemented(I, r)) return r;
        decref(r);
        tryOther = false;
      }
    }
    Value forward = typeLookup(I, ta, I.intern(n.forward));
    if (forward && !forward.is(I.None())) {
      Ref hold = Ref::borrow(forward);
      Value r = callFoundDunder(I, forward, a, {b});
      if (!isNotImplemented(I, r) || ta == tb) return r;
      decref(r);
    }
  }
  if (tryOther || (tb->binary[Op] == slotBinary<Op> && ta != tb)) {
    Value reflected = typeLookup(I, tb, I.intern(n.reflected));
    if (reflected && !reflected.is(I.None())) {
      Ref hold = Ref::borrow(reflected);
      return callFoundDunder(I, reflected, b, {a});
    }
  }
  return notImplemented(I);
}

template <int Op>
Value slotInplace(Interp& I, Value a, Value b) {
  Value method = typeLookup(I, typeOf(I, a), I.intern(kOperators[Op].inplace));
  if (!method || method.is(I.None())) return notImplemented(I);
  Ref hold = Ref::borrow(method);
  return callFoundDunder(I, method, a, {b});
}

template <int... Ops>
constexpr auto binarySlots(std::integer_sequence<int, Ops...>) {
  return std::array<Value (*)(Interp&, Value, Value), kBinaryOpCount>{slotBinary<Ops>...};
}
template <int... Ops>
constexpr auto inplaceSlots(std::integer_sequence<int, Ops...>) {
  return std::array<Value (*)(Interp&, Value, Value), kBinaryOpCount>{slotInplace<Ops>...};
}
constexpr auto kBinarySlots = binarySlots(std::make_integer_sequence<int, kBinaryOpCount>{});
constexpr auto kInplaceSlots = inplaceSlots(std::make_integer_sequence<int, kBinaryOpCount>{});

Value slotNegative(Interp& I, Value v) { return callDunder(I, v, "__neg__", {}); }
Value slotPositive(Interp& I, Value v) { return callDunder(I, v, "__pos__", {}); }
Value slotInvert(Interp& I, Value v) { return callDunder(I, v, "__invert__", {}); }
Value slotAbs(Interp& I, Value v) { return callDunder(I, v, "__abs__", {}); }

bool slotTruth(Interp& I, Value self) {
  Value method = findDunder(I, self, "__bool__");
  if (method && method.is(I.None())) raiseTypeError(I, "'NoneType' object is not callable");
  if (method) {
    Ref hold = Ref::borrow(method);
    return checkBoolResult(I, callFoundDunder(I, method, self, {}));
  }
  Value len = findDunder(I, self, "__len__");
  if (len && !len.is(I.None())) return length(I, self) != 0;
  return true;
}

Value slotIndex(Interp& I, Value self) {
  Value r = callDunder(I, self, "__index__", {});
  if (!isInt(I, r)) {
    std::string name(typeName(I, r));
    decref(r);
    raiseTypeError(I, "__index__ returned non-int (type " + name + ")");
  }
  return r;
}

Value slotToInt(Interp& I, Value self) {
  Value r = callDunder(I, self, "__int__", {});
  if (!isInt(I, r)) {
    std::string name(typeName(I, r));
    decref(r);
    raiseTypeError(I, "__int__ returned non-int (type " + name + ")");
  }
  return r;
}

Value slotToFloat(Interp& I, Value self) {
  Value r = callDunder(I, self, "__float__", {});
  if (!isInstance(I, r, I.types.float_)) {
    std::string name(typeName(I, r));
    decref(r);
    raiseTypeError(I, std::string(typeName(I, self)) + ".__float__ returned non-float (type " + name + ")");
  }
  return r;
}

// ---- containers ----------------------------------------------------------------------------

int64_t slotLength(Interp& I, Value self) {
  return checkLengthResult(I, callDunder(I, self, "__len__", {}));
}

Value slotGetItem(Interp& I, Value self, Value key) { return callDunder(I, self, "__getitem__", {key}); }

void slotSetItem(Interp& I, Value self, Value key, Value value) {
  Ref r = value ? Ref::steal(callDunder(I, self, "__setitem__", {key, value}))
                : Ref::steal(callDunder(I, self, "__delitem__", {key}));
}

bool slotContains(Interp& I, Value self, Value item) {
  Ref r = Ref::steal(callDunder(I, self, "__contains__", {item}));
  return truthy(I, r.get());
}

// ---- construction ----------------------------------------------------------------------------

void slotInit(Interp& I, Value self, CallArgs args) {
  Value method = findDunder(I, self, "__init__");
  Ref hold = Ref::borrow(method);
  std::vector<Value> all{self};
  all.insert(all.end(), args.args, args.args + args.nargs + args.nkw());
  if (isType(I, method, I.types.function)) {
    checkInitResult(I, callPythonFunction(I, static_cast<Function*>(method.asObject()),
                                          CallArgs{all.data(), args.nargs + 1, args.kwnames}));
  } else {
    Ref bound = Ref::steal(getAttr(I, self, I.names.__init__));
    checkInitResult(I, call(I, bound.get(), args));
  }
}

Value slotNew(Interp& I, Type* type, CallArgs args) {
  Value method = typeLookup(I, type, I.names.__new__);
  Ref hold = Ref::borrow(method);
  // __new__ is a static method taking the class first.
  Type* mt = typeOf(I, method);
  Ref fn = mt->descrGet ? Ref::steal(mt->descrGet(I, method, Value(), Value(type))) : Ref::borrow(method);
  std::vector<Value> all{Value(type)};
  all.insert(all.end(), args.args, args.args + args.nargs + args.nkw());
  return call(I, fn.get(), CallArgs{all.data(), args.nargs + 1, args.kwnames});
}

// ---- divmod ------------------------------------------------------------------------------------

// The method a class defined in Python (not a built-in base) has for `name`, or null.
Value classDefined(Interp& I, Type* type, const char* name) {
  for (int64_t i = 0; i < type->mro->size; ++i) {
    Type* t = static_cast<Type*>(type->mro->item(i).asObject());
    if (!t->hasFlag(kTypeHeap)) return Value();
    if (Value v = dictGetStr(I, t->dict, name)) return v.is(I.None()) ? Value() : v;
  }
  return Value();
}

// ---- choosing slots ------------------------------------------------------------------------------

// Which class fills a slot, like CPython's MRO lookup of the dunder: the first class in the
// MRO that defines one of the names, or a built-in type that has the slot of its own (one
// that only inherits it, like int for __contains__, lets the classes after it in the MRO
// decide: mixins). True for a class written in Python; otherwise `builtin` is the deciding
// built-in, or null when no class has the slot.
template <class SlotOf>
bool definedInClass(Interp& I, Type* type, std::initializer_list<const char*> names, Type*& builtin,
                    SlotOf slotOf) {
  builtin = nullptr;
  for (int64_t i = 0; i < type->mro->size; ++i) {
    Type* t = static_cast<Type*>(type->mro->item(i).asObject());
    bool named = false;
    for (const char* name : names)
      if (dictGetStr(I, t->dict, name)) named = true;
    if (t->hasFlag(kTypeHeap)) {
      if (named) return true;
      continue;
    }
    if (named || slotOf(t) != (t->base ? slotOf(t->base) : nullptr)) {
      builtin = t;
      return false;
    }
  }
  return false;
}

template <class Slot>
void choose(Interp& I, Type* type, Slot Type::*slot, Slot generic, std::initializer_list<const char*> names) {
  Type* builtin;
  if (definedInClass(I, type, names, builtin, [&](Type* t) { return t->*slot; }))
    type->*slot = generic;
  else
    type->*slot = builtin ? builtin->*slot : nullptr;
}

}  // namespace

Value classDivmod(Interp& I, Value a, Value b) {
  Type* ta = typeOf(I, a);
  Type* tb = typeOf(I, b);
  Value forward = classDefined(I, ta, "__divmod__");
  Value reflected = ta != tb ? classDefined(I, tb, "__rdivmod__") : Value();
  if (!forward && !reflected) return Value();
  Ref holdForward = Ref::borrow(forward), holdReflected = Ref::borrow(reflected);
  if (reflected && forward && isSubtype(tb, ta)) {
    Value r = callFoundDunder(I, reflected, b, {a});
    if (!isNotImplemented(I, r)) return r;
    decref(r);
    reflected = Value();
  }
  if (forward) {
    Value r = callFoundDunder(I, forward, a, {b});
    if (!isNotImplemented(I, r)) return r;
    decref(r);
  }
  if (reflected) {
    Value r = callFoundDunder(I, reflected, b, {a});
    if (!isNotImplemented(I, r)) return r;
    decref(r);
  }
  return notImplemented(I);
}

void updateClassSlots(Interp& I, Type* t) {
  choose(I, t, &Type::repr, &slotRepr, {"__repr__"});
  choose(I, t, &Type::str, &slotStr, {"__str__"});
  choose(I, t, &Type::richCompare, &slotRichCompare, {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"});
  choose(I, t, &Type::getAttr, &slotGetAttr, {"__getattribute__", "__getattr__"});
  choose(I, t, &Type::setAttr, &slotSetAttr, {"__setattr__", "__delattr__"});
  choose(I, t, &Type::call, &slotCall, {"__call__"});
  choose(I, t, &Type::iter, &slotIter, {"__iter__"});
  choose(I, t, &Type::next, &slotNext, {"__next__"});
  choose(I, t, &Type::descrGet, &slotDescrGet, {"__get__"});
  choose(I, t, &Type::descrSet, &slotDescrSet, {"__set__", "__delete__"});
  choose(I, t, &Type::absolute, &slotAbs, {"__abs__"});
  choose(I, t, &Type::truth, &slotTruth, {"__bool__", "__len__"});
  choose(I, t, &Type::index, &slotIndex, {"__index__"});
  choose(I, t, &Type::toInt, &slotToInt, {"__int__"});
  choose(I, t, &Type::toFloat, &slotToFloat, {"__float__"});
  choose(I, t, &Type::length, &slotLength, {"__len__"});
  choose(I, t, &Type::getItem, &slotGetItem, {"__getitem__"});
  choose(I, t, &Type::setItem, &slotSetItem, {"__setitem__", "__delitem__"});
  choose(I, t, &Type::contains, &slotContains, {"__contains__"});
  choose(I, t, &Type::init, &slotInit, {"__init__"});
  choose(I, t, &Type::newInstance, &slotNew, {"__new__"});
  if (t->newInstance != &slotNew && buildsBySubtypeCopy(I, nativeBase(t))) t->newInstance = builtinSubtypeNew;
  choose(I, t, &Type::finalize, &callDelMethod, {"__del__"});
  if (t->finalize == &callDelMethod) I.finalizersDefined = true;
  Type* builtin;
  // __hash__ = None (set for classes defining __eq__ only) makes instances unhashable.
  Value hashAttr = typeLookupName(I, t, "__hash__");
  if (hashAttr && hashAttr.is(I.None()))
    t->hash = nullptr;
  else
    choose(I, t, &Type::hash, &slotHash, {"__hash__"});
  const char* unaryNames[3] = {"__neg__", "__pos__", "__invert__"};
  Value (*unarySlots[3])(Interp&, Value) = {slotNegative, slotPositive, slotInvert};
  for (int u = 0; u < 3; ++u) {
    if (definedInClass(I, t, {unaryNames[u]}, builtin, [&](Type* c) { return c->unary[u]; }))
      t->unary[u] = unarySlots[u];
    else
      t->unary[u] = builtin ? builtin->unary[u] : nullptr;
  }
  for (int op = 0; op < kBinaryOpCount; ++op) {
    if (definedInClass(I, t, {kOperators[op].forward, kOperators[op].reflected}, builtin,
                       [&](Type* c) { return c->binary[op]; }))
      t->binary[op] = kBinarySlots[op];
    else
      t->binary[op] = builtin ? builtin->binary[op] : nullptr;
    if (definedInClass(I, t, {kOperators[op].inplace}, builtin,
                       [&](Type* c) { return c->inplace[op]; }))
      t->inplace[op] = kInplaceSlots[op];
    else
      t->inplace[op] = builtin ? builtin->inplace[op] : nullptr;
  }
}

namespace {

struct DunderSlot {
  bool isClassSlot;
  const char* name;
};

DunderSlot dunderSlot(const Type* t, ClassDunder which) {
  switch (which) {
    case ClassDunder::Init:
      return {t->init == slotInit, "__init__"};
    case ClassDunder::Call:
      return {t->call == slotCall, "__call__"};
    case ClassDunder::GetItem:
      return {t->getItem == slotGetItem, "__getitem__"};
    case ClassDunder::SetItem:
      return {t->setItem == slotSetItem, "__setitem__"};
    case ClassDunder::DelItem:
      return {t->setItem == slotSetItem, "__delitem__"};
    case ClassDunder::Iter:
      return {t->iter == slotIter, "__iter__"};
    case ClassDunder::Next:
      return {t->next == slotNext, "__next__"};
    case ClassDunder::Contains:
      return {t->contains == slotContains, "__contains__"};
    case ClassDunder::Negative:
      return {t->unary[0] == slotNegative, "__neg__"};
    case ClassDunder::Positive:
      return {t->unary[1] == slotPositive, "__pos__"};
    case ClassDunder::Invert:
      return {t->unary[2] == slotInvert, "__invert__"};
  }
  return {false, nullptr};
}

Function* asFunction(Interp& I, Value v) {
  return v && isType(I, v, I.types.function) ? static_cast<Function*>(v.asObject()) : nullptr;
}

}  // namespace

Function* classDunderFunction(Interp& I, Type* t, ClassDunder which) {
  DunderSlot slot = dunderSlot(t, which);
  return slot.isClassSlot ? asFunction(I, typeLookupName(I, t, slot.name)) : nullptr;
}

Function* classTruthFunction(Interp& I, Type* t, bool& isLength) {
  if (t->truth != slotTruth) return nullptr;
  Value method = typeLookupName(I, t, "__bool__");
  isLength = !method;
  if (isLength) {
    // slotTruth then asks len(), which calls __len__ only through the class slot.
    if (t->length != slotLength) return nullptr;
    method = typeLookupName(I, t, "__len__");
  }
  return asFunction(I, method);
}

bool hasClassBinarySlot(const Type* t, int op) {
  return t->binary[op] == kBinarySlots[op];
}
bool hasClassInplaceSlot(const Type* t, int op) {
  return t->inplace[op] == kInplaceSlots[op];
}
bool hasClassNextSlot(const Type* type) { return type->next == slotNext; }

Value callClassNext(Interp& I, Value self) { return callDunder(I, self, "__next__", {}); }

bool hasClassCompareSlot(const Type* t) {
  return t->richCompare == slotRichCompare;
}

const OperatorNames& binaryOperatorNames(int op) {
  return kOperators[op];
}
const char* compareMethodName(CompareOp op) {
  return kCompareNames[static_cast<int>(op)];
}

}  // namespace rw
