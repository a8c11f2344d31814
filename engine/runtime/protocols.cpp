// The abstract object protocols: dispatch through type slots with CPython's fallbacks
// (reflected operands, identity equality) and CPython's error messages.
#include "runtime/protocols.h"

#include "objects/class.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/native_guard.h"
#include "runtime/operator_plan.h"
#include "runtime/type_support.h"

namespace rw {

bool isInstance(Interp& I, Value v, Type* t) { return isSubtype(typeOf(I, v), t); }

std::string_view typeName(Interp& I, Value v) { return typeOf(I, v)->name->view(); }

Value repr(Interp& I, Value v) {
  Type* t = typeOf(I, v);
  NativeDepthGuard guard(I, " while getting the repr of an object");
  Value r = t->repr ? t->repr(I, v) : defaultRepr(I, v);
  if (!isInstance(I, r, I.types.str)) {
    std::string name(typeName(I, r));
    decref(r);
    raiseTypeError(I, "__repr__ returned non-string (type " + name + ")");
  }
  return r;
}

Value str(Interp& I, Value v) {
  Type* t = typeOf(I, v);
  if (t == I.types.str) return newRef(v);
  NativeDepthGuard guard(I, " while getting the str of an object");
  Value r = t->str ? t->str(I, v) : repr(I, v);
  if (!isInstance(I, r, I.types.str)) {
    std::string name(typeName(I, r));
    decref(r);
    raiseTypeError(I, "__str__ returned non-string (type " + name + ")");
  }
  return r;
}

std::string reprString(Interp& I, Value v) {
  Ref r = Ref::steal(repr(I, v));
  return std::string(strView(r.get()));
}

std::string strString(Interp& I, Value v) {
  Ref r = Ref::steal(str(I, v));
  return std::string(strView(r.get()));
}

Hash hash(Interp& I, Value v) {
  if (v.isSmallInt()) return intHash(v);
  Type* t = v.asObject()->type;
  if (t == I.types.str) return strHash(static_cast<Str*>(v.asObject()));
  if (!t->hash) raiseTypeError(I, "unhashable type: '" + std::string(t->name->view()) + "'");
  return t->hash(I, v);
}

bool truthy(Interp& I, Value v) {
  if (v.isSmallInt()) return v.asSmallInt() != 0;
  Object* o = v.asObject();
  if (o == I.trueObj) return true;
  if (o == I.falseObj || o == I.none) return false;
  Type* t = o->type;
  if (t->truth) return t->truth(I, v);
  if (t->length) return t->length(I, v) != 0;
  return true;
}

namespace {

const char* compareSymbol(CompareOp op) {
  static const char* symbols[] = {"<", "<=", "==", "!=", ">", ">="};
  return symbols[static_cast<int>(op)];
}

}  // namespace

Value richCompare(Interp& I, Value a, Value b, CompareOp op) {
  if (a.isSmallInt() && b.isSmallInt()) {
    int64_t x = a.asSmallInt(), y = b.asSmallInt();
    switch (op) {
      case CompareOp::Lt: return I.boolean(x < y);
      case CompareOp::Le: return I.boolean(x <= y);
      case CompareOp::Eq: return I.boolean(x == y);
      case CompareOp::Ne: return I.boolean(x != y);
      case CompareOp::Gt: return I.boolean(x > y);
      case CompareOp::Ge: return I.boolean(x >= y);
    }
  }
  NativeDepthGuard guard(I, " in comparison");
  return runComparison(I, a, b, op);
}

void raiseUnsupportedComparison(Interp& I, Value a, Value b, CompareOp op) {
  raiseTypeError(I, std::string("'") + compareSymbol(op) +
                        "' not supported between instances of '" + std::string(typeName(I, a)) +
                        "' and '" + std::string(typeName(I, b)) + "'");
}

bool compareBool(Interp& I, Value a, Value b, CompareOp op) {
  Ref r = Ref::steal(richCompare(I, a, b, op));
  return truthy(I, r.get());
}

bool equals(Interp& I, Value a, Value b) {
  if (a.is(b)) return true;
  return compareBool(I, a, b, CompareOp::Eq);
}

namespace {

const char* binarySymbol(BinaryOp op) {
  static const char* symbols[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
  return symbols[static_cast<int>(op)];
}

}  // namespace

void raiseUnsupportedOperands(Interp& I, Value a, Value b, BinaryOp op, bool inplace) {
  std::string symbol = binarySymbol(op);
  if (op == BinaryOp::Power && !inplace) symbol = "** or pow()";
  if (inplace) symbol += "=";
  raiseTypeError(I, "unsupported operand type(s) for " + symbol + ": '" +
                        std::string(typeName(I, a)) + "' and '" + std::string(typeName(I, b)) +
                        "'");
}

Value binaryOp(Interp& I, Value a, Value b, BinaryOp op) {
  return runBinaryOperator(I, a, b, static_cast<uint32_t>(op));
}

Value inplaceOp(Interp& I, Value a, Value b, BinaryOp op) {
  return runBinaryOperator(I, a, b, kBinaryOpCount + static_cast<uint32_t>(op));
}

Value unaryOp(Interp& I, Value v, UnaryOp op) {
  Type* t = typeOf(I, v);
  if (auto slot = t->unary[static_cast<int>(op)]) return slot(I, v);
  static const char* symbols[] = {"unary -", "unary +", "unary ~"};
  raiseTypeError(I, std::string("bad operand type for ") + symbols[static_cast<int>(op)] + ": '" +
                        std::string(t->name->view()) + "'");
}

// ---- attributes ----------------------------------------------------------------------------

namespace {

Dict** instanceDictSlot(Interp&, Value obj) {
  if (!obj.isObject()) return nullptr;
  Type* t = obj.asObject()->type;
  return t->instanceDict ? t->instanceDict(obj.asObject()) : nullptr;
}

[[noreturn]] void noAttribute(Interp& I, Value obj, Str* name) {
  Type* t = typeOf(I, obj);
  std::string message;
  if (isSubtype(t, I.types.type)) {
    message = "type object '" + std::string(static_cast<Type*>(obj.asObject())->name->view()) +
              "' has no attribute '" + std::string(name->view()) + "'";
  } else {
    message = "'" + std::string(t->name->view()) + "' object has no attribute '" +
              std::string(name->view()) + "'";
  }
  Ref exc = Ref::steal(newExceptionWithMessage(I, I.exc.AttributeError, message));
  // Like CPython 3.11, the error names the attribute and the object.
  setAttr(I, exc.get(), I.intern("name"), Value(name));
  setAttr(I, exc.get(), I.intern("obj"), obj);
  I.raise(exc.release());
}

}  // namespace

Value genericGetAttr(Interp& I, Value obj, Str* name) {
  return genericGetAttrFound(I, obj, name, typeLookup(I, typeOf(I, obj), name));
}

namespace {

// The getter or setter of a property, when it is a Python function.
Function* propertyFunction(Interp& I, Type* descrType, Value descr, bool setter) {
  if (descrType != I.types.property) return nullptr;
  auto* p = static_cast<Property*>(descr.asObject());
  Value fn = setter ? p->setter : p->getter;
  return fn && isType(I, fn, I.types.function) ? static_cast<Function*>(fn.asObject()) : nullptr;
}

}  // namespace

Value genericGetAttrFound(Interp& I, Value obj, Str* name, Value descr, Function** pythonFunction) {
  Type* t = typeOf(I, obj);
  Ref hold;
  if (descr) {
    hold = Ref::borrow(descr);
    Type* dt = typeOf(I, descr);
    if (dt->descrGet && dt->descrSet) {
      if (pythonFunction && (*pythonFunction = propertyFunction(I, dt, descr, false)))
        return Value();
      return dt->descrGet(I, descr, obj, Value(t));
    }
  }
  if (Dict** slot = instanceDictSlot(I, obj); slot && *slot) {
    Value v = dictGetStr(I, *slot, name);
    if (v) return newRef(v);
  }
  if (descr) {
    Type* dt = typeOf(I, descr);
    if (dt->descrGet) return dt->descrGet(I, descr, obj, Value(t));
    return hold.release();
  }
  if (name == I.names.__class__) return newRef(Value(t));
  if (name == I.names.__dict__) {
    if (Dict** slot = instanceDictSlot(I, obj)) {
      if (!*slot) *slot = newDict(I);
      return newRef(Value(*slot));
    }
  }
  return Value();
}

namespace {

// obj.__class__ = cls: both classes defined in Python with the same instance layout.
void assignClass(Interp& I, Value obj, Value value) {
  Type* t = typeOf(I, obj);
  if (!value) raiseTypeError(I, "can't delete __class__ attribute");
  if (!isInstance(I, value, I.types.type))
    raiseTypeError(I, "__class__ must be set to a class, not '" + std::string(typeName(I, value)) + "' object");
  Type* target = static_cast<Type*>(value.asObject());
  if (!t->hasFlag(kTypeHeap) || !target->hasFlag(kTypeHeap))
    raiseTypeError(I, "__class__ assignment only supported for mutable types or ModuleType subclasses");
  if (nativeBase(t) != nativeBase(target) || t->basicSize != target->basicSize || t->dictOffset != target->dictOffset)
    raiseTypeError(I, "__class__ assignment: '" + std::string(target->name->view()) + "' object layout differs from '" +
                          std::string(t->name->view()) + "'");
  Object* o = obj.asObject();
  o->type = newRef(target);
  decref(Value(t));
  if (I.observer) I.observer->onWrite(o);
}

}  // namespace

void genericSetAttr(Interp& I, Value obj, Str* name, Value value) {
  genericSetAttrFound(I, obj, name, value, typeLookup(I, typeOf(I, obj), name));
}

void genericSetAttrFound(Interp& I, Value obj, Str* name, Value value, Value descr,
                         Function** pythonFunction) {
  Type* t = typeOf(I, obj);
  if (name == I.names.__class__ && !descr) {
    assignClass(I, obj, value);
    return;
  }
  if (name == I.names.__dict__ && !descr) {
    if (Dict** slot = instanceDictSlot(I, obj)) {
      if (!value) raiseTypeError(I, "cannot delete __dict__");
      if (!isInstance(I, value, I.types.dict))
        raiseTypeError(I, "__dict__ must be set to a dictionary, not a '" + std::string(typeName(I, value)) + "'");
      Dict* old = *slot;
      *slot = static_cast<Dict*>(newRef(value).asObject());
      if (old) decref(Value(old));
      if (I.observer) I.observer->onWrite(obj.asObject());
      return;
    }
  }
  if (descr) {
    Type* dt = typeOf(I, descr);
    if (dt->descrSet) {
      if (pythonFunction && value && (*pythonFunction = propertyFunction(I, dt, descr, true)))
        return;
      Ref hold = Ref::borrow(descr);
      dt->descrSet(I, descr, obj, value);
      return;
    }
  }
  Dict** slot = instanceDictSlot(I, obj);
  if (!slot) {
    if (descr)
      raiseError(I, I.exc.AttributeError, "'" + std::string(t->name->view()) +
                                              "' object attribute '" + std::string(name->view()) +
                                              "' is read-only");
    // An attribute the native type computes (CPython's getset descriptor without a setter),
    // named after the type that computes it.
    if (Ref computed = Ref::steal(lookupAttr(I, obj, name))) {
      Type* owner = t;
      while (owner->base && owner->base->getAttr == owner->getAttr) owner = owner->base;
      raiseError(I, I.exc.AttributeError, "attribute '" + std::string(name->view()) + "' of '" +
                                              std::string(owner->name->view()) +
                                              "' objects is not writable");
    }
    noAttribute(I, obj, name);
  }
  if (value) {
    if (!*slot) *slot = newDict(I);
    dictSet(I, *slot, Value(name), value);
  } else if (!*slot || !dictDel(I, *slot, Value(name))) {
    noAttribute(I, obj, name);
  }
  if (I.observer) I.observer->onWrite(obj.asObject());
}

Value lookupAttr(Interp& I, Value obj, Str* name) {
  Type* t = typeOf(I, obj);
  if (!t->getAttr) return Value();
  try {
    return t->getAttr(I, obj, name);
  } catch (PyException&) {
    Value e = I.pendingException;
    if (!isInstance(I, e, I.exc.AttributeError)) throw;
    decref(I.takePendingException());
    return Value();
  }
}

Value getAttr(Interp& I, Value obj, Str* name) {
  Type* t = typeOf(I, obj);
  Value v = t->getAttr ? t->getAttr(I, obj, name) : Value();
  if (!v) noAttribute(I, obj, name);
  return v;
}

void setAttr(Interp& I, Value obj, Str* name, Value value) {
  Type* t = typeOf(I, obj);
  if (!t->setAttr) {
    if (!t->getAttr) noAttribute(I, obj, name);
    raiseError(I, I.exc.AttributeError, "'" + std::string(t->name->view()) +
                                            "' object has no attribute '" +
                                            std::string(name->view()) + "'");
  }
  t->setAttr(I, obj, name, value);
}

void delAttr(Interp& I, Value obj, Str* name) { setAttr(I, obj, name, Value()); }

// ---- calls -------------------------------------------------------------------------------

Value call(Interp& I, Value callable, CallArgs args) {
  Type* t = typeOf(I, callable);
  if (!t->call) raiseTypeError(I, "'" + std::string(t->name->view()) + "' object is not callable");
  return t->call(I, callable, args);
}

Value call(Interp& I, Value callable, std::initializer_list<Value> positional) {
  return call(I, callable, CallArgs{positional.begin(), positional.size(), nullptr});
}

Value callMethod(Interp& I, Value obj, Str* name, std::initializer_list<Value> positional) {
  Ref method = Ref::steal(getAttr(I, obj, name));
  return call(I, method.get(), positional);
}

// ---- iteration and containers -------------------------------------------------------------

Value getIter(Interp& I, Value v) {
  Type* t = typeOf(I, v);
  if (t->iter) return t->iter(I, v);
  // The old protocol: __getitem__ with 0, 1, ... until IndexError (not for mappings).
  if (t->getItem && !isSubtype(t, I.types.dict) && !isSubtype(t, I.types.type)) return newSequenceIterator(I, v);
  raiseTypeError(I, "'" + std::string(t->name->view()) + "' object is not iterable");
}

Value iterNext(Interp& I, Value iterator) {
  Type* t = typeOf(I, iterator);
  if (!t->next)
    raiseTypeError(I, "'" + std::string(t->name->view()) + "' object is not an iterator");
  return t->next(I, iterator);
}

int64_t length(Interp& I, Value v) {
  Type* t = typeOf(I, v);
  if (!t->length)
    raiseTypeError(I, "object of type '" + std::string(t->name->view()) + "' has no len()");
  return t->length(I, v);
}

Value getItem(Interp& I, Value container, Value key) {
  Type* t = typeOf(I, container);
  if (t->getItem) return t->getItem(I, container, key);
  if (isSubtype(t, I.types.type)) {
    // A class subscripted: type[X] and __class_getitem__ (PEP 560).
    if (container.is(Value(I.types.type))) return newGenericAlias(I, container, key);
    if (Value method = lookupAttr(I, container, I.intern("__class_getitem__"))) {
      Ref hold = Ref::steal(method);
      return call(I, method, {key});
    }
    raiseTypeError(I, "type '" + std::string(static_cast<Type*>(container.asObject())->name->view()) +
                          "' is not subscriptable");
  }
  raiseTypeError(I, "'" + std::string(t->name->view()) + "' object is not subscriptable");
}

void setItem(Interp& I, Value container, Value key, Value value) {
  Type* t = typeOf(I, container);
  if (t->setItem) {
    t->setItem(I, container, key, value);
    return;
  }
  raiseTypeError(I, "'" + std::string(t->name->view()) + "' object does not support item assignment");
}

void delItem(Interp& I, Value container, Value key) {
  Type* t = typeOf(I, container);
  if (t->setItem) {
    t->setItem(I, container, key, Value());
    return;
  }
  // CPython words it by the path taken: an index into a sequence (classes count as
  // sequences) fails in PySequence_DelItem, anything else in PyObject_DelItem.
  bool sequence = t->getItem || t->hasFlag(kTypeHeap);
  bool indexKey = key.isSmallInt() || typeOf(I, key)->index;
  raiseTypeError(I, "'" + std::string(t->name->view()) +
                        (sequence && indexKey ? "' object doesn't support item deletion"
                                              : "' object does not support item deletion"));
}

bool contains(Interp& I, Value container, Value item) {
  Type* t = typeOf(I, container);
  if (t->contains) return t->contains(I, container, item);
  if (!t->iter && !t->getItem)
    raiseTypeError(I, "argument of type '" + std::string(t->name->view()) + "' is not iterable");
  Ref it = Ref::steal(getIter(I, container));
  while (Ref x = Ref::steal(iterNext(I, it.get()))) {
    if (equals(I, x.get(), item)) return true;
  }
  return false;
}

Value index(Interp& I, Value v) {
  if (v.isSmallInt()) return v;
  Type* t = v.asObject()->type;
  if (!t->index)
    raiseTypeError(I, "'" + std::string(t->name->view()) +
                          "' object cannot be interpreted as an integer");
  return t->index(I, v);
}

int64_t asSsize(Interp& I, Value v, Type* errorType) {
  if (v.isSmallInt()) return v.asSmallInt();
  Ref i = Ref::steal(index(I, v));
  int64_t out;
  if (intToInt64(i.get(), out)) return out;
  raiseError(I, errorType ? errorType : I.exc.OverflowError,
             "cannot fit '" + std::string(typeName(I, v)) + "' into an index-sized integer");
}

}  // namespace rw
