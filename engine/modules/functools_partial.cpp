// functools.partial: a callable with some arguments fixed. Like CPython, a partial of a
// partial (without instance attributes) is flattened into one.
#include "modules/functools.h"
#include "modules/module_snapshot.h"
#include "modules/module_support.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/repr_guard.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

struct Partial : Object {
  Value func;
  Value args;      // tuple
  Value keywords;  // dict
  Dict* dict = nullptr;
};

Partial* asPartial(Value v) {
  return static_cast<Partial*>(v.asObject());
}

Dict** partialDict(Object* o) {
  return &static_cast<Partial*>(o)->dict;
}

void partialRelease(Partial* p) {
  Value values[] = {p->func, p->args, p->keywords, p->dict ? Value(p->dict) : Value()};
  p->func = p->args = p->keywords = Value();
  p->dict = nullptr;
  for (Value v : values)
    decref(v);
}
void partialDestroy(Object* o) {
  partialRelease(asPartial(o));
}
void partialTraverse(Object* o, const RefVisitor& visit) {
  Partial* p = asPartial(o);
  for (Value v : {p->func, p->args, p->keywords, p->dict ? Value(p->dict) : Value()})
    if (v) visit(v);
}

Value partialCall(Interp& I, Value self, CallArgs args);

Value partialNew(Interp& I, Type* type, CallArgs args) {
  if (args.nargs < 1) raiseTypeError(I, "type 'partial' takes at least one argument");
  Value func = args.args[0];
  Value innerArgs, innerKeywords;
  // Any object called like a partial has a partial's layout (CPython's tp_call test).
  if (typeOf(I, func)->call == partialCall && !asPartial(func)->dict) {
    innerArgs = asPartial(func)->args;
    innerKeywords = asPartial(func)->keywords;
    func = asPartial(func)->func;
  }
  if (!typeOf(I, func)->call) raiseTypeError(I, "the first argument must be callable");
  Tuple* inner = innerArgs ? static_cast<Tuple*>(innerArgs.asObject()) : nullptr;
  int64_t innerCount = inner ? inner->size : 0;
  int64_t count = innerCount + static_cast<int64_t>(args.nargs) - 1;
  Ref allArgs = Ref::steal(Value(newTuple(I, count)));
  Tuple* t = allArgs.as<Tuple>();
  for (int64_t i = 0; i < innerCount; ++i)
    t->items()[i] = newRef(inner->item(i));
  for (size_t i = 1; i < args.nargs; ++i)
    t->items()[innerCount + i - 1] = newRef(args.args[i]);
  Ref keywords = Ref::steal(Value(
      innerKeywords ? dictCopy(I, static_cast<Dict*>(innerKeywords.asObject())) : newDict(I)));
  for (size_t k = 0; k < args.nkw(); ++k)
    dictSet(I, keywords.as<Dict>(), args.kwnames->item(static_cast<int64_t>(k)), args.kwValue(k));
  Partial* p = I.alloc<Partial>(type);
  p->func = newRef(func);
  p->args = allArgs.release();
  p->keywords = keywords.release();
  return Value(p);
}

Value partialCall(Interp& I, Value self, CallArgs args) {
  Partial* p = asPartial(self);
  Ref keep = Ref::borrow(self);
  Tuple* fixed = static_cast<Tuple*>(p->args.asObject());
  std::vector<Value> positional(fixed->items(), fixed->items() + fixed->size);
  positional.insert(positional.end(), args.args, args.args + args.nargs);
  Dict* keywords = static_cast<Dict*>(p->keywords.asObject());
  Ref merged;
  if (args.nkw()) {
    merged = Ref::steal(Value(dictCopy(I, keywords)));
    for (size_t k = 0; k < args.nkw(); ++k)
      dictSet(I, merged.as<Dict>(), args.kwnames->item(static_cast<int64_t>(k)), args.kwValue(k));
    keywords = merged.as<Dict>();
  }
  Ref func = Ref::borrow(p->func);
  return callWithKeywords(I, func.get(), positional, keywords);
}

Value partialRepr(Interp& I, Value self) {
  ReprGuard guard(I, self);
  if (guard.recursive()) return Value(newStr(I, "..."));
  Partial* p = asPartial(self);
  std::string text;
  Tuple* fixed = static_cast<Tuple*>(p->args.asObject());
  for (int64_t i = 0; i < fixed->size; ++i)
    text += ", " + reprString(I, fixed->item(i));
  int64_t pos = 0;
  const DictEntry* e;
  while (dictNext(static_cast<Dict*>(p->keywords.asObject()), pos, e)) {
    Ref value = Ref::borrow(e->value);
    text += ", " + strString(I, e->key) + "=" + reprString(I, value.get());
  }
  return Value(
      newStr(I, std::string(typeName(I, self)) + "(" + reprString(I, p->func) + text + ")"));
}

Value partialGetAttr(Interp& I, Value self, Str* name) {
  Partial* p = asPartial(self);
  std::string_view n = name->view();
  if (n == "func") return newRef(p->func);
  if (n == "args") return newRef(p->args);
  if (n == "keywords") return newRef(p->keywords);
  return genericGetAttr(I, self, name);
}

void partialSetAttr(Interp& I, Value self, Str* name, Value value) {
  std::string_view n = name->view();
  if (n == "func" || n == "args" || n == "keywords")
    raiseError(I, I.exc.AttributeError, "readonly attribute");
  genericSetAttr(I, self, name, value);
}

void partialWrite(Interp&, Object* o, SnapshotEncoder& e) {
  Partial* p = asPartial(o);
  e.value(p->func);
  e.value(p->args);
  e.value(p->keywords);
  e.object(p->dict);
}
void partialRead(Interp&, Object* o, SnapshotDecoder& d) {
  Partial* p = asPartial(o);
  p->func = d.value();
  p->args = d.value();
  p->keywords = d.value();
  p->dict = d.object<Dict>();
}

const SnapshotCodec kPartialCodec{partialWrite, module_snapshot::allocate<Partial>, partialRead,
                                  nullptr, false};

}  // namespace

Type* partialType(Interp& I) {
  return static_cast<Type*>(I.findStatic("type:functools.partial"));
}

Value newPartial(Interp& I, Value func, const std::vector<Value>& args, Tuple* kwnames,
                 const std::vector<Value>& kwvalues) {
  std::vector<Value> argv{func};
  argv.insert(argv.end(), args.begin(), args.end());
  argv.insert(argv.end(), kwvalues.begin(), kwvalues.end());
  return partialNew(I, partialType(I), CallArgs{argv.data(), args.size() + 1, kwnames});
}

void initFunctoolsPartial(Interp& I, Module* module) {
  Type* t =
      newModuleType(I, module, "partial", sizeof(Partial), kTypeGc | kTypeHasDict | kTypeBaseType);
  t->instanceDict = partialDict;
  t->newInstance = partialNew;
  t->destroy = partialDestroy;
  t->clear = partialDestroy;
  t->traverse = partialTraverse;
  t->call = partialCall;
  t->repr = partialRepr;
  t->getAttr = partialGetAttr;
  t->setAttr = partialSetAttr;
  registerSnapshotCodec(I, t, &kPartialCodec);
  addModuleValue(I, module, "partial", Value(t));
}

}  // namespace rw
