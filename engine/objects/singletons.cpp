// None, NotImplemented, Ellipsis, and bool with its two instances.
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

Value noneRepr(Interp& I, Value) { return newRef(Value(I.intern("None"))); }
Value notImplementedRepr(Interp& I, Value) { return newRef(Value(I.intern("NotImplemented"))); }
Value ellipsisRepr(Interp& I, Value) { return newRef(Value(I.intern("Ellipsis"))); }
bool noneTruth(Interp&, Value) { return false; }
Hash noneHash(Interp&, Value) { return 0xFCA86420; }

Value boolRepr(Interp& I, Value v) {
  return newRef(Value(I.intern(v.is(I.boolean(true)) ? "True" : "False")));
}

Value boolNew(Interp& I, Type*, CallArgs args) {
  checkNoKeywords(I, "bool", args);
  checkArgCount(I, "bool", args, 0, 1);
  return args.nargs ? I.boolean(truthy(I, args.args[0])) : I.boolean(false);
}

Value noneNew(Interp& I, Type*, CallArgs args) {
  if (args.nargs || args.nkw()) raiseTypeError(I, "NoneType takes no arguments");
  return I.None();
}

// &, | and ^ of two bools stay bools; anything else is int arithmetic.
Value boolBitwise(Interp& I, Value a, Value b, BinaryOp op) {
  if (isType(I, a, I.types.bool_) && isType(I, b, I.types.bool_)) {
    bool x = a.is(I.boolean(true)), y = b.is(I.boolean(true));
    bool r = op == BinaryOp::And ? (x && y) : op == BinaryOp::Or ? (x || y) : (x != y);
    return I.boolean(r);
  }
  return I.types.int_->binary[static_cast<int>(op)](I, a, b);
}
Value boolAnd(Interp& I, Value a, Value b) { return boolBitwise(I, a, b, BinaryOp::And); }
Value boolOr(Interp& I, Value a, Value b) { return boolBitwise(I, a, b, BinaryOp::Or); }
Value boolXor(Interp& I, Value a, Value b) { return boolBitwise(I, a, b, BinaryOp::Xor); }

}  // namespace

void createSingletonObjects(Interp& I) {
  I.none = I.alloc<Object>(I.types.noneType);
  I.notImplemented = I.alloc<Object>(I.types.notImplementedType);
  I.ellipsis = I.alloc<Object>(I.types.ellipsisType);
  Int* t = I.alloc<Int>(I.types.bool_);
  t->value = support::BigInt(1);
  Int* f = I.alloc<Int>(I.types.bool_);
  f->value = support::BigInt(0);
  I.trueObj = t;
  I.falseObj = f;
  for (Object* o : {I.none, I.notImplemented, I.ellipsis, I.trueObj, I.falseObj}) {
    o->flags |= kImmortal;
    o->refcnt = 1u << 30;
  }
  I.registerStatic("None", I.none);
  I.registerStatic("NotImplemented", I.notImplemented);
  I.registerStatic("Ellipsis", I.ellipsis);
  I.registerStatic("True", I.trueObj);
  I.registerStatic("False", I.falseObj);
}

void initSingletonTypes(Interp& I) {
  I.types.noneType->repr = noneRepr;
  I.types.noneType->truth = noneTruth;
  I.types.noneType->hash = noneHash;
  I.types.noneType->newInstance = noneNew;
  I.types.notImplementedType->repr = notImplementedRepr;
  I.types.ellipsisType->repr = ellipsisRepr;
}

void initBoolType(Interp& I) {
  Type* t = I.types.bool_;
  t->repr = boolRepr;
  t->newInstance = boolNew;
  t->binary[static_cast<int>(BinaryOp::And)] = boolAnd;
  t->binary[static_cast<int>(BinaryOp::Or)] = boolOr;
  t->binary[static_cast<int>(BinaryOp::Xor)] = boolXor;
}

}  // namespace rw
