// Slot wrappers: the dunder methods of built-in types as attributes (object.__init__,
// Exception.__str__, list.__getitem__, int.__add__ ...), so that classes can call them
// explicitly or through super(). Each wraps one slot of the type that defines it.
#include "objects/slot_wrapper.h"

#include "objects/builtin_subclass.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

struct SlotWrapper : Object {
  Type* owner = nullptr;
  SlotKind kind = SlotKind::Init;
  uint8_t op = 0;  // the operator for Binary/Compare
  Str* name = nullptr;
};

SlotWrapper* asWrapper(Value v) { return static_cast<SlotWrapper*>(v.asObject()); }

void need(Interp& I, SlotWrapper* w, CallArgs args, size_t n) {
  if (args.nargs != n)
    raiseTypeError(I, "expected " + std::to_string(n) + " argument" + (n == 1 ? "" : "s") + ", got " +
                          std::to_string(args.nargs));
  (void)w;
}

// object.__init__ (object has no init slot: a null slot means "object's"). Like CPython's
// object_init, extra arguments are an error unless the class overrides __new__ but not
// __init__.
void objectInit(Interp& I, Value self, CallArgs args) {
  if (!args.nargs && !args.nkw()) return;
  Type* type = typeOf(I, self);
  if (type->init) raiseTypeError(I, "object.__init__() takes exactly one argument (the instance to initialize)");
  if (type->newInstance == I.types.object->newInstance)
    raiseTypeError(I, std::string(type->name->view()) +
                          ".__init__() takes exactly one argument (the instance to initialize)");
}

// Calls the wrapped slot of `w->owner` on `self` with the remaining arguments.
Value callSlot(Interp& I, SlotWrapper* w, Value self, CallArgs args) {
  Type* t = w->owner;
  switch (w->kind) {
    case SlotKind::Init:
      if (!t->init) {
        objectInit(I, self, args);
        return I.None();
      }
      t->init(I, self, args);
      return I.None();
    case SlotKind::Repr: need(I, w, args, 0); return t->repr(I, self);
    case SlotKind::Str: need(I, w, args, 0); return t->str(I, self);
    case SlotKind::Hash: need(I, w, args, 0); return newInt(I, t->hash(I, self));
    case SlotKind::Compare: need(I, w, args, 1); return t->richCompare(I, self, args.args[0], static_cast<CompareOp>(w->op));
    case SlotKind::GetAttribute: {
      need(I, w, args, 1);
      if (!isInstance(I, args.args[0], I.types.str))
        raiseTypeError(I, "attribute name must be string, not '" + std::string(typeName(I, args.args[0])) + "'");
      Str* name = I.intern(strView(args.args[0]));
      Value v = t->getAttr(I, self, name);
      if (!v) raiseError(I, I.exc.AttributeError, "'" + std::string(typeName(I, self)) + "' object has no attribute '" + std::string(name->view()) + "'");
      return v;
    }
    case SlotKind::SetAttr:
      need(I, w, args, 2);
      t->setAttr(I, self, I.intern(strView(args.args[0])), args.args[1]);
      return I.None();
    case SlotKind::DelAttr:
      need(I, w, args, 1);
      t->setAttr(I, self, I.intern(strView(args.args[0])), Value());
      return I.None();
    case SlotKind::Len: need(I, w, args, 0); return Value::smallInt(t->length(I, self));
    case SlotKind::GetItem: need(I, w, args, 1); return t->getItem(I, self, args.args[0]);
    case SlotKind::SetItem:
      need(I, w, args, 2);
      t->setItem(I, self, args.args[0], args.args[1]);
      return I.None();
    case SlotKind::DelItem:
      need(I, w, args, 1);
      t->setItem(I, self, args.args[0], Value());
      return I.None();
    case SlotKind::Contains: need(I, w, args, 1); return I.boolean(t->contains(I, self, args.args[0]));
    case SlotKind::Iter: need(I, w, args, 0); return t->iter(I, self);
    case SlotKind::Next: {
      need(I, w, args, 0);
      Value v = t->next(I, self);
      if (!v) raiseError(I, I.exc.StopIteration, "");
      return v;
    }
    case SlotKind::Call: return t->call(I, self, args);
    case SlotKind::Bool: need(I, w, args, 0); return I.boolean(t->truth(I, self));
    case SlotKind::Binary: need(I, w, args, 1); return t->binary[w->op](I, self, args.args[0]);
    // A built-in binary slot takes its operands in either order, as CPython's nb_* slots do.
    case SlotKind::BinaryReflected: need(I, w, args, 1); return t->binary[w->op](I, args.args[0], self);
    case SlotKind::Inplace: need(I, w, args, 1); return t->inplace[w->op](I, self, args.args[0]);
    case SlotKind::Unary: need(I, w, args, 0); return t->unary[w->op](I, self);
    case SlotKind::Absolute: need(I, w, args, 0); return t->absolute(I, self);
    case SlotKind::Index: need(I, w, args, 0); return t->index(I, self);
    case SlotKind::Int: need(I, w, args, 0); return t->toInt(I, self);
    case SlotKind::Float: need(I, w, args, 0); return t->toFloat(I, self);
    case SlotKind::DescrGet: {
      if (args.nargs < 1 || args.nargs > 2)
        raiseTypeError(I, "expected 1 or 2 arguments, got " + std::to_string(args.nargs));
      Value obj = args.args[0].is(I.None()) ? Value() : args.args[0];
      Value type = args.nargs == 2 && !args.args[1].is(I.None()) ? args.args[1] : Value();
      if (!obj && !type) raiseTypeError(I, "__get__(None, None) is invalid");
      return t->descrGet(I, self, obj, type);
    }
    case SlotKind::DescrSet:
      need(I, w, args, 2);
      t->descrSet(I, self, args.args[0], args.args[1]);
      return I.None();
    case SlotKind::DescrDelete:
      need(I, w, args, 1);
      t->descrSet(I, self, args.args[0], Value());
      return I.None();
    case SlotKind::New: break;
  }
  raiseError(I, I.exc.SystemError, "bad slot wrapper");
}

Value wrapperCall(Interp& I, Value callable, CallArgs args) {
  SlotWrapper* w = asWrapper(callable);
  if (w->kind == SlotKind::New) {
    // T.__new__(cls, ...): cls must be a subtype of T.
    if (args.nargs == 0) raiseTypeError(I, std::string(w->owner->name->view()) + ".__new__(): not enough arguments");
    Value cls = args.args[0];
    if (!isInstance(I, cls, I.types.type))
      raiseTypeError(I, std::string(w->owner->name->view()) + ".__new__(X): X is not a type object (" + std::string(typeName(I, cls)) + ")");
    Type* type = static_cast<Type*>(cls.asObject());
    if (!isSubtype(type, w->owner))
      raiseTypeError(I, std::string(w->owner->name->view()) + ".__new__(" + std::string(type->name->view()) + "): " +
                            std::string(type->name->view()) + " is not a subtype of " + std::string(w->owner->name->view()));
    return instanceOfSubtype(I, w->owner->newInstance(I, type, CallArgs{args.args + 1, args.nargs - 1, args.kwnames}),
                             type);
  }
  if (args.nargs == 0)
    raiseTypeError(I, "descriptor '" + std::string(w->name->view()) + "' of '" + std::string(w->owner->name->view()) +
                          "' object needs an argument");
  Value self = args.args[0];
  if (!isInstance(I, self, w->owner))
    raiseTypeError(I, "descriptor '" + std::string(w->name->view()) + "' requires a '" +
                          std::string(w->owner->name->view()) + "' object but received a '" +
                          std::string(typeName(I, self)) + "'");
  return callSlot(I, w, self, CallArgs{args.args + 1, args.nargs - 1, args.kwnames});
}

Value wrapperDescrGet(Interp& I, Value descr, Value obj, Value) {
  if (!obj || obj.is(I.None()) || asWrapper(descr)->kind == SlotKind::New) return newRef(descr);
  return newBoundMethod(I, descr, obj);
}

Value wrapperRepr(Interp& I, Value self) {
  SlotWrapper* w = asWrapper(self);
  if (w->kind == SlotKind::New)
    return Value(newStr(I, "<built-in method __new__ of type object>"));
  return Value(newStr(I, "<slot wrapper '" + std::string(w->name->view()) + "' of '" +
                             std::string(w->owner->name->view()) + "' objects>"));
}

Value wrapperGetAttr(Interp& I, Value self, Str* name) {
  SlotWrapper* w = asWrapper(self);
  if (name->view() == "__name__") return newRef(Value(w->name));
  if (name->view() == "__qualname__")
    return Value(newStr(I, std::string(w->owner->name->view()) + "." + std::string(w->name->view())));
  if (name->view() == "__objclass__") return newRef(Value(w->owner));
  return genericGetAttr(I, self, name);
}

void wrapperDestroy(Object* o) { decref(Value(static_cast<SlotWrapper*>(o)->name)); }

void addWrapper(Interp& I, Type* owner, const char* name, SlotKind kind, uint8_t op = 0) {
  if (dictGetStr(I, owner->dict, name)) return;
  SlotWrapper* w = I.alloc<SlotWrapper>(I.types.wrapperDescriptor);
  w->owner = owner;
  w->kind = kind;
  w->op = op;
  w->name = newRef(I.intern(name));
  dictSetStr(I, owner->dict, name, Value(w));
  decref(Value(w));
}

}  // namespace

void initSlotWrapperType(Interp& I) {
  Type* t = I.types.wrapperDescriptor;
  t->basicSize = sizeof(SlotWrapper);
  t->destroy = wrapperDestroy;
  t->call = wrapperCall;
  t->descrGet = wrapperDescrGet;
  t->repr = wrapperRepr;
  t->getAttr = wrapperGetAttr;
}

void addSlotWrappers(Interp& I, Type* t) {
  Type* b = t->base;
  // A type lists the slots it defines itself, not the ones it inherits.
  auto own = [&](auto Type::*slot) { return t->*slot && (!b || t->*slot != b->*slot); };
  if (own(&Type::init) || t == I.types.object) addWrapper(I, t, "__init__", SlotKind::Init);
  if (own(&Type::newInstance)) addWrapper(I, t, "__new__", SlotKind::New);
  if (own(&Type::repr)) addWrapper(I, t, "__repr__", SlotKind::Repr);
  if (own(&Type::str)) addWrapper(I, t, "__str__", SlotKind::Str);
  if (own(&Type::hash))
    addWrapper(I, t, "__hash__", SlotKind::Hash);
  else if (b && b->hash && !t->hash)
    // An unhashable built-in (list, dict, set) says so like CPython's: __hash__ is None.
    dictSetStr(I, t->dict, "__hash__", I.None());
  if (own(&Type::richCompare)) {
    const char* names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    for (uint8_t op = 0; op < 6; ++op) addWrapper(I, t, names[op], SlotKind::Compare, op);
  }
  if (own(&Type::getAttr)) addWrapper(I, t, "__getattribute__", SlotKind::GetAttribute);
  if (own(&Type::setAttr)) {
    addWrapper(I, t, "__setattr__", SlotKind::SetAttr);
    addWrapper(I, t, "__delattr__", SlotKind::DelAttr);
  }
  if (own(&Type::length)) addWrapper(I, t, "__len__", SlotKind::Len);
  if (own(&Type::getItem)) addWrapper(I, t, "__getitem__", SlotKind::GetItem);
  if (own(&Type::setItem)) {
    addWrapper(I, t, "__setitem__", SlotKind::SetItem);
    addWrapper(I, t, "__delitem__", SlotKind::DelItem);
  }
  if (own(&Type::contains)) addWrapper(I, t, "__contains__", SlotKind::Contains);
  if (own(&Type::iter)) addWrapper(I, t, "__iter__", SlotKind::Iter);
  if (own(&Type::next)) addWrapper(I, t, "__next__", SlotKind::Next);
  if (own(&Type::call)) addWrapper(I, t, "__call__", SlotKind::Call);
  if (own(&Type::truth)) addWrapper(I, t, "__bool__", SlotKind::Bool);
  if (own(&Type::descrGet)) addWrapper(I, t, "__get__", SlotKind::DescrGet);
  if (own(&Type::descrSet)) {
    addWrapper(I, t, "__set__", SlotKind::DescrSet);
    addWrapper(I, t, "__delete__", SlotKind::DescrDelete);
  }
  const char* binaryNames[kBinaryOpCount] = {"__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__",
                                            "__mul__", "__mod__", "__or__", "__pow__", "__rshift__",
                                            "__sub__", "__truediv__", "__xor__"};
  const char* reflectedNames[kBinaryOpCount] = {"__radd__", "__rand__", "__rfloordiv__", "__rlshift__",
                                                "__rmatmul__", "__rmul__", "__rmod__", "__ror__", "__rpow__",
                                                "__rrshift__", "__rsub__", "__rtruediv__", "__rxor__"};
  const char* inplaceNames[kBinaryOpCount] = {"__iadd__", "__iand__", "__ifloordiv__", "__ilshift__",
                                              "__imatmul__", "__imul__", "__imod__", "__ior__", "__ipow__",
                                              "__irshift__", "__isub__", "__itruediv__", "__ixor__"};
  // CPython's sequences concatenate through sq_concat, which has no reflected form.
  bool sequence = t->length && t->getItem && !t->index;
  for (int op = 0; op < kBinaryOpCount; ++op) {
    auto code = static_cast<uint8_t>(op);
    if (t->binary[op] && (!b || t->binary[op] != b->binary[op])) {
      addWrapper(I, t, binaryNames[op], SlotKind::Binary, code);
      if (!(sequence && op == static_cast<int>(BinaryOp::Add)))
        addWrapper(I, t, reflectedNames[op], SlotKind::BinaryReflected, code);
    }
    if (t->inplace[op] && (!b || t->inplace[op] != b->inplace[op]))
      addWrapper(I, t, inplaceNames[op], SlotKind::Inplace, code);
  }
  const char* unaryNames[3] = {"__neg__", "__pos__", "__invert__"};
  for (int op = 0; op < 3; ++op)
    if (t->unary[op] && (!b || t->unary[op] != b->unary[op]))
      addWrapper(I, t, unaryNames[op], SlotKind::Unary, static_cast<uint8_t>(op));
  if (own(&Type::absolute)) addWrapper(I, t, "__abs__", SlotKind::Absolute);
  if (own(&Type::index)) addWrapper(I, t, "__index__", SlotKind::Index);
  if (own(&Type::toInt)) addWrapper(I, t, "__int__", SlotKind::Int);
  if (own(&Type::toFloat)) addWrapper(I, t, "__float__", SlotKind::Float);
}

}  // namespace rw
