#include "objects/union_type.h"

#include <string>
#include <vector>

#include "objects/generic_alias.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/snapshot.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

struct UnionType : Object {
  Tuple* args = nullptr;
};

Type* unionType(Interp& I) {
  return static_cast<Type*>(I.findStatic("type:types.UnionType"));
}

UnionType* asUnion(Value v) {
  return static_cast<UnionType*>(v.asObject());
}

bool unionable(Interp& I, Value v) {
  return v.is(I.None()) || isInstance(I, v, I.types.type) || isType(I, v, I.types.genericAlias) ||
         isType(I, v, unionType(I));
}

// The members an operand contributes: a union's own, NoneType for None, or itself.
void addMembers(Interp& I, Value v, std::vector<Value>& members) {
  if (Tuple* args = unionArgs(I, v)) {
    for (int64_t i = 0; i < args->size; ++i)
      addMembers(I, args->item(i), members);
    return;
  }
  Value member = v.is(I.None()) ? Value(typeOf(I, v)) : v;
  for (Value seen : members)
    if (seen.is(member) || (!isInstance(I, member, I.types.type) && equals(I, seen, member)))
      return;
  members.push_back(member);
}

// A member as union_repr shows it: None, builtins by name, other classes by module.qualname.
std::string memberRepr(Interp& I, Value v) {
  if (v.is(Value(typeOf(I, I.None())))) return "None";
  if (isInstance(I, v, I.types.type) && !isType(I, v, I.types.genericAlias)) {
    Type* t = static_cast<Type*>(v.asObject());
    std::string qualname(t->qualname ? t->qualname->view() : t->name->view());
    if (!t->module || t->module->view() == "builtins") return qualname;
    return std::string(t->module->view()) + "." + qualname;
  }
  return reprString(I, v);
}

Value unionRepr(Interp& I, Value self) {
  Tuple* args = asUnion(self)->args;
  std::string text;
  for (int64_t i = 0; i < args->size; ++i)
    text += (i ? " | " : "") + memberRepr(I, args->item(i));
  return Value(newStr(I, text));
}

bool sameMembers(Interp& I, Tuple* a, Tuple* b) {
  if (a->size != b->size) return false;
  for (int64_t i = 0; i < a->size; ++i) {
    bool found = false;
    for (int64_t k = 0; k < b->size && !found; ++k)
      found = equals(I, a->item(i), b->item(k));
    if (!found) return false;
  }
  return true;
}

// Unions are equal when they have the same members, in any order.
Value unionRichCompare(Interp& I, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !isType(I, b, unionType(I)))
    return newRef(Value(I.notImplemented));
  bool same = sameMembers(I, asUnion(a)->args, asUnion(b)->args);
  return I.boolean(op == CompareOp::Eq ? same : !same);
}

Hash unionHash(Interp& I, Value self) {
  Tuple* args = asUnion(self)->args;
  Hash h = 0;
  for (int64_t i = 0; i < args->size; ++i)
    h ^= hash(I, args->item(i));
  return h == -1 ? -2 : h;
}

Value unionGetAttr(Interp& I, Value self, Str* name) {
  if (name->view() == "__args__") return newRef(Value(asUnion(self)->args));
  if (name->view() == "__parameters__") return Value(newTuple(I, 0));
  return genericGetAttr(I, self, name);
}

void unionDestroy(Object* o) {
  UnionType* u = static_cast<UnionType*>(o);
  Tuple* args = u->args;
  u->args = nullptr;
  if (args) decref(Value(args));
}

void unionTraverse(Object* o, const RefVisitor& visit) {
  if (Tuple* args = static_cast<UnionType*>(o)->args) visit(Value(args));
}

void unionWrite(Interp&, Object* o, SnapshotEncoder& e) {
  e.object(static_cast<UnionType*>(o)->args);
}

Object* unionAllocate(Interp& I, Type* type, SnapshotDecoder&) {
  void* memory = I.allocateRaw(sizeof(UnionType), type->hasFlag(kTypeGc));
  return new (memory) UnionType();
}

void unionRead(Interp&, Object* o, SnapshotDecoder& d) {
  static_cast<UnionType*>(o)->args = d.object<Tuple>();
}

const SnapshotCodec kUnionCodec{unionWrite, unionAllocate, unionRead, nullptr, false};

}  // namespace

Tuple* unionArgs(Interp& I, Value v) {
  return isType(I, v, unionType(I)) ? asUnion(v)->args : nullptr;
}

Value unionOr(Interp& I, Value a, Value b) {
  if (!unionable(I, a) || !unionable(I, b)) return newRef(Value(I.notImplemented));
  std::vector<Value> members;
  addMembers(I, a, members);
  addMembers(I, b, members);
  if (members.size() == 1) return newRef(members[0]);
  UnionType* u = I.alloc<UnionType>(unionType(I));
  u->args = newTupleFrom(I, members.data(), static_cast<int64_t>(members.size()));
  return Value(u);
}

void initUnionType(Interp& I) {
  Type* t = newStaticType(I, "types.UnionType", I.types.object, sizeof(UnionType), kTypeGc);
  decref(static_cast<Object*>(t->qualname));
  t->qualname = newRef(I.intern("UnionType"));
  t->module = newRef(I.intern("types"));
  t->repr = unionRepr;
  t->richCompare = unionRichCompare;
  t->hash = unionHash;
  t->getAttr = unionGetAttr;
  t->destroy = unionDestroy;
  t->clear = unionDestroy;
  t->traverse = unionTraverse;
  constexpr int kOr = static_cast<int>(BinaryOp::Or);
  for (Type* operand : {t, I.types.type, I.types.genericAlias})
    operand->binary[kOr] = unionOr;
  registerSnapshotCodec(I, t, &kUnionCodec);
}

}  // namespace rw
