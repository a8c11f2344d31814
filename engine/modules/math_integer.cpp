// The math module's integer functions: factorial, comb, perm, gcd, lcm, isqrt, and floor,
// ceil and trunc, which return ints (of any size) and honour __floor__, __ceil__ and
// __trunc__.
#include <cmath>
#include <limits>

#include "modules/math_module.h"
#include "modules/module_support.h"
#include "modules/native_modules.h"
#include "objects/float.h"
#include "objects/int.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

using support::BigInt;

Value intFromDouble(Interp& I, double d) {
  if (std::fabs(d) < 4.0e18 && !std::isnan(d)) return newInt(I, static_cast<int64_t>(d));
  return newIntFromBig(I, bigIntOp(I, [&] { return BigInt::fromDouble(d); }));
}

BigInt indexBig(Interp& I, Value v) {
  Ref i = Ref::steal(intArg(I, v));
  return toBigInt(i.get());
}

// int and bool answer floor, ceil and trunc here; subclasses through their special methods.
bool isExactInt(Interp& I, Value x) {
  Type* t = typeOf(I, x);
  return t == I.types.int_ || t == I.types.bool_;
}

// An int argument keeps its value; bool and int subclasses become plain ints.
Value plainInt(Interp& I, Value v) {
  return newIntFromBig(I, toBigInt(v));
}

// floor and ceil: floats directly, ints as themselves, then the special method, then any
// real number through float().
Value roundToInt(Interp& I, CallArgs args, const char* name, const char* special,
                 double (*round)(double)) {
  checkMathSingle(I, name, args);
  Value x = args.args[0];
  if (isType(I, x, I.types.float_)) return intFromDouble(I, round(floatValue(x)));
  if (isExactInt(I, x)) return plainInt(I, x);
  if (Value result = callSpecialMethod(I, x, special)) return result;
  return intFromDouble(I, round(realArg(I, x)));
}

double floorOf(double x) {
  return std::floor(x);
}
double ceilOf(double x) {
  return std::ceil(x);
}

Value mathFloor(Interp& I, Value, CallArgs args) {
  return roundToInt(I, args, "floor", "__floor__", floorOf);
}

Value mathCeil(Interp& I, Value, CallArgs args) {
  return roundToInt(I, args, "ceil", "__ceil__", ceilOf);
}

Value mathTrunc(Interp& I, Value, CallArgs args) {
  checkMathSingle(I, "trunc", args);
  Value x = args.args[0];
  if (isType(I, x, I.types.float_)) return intFromDouble(I, std::trunc(floatValue(x)));
  if (isExactInt(I, x)) return plainInt(I, x);
  if (Value result = callSpecialMethod(I, x, "__trunc__")) return result;
  if (isInstance(I, x, I.types.float_)) return intFromDouble(I, std::trunc(realArg(I, x)));
  raiseTypeError(I, "type " + std::string(typeName(I, x)) + " doesn't define __trunc__ method");
}

// ---- factorial, perm, comb -----------------------------------------------------------------

// The product of the odd numbers in [start, stop) (both odd), split in halves so that the
// multiplications stay balanced (and fast for big operands).
BigInt oddRangeProduct(uint64_t start, uint64_t stop) {
  uint64_t count = (stop - start) / 2;
  if (count <= 8) {
    BigInt product(1);
    unsigned __int128 word = 1;
    for (uint64_t j = start; j < stop; j += 2) {
      if (word * j >> 64) {
        product *= BigInt::fromUint64(static_cast<uint64_t>(word));
        word = 1;
      }
      word *= j;
    }
    product *= BigInt::fromUint64(static_cast<uint64_t>(word));
    return product;
  }
  uint64_t middle = (start + count) | 1;
  return oddRangeProduct(start, middle) * oddRangeProduct(middle, stop);
}

// n! = (odd part) * 2**(n - popcount(n)); the odd part is the product over i of the odd
// numbers up to n / 2**i (Peter Luschny's binary splitting).
BigInt factorialOf(uint64_t n) {
  BigInt inner(1), outer(1);
  uint64_t upper = 3;
  int bits = 64 - __builtin_clzll(n | 1);
  for (int i = bits - 2; i >= 0; --i) {
    uint64_t v = n >> i;
    if (v <= 2) continue;
    uint64_t lower = upper;
    upper = (v + 1) | 1;
    inner *= oddRangeProduct(lower, upper);
    outer *= inner;
  }
  return outer << (n - static_cast<uint64_t>(__builtin_popcountll(n)));
}

Value factorialValue(Interp& I, Value arg) {
  BigInt n = indexBig(I, arg);
  if (n.isNegative()) raiseValueError(I, "factorial() not defined for negative values");
  if (!n.fitsInt64())
    raiseError(I, I.exc.OverflowError,
               "factorial() argument should not exceed 9223372036854775807");
  uint64_t value = static_cast<uint64_t>(n.toInt64());
  return newIntFromBig(I, bigIntOp(I, [&] { return factorialOf(value); }));
}

Value mathFactorial(Interp& I, Value, CallArgs args) {
  checkMathSingle(I, "factorial", args);
  return factorialValue(I, args.args[0]);
}

// low * (low + 1) * ... * (low + count - 1).
BigInt rangeProduct(const BigInt& low, uint64_t count) {
  if (count == 0) return BigInt(1);
  if (count <= 16) {
    BigInt product = low;
    for (uint64_t i = 1; i < count; ++i)
      product *= low + BigInt(static_cast<int64_t>(i));
    return product;
  }
  uint64_t half = count / 2;
  return rangeProduct(low, half) *
         rangeProduct(low + BigInt(static_cast<int64_t>(half)), count - half);
}

// C(n, k) = C(n, j) * C(n - j, k - j) / C(k, j) with j = k / 2 keeps every division small.
BigInt combOf(const BigInt& n, uint64_t k) {
  if (k == 0) return BigInt(1);
  if (k == 1) return n;
  if (k <= 32) {
    BigInt result(1);
    BigInt first = n - BigInt(static_cast<int64_t>(k));
    for (uint64_t i = 1; i <= k; ++i)
      result = floorDiv(result * (first + BigInt(static_cast<int64_t>(i))),
                        BigInt(static_cast<int64_t>(i)));
    return result;
  }
  uint64_t j = k / 2;
  BigInt a = combOf(n, j);
  BigInt b = combOf(n - BigInt(static_cast<int64_t>(j)), k - j);
  return floorDiv(a * b, combOf(BigInt(static_cast<int64_t>(k)), j));
}

struct PermCombArgs {
  BigInt n, k;
};

PermCombArgs permCombArgs(Interp& I, Value nArg, Value kArg) {
  PermCombArgs a{indexBig(I, nArg), indexBig(I, kArg)};
  if (a.n.isNegative()) raiseValueError(I, "n must be a non-negative integer");
  if (a.k.isNegative()) raiseValueError(I, "k must be a non-negative integer");
  return a;
}

Value mathPerm(Interp& I, Value, CallArgs args) {
  checkNoKeywords(I, "math.perm", args);
  checkPositional(I, "perm", args, 1, 2);
  if (args.nargs == 1 || args.args[1].is(I.None())) return factorialValue(I, args.args[0]);
  PermCombArgs a = permCombArgs(I, args.args[0], args.args[1]);
  if (a.n < a.k) return newInt(I, 0);
  if (!a.k.fitsInt64()) raiseError(I, I.exc.OverflowError, "k must not exceed 9223372036854775807");
  uint64_t k = static_cast<uint64_t>(a.k.toInt64());
  return newIntFromBig(I, bigIntOp(I, [&] { return rangeProduct(a.n - a.k + BigInt(1), k); }));
}

Value mathComb(Interp& I, Value, CallArgs args) {
  checkMathFixed(I, "comb", args, 2);
  PermCombArgs a = permCombArgs(I, args.args[0], args.args[1]);
  if (a.n < a.k) return newInt(I, 0);
  BigInt rest = a.n - a.k;
  BigInt k = rest < a.k ? rest : a.k;
  if (!k.fitsInt64())
    raiseError(I, I.exc.OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
  uint64_t small = static_cast<uint64_t>(k.toInt64());
  return newIntFromBig(I, bigIntOp(I, [&] { return combOf(a.n, small); }));
}

// ---- gcd, lcm, isqrt -------------------------------------------------------------------------

Value mathGcd(Interp& I, Value, CallArgs args) {
  checkNoKeywords(I, "math.gcd", args);
  if (args.nargs == 0) return newInt(I, 0);
  BigInt result = indexBig(I, args.args[0]).abs();
  for (size_t i = 1; i < args.nargs; ++i) {
    BigInt x = indexBig(I, args.args[i]);
    if (result != BigInt(1)) result = support::gcd(result, x);
  }
  return newIntFromBig(I, std::move(result));
}

Value mathLcm(Interp& I, Value, CallArgs args) {
  checkNoKeywords(I, "math.lcm", args);
  if (args.nargs == 0) return newInt(I, 1);
  BigInt result = indexBig(I, args.args[0]).abs();
  for (size_t i = 1; i < args.nargs; ++i) {
    BigInt x = indexBig(I, args.args[i]);
    if (result.isZero()) continue;
    if (x.isZero()) {
      result = BigInt(0);
      continue;
    }
    result = (floorDiv(result, support::gcd(result, x)) * x).abs();
  }
  return newIntFromBig(I, std::move(result));
}

Value mathIsqrt(Interp& I, Value, CallArgs args) {
  checkMathSingle(I, "isqrt", args);
  BigInt n = indexBig(I, args.args[0]);
  return newIntFromBig(I, bigIntOp(I, [&] { return support::isqrt(n); }));
}

}  // namespace

void initMathIntegerFunctions(Interp& I, Module* module) {
  for (const char* special : {"__floor__", "__ceil__", "__trunc__"})
    I.intern(special);
  const struct {
    const char* name;
    NativeFunction fn;
  } functions[] = {
      {"floor", mathFloor}, {"ceil", mathCeil}, {"trunc", mathTrunc}, {"factorial", mathFactorial},
      {"perm", mathPerm},   {"comb", mathComb}, {"gcd", mathGcd},     {"lcm", mathLcm},
      {"isqrt", mathIsqrt},
  };
  for (const auto& f : functions)
    addModuleFunction(I, module, f.name, f.fn);
}

}  // namespace rw
