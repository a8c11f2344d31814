// Copying built-in values into instances of their subclasses.
#include "objects/builtin_subclass.h"

#include "objects/class.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"

namespace rw {

bool buildsBySubtypeCopy(Interp& I, Type* native) {
  return native == I.types.int_ || native == I.types.float_ || native == I.types.tuple;
}

Value instanceOfSubtype(Interp& I, Value made, Type* type) {
  if (!type->hasFlag(kTypeHeap) || isInstance(I, made, type)) return made;
  Ref held = Ref::steal(made);
  Type* native = nativeBase(type);
  if (native == I.types.int_ && isInt(I, made)) {
    Int* i = I.alloc<Int>(type);
    i->value = toBigInt(made);
    return Value(i);
  }
  if (native == I.types.float_ && isInstance(I, made, I.types.float_)) {
    Float* f = I.alloc<Float>(type);
    f->value = static_cast<Float*>(made.asObject())->value;
    return Value(f);
  }
  if (native == I.types.tuple && isInstance(I, made, I.types.tuple)) {
    Tuple* from = static_cast<Tuple*>(made.asObject());
    Tuple* t = I.alloc<Tuple>(type, varSizeTail(type, sizeof(Value) * static_cast<size_t>(from->size)));
    t->size = from->size;
    for (int64_t i = 0; i < from->size; ++i)
      new (&t->items()[i]) Value(newRef(from->item(i)));
    clearTrailingWords(t, type);
    return Value(t);
  }
  return held.release();
}

Value builtinSubtypeNew(Interp& I, Type* type, CallArgs args) {
  Type* native = nativeBase(type);
  return instanceOfSubtype(I, native->newInstance(I, type, args), type);
}

}  // namespace rw
