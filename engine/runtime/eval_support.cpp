// Out-of-line parts of evaluator instructions.
#include "runtime/eval_support.h"

#include <cmath>

#include "objects/class.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/format.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

Value cellOrFreeName(Code* code, uint32_t index) {
  int64_t ncells = code->cellvars->size;
  return static_cast<int64_t>(index) < ncells ? code->cellvars->item(index)
                                              : code->freevars->item(index - ncells);
}

void raiseNameError(Interp& I, Value name) {
  Ref exc = Ref::steal(newExceptionWithMessage(
      I, I.exc.NameError, "name '" + std::string(strView(name)) + "' is not defined"));
  setAttr(I, exc.get(), I.intern("name"), name);
  I.raise(exc.release());
}

void raiseUnboundLocal(Interp& I, Code* code, uint32_t index) {
  std::string name(strView(code->varnames->item(index)));
  raiseError(I, I.exc.UnboundLocalError,
             "cannot access local variable '" + name + "' where it is not associated with a value");
}

void raiseUnboundDeref(Interp& I, Code* code, uint32_t index) {
  std::string name(strView(cellOrFreeName(code, index)));
  if (static_cast<int64_t>(index) < code->cellvars->size)
    raiseError(I, I.exc.UnboundLocalError,
               "cannot access local variable '" + name + "' where it is not associated with a value");
  raiseError(I, I.exc.NameError,
             "cannot access free variable '" + name +
                 "' where it is not associated with a value in enclosing scope");
}

namespace {

int64_t floorDiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

int64_t floorMod(int64_t a, int64_t b) {
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

}  // namespace

Value fastBinaryOp(Interp& I, Value a, Value b, uint32_t opArg) {
  BinaryOp op = static_cast<BinaryOp>(opArg >= kBinaryOpCount ? opArg - kBinaryOpCount : opArg);
  if (a.isSmallInt() && b.isSmallInt()) {
    int64_t x = a.asSmallInt(), y = b.asSmallInt(), r;
    switch (op) {
      case BinaryOp::Add: r = x + y; break;  // 63-bit operands cannot overflow 64 bits
      case BinaryOp::Subtract: r = x - y; break;
      case BinaryOp::Multiply:
        if (__builtin_mul_overflow(x, y, &r)) return Value();
        break;
      case BinaryOp::FloorDivide:
        if (y == 0) return Value();
        r = floorDiv(x, y);
        break;
      case BinaryOp::Remainder:
        if (y == 0) return Value();
        r = floorMod(x, y);
        break;
      case BinaryOp::And: r = x & y; break;
      case BinaryOp::Or: r = x | y; break;
      case BinaryOp::Xor: r = x ^ y; break;
      case BinaryOp::Rshift:
        if (y < 0) return Value();
        r = y >= 63 ? (x < 0 ? -1 : 0) : (x >> y);
        break;
      case BinaryOp::Lshift:
        if (y < 0 || y >= 62) return Value();
        r = x << y;
        if ((r >> y) != x) return Value();
        break;
      default: return Value();
    }
    return Value::fitsSmall(r) ? Value::smallInt(r) : Value();
  }
  if (a.isObject() && b.isObject() && a.asObject()->type == I.types.float_ &&
      b.asObject()->type == I.types.float_) {
    double x = floatValue(a), y = floatValue(b);
    switch (op) {
      case BinaryOp::Add: return newFloat(I, x + y);
      case BinaryOp::Subtract: return newFloat(I, x - y);
      case BinaryOp::Multiply: return newFloat(I, x * y);
      case BinaryOp::TrueDivide:
        if (y == 0.0) return Value();
        return newFloat(I, x / y);
      default: return Value();
    }
  }
  return Value();
}

Value callCatching(Interp& I, Value callable, CallArgs args) {
  try {
    return call(I, callable, args);
  } catch (PyException&) {
    return Value();
  }
}

Value binaryOpCatching(Interp& I, Value a, Value b, uint32_t opArg) {
  try {
    return opArg < kBinaryOpCount ? binaryOp(I, a, b, static_cast<BinaryOp>(opArg))
                                  : inplaceOp(I, a, b, static_cast<BinaryOp>(opArg - kBinaryOpCount));
  } catch (PyException&) {
    return Value();
  }
}

Value getItemCatching(Interp& I, Value container, Value key) {
  try {
    return getItem(I, container, key);
  } catch (PyException&) {
    return Value();
  }
}

Value fastSubscript(Interp& I, Value container, Value key) {
  if (!container.isObject()) return Value();
  Type* t = container.asObject()->type;
  if (key.isSmallInt()) {
    int64_t i = key.asSmallInt();
    if (t == I.types.list) {
      List* l = static_cast<List*>(container.asObject());
      if (i < 0) i += l->size;
      if (i >= 0 && i < l->size) return newRef(l->items[i]);
    } else if (t == I.types.tuple) {
      Tuple* tup = static_cast<Tuple*>(container.asObject());
      if (i < 0) i += tup->size;
      if (i >= 0 && i < tup->size) return newRef(tup->item(i));
    }
  }
  if (t == I.types.dict) {
    Value v = dictGet(I, static_cast<Dict*>(container.asObject()), key);
    if (v) return newRef(v);
  }
  return Value();
}

bool fastStoreSubscript(Interp& I, Value container, Value key, Value value) {
  if (!container.isObject()) return false;
  Type* t = container.asObject()->type;
  if (t == I.types.list && key.isSmallInt()) {
    List* l = static_cast<List*>(container.asObject());
    int64_t i = key.asSmallInt();
    if (i < 0) i += l->size;
    if (i < 0 || i >= l->size) return false;
    Value old = l->items[i];
    l->items[i] = newRef(value);
    if (I.observer) I.observer->onWrite(l);
    decref(old);
    return true;
  }
  if (t == I.types.dict) {
    dictSet(I, static_cast<Dict*>(container.asObject()), key, value);
    return true;
  }
  return false;
}

Value loadMethod(Interp& I, Value obj, Str* name, Value& method, Function*& getter) {
  method = Value();
  getter = nullptr;
  Type* t = typeOf(I, obj);
  if (t->getAttr == I.types.object->getAttr) {
    Value descr = typeLookup(I, t, name);
    if (descr && descr.isObject()) {
      Type* dt = descr.asObject()->type;
      if (dt == I.types.function || dt == I.types.methodDescriptor) {
        bool classMethod = dt == I.types.methodDescriptor &&
                           static_cast<MethodDescriptor*>(descr.asObject())->isClassMethod;
        bool shadowed = false;
        if (t->instanceDict && obj.isObject()) {
          Dict* d = *t->instanceDict(obj.asObject());
          shadowed = d && dictGetStr(I, d, name);
        }
        if (!shadowed && !classMethod) {
          method = newRef(descr);
          return Value();
        }
      }
    }
    Value v = genericGetAttrFound(I, obj, name, descr, &getter);
    if (v || getter) return v;
  }
  return getAttr(I, obj, name);
}

Function* pythonInitOf(Interp& I, Value callable) {
  if (!callable.isObject()) return nullptr;
  Object* o = callable.asObject();
  // Only classes have type.__call__ as their type's call slot; type itself is special.
  if (o->type->call != I.types.type->call) return nullptr;
  Type* cls = static_cast<Type*>(o);
  if (!cls->hasFlag(kTypeHeap) || !cls->newInstance) return nullptr;
  return classDunderFunction(I, cls, ClassDunder::Init);
}

Value finishConstruction(Interp& I, Type* cls, Value instance, CallArgs args) {
  Ref hold = Ref::steal(instance);
  if (isInstance(I, instance, cls)) cls->init(I, instance, args);
  return hold.release();
}

Function* pythonFunctionOf(Interp& I, Value callable, Value& self) {
  self = Value();
  if (!callable.isObject()) return nullptr;
  Type* t = callable.asObject()->type;
  if (t == I.types.function) return static_cast<Function*>(callable.asObject());
  if (t != I.types.boundMethod) return nullptr;
  auto* m = static_cast<BoundMethod*>(callable.asObject());
  if (!isType(I, m->function, I.types.function)) return nullptr;
  self = m->self;
  return static_cast<Function*>(m->function.asObject());
}

bool takeTruth(Interp& I, Value v) {
  Ref hold = Ref::steal(v);
  return truthy(I, v);
}

Value concatStrings(Interp& I, const Value* parts, uint32_t count) {
  std::string out;
  for (uint32_t i = 0; i < count; ++i) out.append(strView(parts[i]));
  return Value(newStr(I, out));
}

void extendForUnpacking(Interp& I, List* list, Value iterable) {
  Type* t = typeOf(I, iterable);
  if (!t->iter && !t->getItem)
    raiseTypeError(I, "Value after * must be an iterable, not " + std::string(t->name->view()));
  listExtend(I, list, iterable);
}

namespace {

// How CPython names a callable in argument errors (_PyObject_FunctionStr): "module.qualname()".
std::string functionStr(Interp& I, Value callable) {
  Ref qualname = Ref::steal(lookupAttr(I, callable, I.names.__qualname__));
  if (!qualname || !isType(I, qualname.get(), I.types.str)) return strString(I, callable);
  Ref module = Ref::steal(lookupAttr(I, callable, I.names.__module__));
  if (module && isType(I, module.get(), I.types.str) && strView(module.get()) != "builtins")
    return std::string(strView(module.get())) + "." + std::string(strView(qualname.get())) + "()";
  return std::string(strView(qualname.get())) + "()";
}

}  // namespace

void mergeIntoDict(Interp& I, Dict* target, Value source, Value callable) {
  if (!isInstance(I, source, I.types.dict)) {
    Value keys = lookupAttr(I, source, I.intern("keys"));
    if (!keys) {
      if (callable)
        raiseTypeError(I, functionStr(I, callable) + " argument after ** must be a mapping, not " +
                              std::string(typeName(I, source)));
      raiseTypeError(I, "'" + std::string(typeName(I, source)) + "' object is not a mapping");
    }
    Ref keysFn = Ref::steal(keys);
    Ref keyList = Ref::steal(call(I, keysFn.get(), {}));
    Ref it = Ref::steal(getIter(I, keyList.get()));
    while (Ref key = Ref::steal(iterNext(I, it.get()))) {
      if (callable && dictGet(I, target, key.get()))
        raiseTypeError(I, functionStr(I, callable) + " got multiple values for keyword argument '" +
                              strString(I, key.get()) + "'");
      Ref value = Ref::steal(getItem(I, source, key.get()));
      dictSet(I, target, key.get(), value.get());
    }
    return;
  }
  Dict* src = static_cast<Dict*>(source.asObject());
  int64_t pos = 0;
  const DictEntry* e;
  while (dictNext(src, pos, e)) {
    if (callable && dictGet(I, target, e->key)) {
      raiseTypeError(I, functionStr(I, callable) + " got multiple values for keyword argument '" +
                            strString(I, e->key) + "'");
    }
    dictSet(I, target, e->key, e->value);
  }
}

namespace {

[[noreturn]] void notIterable(Interp& I, Value seq) {
  raiseTypeError(I, "cannot unpack non-iterable " + std::string(typeName(I, seq)) + " object");
}

}  // namespace

void unpackSequence(Interp& I, Value seq, uint32_t count, Value* out) {
  const Value* items = nullptr;
  int64_t size = -1;
  if (seq.isObject() && seq.asObject()->type == I.types.tuple) {
    items = static_cast<Tuple*>(seq.asObject())->items();
    size = static_cast<Tuple*>(seq.asObject())->size;
  } else if (seq.isObject() && seq.asObject()->type == I.types.list) {
    items = static_cast<List*>(seq.asObject())->items;
    size = static_cast<List*>(seq.asObject())->size;
  }
  if (items) {
    if (size < count)
      raiseValueError(I, "not enough values to unpack (expected " + std::to_string(count) +
                             ", got " + std::to_string(size) + ")");
    if (size > count)
      raiseValueError(I, "too many values to unpack (expected " + std::to_string(count) + ")");
    // The sequence is in out[0] until we are done. The first item goes on top of the stack
    // (out[count - 1]) because the stores that follow pop the targets left to right.
    std::vector<Value> copy(items, items + size);
    for (uint32_t i = 0; i < count; ++i) out[count - 1 - i] = newRef(copy[i]);
    return;
  }
  if (!typeOf(I, seq)->iter) notIterable(I, seq);
  Ref it = Ref::steal(getIter(I, seq));
  std::vector<Ref> values;
  while (values.size() <= count) {
    Ref v = Ref::steal(iterNext(I, it.get()));
    if (!v) break;
    values.push_back(std::move(v));
  }
  if (values.size() < count)
    raiseValueError(I, "not enough values to unpack (expected " + std::to_string(count) +
                           ", got " + std::to_string(values.size()) + ")");
  if (values.size() > count)
    raiseValueError(I, "too many values to unpack (expected " + std::to_string(count) + ")");
  for (uint32_t i = 0; i < count; ++i) out[count - 1 - i] = values[i].release();
}

void unpackStarred(Interp& I, Value seq, uint32_t before, uint32_t after, Value* out) {
  if (!typeOf(I, seq)->iter) notIterable(I, seq);
  Ref it = Ref::steal(getIter(I, seq));
  std::vector<Ref> values;
  while (Ref v = Ref::steal(iterNext(I, it.get()))) values.push_back(std::move(v));
  if (values.size() < before + after)
    raiseValueError(I, "not enough values to unpack (expected at least " +
                           std::to_string(before + after) + ", got " +
                           std::to_string(values.size()) + ")");
  size_t middle = values.size() - before - after;
  // As for unpackSequence: the first target's value ends on top.
  uint32_t k = before + after;
  for (uint32_t i = 0; i < before; ++i) out[k--] = values[i].release();
  List* rest = newList(I, static_cast<int64_t>(middle));
  for (size_t i = 0; i < middle; ++i) rest->items[i] = values[before + i].release();
  rest->size = static_cast<int64_t>(middle);
  out[k--] = Value(rest);
  for (uint32_t i = 0; i < after; ++i) out[k--] = values[before + middle + i].release();
}

Value formatValue(Interp& I, Value v, uint32_t conversion, Value spec) {
  Ref converted;
  switch (conversion) {
    case 1: converted = Ref::steal(str(I, v)); break;
    case 2: converted = Ref::steal(repr(I, v)); break;
    case 3: converted = Ref::steal(asciiRepr(I, v)); break;
    default: converted = Ref::borrow(v); break;
  }
  std::string_view specText = spec ? strView(spec) : std::string_view();
  if (specText.empty() && isType(I, converted.get(), I.types.str)) return converted.release();
  return format(I, converted.get(), specText);
}

Dict* annotationsFromPairs(Interp& I, Tuple* pairs) {
  Dict* d = newDict(I);
  for (int64_t i = 0; i + 1 < pairs->size; i += 2) dictSet(I, d, pairs->item(i), pairs->item(i + 1));
  return d;
}

Value sendToIterator(Interp& I, Value receiver, Value sent, Value& returned) {
  returned = Value();
  try {
    // The value of a StopIteration from __next__ is the result, so a class's __next__ and
    // the awaitables of coroutines and async generators are called as methods rather than
    // through the iterator slot (which ends with null).
    Type* t = typeOf(I, receiver);
    bool nextMethod = t->hasFlag(kTypeHeap) || t == I.types.coroutineWrapper ||
                      t == I.types.asyncGenASend || t == I.types.asyncGenAThrow;
    Value v = !sent.is(I.None()) ? callMethod(I, receiver, I.intern("send"), {sent})
              : nextMethod       ? callMethod(I, receiver, I.intern("__next__"), {})
                                 : iterNext(I, receiver);
    if (!v) returned = I.None();
    return v;
  } catch (PyException&) {
    if (!isInstance(I, I.pendingException, I.exc.StopIteration)) throw;
    Ref stop = Ref::steal(I.takePendingException());
    returned = getAttr(I, stop.get(), I.intern("value"));
    return Value();
  }
}

CallArgs UnpackedArgs::args() const {
  return CallArgs{values.data(), npos, kwnames ? kwnames.as<Tuple>() : nullptr};
}

void unpackCallArguments(Interp& I, Value callable, Value self, Value positional, Value kwargs,
                         UnpackedArgs& out) {
  Ref& args = out.tuple;
  if (isType(I, positional, I.types.tuple)) {
    args = Ref::borrow(positional);
  } else {
    Type* t = typeOf(I, positional);
    if (!t->iter) {
      raiseTypeError(I, functionStr(I, callable) + " argument after * must be an iterable, not " +
                            std::string(t->name->view()));
    }
    args = Ref::steal(call(I, Value(I.types.tuple), {positional}));
  }
  Tuple* tuple = args.as<Tuple>();
  std::vector<Value>& buffer = out.values;
  if (self) buffer.push_back(self);
  buffer.insert(buffer.end(), tuple->items(), tuple->items() + tuple->size);
  out.npos = buffer.size();
  if (kwargs) {
    Dict* d = static_cast<Dict*>(kwargs.asObject());
    Tuple* names = newTuple(I, d->used);
    out.kwnames = Ref::steal(Value(names));
    int64_t pos = 0, k = 0;
    const DictEntry* e;
    while (dictNext(d, pos, e)) {
      if (!isInstance(I, e->key, I.types.str)) raiseTypeError(I, "keywords must be strings");
      names->items()[k++] = newRef(e->key);
      buffer.push_back(e->value);
    }
  }
}

void prepareRaise(Interp& I, Value exc, Value cause) {
  Ref instance;
  if (isInstance(I, exc, I.types.type) && isSubtype(static_cast<Type*>(exc.asObject()), I.exc.BaseException)) {
    instance = Ref::steal(call(I, exc, {}));
    if (!isInstance(I, instance.get(), I.exc.BaseException))
      raiseTypeError(I, "calling " + reprString(I, exc) +
                            " should have returned an instance of BaseException, not " +
                            std::string(typeName(I, instance.get())));
  } else if (isInstance(I, exc, I.exc.BaseException)) {
    instance = Ref::borrow(exc);
  } else {
    raiseTypeError(I, "exceptions must derive from BaseException");
  }
  auto* e = static_cast<ExceptionObject*>(instance.obj());
  if (cause) {
    Ref causeInstance;
    if (cause.is(I.None())) {
      causeInstance = Ref();
    } else if (isInstance(I, cause, I.types.type) &&
               isSubtype(static_cast<Type*>(cause.asObject()), I.exc.BaseException)) {
      causeInstance = Ref::steal(call(I, cause, {}));
    } else if (isInstance(I, cause, I.exc.BaseException)) {
      causeInstance = Ref::borrow(cause);
    } else {
      raiseTypeError(I, "exception causes must derive from BaseException");
    }
    Value old = e->cause;
    e->cause = causeInstance.release();
    decref(old);
    e->suppressContext = true;
  }
  chainHandledContext(I, e);
  decref(I.pendingException);
  I.pendingException = instance.release();
}

bool exceptionMatches(Interp& I, Value exc, Value type) {
  auto check = [&](Value t) {
    if (!isInstance(I, t, I.types.type) ||
        !isSubtype(static_cast<Type*>(t.asObject()), I.exc.BaseException))
      raiseTypeError(I, "catching classes that do not inherit from BaseException is not allowed");
  };
  if (isType(I, type, I.types.tuple)) {
    Tuple* t = static_cast<Tuple*>(type.asObject());
    for (int64_t i = 0; i < t->size; ++i) check(t->item(i));
    for (int64_t i = 0; i < t->size; ++i)
      if (isInstance(I, exc, static_cast<Type*>(t->item(i).asObject()))) return true;
    return false;
  }
  check(type);
  return isInstance(I, exc, static_cast<Type*>(type.asObject()));
}

Value prepareContext(Interp& I, Value manager, Value& exitOut) {
  Type* t = typeOf(I, manager);
  Value enter = typeLookup(I, t, I.intern("__enter__"));
  Value exit = typeLookup(I, t, I.intern("__exit__"));
  if (!enter || !exit)
    raiseTypeError(I, "'" + std::string(t->name->view()) + "' object does not support the context manager protocol" +
                          (enter ? " (missed __exit__ method)" : ""));
  Ref boundExit = Ref::steal(getAttr(I, manager, I.intern("__exit__")));
  Value boundEnter = getAttr(I, manager, I.intern("__enter__"));
  exitOut = boundExit.release();
  return boundEnter;
}

void exitArguments(Interp& I, Value exc, Value* out) {
  auto* e = static_cast<ExceptionObject*>(exc.asObject());
  out[0] = Value(typeOf(I, exc));
  out[1] = exc;
  out[2] = e->traceback ? e->traceback : I.None();
}

void printExpression(Interp& I, Value v) {
  if (v.is(I.None())) return;
  std::string text = reprString(I, v) + "\n";
  I.host.write(OutputStream::Stdout, text);
  if (I.observer) I.observer->onOutput(OutputStream::Stdout, text);
  dictSetStr(I, I.builtins, "_", v);
}

}  // namespace rw
