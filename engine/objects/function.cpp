// Function objects (seed 6.11), native functions, method descriptors and bound methods. A
// Python function is called by the evaluator pushing a frame; these are the slots for
// everything else (attributes, repr, descriptor binding).
#include "objects/function.h"

#include "objects/code.h"
#include "objects/dict.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/eval.h"
#include "runtime/frame.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

size_t CallArgs::nkw() const { return kwnames ? static_cast<size_t>(kwnames->size) : 0; }

Function* newFunction(Interp& I, Code* code, Dict* globals, Str* qualname) {
  Function* f = I.alloc<Function>(I.types.function);
  f->code = newRef(code);
  f->globals = newRef(globals);
  f->builtins = newRef(builtinsFor(I, globals));
  f->name = newRef(code->name);
  f->qualname = newRef(qualname ? qualname : code->qualname);
  // The docstring is co_consts[0] when the body starts with a string.
  Value first = code->consts->size ? code->consts->item(0) : Value();
  f->doc = first && isType(I, first, I.types.str) ? newRef(first) : I.None();
  Value module = dictGetStr(I, globals, I.names.__name__);
  f->module = module ? newRef(module) : I.None();
  return f;
}

BuiltinFunction* newBuiltinFunction(Interp& I, std::string_view name, NativeFunction fn,
                                    Value self, const char* registryName, const char* doc) {
  BuiltinFunction* f = I.alloc<BuiltinFunction>(I.types.builtinFunction);
  f->fn = fn;
  f->self = newRef(self);
  f->name = newRef(I.intern(name));
  f->qualname = newRef(f->name);
  f->doc = doc;
  f->registryName = registryName;
  return f;
}

Value newBoundMethod(Interp& I, Value function, Value self) {
  BoundMethod* m = I.alloc<BoundMethod>(I.types.boundMethod);
  m->function = newRef(function);
  m->self = newRef(self);
  return Value(m);
}

void addMethod(Interp& I, Type* type, std::string_view name, NativeFunction fn, const char* doc,
               bool isClassMethod) {
  MethodDescriptor* m = I.alloc<MethodDescriptor>(I.types.methodDescriptor);
  m->fn = fn;
  m->owner = type;
  m->name = newRef(I.intern(name));
  m->doc = doc;
  m->isClassMethod = isClassMethod;
  dictSet(I, type->dict, Value(m->name), Value(m));
  I.registerStatic("method:" + std::string(type->name->view()) + "." + std::string(name), m);
  decref(static_cast<Object*>(m));
}

namespace {

// ---- function --------------------------------------------------------------------------

void functionDestroy(Object* o) {
  Function* f = static_cast<Function*>(o);
  decref(static_cast<Object*>(f->code));
  decref(static_cast<Object*>(f->globals));
  decref(static_cast<Object*>(f->builtins));
  decref(static_cast<Object*>(f->name));
  decref(static_cast<Object*>(f->qualname));
  if (f->defaults) decref(static_cast<Object*>(f->defaults));
  if (f->kwdefaults) decref(static_cast<Object*>(f->kwdefaults));
  if (f->closure) decref(static_cast<Object*>(f->closure));
  if (f->annotations) decref(static_cast<Object*>(f->annotations));
  if (f->dict) decref(static_cast<Object*>(f->dict));
  decref(f->doc);
  decref(f->module);
}

void functionTraverse(Object* o, const RefVisitor& visit) {
  Function* f = static_cast<Function*>(o);
  visit(Value(f->code));
  visit(Value(f->globals));
  visit(Value(f->builtins));
  visit(Value(f->name));
  visit(Value(f->qualname));
  if (f->defaults) visit(Value(f->defaults));
  if (f->kwdefaults) visit(Value(f->kwdefaults));
  if (f->closure) visit(Value(f->closure));
  if (f->annotations) visit(Value(f->annotations));
  if (f->dict) visit(Value(f->dict));
  visit(f->doc);
  visit(f->module);
}

Value functionRepr(Interp& I, Value self) {
  Function* f = static_cast<Function*>(self.asObject());
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, " at 0x%llx>",
                static_cast<unsigned long long>(0x7f0000000000ull + f->serial * 16));
  return Value(newStr(I, "<function " + std::string(f->qualname->view()) + buffer));
}

Value functionGetAttr(Interp& I, Value self, Str* name) {
  Function* f = static_cast<Function*>(self.asObject());
  std::string_view n = name->view();
  auto orNone = [&](Object* o) { return o ? newRef(Value(o)) : I.None(); };
  if (n == "__name__") return newRef(Value(f->name));
  if (n == "__qualname__") return newRef(Value(f->qualname));
  if (n == "__code__") return newRef(Value(f->code));
  if (n == "__globals__") return newRef(Value(f->globals));
  if (n == "__builtins__") return newRef(Value(f->builtins));
  if (n == "__defaults__") return orNone(f->defaults);
  if (n == "__kwdefaults__") return orNone(f->kwdefaults);
  if (n == "__closure__") return orNone(f->closure);
  if (n == "__doc__") return newRef(f->doc);
  if (n == "__module__") return newRef(f->module);
  if (n == "__annotations__") {
    if (!f->annotations) f->annotations = newDict(I);
    return newRef(Value(f->annotations));
  }
  if (n == "__dict__") {
    if (!f->dict) f->dict = newDict(I);
    return newRef(Value(f->dict));
  }
  if (f->dict) {
    Value v = dictGetStr(I, f->dict, name);
    if (v) return newRef(v);
  }
  return genericGetAttr(I, self, name);
}

void functionSetAttr(Interp& I, Value self, Str* name, Value value) {
  Function* f = static_cast<Function*>(self.asObject());
  std::string_view n = name->view();
  auto setTupleOrNone = [&](Tuple*& field, const char* what) {
    if (value && !value.is(I.None()) && !isType(I, value, I.types.tuple))
      raiseTypeError(I, std::string(what) + " must be set to a tuple object");
    Tuple* old = field;
    field = value && !value.is(I.None()) ? newRef(static_cast<Tuple*>(value.asObject())) : nullptr;
    if (old) decref(static_cast<Object*>(old));
  };
  if (n == "__defaults__") {
    setTupleOrNone(f->defaults, "__defaults__");
  } else if (n == "__name__" || n == "__qualname__") {
    if (!value || !isType(I, value, I.types.str))
      raiseTypeError(I, std::string(n) + " must be set to a string object");
    Str*& field = n == "__name__" ? f->name : f->qualname;
    Str* old = field;
    field = newRef(static_cast<Str*>(value.asObject()));
    decref(static_cast<Object*>(old));
  } else if (n == "__doc__") {
    Value old = f->doc;
    f->doc = value ? newRef(value) : I.None();
    decref(old);
  } else if (n == "__module__") {
    Value old = f->module;
    f->module = value ? newRef(value) : I.None();
    decref(old);
  } else if (n == "__annotations__") {
    if (value && !value.is(I.None()) && !isInstance(I, value, I.types.dict))
      raiseTypeError(I, "__annotations__ must be set to a dict object");
    Dict* old = f->annotations;
    f->annotations =
        value && !value.is(I.None()) ? newRef(static_cast<Dict*>(value.asObject())) : nullptr;
    if (old) decref(static_cast<Object*>(old));
  } else if (n == "__kwdefaults__" || n == "__dict__") {
    bool kwdefaults = n == "__kwdefaults__";
    if (!kwdefaults && !value) raiseTypeError(I, "cannot delete __dict__");
    bool none = kwdefaults && (!value || value.is(I.None()));
    if (!none && !isInstance(I, value, I.types.dict))
      raiseTypeError(I, kwdefaults ? std::string("__kwdefaults__ must be set to a dict object")
                                   : "__dict__ must be set to a dictionary, not a '" +
                                         std::string(typeName(I, value)) + "'");
    Dict*& field = kwdefaults ? f->kwdefaults : f->dict;
    Dict* old = field;
    field = none ? nullptr : newRef(static_cast<Dict*>(value.asObject()));
    if (old) decref(static_cast<Object*>(old));
  } else if (n == "__code__") {
    if (!value || !isType(I, value, I.types.code)) raiseTypeError(I, "__code__ must be set to a code object");
    Code* code = static_cast<Code*>(value.asObject());
    // The closure's cells fill the code's free variables one for one.
    int64_t cells = f->closure ? f->closure->size : 0;
    if (code->nfrees() != cells)
      raiseValueError(I, std::string(f->name->view()) + "() requires a code object with " + std::to_string(cells) +
                             " free vars, not " + std::to_string(code->nfrees()));
    Code* old = f->code;
    f->code = newRef(code);
    decref(static_cast<Object*>(old));
  } else if (n == "__closure__" || n == "__globals__") {
    raiseError(I, I.exc.AttributeError, "readonly attribute");
  } else {
    if (!f->dict) f->dict = newDict(I);
    if (value) {
      dictSet(I, f->dict, Value(name), value);
    } else if (!dictDel(I, f->dict, Value(name))) {
      raiseError(I, I.exc.AttributeError, "'function' object has no attribute '" +
                                              std::string(n) + "'");
    }
  }
  if (I.observer) I.observer->onWrite(f);
}

Value functionDescrGet(Interp& I, Value descr, Value obj, Value) {
  if (!obj || obj.is(I.None())) return newRef(descr);
  return newBoundMethod(I, descr, obj);
}

Value functionCall(Interp& I, Value self, CallArgs args) {
  return callPythonFunction(I, static_cast<Function*>(self.asObject()), args);
}

// ---- builtin functions -------------------------------------------------------------------

void builtinDestroy(Object* o) {
  BuiltinFunction* f = static_cast<BuiltinFunction*>(o);
  decref(f->self);
  decref(static_cast<Object*>(f->name));
  decref(static_cast<Object*>(f->qualname));
}

void builtinTraverse(Object* o, const RefVisitor& visit) {
  BuiltinFunction* f = static_cast<BuiltinFunction*>(o);
  if (f->self) visit(f->self);
}

Value builtinRepr(Interp& I, Value self) {
  BuiltinFunction* f = static_cast<BuiltinFunction*>(self.asObject());
  if (!f->self || isType(I, f->self, I.types.module))
    return Value(newStr(I, "<built-in function " + std::string(f->name->view()) + ">"));
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, " object at 0x%llx>",
                static_cast<unsigned long long>(0x7f0000000000ull +
                                                (f->self.isObject() ? f->self.asObject()->serial : 0) * 16));
  return Value(newStr(I, "<built-in method " + std::string(f->name->view()) + " of " +
                             std::string(typeName(I, f->self)) + buffer));
}

Value builtinCall(Interp& I, Value self, CallArgs args) {
  BuiltinFunction* f = static_cast<BuiltinFunction*>(self.asObject());
  return f->fn(I, f->self, args);
}

Value builtinGetAttr(Interp& I, Value self, Str* name) {
  BuiltinFunction* f = static_cast<BuiltinFunction*>(self.asObject());
  std::string_view n = name->view();
  if (n == "__name__") return newRef(Value(f->name));
  if (n == "__qualname__") return newRef(Value(f->qualname));
  if (n == "__self__") return f->self ? newRef(f->self) : I.None();
  if (n == "__doc__") return f->doc ? Value(newStr(I, f->doc)) : I.None();
  if (n == "__module__") {
    // A module's function names its module; a method bound to an object has none.
    if (!f->self || !isType(I, f->self, I.types.module)) return I.None();
    Value moduleName = dictGetStr(I, static_cast<Module*>(f->self.asObject())->dict, I.names.__name__);
    return moduleName ? newRef(moduleName) : I.None();
  }
  return genericGetAttr(I, self, name);
}

// ---- method descriptors ------------------------------------------------------------------

void methodDescrDestroy(Object* o) {
  decref(static_cast<Object*>(static_cast<MethodDescriptor*>(o)->name));
}

Value methodDescrRepr(Interp& I, Value self) {
  MethodDescriptor* m = static_cast<MethodDescriptor*>(self.asObject());
  return Value(newStr(I, "<method '" + std::string(m->name->view()) + "' of '" +
                             std::string(m->owner->name->view()) + "' objects>"));
}

Value methodDescrGet(Interp& I, Value descr, Value obj, Value type) {
  MethodDescriptor* m = static_cast<MethodDescriptor*>(descr.asObject());
  if (m->isClassMethod) {
    Value owner = type ? type : Value(typeOf(I, obj));
    BuiltinFunction* f = newBuiltinFunction(I, m->name->view(), m->fn, owner, nullptr, m->doc);
    return Value(f);
  }
  if (!obj || obj.is(I.None())) return newRef(descr);
  checkSelfType(I, obj, m->owner, m->name->view());
  BuiltinFunction* f = newBuiltinFunction(I, m->name->view(), m->fn, obj, nullptr, m->doc);
  return Value(f);
}

Value methodDescrCall(Interp& I, Value self, CallArgs args) {
  MethodDescriptor* m = static_cast<MethodDescriptor*>(self.asObject());
  if (args.nargs == 0)
    raiseTypeError(I, "unbound method " + std::string(m->owner->name->view()) + "." +
                          std::string(m->name->view()) + "() needs an argument");
  checkSelfType(I, args.args[0], m->owner, m->name->view());
  CallArgs rest{args.args + 1, args.nargs - 1, args.kwnames};
  return m->fn(I, args.args[0], rest);
}

// ---- bound methods -----------------------------------------------------------------------

void boundDestroy(Object* o) {
  BoundMethod* m = static_cast<BoundMethod*>(o);
  decref(m->function);
  decref(m->self);
}

void boundTraverse(Object* o, const RefVisitor& visit) {
  BoundMethod* m = static_cast<BoundMethod*>(o);
  visit(m->function);
  visit(m->self);
}

Value boundRepr(Interp& I, Value self) {
  BoundMethod* m = static_cast<BoundMethod*>(self.asObject());
  // A bound slot wrapper is what CPython calls a method-wrapper.
  if (isType(I, m->function, I.types.wrapperDescriptor) && m->self.isObject()) {
    Ref name = Ref::steal(getAttr(I, m->function, I.names.__name__));
    return Value(newStr(I, "<method-wrapper '" + std::string(strView(name.get())) + "' of " +
                               std::string(typeName(I, m->self)) + " object at " +
                               objectAddress(m->self) + ">"));
  }
  Ref qual = Ref::steal(lookupAttr(I, m->function, I.names.__qualname__));
  std::string name = qual && isType(I, qual.get(), I.types.str) ? std::string(strView(qual.get()))
                                                                  : "?";
  return Value(newStr(I, "<bound method " + name + " of " + reprString(I, m->self) + ">"));
}

Value boundCall(Interp& I, Value self, CallArgs args) {
  BoundMethod* m = static_cast<BoundMethod*>(self.asObject());
  size_t total = args.nargs + args.nkw();
  std::vector<Value> buffer(total + 1);
  buffer[0] = m->self;
  for (size_t i = 0; i < total; ++i) buffer[i + 1] = args.args[i];
  return call(I, m->function, CallArgs{buffer.data(), args.nargs + 1, args.kwnames});
}

Value boundGetAttr(Interp& I, Value self, Str* name) {
  BoundMethod* m = static_cast<BoundMethod*>(self.asObject());
  if (name->view() == "__func__") return newRef(m->function);
  if (name->view() == "__self__") return newRef(m->self);
  Value v = genericGetAttr(I, self, name);
  if (v) return v;
  return lookupAttr(I, m->function, name);
}

Hash boundHash(Interp& I, Value self) {
  BoundMethod* m = static_cast<BoundMethod*>(self.asObject());
  return hash(I, m->self) ^ hash(I, m->function);
}

Value boundRichCompare(Interp& I, Value a, Value b, CompareOp op) {
  if (!isType(I, b, I.types.boundMethod) || (op != CompareOp::Eq && op != CompareOp::Ne))
    return newRef(Value(I.notImplemented));
  BoundMethod* x = static_cast<BoundMethod*>(a.asObject());
  BoundMethod* y = static_cast<BoundMethod*>(b.asObject());
  bool same = x->self.is(y->self) && equals(I, x->function, y->function);
  return I.boolean(op == CompareOp::Eq ? same : !same);
}

}  // namespace

void initFunctionTypes(Interp& I) {
  Type* f = I.types.function;
  f->destroy = functionDestroy;
  f->traverse = functionTraverse;
  f->repr = functionRepr;
  f->getAttr = functionGetAttr;
  f->setAttr = functionSetAttr;
  f->descrGet = functionDescrGet;
  f->call = functionCall;

  Type* b = I.types.builtinFunction;
  b->destroy = builtinDestroy;
  b->traverse = builtinTraverse;
  b->repr = builtinRepr;
  b->call = builtinCall;
  b->getAttr = builtinGetAttr;

  Type* m = I.types.methodDescriptor;
  m->destroy = methodDescrDestroy;
  m->repr = methodDescrRepr;
  m->descrGet = methodDescrGet;
  m->call = methodDescrCall;

  Type* bm = I.types.boundMethod;
  bm->destroy = boundDestroy;
  bm->traverse = boundTraverse;
  bm->repr = boundRepr;
  bm->call = boundCall;
  bm->getAttr = boundGetAttr;
  bm->hash = boundHash;
  bm->richCompare = boundRichCompare;
}

}  // namespace rw
