// The special methods int and float answer by name, as CPython's do: __round__, __floor__,
// __ceil__, __trunc__, __divmod__, __rdivmod__ and __getnewargs__ (and float.__getformat__).
// round() and math.floor/ceil/trunc call them for subclasses and for other numbers; exact
// ints and floats take the same code directly.
#include <cmath>
#include <string>

#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/number_special_methods.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"
#include "support/float_format.h"

namespace rw {

Value roundInt(Interp& I, Value number, Value ndigits) {
  if (!ndigits || ndigits.is(I.None())) return newIntFromBig(I, toBigInt(number));
  int64_t nd = asSsize(I, ndigits, I.exc.OverflowError);
  if (nd >= 0) return newIntFromBig(I, toBigInt(number));
  // Round half to even at 10**-nd.
  support::BigInt scale = support::pow(support::BigInt(10), support::BigInt(-nd));
  auto [q, r] = support::divmod(toBigInt(number), scale);
  support::BigInt twice = r * support::BigInt(2);
  int c = support::BigInt::compare(twice, scale);
  if (c > 0 || (c == 0 && q.isOdd())) q += support::BigInt(1);
  return newIntFromBig(I, q * scale);
}

Value roundFloat(Interp& I, double x, Value ndigits) {
  if (!ndigits || ndigits.is(I.None()))
    return intFromWholeDouble(I, std::nearbyint(x));  // half to even
  int64_t nd = asSsize(I, ndigits, I.exc.OverflowError);
  if (!std::isfinite(x) || x == 0.0) return newFloat(I, x);
  if (nd > 323) return newFloat(I, x);
  if (nd < -308) return newFloat(I, std::copysign(0.0, x));
  if (nd < 0) {
    double scale = std::pow(10.0, static_cast<double>(-nd));
    return newFloat(I, std::nearbyint(x / scale) * scale);
  }
  // Correctly rounded decimal text, then back: CPython's double_round does the same.
  std::string text = support::formatFloat(x, 'f', static_cast<int>(nd));
  return newFloat(I, *support::parseFloat(text));
}

namespace {

Value optionalDigits(Interp& I, const char* name, CallArgs args) {
  checkNoKeywords(I, name, args);
  checkArgCount(I, name, args, 0, 1);
  return args.nargs ? args.args[0] : Value();
}

// ---- int -----------------------------------------------------------------------------------

// An int's floor, ceiling and truncation are itself, as a plain int.
Value intWhole(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__trunc__", args, 0, 0);
  return newIntFromBig(I, toBigInt(self));
}

Value intRoundMethod(Interp& I, Value self, CallArgs args) {
  return roundInt(I, self, optionalDigits(I, "__round__", args));
}

// (x // y, x % y) of two plain numbers (new references, taken over).
Value quotientAndRemainder(Interp& I, Value plainX, Value plainY) {
  Ref x = Ref::steal(plainX), y = Ref::steal(plainY);
  Ref q = Ref::steal(binaryOp(I, x.get(), y.get(), BinaryOp::FloorDivide));
  Ref r = Ref::steal(binaryOp(I, x.get(), y.get(), BinaryOp::Remainder));
  return Value(newTupleOf(I, {q.get(), r.get()}));
}

// __divmod__ and __rdivmod__ of a type whose divmod of (a, b) is `divmodOf`.
template <Value (*divmodOf)(Interp&, Value, Value), bool reflected>
Value divmodMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, reflected ? "__rdivmod__" : "__divmod__", args, 1, 1);
  return reflected ? divmodOf(I, args.args[0], self) : divmodOf(I, self, args.args[0]);
}

// __getnewargs__: (value,), from a new reference taken over.
Value newArgs(Interp& I, CallArgs args, Value plainValue) {
  Ref value = Ref::steal(plainValue);
  checkArgCount(I, "__getnewargs__", args, 0, 0);
  return Value(newTupleOf(I, {value.get()}));
}

// divmod of two ints by int's own arithmetic, even for subclasses that override // or %.
Value intDivmodOf(Interp& I, Value a, Value b) {
  if (!isInt(I, a) || !isInt(I, b)) return newRef(Value(I.notImplemented));
  return quotientAndRemainder(I, newIntFromBig(I, toBigInt(a)), newIntFromBig(I, toBigInt(b)));
}

Value intGetNewArgs(Interp& I, Value self, CallArgs args) {
  return newArgs(I, args, newIntFromBig(I, toBigInt(self)));
}

// ---- float ---------------------------------------------------------------------------------

Value floatFloorMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__floor__", args, 0, 0);
  return intFromWholeDouble(I, std::floor(floatValue(self)));
}

Value floatCeilMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__ceil__", args, 0, 0);
  return intFromWholeDouble(I, std::ceil(floatValue(self)));
}

Value floatTruncMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__trunc__", args, 0, 0);
  return intFromWholeDouble(I, std::trunc(floatValue(self)));
}

Value floatRoundMethod(Interp& I, Value self, CallArgs args) {
  return roundFloat(I, floatValue(self), optionalDigits(I, "__round__", args));
}

// float's divmod takes floats and ints; anything else is NotImplemented.
Value floatDivmodOf(Interp& I, Value a, Value b) {
  auto asDouble = [&](Value v, double& out) {
    if (isInstance(I, v, I.types.float_)) {
      out = floatValue(v);
      return true;
    }
    if (!isInt(I, v)) return false;
    out = intToDouble(I, v);
    return true;
  };
  double x, y;
  if (!asDouble(a, x) || !asDouble(b, y)) return newRef(Value(I.notImplemented));
  if (y == 0.0) raiseError(I, I.exc.ZeroDivisionError, "float divmod()");
  return quotientAndRemainder(I, newFloat(I, x), newFloat(I, y));
}

Value floatGetNewArgs(Interp& I, Value self, CallArgs args) {
  return newArgs(I, args, newFloat(I, floatValue(self)));
}

// float.__getformat__('double' or 'float'): the memory layout, IEEE little-endian here.
Value floatGetFormat(Interp& I, Value, CallArgs args) {
  checkNoKeywords(I, "__getformat__", args);
  checkArgCount(I, "__getformat__", args, 1, 1);
  Value kind = args.args[0];
  if (!isInstance(I, kind, I.types.str))
    raiseTypeError(I,
                   "__getformat__() argument must be str, not " + std::string(typeName(I, kind)));
  std::string_view text = strView(kind);
  if (text != "double" && text != "float")
    raiseValueError(I, "__getformat__() argument 1 must be 'double' or 'float'");
  return Value(newStr(I, "IEEE, little-endian"));
}

}  // namespace

void addNumberSpecialMethods(Interp& I) {
  Type* i = I.types.int_;
  for (const char* name : {"__floor__", "__ceil__", "__trunc__"})
    addMethod(I, i, name, intWhole);
  addMethod(I, i, "__round__", intRoundMethod);
  addMethod(I, i, "__divmod__", divmodMethod<intDivmodOf, false>);
  addMethod(I, i, "__rdivmod__", divmodMethod<intDivmodOf, true>);
  addMethod(I, i, "__getnewargs__", intGetNewArgs);
  Type* f = I.types.float_;
  addMethod(I, f, "__floor__", floatFloorMethod);
  addMethod(I, f, "__ceil__", floatCeilMethod);
  addMethod(I, f, "__trunc__", floatTruncMethod);
  addMethod(I, f, "__round__", floatRoundMethod);
  addMethod(I, f, "__divmod__", divmodMethod<floatDivmodOf, false>);
  addMethod(I, f, "__rdivmod__", divmodMethod<floatDivmodOf, true>);
  addMethod(I, f, "__getnewargs__", floatGetNewArgs);
  addMethod(I, f, "__getformat__", floatGetFormat, "You probably don't want to use this function.",
            /*isClassMethod=*/true);
}

}  // namespace rw
