// property (data descriptor with getter/setter/deleter), staticmethod and classmethod.
#include "objects/descriptors.h"

#include "objects/dict.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

Property* asProperty(Value v) { return static_cast<Property*>(v.asObject()); }

void propertyDestroy(Object* o) {
  Property* p = static_cast<Property*>(o);
  for (Value v : {p->getter, p->setter, p->deleter, p->doc, p->name}) decref(v);
}

void propertyTraverse(Object* o, const RefVisitor& visit) {
  Property* p = static_cast<Property*>(o);
  for (Value v : {p->getter, p->setter, p->deleter, p->doc, p->name})
    if (v) visit(v);
}

Value propertyNew(Interp& I, Type* type, CallArgs) { return Value(I.alloc<Property>(type)); }

void setField(Value& field, Value v, Interp& I) {
  Value old = field;
  field = v && !v.is(I.None()) ? newRef(v) : Value();
  decref(old);
}

void propertyInit(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "property", args, {"fget", "fset", "fdel", "doc"}, 0);
  Property* p = asProperty(self);
  setField(p->getter, a[0], I);
  setField(p->setter, a[1], I);
  setField(p->deleter, a[2], I);
  if (a[3] && !a[3].is(I.None())) {
    setField(p->doc, a[3], I);
  } else if (p->getter) {
    // The getter's docstring becomes the property's.
    Value doc = lookupAttr(I, p->getter, I.names.__doc__);
    setField(p->doc, doc, I);
    decref(doc);
  }
}

std::string propertyName(Interp& I, Property* p) {
  if (p->name && isInstance(I, p->name, I.types.str)) return std::string(strView(p->name));
  return "";
}

Value propertyGet(Interp& I, Value descr, Value obj, Value) {
  Property* p = asProperty(descr);
  if (!obj || obj.is(I.None())) return newRef(descr);
  if (!p->getter) {
    std::string name = propertyName(I, p);
    raiseError(I, I.exc.AttributeError,
               name.empty() ? "unreadable attribute"
                            : "property '" + name + "' of '" + std::string(typeName(I, obj)) + "' object has no getter");
  }
  return call(I, p->getter, {obj});
}

void propertySet(Interp& I, Value descr, Value obj, Value value) {
  Property* p = asProperty(descr);
  Value fn = value ? p->setter : p->deleter;
  if (!fn) {
    std::string name = propertyName(I, p);
    std::string what = value ? "setter" : "deleter";
    raiseError(I, I.exc.AttributeError,
               name.empty() ? (value ? "can't set attribute" : "can't delete attribute")
                            : "property '" + name + "' of '" + std::string(typeName(I, obj)) + "' object has no " + what);
  }
  Ref r = value ? Ref::steal(call(I, fn, {obj, value})) : Ref::steal(call(I, fn, {obj}));
}

// property.getter/setter/deleter: a copy with one function replaced.
Value propertyCopy(Interp& I, Value self, Value getter, Value setter, Value deleter) {
  Property* p = asProperty(self);
  Type* t = typeOf(I, self);
  Value args[4] = {getter ? getter : (p->getter ? p->getter : I.None()),
                   setter ? setter : (p->setter ? p->setter : I.None()),
                   deleter ? deleter : (p->deleter ? p->deleter : I.None()), I.None()};
  // A doc copied from the old getter follows the new getter.
  Ref copy = Ref::steal(call(I, Value(t), CallArgs{args, 4, nullptr}));
  Property* c = asProperty(copy.get());
  setField(c->name, p->name, I);
  return copy.release();
}

Value propertyGetterMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "getter", args, 1, 1);
  return propertyCopy(I, self, args.args[0], Value(), Value());
}
Value propertySetterMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "setter", args, 1, 1);
  return propertyCopy(I, self, Value(), args.args[0], Value());
}
Value propertyDeleterMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "deleter", args, 1, 1);
  return propertyCopy(I, self, Value(), Value(), args.args[0]);
}
Value propertySetName(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__set_name__", args, 2, 2);
  setField(asProperty(self)->name, args.args[1], I);
  return I.None();
}

Value propertyGetAttr(Interp& I, Value self, Str* name) {
  Property* p = asProperty(self);
  std::string_view n = name->view();
  auto orNone = [&](Value v) { return v ? newRef(v) : I.None(); };
  if (n == "fget") return orNone(p->getter);
  if (n == "fset") return orNone(p->setter);
  if (n == "fdel") return orNone(p->deleter);
  if (n == "__doc__") return orNone(p->doc);
  return genericGetAttr(I, self, name);
}

// ---- staticmethod / classmethod --------------------------------------------------------------

MethodWrapper* asWrapper(Value v) { return static_cast<MethodWrapper*>(v.asObject()); }

void wrapperDestroy(Object* o) {
  MethodWrapper* w = static_cast<MethodWrapper*>(o);
  decref(w->callable);
  if (w->dict) decref(Value(w->dict));
}

void wrapperTraverse(Object* o, const RefVisitor& visit) {
  MethodWrapper* w = static_cast<MethodWrapper*>(o);
  if (w->callable) visit(w->callable);
  if (w->dict) visit(Value(w->dict));
}

Value wrapperNew(Interp& I, Type* type, CallArgs args) {
  checkNoKeywords(I, std::string(type->name->view()), args);
  checkArgCount(I, std::string(type->name->view()), args, 1, 1);
  MethodWrapper* w = I.alloc<MethodWrapper>(type);
  w->callable = newRef(args.args[0]);
  return Value(w);
}

Value staticGet(Interp&, Value descr, Value, Value) { return newRef(asWrapper(descr)->callable); }

Value classGet(Interp& I, Value descr, Value obj, Value type) {
  Value owner = type && !type.is(I.None()) ? type : Value(typeOf(I, obj));
  return newBoundMethod(I, asWrapper(descr)->callable, owner);
}

Value staticCall(Interp& I, Value self, CallArgs args) { return call(I, asWrapper(self)->callable, args); }

Value wrapperGetAttr(Interp& I, Value self, Str* name) {
  MethodWrapper* w = asWrapper(self);
  if (name->view() == "__func__" || name->view() == "__wrapped__") return newRef(w->callable);
  if (name->view() == "__isabstractmethod__") {
    Value v = lookupAttr(I, w->callable, name);
    return v ? v : I.boolean(false);
  }
  Value v = genericGetAttr(I, self, name);
  if (v) return v;
  // __name__, __doc__, ... of the wrapped function.
  return lookupAttr(I, w->callable, name);
}

Value wrapperRepr(Interp& I, Value self) {
  return Value(newStr(I, "<" + std::string(typeName(I, self)) + "(" + reprString(I, asWrapper(self)->callable) + ")>"));
}

}  // namespace

void initDescriptorTypes(Interp& I) {
  Type* p = I.types.property;
  p->basicSize = sizeof(Property);
  p->destroy = propertyDestroy;
  p->traverse = propertyTraverse;
  p->newInstance = propertyNew;
  p->init = propertyInit;
  p->descrGet = propertyGet;
  p->descrSet = propertySet;
  p->getAttr = propertyGetAttr;
  addMethod(I, p, "getter", propertyGetterMethod);
  addMethod(I, p, "setter", propertySetterMethod);
  addMethod(I, p, "deleter", propertyDeleterMethod);
  addMethod(I, p, "__set_name__", propertySetName);
  for (Type* t : {I.types.staticmethod, I.types.classmethod}) {
    t->basicSize = sizeof(MethodWrapper);
    t->destroy = wrapperDestroy;
    t->traverse = wrapperTraverse;
    t->newInstance = wrapperNew;
    t->getAttr = wrapperGetAttr;
    t->repr = wrapperRepr;
    t->instanceDict = [](Object* o) { return &static_cast<MethodWrapper*>(o)->dict; };
  }
  I.types.staticmethod->descrGet = staticGet;
  I.types.staticmethod->call = staticCall;
  I.types.classmethod->descrGet = classGet;
}

}  // namespace rw
