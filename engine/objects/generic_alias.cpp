// types.GenericAlias: repr like CPython's (ga_repr), attribute access through to the origin,
// calls that build the origin, equality by origin and arguments.
#include "objects/generic_alias.h"

#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

GenericAlias* asAlias(Value v) {
  return static_cast<GenericAlias*>(v.asObject());
}

// One parameter as ga_repr_item shows it: classes by qualified name, ... as "...".
std::string itemRepr(Interp& I, Value item) {
  if (item.is(Value(I.ellipsis))) return "...";
  if (isType(I, item, I.types.genericAlias)) return reprString(I, item);
  if (isInstance(I, item, I.types.type)) {
    Type* t = static_cast<Type*>(item.asObject());
    std::string module = t->module ? std::string(t->module->view()) : "builtins";
    std::string qualname(t->qualname ? t->qualname->view() : t->name->view());
    if (module == "builtins") return qualname;
    return module + "." + qualname;
  }
  return reprString(I, item);
}

Value aliasRepr(Interp& I, Value self) {
  GenericAlias* a = asAlias(self);
  std::string text = itemRepr(I, a->origin) + "[";
  if (a->args->size == 0) text += "()";
  for (int64_t i = 0; i < a->args->size; ++i)
    text += (i ? ", " : "") + itemRepr(I, a->args->item(i));
  return Value(newStr(I, text + "]"));
}

Value aliasCall(Interp& I, Value self, CallArgs args) {
  return call(I, asAlias(self)->origin, args);
}

Value aliasGetAttr(Interp& I, Value self, Str* name) {
  GenericAlias* a = asAlias(self);
  std::string_view n = name->view();
  if (n == "__origin__") return newRef(a->origin);
  if (n == "__args__") return newRef(Value(a->args));
  if (n == "__parameters__") return Value(newTuple(I, 0));
  if (n == "__class__") return newRef(Value(typeOf(I, self)));
  if (n.starts_with("__") && n.ends_with("__")) return genericGetAttr(I, self, name);
  return getAttr(I, a->origin, name);
}

Value aliasRichCompare(Interp& I, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !isType(I, b, I.types.genericAlias))
    return newRef(Value(I.notImplemented));
  bool same = equals(I, asAlias(a)->origin, asAlias(b)->origin) &&
              equals(I, Value(asAlias(a)->args), Value(asAlias(b)->args));
  return I.boolean(op == CompareOp::Eq ? same : !same);
}

Hash aliasHash(Interp& I, Value self) {
  return hash(I, asAlias(self)->origin) ^ hash(I, Value(asAlias(self)->args));
}

void aliasDestroy(Object* o) {
  GenericAlias* a = static_cast<GenericAlias*>(o);
  decref(a->origin);
  if (a->args) decref(Value(a->args));
}

void aliasTraverse(Object* o, const RefVisitor& visit) {
  GenericAlias* a = static_cast<GenericAlias*>(o);
  if (a->origin) visit(a->origin);
  if (a->args) visit(Value(a->args));
}

void aliasClear(Object* o) {
  GenericAlias* a = static_cast<GenericAlias*>(o);
  decref(std::exchange(a->origin, Value()));
  Tuple* args = std::exchange(a->args, nullptr);
  if (args) decref(Value(args));
}

Value classGetItem(Interp& I, Value cls, CallArgs args) {
  checkArgCount(I, "__class_getitem__", args, 1, 1);
  return newGenericAlias(I, cls, args.args[0]);
}

// types.GenericAlias(origin, args): what a Python class's __class_getitem__ returns
// (collections.defaultdict[str, int]).
Value aliasNew(Interp& I, Type*, CallArgs args) {
  checkNoKeywords(I, "GenericAlias", args);
  checkArgCount(I, "GenericAlias", args, 2, 2);
  return newGenericAlias(I, args.args[0], args.args[1]);
}

}  // namespace

Value newGenericAlias(Interp& I, Value origin, Value args) {
  GenericAlias* a = I.alloc<GenericAlias>(I.types.genericAlias);
  Ref result = Ref::steal(Value(a));
  a->origin = newRef(origin);
  a->args = isType(I, args, I.types.tuple) ? static_cast<Tuple*>(newRef(args).asObject())
                                           : newTupleOf(I, {args});
  return result.release();
}

void initGenericAliasType(Interp& I) {
  Type* t = I.types.genericAlias;
  t->newInstance = aliasNew;
  t->repr = aliasRepr;
  t->call = aliasCall;
  t->getAttr = aliasGetAttr;
  t->richCompare = aliasRichCompare;
  t->hash = aliasHash;
  t->destroy = aliasDestroy;
  t->traverse = aliasTraverse;
  t->clear = aliasClear;
  for (Type* generic : {I.types.list, I.types.dict, I.types.tuple, I.types.set, I.types.frozenset,
                        I.types.enumerate})
    addMethod(I, generic, "__class_getitem__", classGetItem, nullptr, true);
}

}  // namespace rw
