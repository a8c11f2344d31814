#include "modules/struct_sequence.h"

#include <string>

#include "modules/module_support.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/repr_guard.h"

namespace rw {

namespace {

Tuple* fieldsOf(Interp& I, Value self) {
  return static_cast<Tuple*>(dictGetStr(I, typeOf(I, self)->dict, "_fields").asObject());
}

Value structRepr(Interp& I, Value self) {
  ReprGuard guard(I, self);
  std::string name(typeName(I, self));
  if (guard.recursive()) return Value(newStr(I, name + "(...)"));
  Tuple* t = static_cast<Tuple*>(self.asObject());
  Tuple* fields = fieldsOf(I, self);
  std::string text = name + "(";
  for (int64_t i = 0; i < t->size && i < fields->size; ++i) {
    if (i) text += ", ";
    text += std::string(strView(fields->item(i))) + "=" + reprString(I, t->item(i));
  }
  return Value(newStr(I, text + ")"));
}

Value structGetAttr(Interp& I, Value self, Str* name) {
  Tuple* t = static_cast<Tuple*>(self.asObject());
  Tuple* fields = fieldsOf(I, self);
  for (int64_t i = 0; i < fields->size && i < t->size; ++i)
    if (strView(fields->item(i)) == name->view()) return newRef(t->item(i));
  return genericGetAttr(I, self, name);
}

}  // namespace

Type* newStructSequenceType(Interp& I, Module* module, std::string_view name,
                            std::string_view displayName,
                            std::initializer_list<const char*> fields) {
  Type* t = newModuleType(I, module, name, sizeof(Tuple), kTypeGc, I.types.tuple);
  decref(static_cast<Object*>(t->name));
  t->name = newRef(I.intern(displayName));
  t->repr = structRepr;
  t->getAttr = structGetAttr;
  Tuple* names = newTuple(I, static_cast<int64_t>(fields.size()));
  int64_t i = 0;
  for (const char* field : fields)
    names->items()[i++] = newRef(Value(I.intern(field)));
  dictSetStr(I, t->dict, "_fields", Value(names));
  decref(Value(names));
  return t;
}

Value newStructSequence(Interp& I, Type* type, std::initializer_list<Value> values) {
  Tuple* t = I.alloc<Tuple>(type, sizeof(Value) * values.size());
  t->size = static_cast<int64_t>(values.size());
  int64_t i = 0;
  for (Value v : values)
    new (&t->items()[i++]) Value(newRef(v));
  return Value(t);
}

}  // namespace rw
