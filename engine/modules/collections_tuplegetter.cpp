// _collections._tuplegetter(index, doc): the read-only field descriptors of the classes
// collections.namedtuple makes (p.x is p[0]).
#include <string>

#include "modules/module_snapshot.h"
#include "modules/module_support.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

struct TupleGetter : Object {
  int64_t index = 0;
  Value doc;
};

TupleGetter* asGetter(Value v) {
  return static_cast<TupleGetter*>(v.asObject());
}

void getterDestroy(Object* o) {
  TupleGetter* g = static_cast<TupleGetter*>(o);
  Value doc = g->doc;
  g->doc = Value();
  decref(doc);
}

void getterTraverse(Object* o, const RefVisitor& visit) {
  TupleGetter* g = static_cast<TupleGetter*>(o);
  if (g->doc) visit(g->doc);
}

Value getterNew(Interp& I, Type* type, CallArgs args) {
  checkNoKeywords(I, "_tuplegetter", args);
  checkPositional(I, "_tuplegetter", args, 2, 2);
  int64_t index = asSsize(I, args.args[0], I.exc.OverflowError);
  TupleGetter* g = I.alloc<TupleGetter>(type);
  g->index = index;
  g->doc = newRef(args.args[1]);
  return Value(g);
}

Value getterGet(Interp& I, Value descr, Value obj, Value) {
  if (!obj || obj.is(I.None())) return newRef(descr);
  TupleGetter* g = asGetter(descr);
  if (!isInstance(I, obj, I.types.tuple))
    raiseTypeError(I, "descriptor for index '" + std::to_string(g->index) +
                          "' for tuple subclasses doesn't apply to '" +
                          std::string(typeName(I, obj)) + "' object");
  Tuple* t = static_cast<Tuple*>(obj.asObject());
  if (g->index < 0 || g->index >= t->size)
    raiseError(I, I.exc.IndexError, "tuple index out of range");
  return newRef(t->item(g->index));
}

void getterSet(Interp& I, Value, Value, Value value) {
  raiseError(I, I.exc.AttributeError, value ? "can't set attribute" : "can't delete attribute");
}

Value getterRepr(Interp& I, Value self) {
  TupleGetter* g = asGetter(self);
  return Value(
      newStr(I, "_tuplegetter(" + std::to_string(g->index) + ", " + reprString(I, g->doc) + ")"));
}

Value getterGetAttr(Interp& I, Value self, Str* name) {
  if (name->view() == "__doc__") return newRef(asGetter(self)->doc);
  return genericGetAttr(I, self, name);
}

void getterSetAttr(Interp& I, Value self, Str* name, Value value) {
  if (name->view() != "__doc__") {
    genericSetAttr(I, self, name, value);
    return;
  }
  TupleGetter* g = asGetter(self);
  Value old = g->doc;
  g->doc = newRef(value ? value : I.None());
  if (I.observer) I.observer->onWrite(g);
  decref(old);
}

Value getterReduce(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__reduce__", args, 0, 0);
  TupleGetter* g = asGetter(self);
  Ref index = Ref::steal(Value::smallInt(g->index));
  Ref constructorArgs = Ref::steal(Value(newTupleOf(I, {index.get(), g->doc})));
  return Value(newTupleOf(I, {Value(g->type), constructorArgs.get()}));
}

void getterWrite(Interp&, Object* o, SnapshotEncoder& e) {
  TupleGetter* g = static_cast<TupleGetter*>(o);
  e.w.svarint(g->index);
  e.value(g->doc);
}

void getterRead(Interp&, Object* o, SnapshotDecoder& d) {
  TupleGetter* g = static_cast<TupleGetter*>(o);
  g->index = d.r.svarint();
  g->doc = d.value();
}

const SnapshotCodec kGetterCodec{getterWrite, module_snapshot::allocate<TupleGetter>, getterRead,
                                 nullptr, false};

}  // namespace

void initTupleGetterType(Interp& I, Module* module) {
  Type* t = newModuleType(I, module, "_tuplegetter", sizeof(TupleGetter), kTypeGc);
  t->newInstance = getterNew;
  t->destroy = getterDestroy;
  t->clear = getterDestroy;
  t->traverse = getterTraverse;
  t->descrGet = getterGet;
  t->descrSet = getterSet;
  t->repr = getterRepr;
  t->getAttr = getterGetAttr;
  t->setAttr = getterSetAttr;
  addMethod(I, t, "__reduce__", getterReduce);
  registerSnapshotCodec(I, t, &kGetterCodec);
  addModuleValue(I, module, "_tuplegetter", Value(t));
  decref(Value(t));
}

}  // namespace rw
