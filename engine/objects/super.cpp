// super(): attribute lookup that starts after a given class in an object's MRO. The
// zero-argument form reads the calling method's first argument and its __class__ cell.
#include "objects/cell.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/frame.h"
#include "runtime/protocols.h"
#include "runtime/snapshot.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

struct Super : Object {
  Type* start = nullptr;    // lookup starts after this class
  Value obj;                // the instance (or class) attributes are bound to
  Type* objType = nullptr;  // whose MRO is searched
};

Super* asSuper(Value v) { return static_cast<Super*>(v.asObject()); }

void superDestroy(Object* o) {
  Super* s = static_cast<Super*>(o);
  if (s->start) decref(Value(s->start));
  decref(s->obj);
  if (s->objType) decref(Value(s->objType));
}

void superTraverse(Object* o, const RefVisitor& visit) {
  Super* s = static_cast<Super*>(o);
  if (s->start) visit(Value(s->start));
  if (s->obj) visit(s->obj);
  if (s->objType) visit(Value(s->objType));
}

Value superNew(Interp& I, Type* type, CallArgs) { return Value(I.alloc<Super>(type)); }

// The class whose MRO super() searches for `obj`.
Type* checkSuper(Interp& I, Type* type, Value obj) {
  if (isInstance(I, obj, I.types.type) && isSubtype(static_cast<Type*>(obj.asObject()), type))
    return static_cast<Type*>(obj.asObject());
  if (isInstance(I, obj, type)) return typeOf(I, obj);
  raiseTypeError(I, "super(type, obj): obj must be an instance or subtype of type");
}

void superInit(Interp& I, Value self, CallArgs args) {
  checkNoKeywords(I, "super", args);
  checkArgCount(I, "super", args, 0, 2);
  Value typeValue, obj;
  if (args.nargs == 0) {
    // The method calling super(): its first argument and the __class__ cell.
    Frame* f = I.frame;
    if (!f || !f->function || f->code->argcount == 0) raiseError(I, I.exc.RuntimeError, "super(): no arguments");
    Code* code = f->code;
    obj = f->localsplus()[0];
    for (size_t i = 0; i < code->cellArgs.size(); ++i)
      if (code->cellArgs[i] == 0) {
        Value cell = f->localsplus()[code->nlocals() + static_cast<int32_t>(i)];
        obj = cell ? static_cast<Cell*>(cell.asObject())->contents : Value();
      }
    if (!obj) raiseError(I, I.exc.RuntimeError, "super(): arg[0] deleted");
    for (int64_t i = 0; i < code->freevars->size; ++i) {
      if (strView(code->freevars->item(i)) != "__class__") continue;
      Value cell = f->localsplus()[code->nlocals() + code->ncells() + static_cast<int32_t>(i)];
      typeValue = cell ? static_cast<Cell*>(cell.asObject())->contents : Value();
      if (!typeValue) raiseError(I, I.exc.RuntimeError, "super(): empty __class__ cell");
    }
    if (!typeValue) raiseError(I, I.exc.RuntimeError, "super(): __class__ cell not found");
    if (!isInstance(I, typeValue, I.types.type))
      raiseError(I, I.exc.RuntimeError, "super(): __class__ is not a type (" + std::string(typeName(I, typeValue)) + ")");
  } else {
    typeValue = args.args[0];
    if (!isInstance(I, typeValue, I.types.type))
      raiseTypeError(I, "super() argument 1 must be a type, not " + std::string(typeName(I, typeValue)));
    if (args.nargs == 2) obj = args.args[1];
  }
  Super* s = asSuper(self);
  Type* type = static_cast<Type*>(typeValue.asObject());
  Type* objType = obj && !obj.is(I.None()) ? checkSuper(I, type, obj) : nullptr;
  s->start = newRef(type);
  if (objType) {
    s->obj = newRef(obj);
    s->objType = newRef(objType);
  }
}

Value superGetAttr(Interp& I, Value self, Str* name) {
  Super* s = asSuper(self);
  if (s->objType && name != I.names.__class__) {
    Tuple* mro = s->objType->mro;
    int64_t i = 0;
    while (i < mro->size && !mro->item(i).is(Value(s->start))) ++i;
    for (++i; i < mro->size; ++i) {
      Type* t = static_cast<Type*>(mro->item(i).asObject());
      Value v = t->dict ? dictGetStr(I, t->dict, name) : Value();
      if (!v) continue;
      Type* vt = typeOf(I, v);
      if (!vt->descrGet) return newRef(v);
      Value bindTo = s->obj.is(Value(s->objType)) ? Value() : s->obj;
      return vt->descrGet(I, v, bindTo, Value(s->objType));
    }
  }
  return genericGetAttr(I, self, name);
}

Value superRepr(Interp& I, Value self) {
  Super* s = asSuper(self);
  std::string text = "<super: <class '" + std::string(s->start ? s->start->name->view() : "NULL") + "'>, ";
  text += s->objType ? "<" + std::string(s->objType->name->view()) + " object>>" : "NULL>";
  return Value(newStr(I, text));
}

void superWrite(Interp&, Object* o, SnapshotEncoder& e) {
  Super* s = static_cast<Super*>(o);
  e.object(s->start);
  e.value(s->obj);
  e.object(s->objType);
}
Object* superAllocate(Interp& I, Type* type, SnapshotDecoder&) {
  void* memory = I.allocateRaw(std::max<size_t>(sizeof(Super), type->basicSize), type->hasFlag(kTypeGc));
  return new (memory) Super();
}
void superRead(Interp&, Object* o, SnapshotDecoder& d) {
  Super* s = static_cast<Super*>(o);
  s->start = d.object<Type>();
  s->obj = d.value();
  s->objType = d.object<Type>();
}
const SnapshotCodec kSuper{superWrite, superAllocate, superRead, nullptr, false, nullptr};

}  // namespace

void registerSuperSnapshotCodec(Interp& I) { registerSnapshotCodec(I, I.types.super, &kSuper); }

void initSuperType(Interp& I) {
  Type* t = I.types.super;
  t->basicSize = sizeof(Super);
  t->destroy = superDestroy;
  t->traverse = superTraverse;
  t->newInstance = superNew;
  t->init = superInit;
  t->getAttr = superGetAttr;
  t->repr = superRepr;
}

}  // namespace rw
