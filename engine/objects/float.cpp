// float: IEEE double arithmetic with CPython's semantics (floor division and modulo signs,
// the error messages, exact comparison with ints, the hash that agrees with int's).
#include "objects/float.h"

#include <cmath>
#include <cstring>

#include "objects/complex.h"
#include "objects/int.h"
#include "objects/number_special_methods.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "objects/function.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"
#include "support/float_format.h"

namespace rw {

Value intFromWholeDouble(Interp& I, double whole) {
  if (std::isnan(whole)) raiseValueError(I, "cannot convert float NaN to integer");
  if (std::isinf(whole)) raiseError(I, I.exc.OverflowError, "cannot convert float infinity to integer");
  if (std::fabs(whole) < 4.6e18) return newInt(I, static_cast<int64_t>(whole));
  return newIntFromBig(I, support::BigInt::fromDouble(whole));
}

Value newFloat(Interp& I, double v) {
  Float* f = I.alloc<Float>(I.types.float_);
  f->value = v;
  return Value(f);
}

Hash floatHash(double v) {
  constexpr int kBits = 61;
  constexpr uint64_t kModulus = (uint64_t{1} << kBits) - 1;
  if (std::isinf(v)) return v > 0 ? 314159 : -314159;
  if (std::isnan(v)) return 0;
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & kModulus) | x >> (kBits - 28);
    m *= 268435456.0;
    e -= 28;
    auto y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
  x = ((x << e) & kModulus) | x >> (kBits - e);
  auto result = static_cast<Hash>(x) * sign;
  return result == -1 ? -2 : result;
}

namespace {

// Converts an int or float operand to double; false for other types.
bool toDouble(Interp& I, Value v, double& out) {
  if (v.isSmallInt()) {
    out = static_cast<double>(v.asSmallInt());
    return true;
  }
  Type* t = v.asObject()->type;
  if (t == I.types.float_ || isSubtype(t, I.types.float_)) {
    out = floatValue(v);
    return true;
  }
  if (isInt(I, v)) {
    out = intToDouble(I, v);
    return true;
  }
  return false;
}

#define RW_FLOAT_OPERANDS                                                      \
  double x, y;                                                                 \
  if (!toDouble(I, a, x) || !toDouble(I, b, y)) return newRef(Value(I.notImplemented));

Value floatAdd(Interp& I, Value a, Value b) {
  RW_FLOAT_OPERANDS
  return newFloat(I, x + y);
}
Value floatSub(Interp& I, Value a, Value b) {
  RW_FLOAT_OPERANDS
  return newFloat(I, x - y);
}
Value floatMul(Interp& I, Value a, Value b) {
  RW_FLOAT_OPERANDS
  return newFloat(I, x * y);
}
Value floatTrueDiv(Interp& I, Value a, Value b) {
  RW_FLOAT_OPERANDS
  if (y == 0.0) raiseError(I, I.exc.ZeroDivisionError, "float division by zero");
  return newFloat(I, x / y);
}

void floatDivmod(double vx, double wx, double& floordiv, double& mod) {
  mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  if (div) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
}

Value floatFloorDiv(Interp& I, Value a, Value b) {
  RW_FLOAT_OPERANDS
  if (y == 0.0) raiseError(I, I.exc.ZeroDivisionError, "float floor division by zero");
  double q, r;
  floatDivmod(x, y, q, r);
  return newFloat(I, q);
}

Value floatMod(Interp& I, Value a, Value b) {
  RW_FLOAT_OPERANDS
  if (y == 0.0) raiseError(I, I.exc.ZeroDivisionError, "float modulo");
  double q, r;
  floatDivmod(x, y, q, r);
  return newFloat(I, r);
}

Value floatPow(Interp& I, Value a, Value b) {
  RW_FLOAT_OPERANDS
  if (y == 0.0) return newFloat(I, 1.0);
  if (std::isnan(x)) return newFloat(I, y == 0.0 ? 1.0 : x);
  if (std::isnan(y)) return newFloat(I, x == 1.0 ? 1.0 : y);
  if (x == 0.0 && y < 0.0 && !std::isinf(y))
    raiseError(I, I.exc.ZeroDivisionError, "0.0 cannot be raised to a negative power");
  // A negative number to a fractional power is complex, as in CPython's float_pow.
  if (x < 0.0 && std::isfinite(x) && std::isfinite(y) && std::floor(y) != y)
    return complexPower(I, x, 0.0, y, 0.0);
  errno = 0;
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y))
    raiseError(I, I.exc.OverflowError, "(34, 'Numerical result out of range')");
  return newFloat(I, r);
}

Value floatNeg(Interp& I, Value v) { return newFloat(I, -floatValue(v)); }
Value floatPos(Interp& I, Value v) { return newFloat(I, floatValue(v)); }
Value floatAbs(Interp& I, Value v) { return newFloat(I, std::fabs(floatValue(v))); }
bool floatTruth(Interp&, Value v) { return floatValue(v) != 0.0; }

Value floatRepr(Interp& I, Value v) { return Value(newStr(I, support::reprFloat(floatValue(v)))); }

Hash floatHashSlot(Interp&, Value v) {
  double d = floatValue(v);
  if (std::isnan(d)) return static_cast<Hash>(v.asObject()->serial);
  return floatHash(d);
}

// Compares a double with an int exactly, like CPython's float_richcompare.
int compareFloatInt(double x, Value intValue) {
  support::BigInt n = toBigInt(intValue);
  if (n.bitLength() <= 53) {
    double nd = static_cast<double>(n.toInt64());
    return x < nd ? -1 : x > nd ? 1 : 0;
  }
  if (std::isinf(x)) return x > 0 ? 1 : -1;
  // Compare the integer part exactly, then the fraction.
  double whole;
  double frac = std::modf(x, &whole);
  support::BigInt w = support::BigInt::fromDouble(whole);
  int c = support::BigInt::compare(w, n);
  if (c != 0) return c;
  return frac > 0 ? 1 : frac < 0 ? -1 : 0;
}

Value floatRichCompare(Interp& I, Value a, Value b, CompareOp op) {
  double x = floatValue(a);
  int c;
  bool unordered = false;
  if (isInstance(I, b, I.types.float_)) {
    double y = floatValue(b);
    if (std::isnan(x) || std::isnan(y)) {
      unordered = true;
      c = 0;
    } else {
      c = x < y ? -1 : x > y ? 1 : 0;
    }
  } else if (isInt(I, b)) {
    if (std::isnan(x)) {
      unordered = true;
      c = 0;
    } else {
      c = compareFloatInt(x, b);
    }
  } else {
    return newRef(Value(I.notImplemented));
  }
  if (unordered) return I.boolean(op == CompareOp::Ne);
  switch (op) {
    case CompareOp::Lt: return I.boolean(c < 0);
    case CompareOp::Le: return I.boolean(c <= 0);
    case CompareOp::Eq: return I.boolean(c == 0);
    case CompareOp::Ne: return I.boolean(c != 0);
    case CompareOp::Gt: return I.boolean(c > 0);
    case CompareOp::Ge: return I.boolean(c >= 0);
  }
  return I.boolean(false);
}

Value floatToInt(Interp& I, Value v) { return intFromWholeDouble(I, std::trunc(floatValue(v))); }

Value floatToFloat(Interp& I, Value v) { return newFloat(I, floatValue(v)); }

Value floatNew(Interp& I, Type*, CallArgs args) {
  checkNoKeywords(I, "float", args);
  checkArgCount(I, "float", args, 0, 1);
  if (args.nargs == 0) return newFloat(I, 0.0);
  Value x = args.args[0];
  if (isType(I, x, I.types.float_)) return newRef(x);
  if (isInstance(I, x, I.types.str)) {
    std::string_view text = strView(x);
    auto parsed = support::parseFloat(text);
    if (!parsed)
      raiseValueError(I, "could not convert string to float: " + reprString(I, x));
    return newFloat(I, *parsed);
  }
  Type* t = typeOf(I, x);
  if (t->toFloat) return t->toFloat(I, x);
  if (t->index) {
    Ref i = Ref::steal(t->index(I, x));
    double d = 0.0;
    toDouble(I, i.get(), d);
    return newFloat(I, d);
  }
  raiseTypeError(I, "float() argument must be a string or a real number, not '" +
                        std::string(typeName(I, x)) + "'");
}

// float(self): the value itself for an exact float, a plain float for a subclass.
Value floatAsExactFloat(Interp& I, Value self) {
  if (isType(I, self, I.types.float_)) return newRef(self);
  return newFloat(I, floatValue(self));
}

Value floatConjugate(Interp& I, Value self, CallArgs args) {
  str_impl::checkNoArgs(I, "float.conjugate", args);
  return floatAsExactFloat(I, self);
}

Value floatGetAttr(Interp& I, Value self, Str* name) {
  std::string_view n = name->view();
  if (n == "real") return floatAsExactFloat(I, self);
  if (n == "imag") return newFloat(I, 0.0);
  return genericGetAttr(I, self, name);
}

Value floatIsInteger(Interp& I, Value self, CallArgs args) {
  str_impl::checkNoArgs(I, "float.is_integer", args);
  double d = floatValue(self);
  return I.boolean(std::isfinite(d) && std::floor(d) == d);
}

}  // namespace

void initFloatType(Interp& I) {
  Type* t = I.types.float_;
  t->repr = floatRepr;
  t->hash = floatHashSlot;
  t->richCompare = floatRichCompare;
  t->newInstance = floatNew;
  t->truth = floatTruth;
  t->toInt = floatToInt;
  t->toFloat = floatToFloat;
  t->absolute = floatAbs;
  t->getAttr = floatGetAttr;
  t->unary[static_cast<int>(UnaryOp::Negative)] = floatNeg;
  t->unary[static_cast<int>(UnaryOp::Positive)] = floatPos;
  t->binary[static_cast<int>(BinaryOp::Add)] = floatAdd;
  t->binary[static_cast<int>(BinaryOp::Subtract)] = floatSub;
  t->binary[static_cast<int>(BinaryOp::Multiply)] = floatMul;
  t->binary[static_cast<int>(BinaryOp::TrueDivide)] = floatTrueDiv;
  t->binary[static_cast<int>(BinaryOp::FloorDivide)] = floatFloorDiv;
  t->binary[static_cast<int>(BinaryOp::Remainder)] = floatMod;
  t->binary[static_cast<int>(BinaryOp::Power)] = floatPow;
  addMethod(I, t, "is_integer", floatIsInteger);
  addMethod(I, t, "conjugate", floatConjugate);
  addFloatExactMethods(I, t);
  addNumberSpecialMethods(I);
}

}  // namespace rw
