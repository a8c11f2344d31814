// int: the slots and methods over small (unboxed) and big (support::BigInt) values.
#include "objects/int.h"

#include <cmath>

#include "objects/float.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"
#include "support/float_format.h"

namespace rw {

using support::BigInt;
using support::BigIntError;

void raiseBigIntError(Interp& I, const BigIntError& e) {
  switch (e.kind()) {
    case BigIntError::Kind::ZeroDivision: raiseError(I, I.exc.ZeroDivisionError, e.what());
    case BigIntError::Kind::Overflow: raiseError(I, I.exc.OverflowError, e.what());
    case BigIntError::Kind::Value: raiseError(I, I.exc.ValueError, e.what());
    case BigIntError::Kind::Memory: raiseError(I, I.exc.MemoryError, e.what());
  }
  raiseError(I, I.exc.SystemError, e.what());
}

Value newInt(Interp& I, int64_t v) {
  if (Value::fitsSmall(v)) return Value::smallInt(v);
  Int* i = I.alloc<Int>(I.types.int_);
  i->value = BigInt(v);
  return Value(i);
}

Value newIntFromBig(Interp& I, BigInt v) {
  if (std::optional<int64_t> small = v.tryInt64(); small && Value::fitsSmall(*small))
    return Value::smallInt(*small);
  Int* i = I.alloc<Int>(I.types.int_);
  i->value = std::move(v);
  return Value(i);
}

Value intFromDecimal(Interp& I, std::string_view digits) {
  std::optional<BigInt> parsed = BigInt::parse(digits, 10);
  if (!parsed) raiseValueError(I, "invalid integer literal");
  return newIntFromBig(I, std::move(*parsed));
}

bool isInt(Interp& I, Value v) {
  return v.isSmallInt() || v.asObject()->type->hasFlag(kTypeIntSubclass) ||
         v.asObject()->type == I.types.bool_;
}

BigInt toBigInt(Value v) {
  if (v.isSmallInt()) return BigInt(v.asSmallInt());
  return static_cast<Int*>(v.asObject())->value;
}

bool intToInt64(Value v, int64_t& out) {
  if (v.isSmallInt()) {
    out = v.asSmallInt();
    return true;
  }
  std::optional<int64_t> fits = static_cast<Int*>(v.asObject())->value.tryInt64();
  if (!fits) return false;
  out = *fits;
  return true;
}

double intToDouble(Interp& I, Value v) {
  if (v.isSmallInt()) return static_cast<double>(v.asSmallInt());
  return bigIntOp(I, [&] { return static_cast<Int*>(v.asObject())->value.toDouble(); });
}

std::string intToDecimal(Interp& I, Value v) {
  if (v.isSmallInt()) return std::to_string(v.asSmallInt());
  const BigInt& b = static_cast<Int*>(v.asObject())->value;
  return bigIntOp(I, [&] { return b.toString(10, static_cast<size_t>(I.maxStrDigits)); });
}

Hash intHash(Value v) {
  if (v.isSmallInt()) {
    int64_t x = v.asSmallInt();
    constexpr int64_t kModulus = (int64_t{1} << 61) - 1;
    int64_t h = x >= 0 ? x % kModulus : -((-x) % kModulus);
    return h == -1 ? -2 : h;
  }
  return static_cast<Int*>(v.asObject())->value.hash();
}

namespace {

void intDestroy(Object* o) { static_cast<Int*>(o)->~Int(); }

Value intRepr(Interp& I, Value v) { return Value(newStr(I, intToDecimal(I, v))); }

Hash intHashSlot(Interp&, Value v) { return intHash(v); }

bool bothInts(Interp& I, Value a, Value b) { return isInt(I, a) && isInt(I, b); }

Value notImplemented(Interp& I) { return newRef(Value(I.notImplemented)); }

Value intRichCompare(Interp& I, Value a, Value b, CompareOp op) {
  if (!isInt(I, b)) return notImplemented(I);
  int c;
  if (a.isSmallInt() && b.isSmallInt()) {
    c = a.asSmallInt() < b.asSmallInt() ? -1 : a.asSmallInt() > b.asSmallInt() ? 1 : 0;
  } else {
    c = BigInt::compare(toBigInt(a), toBigInt(b));
  }
  switch (op) {
    case CompareOp::Lt: return I.boolean(c < 0);
    case CompareOp::Le: return I.boolean(c <= 0);
    case CompareOp::Eq: return I.boolean(c == 0);
    case CompareOp::Ne: return I.boolean(c != 0);
    case CompareOp::Gt: return I.boolean(c > 0);
    case CompareOp::Ge: return I.boolean(c >= 0);
  }
  return notImplemented(I);
}

template <class F>
Value bigBinary(Interp& I, Value a, Value b, F&& f) {
  if (!bothInts(I, a, b)) return notImplemented(I);
  return bigIntOp(I, [&] { return newIntFromBig(I, f(toBigInt(a), toBigInt(b))); });
}

Value intAdd(Interp& I, Value a, Value b) {
  if (a.isSmallInt() && b.isSmallInt()) return newInt(I, a.asSmallInt() + b.asSmallInt());
  return bigBinary(I, a, b, [](const BigInt& x, const BigInt& y) { return x + y; });
}
Value intSub(Interp& I, Value a, Value b) {
  if (a.isSmallInt() && b.isSmallInt()) return newInt(I, a.asSmallInt() - b.asSmallInt());
  return bigBinary(I, a, b, [](const BigInt& x, const BigInt& y) { return x - y; });
}
Value intMul(Interp& I, Value a, Value b) {
  int64_t r;
  if (a.isSmallInt() && b.isSmallInt() && !__builtin_mul_overflow(a.asSmallInt(), b.asSmallInt(), &r))
    return newInt(I, r);
  return bigBinary(I, a, b, [](const BigInt& x, const BigInt& y) { return x * y; });
}
Value intFloorDiv(Interp& I, Value a, Value b) {
  return bigBinary(I, a, b, [](const BigInt& x, const BigInt& y) { return support::floorDiv(x, y); });
}
Value intMod(Interp& I, Value a, Value b) {
  return bigBinary(I, a, b, [](const BigInt& x, const BigInt& y) { return support::floorMod(x, y); });
}
Value intTrueDiv(Interp& I, Value a, Value b) {
  if (!bothInts(I, a, b)) return notImplemented(I);
  if (a.isSmallInt() && b.isSmallInt()) {
    int64_t x = a.asSmallInt(), y = b.asSmallInt();
    if (y == 0) raiseError(I, I.exc.ZeroDivisionError, "division by zero");
    constexpr int64_t kExact = int64_t{1} << 53;
    if (x > -kExact && x < kExact && y > -kExact && y < kExact)
      return newFloat(I, static_cast<double>(x) / static_cast<double>(y));
  }
  return newFloat(I, bigIntOp(I, [&] { return support::trueDiv(toBigInt(a), toBigInt(b)); }));
}
Value intPow(Interp& I, Value a, Value b) {
  if (!bothInts(I, a, b)) return notImplemented(I);
  BigInt exponent = toBigInt(b);
  if (exponent.isNegative()) {
    // A negative exponent gives a float, as in CPython.
    double base = intToDouble(I, a);
    if (base == 0.0) raiseError(I, I.exc.ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return newFloat(I, std::pow(base, intToDouble(I, b)));
  }
  return bigIntOp(I, [&] { return newIntFromBig(I, support::pow(toBigInt(a), exponent)); });
}
Value intLshift(Interp& I, Value a, Value b) {
  if (!bothInts(I, a, b)) return notImplemented(I);
  BigInt count = toBigInt(b);
  if (count.isNegative()) raiseValueError(I, "negative shift count");
  std::optional<int64_t> n = count.tryInt64();
  if (toBigInt(a).isZero()) return Value::smallInt(0);
  if (!n) raiseError(I, I.exc.OverflowError, "too many digits in integer");
  return bigIntOp(I, [&] { return newIntFromBig(I, toBigInt(a) << static_cast<uint64_t>(*n)); });
}
Value intRshift(Interp& I, Value a, Value b) {
  if (!bothInts(I, a, b)) return notImplemented(I);
  BigInt count = toBigInt(b);
  if (count.isNegative()) raiseValueError(I, "negative shift count");
  std::optional<int64_t> n = count.tryInt64();
  if (!n) return Value::smallInt(toBigInt(a).isNegative() ? -1 : 0);
  return bigIntOp(I, [&] { return newIntFromBig(I, toBigInt(a) >> static_cast<uint64_t>(*n)); });
}
Value intAnd(Interp& I, Value a, Value b) {
  if (a.isSmallInt() && b.isSmallInt()) return Value::smallInt(a.asSmallInt() & b.asSmallInt());
  return bigBinary(I, a, b, [](const BigInt& x, const BigInt& y) { return x & y; });
}
Value intOr(Interp& I, Value a, Value b) {
  if (a.isSmallInt() && b.isSmallInt()) return Value::smallInt(a.asSmallInt() | b.asSmallInt());
  return bigBinary(I, a, b, [](const BigInt& x, const BigInt& y) { return x | y; });
}
Value intXor(Interp& I, Value a, Value b) {
  if (a.isSmallInt() && b.isSmallInt()) return Value::smallInt(a.asSmallInt() ^ b.asSmallInt());
  return bigBinary(I, a, b, [](const BigInt& x, const BigInt& y) { return x ^ y; });
}

Value intNeg(Interp& I, Value v) {
  if (v.isSmallInt()) return newInt(I, -v.asSmallInt());
  return newIntFromBig(I, -toBigInt(v));
}
Value intPos(Interp& I, Value v) { return newIntFromBig(I, toBigInt(v)); }
Value intInvert(Interp& I, Value v) {
  if (v.isSmallInt()) return Value::smallInt(~v.asSmallInt());
  return newIntFromBig(I, ~toBigInt(v));
}
Value intAbs(Interp& I, Value v) {
  if (v.isSmallInt()) return newInt(I, std::llabs(v.asSmallInt()));
  return newIntFromBig(I, toBigInt(v).abs());
}
bool intTruth(Interp&, Value v) { return v.isSmallInt() ? v.asSmallInt() != 0 : !toBigInt(v).isZero(); }
Value intIndex(Interp& I, Value v) { return v.isSmallInt() ? v : newIntFromBig(I, toBigInt(v)); }
Value intToFloat(Interp& I, Value v) { return newFloat(I, intToDouble(I, v)); }

// int(text, base) after CPython's rules, including non-ASCII decimal digits and the digit limit.
Value parseIntText(Interp& I, Value text, int base) {
  std::optional<std::string> ascii = support::numericTextToAscii(strView(text));
  std::optional<BigInt> parsed;
  try {
    if (ascii) parsed = BigInt::parse(*ascii, base, static_cast<size_t>(I.maxStrDigits));
  } catch (const BigIntError& e) {
    raiseBigIntError(I, e);
  }
  if (!parsed) {
    raiseValueError(I, "invalid literal for int() with base " + std::to_string(base) + ": " +
                           reprString(I, text));
  }
  return newIntFromBig(I, std::move(*parsed));
}

Value intNew(Interp& I, Type*, CallArgs args) {
  Value x, baseValue;
  if (args.nargs > 2) raiseTypeError(I, "int() takes at most 2 arguments (" + std::to_string(args.nargs) + " given)");
  if (args.nargs >= 1) x = args.args[0];
  if (args.nargs == 2) baseValue = args.args[1];
  for (size_t i = 0; i < args.nkw(); ++i) {
    std::string_view k = strView(args.kwnames->item(static_cast<int64_t>(i)));
    if (k == "base")
      baseValue = args.kwValue(i);
    else
      raiseTypeError(I, "'" + std::string(k) + "' is an invalid keyword argument for int()");
  }
  if (!x) {
    if (baseValue) raiseTypeError(I, "int() missing string argument");
    return Value::smallInt(0);
  }
  if (baseValue) {
    int64_t base = asSsize(I, baseValue, I.exc.ValueError);
    if (base != 0 && (base < 2 || base > 36)) raiseValueError(I, "int() base must be >= 2 and <= 36, or 0");
    if (!isInstance(I, x, I.types.str))
      raiseTypeError(I, "int() can't convert non-string with explicit base");
    return parseIntText(I, x, static_cast<int>(base));
  }
  if (x.isSmallInt()) return x;
  Type* t = typeOf(I, x);
  if (t == I.types.int_) return newRef(x);
  if (isInstance(I, x, I.types.str)) return parseIntText(I, x, 10);
  if (t->toInt) return t->toInt(I, x);
  if (t->index) return t->index(I, x);
  raiseTypeError(I, "int() argument must be a string, a bytes-like object or a real number, not '" +
                        std::string(t->name->view()) + "'");
}

Value intBitLength(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "bit_length", args, 0, 0);
  return newInt(I, static_cast<int64_t>(toBigInt(self).bitLength()));
}

Value intBitCount(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "bit_count", args, 0, 0);
  return newInt(I, static_cast<int64_t>(toBigInt(self).bitCount()));
}

Value intAsIntegerRatio(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "as_integer_ratio", args, 0, 0);
  Ref exact = Ref::steal(intIndex(I, self));
  return Value(newTupleOf(I, {exact.get(), Value::smallInt(1)}));
}

Value intConjugate(Interp& I, Value self, CallArgs args) {
  str_impl::checkNoArgs(I, "int.conjugate", args);
  return intIndex(I, self);
}

Value intGetAttr(Interp& I, Value self, Str* name) {
  std::string_view n = name->view();
  if (n == "real" || n == "numerator") return intIndex(I, self);
  if (n == "imag") return Value::smallInt(0);
  if (n == "denominator") return Value::smallInt(1);
  return genericGetAttr(I, self, name);
}

}  // namespace

void initIntType(Interp& I) {
  Type* t = I.types.int_;
  t->destroy = intDestroy;
  t->repr = intRepr;
  t->hash = intHashSlot;
  t->richCompare = intRichCompare;
  t->newInstance = intNew;
  t->truth = intTruth;
  t->index = intIndex;
  t->toInt = intIndex;
  t->toFloat = intToFloat;
  t->absolute = intAbs;
  t->getAttr = intGetAttr;
  t->unary[static_cast<int>(UnaryOp::Negative)] = intNeg;
  t->unary[static_cast<int>(UnaryOp::Positive)] = intPos;
  t->unary[static_cast<int>(UnaryOp::Invert)] = intInvert;
  t->binary[static_cast<int>(BinaryOp::Add)] = intAdd;
  t->binary[static_cast<int>(BinaryOp::Subtract)] = intSub;
  t->binary[static_cast<int>(BinaryOp::Multiply)] = intMul;
  t->binary[static_cast<int>(BinaryOp::FloorDivide)] = intFloorDiv;
  t->binary[static_cast<int>(BinaryOp::Remainder)] = intMod;
  t->binary[static_cast<int>(BinaryOp::TrueDivide)] = intTrueDiv;
  t->binary[static_cast<int>(BinaryOp::Power)] = intPow;
  t->binary[static_cast<int>(BinaryOp::Lshift)] = intLshift;
  t->binary[static_cast<int>(BinaryOp::Rshift)] = intRshift;
  t->binary[static_cast<int>(BinaryOp::And)] = intAnd;
  t->binary[static_cast<int>(BinaryOp::Or)] = intOr;
  t->binary[static_cast<int>(BinaryOp::Xor)] = intXor;
  addMethod(I, t, "bit_length", intBitLength);
  addMethod(I, t, "bit_count", intBitCount);
  addMethod(I, t, "conjugate", intConjugate);
  addMethod(I, t, "as_integer_ratio", intAsIntegerRatio);
  addIntBytesMethods(I);
}

}  // namespace rw
