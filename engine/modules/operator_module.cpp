// The operator module: the operators as functions. The getter types (itemgetter, attrgetter,
// methodcaller) are in operator_getters.cpp.
#include <array>
#include <utility>

#include "modules/module_support.h"
#include "modules/native_modules.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

void initOperatorGetters(Interp& I, Module* module);

namespace {

struct BinarySpec {
  const char* name;
  const char* dunder;
  BinaryOp op;
  bool inplace;
};

constexpr std::array kBinary = {
    BinarySpec{"add", "__add__", BinaryOp::Add, false},
    BinarySpec{"sub", "__sub__", BinaryOp::Subtract, false},
    BinarySpec{"mul", "__mul__", BinaryOp::Multiply, false},
    BinarySpec{"matmul", "__matmul__", BinaryOp::MatrixMultiply, false},
    BinarySpec{"truediv", "__truediv__", BinaryOp::TrueDivide, false},
    BinarySpec{"floordiv", "__floordiv__", BinaryOp::FloorDivide, false},
    BinarySpec{"mod", "__mod__", BinaryOp::Remainder, false},
    BinarySpec{"pow", "__pow__", BinaryOp::Power, false},
    BinarySpec{"lshift", "__lshift__", BinaryOp::Lshift, false},
    BinarySpec{"rshift", "__rshift__", BinaryOp::Rshift, false},
    BinarySpec{"and_", "__and__", BinaryOp::And, false},
    BinarySpec{"or_", "__or__", BinaryOp::Or, false},
    BinarySpec{"xor", "__xor__", BinaryOp::Xor, false},
    BinarySpec{"iadd", "__iadd__", BinaryOp::Add, true},
    BinarySpec{"isub", "__isub__", BinaryOp::Subtract, true},
    BinarySpec{"imul", "__imul__", BinaryOp::Multiply, true},
    BinarySpec{"imatmul", "__imatmul__", BinaryOp::MatrixMultiply, true},
    BinarySpec{"itruediv", "__itruediv__", BinaryOp::TrueDivide, true},
    BinarySpec{"ifloordiv", "__ifloordiv__", BinaryOp::FloorDivide, true},
    BinarySpec{"imod", "__imod__", BinaryOp::Remainder, true},
    BinarySpec{"ipow", "__ipow__", BinaryOp::Power, true},
    BinarySpec{"ilshift", "__ilshift__", BinaryOp::Lshift, true},
    BinarySpec{"irshift", "__irshift__", BinaryOp::Rshift, true},
    BinarySpec{"iand", "__iand__", BinaryOp::And, true},
    BinarySpec{"ior", "__ior__", BinaryOp::Or, true},
    BinarySpec{"ixor", "__ixor__", BinaryOp::Xor, true},
};

struct CompareSpec {
  const char* name;
  const char* dunder;
  CompareOp op;
};

constexpr std::array kCompare = {
    CompareSpec{"lt", "__lt__", CompareOp::Lt}, CompareSpec{"le", "__le__", CompareOp::Le},
    CompareSpec{"eq", "__eq__", CompareOp::Eq}, CompareSpec{"ne", "__ne__", CompareOp::Ne},
    CompareSpec{"gt", "__gt__", CompareOp::Gt}, CompareSpec{"ge", "__ge__", CompareOp::Ge},
};

void checkOne(Interp& I, const char* name, CallArgs args) {
  std::string qualified = std::string("_operator.") + name;
  checkNoKeywords(I, qualified, args);
  checkArgCount(I, qualified, args, 1, 1);
}

void checkTwo(Interp& I, const char* name, CallArgs args, size_t count = 2) {
  checkNoKeywords(I, std::string("_operator.") + name, args);
  checkPositional(I, name, args, count, count);
}

template <size_t N>
Value binaryFunction(Interp& I, Value, CallArgs args) {
  constexpr BinarySpec spec = kBinary[N];
  checkTwo(I, spec.name, args);
  return spec.inplace ? inplaceOp(I, args.args[0], args.args[1], spec.op)
                      : binaryOp(I, args.args[0], args.args[1], spec.op);
}

template <size_t N>
Value compareFunction(Interp& I, Value, CallArgs args) {
  constexpr CompareSpec spec = kCompare[N];
  checkTwo(I, spec.name, args);
  return richCompare(I, args.args[0], args.args[1], spec.op);
}

Value opNeg(Interp& I, Value, CallArgs args) {
  checkOne(I, "neg", args);
  return unaryOp(I, args.args[0], UnaryOp::Negative);
}

Value opPos(Interp& I, Value, CallArgs args) {
  checkOne(I, "pos", args);
  return unaryOp(I, args.args[0], UnaryOp::Positive);
}

Value opInvert(Interp& I, Value, CallArgs args) {
  checkOne(I, "invert", args);
  return unaryOp(I, args.args[0], UnaryOp::Invert);
}

Value opInv(Interp& I, Value, CallArgs args) {
  checkOne(I, "inv", args);
  return unaryOp(I, args.args[0], UnaryOp::Invert);
}

Value opAbs(Interp& I, Value, CallArgs args) {
  checkOne(I, "abs", args);
  Value v = args.args[0];
  Type* t = typeOf(I, v);
  if (!t->absolute)
    raiseTypeError(I, "bad operand type for abs(): '" + std::string(t->name->view()) + "'");
  return t->absolute(I, v);
}

Value opNot(Interp& I, Value, CallArgs args) {
  checkOne(I, "not_", args);
  return I.boolean(!truthy(I, args.args[0]));
}

Value opTruth(Interp& I, Value, CallArgs args) {
  checkOne(I, "truth", args);
  return I.boolean(truthy(I, args.args[0]));
}

Value opIndex(Interp& I, Value, CallArgs args) {
  checkOne(I, "index", args);
  return intArg(I, args.args[0]);
}

Value opIs(Interp& I, Value, CallArgs args) {
  checkTwo(I, "is_", args);
  return I.boolean(args.args[0].is(args.args[1]));
}

Value opIsNot(Interp& I, Value, CallArgs args) {
  checkTwo(I, "is_not", args);
  return I.boolean(!args.args[0].is(args.args[1]));
}

Value opContains(Interp& I, Value, CallArgs args) {
  checkTwo(I, "contains", args);
  return I.boolean(contains(I, args.args[0], args.args[1]));
}

Value opGetitem(Interp& I, Value, CallArgs args) {
  checkTwo(I, "getitem", args);
  return getItem(I, args.args[0], args.args[1]);
}

Value opSetitem(Interp& I, Value, CallArgs args) {
  checkTwo(I, "setitem", args, 3);
  setItem(I, args.args[0], args.args[1], args.args[2]);
  return I.None();
}

Value opDelitem(Interp& I, Value, CallArgs args) {
  checkTwo(I, "delitem", args);
  delItem(I, args.args[0], args.args[1]);
  return I.None();
}

// PySequence_Check: indexable and not a mapping.
bool isSequence(Interp& I, Value v) {
  Type* t = typeOf(I, v);
  return t->getItem && !isSubtype(t, I.types.dict);
}

Value concat(Interp& I, CallArgs args, const char* name, bool inplace) {
  checkTwo(I, name, args);
  Value a = args.args[0], b = args.args[1];
  if (!isSequence(I, a))
    raiseTypeError(I, "'" + std::string(typeName(I, a)) + "' object can't be concatenated");
  return inplace ? inplaceOp(I, a, b, BinaryOp::Add) : binaryOp(I, a, b, BinaryOp::Add);
}

Value opConcat(Interp& I, Value, CallArgs args) {
  return concat(I, args, "concat", false);
}
Value opIconcat(Interp& I, Value, CallArgs args) {
  return concat(I, args, "iconcat", true);
}

// CPython's sequence search wording for a non-iterable container.
Value searchIterator(Interp& I, Value container) {
  if (!typeOf(I, container)->iter)
    raiseTypeError(I, "argument of type '" + std::string(typeName(I, container)) + "' is not iterable");
  return getIter(I, container);
}

Value opCountOf(Interp& I, Value, CallArgs args) {
  checkTwo(I, "countOf", args);
  Ref it = Ref::steal(searchIterator(I, args.args[0]));
  int64_t count = 0;
  while (Ref item = Ref::steal(iterNext(I, it.get())))
    if (equals(I, item.get(), args.args[1])) ++count;
  return newInt(I, count);
}

Value opIndexOf(Interp& I, Value, CallArgs args) {
  checkTwo(I, "indexOf", args);
  Ref it = Ref::steal(searchIterator(I, args.args[0]));
  int64_t position = 0;
  while (Ref item = Ref::steal(iterNext(I, it.get()))) {
    if (equals(I, item.get(), args.args[1])) return newInt(I, position);
    ++position;
  }
  raiseValueError(I, "sequence.index(x): x not in sequence");
}

Value opLengthHint(Interp& I, Value, CallArgs args) {
  checkNoKeywords(I, "_operator.length_hint", args);
  checkPositional(I, "length_hint", args, 1, 2);
  Value obj = args.args[0];
  int64_t fallback = 0;
  if (args.nargs == 2) {
    Value d = args.args[1];
    if (!isInt(I, d))
      raiseTypeError(
          I, "'" + std::string(typeName(I, d)) + "' object cannot be interpreted as an integer");
    fallback = asSsize(I, d, I.exc.OverflowError);
  }
  if (typeOf(I, obj)->length) return newInt(I, length(I, obj));
  Ref hint = Ref::steal(callSpecialMethod(I, obj, "__length_hint__"));
  if (!hint || hint.get().is(Value(I.notImplemented))) return newInt(I, fallback);
  if (!isInt(I, hint.get()))
    raiseTypeError(
        I, "__length_hint__ must be an integer, not " + std::string(typeName(I, hint.get())));
  int64_t n = asSsize(I, hint.get(), I.exc.OverflowError);
  if (n < 0) raiseValueError(I, "__length_hint__() should return >= 0");
  return newInt(I, n);
}

Value opCall(Interp& I, Value, CallArgs args) {
  if (args.nargs == 0) raiseTypeError(I, "call() missing required argument 'obj' (pos 1)");
  return call(I, args.args[0], CallArgs{args.args + 1, args.nargs - 1, args.kwnames});
}

void addWithAlias(Interp& I, Module* module, const char* name, const char* dunder,
                  NativeFunction fn) {
  addModuleFunction(I, module, name, fn);
  if (dunder) addModuleValue(I, module, dunder, dictGetStr(I, module->dict, name));
}

template <size_t... N>
void addBinaryFunctions(Interp& I, Module* module, std::index_sequence<N...>) {
  (addWithAlias(I, module, kBinary[N].name, kBinary[N].dunder, binaryFunction<N>), ...);
}

template <size_t... N>
void addCompareFunctions(Interp& I, Module* module, std::index_sequence<N...>) {
  (addWithAlias(I, module, kCompare[N].name, kCompare[N].dunder, compareFunction<N>), ...);
}

}  // namespace

void initOperatorModule(Interp& I, Module* module) {
  addBinaryFunctions(I, module, std::make_index_sequence<kBinary.size()>());
  addCompareFunctions(I, module, std::make_index_sequence<kCompare.size()>());
  const struct {
    const char* name;
    const char* dunder;
    NativeFunction fn;
  } functions[] = {
      {"neg", "__neg__", opNeg},
      {"pos", "__pos__", opPos},
      {"invert", "__invert__", opInvert},
      {"inv", "__inv__", opInv},
      {"abs", "__abs__", opAbs},
      {"not_", "__not__", opNot},
      {"truth", nullptr, opTruth},
      {"index", "__index__", opIndex},
      {"is_", nullptr, opIs},
      {"is_not", nullptr, opIsNot},
      {"contains", "__contains__", opContains},
      {"getitem", "__getitem__", opGetitem},
      {"setitem", "__setitem__", opSetitem},
      {"delitem", "__delitem__", opDelitem},
      {"concat", "__concat__", opConcat},
      {"iconcat", "__iconcat__", opIconcat},
      {"countOf", nullptr, opCountOf},
      {"indexOf", nullptr, opIndexOf},
      {"length_hint", nullptr, opLengthHint},
      {"call", "__call__", opCall},
  };
  for (const auto& f : functions)
    addWithAlias(I, module, f.name, f.dunder, f.fn);
  initOperatorGetters(I, module);
}

}  // namespace rw
