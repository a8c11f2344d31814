// The math module: the floating-point functions with CPython's error rules (a NaN from a
// non-NaN argument is a ValueError "math domain error", an infinity from finite arguments an
// OverflowError "math range error" or, at a singularity, a domain error). The integer
// functions are in math_integer.cpp, the sums and norms in math_sums.cpp.
#include "modules/math_module.h"

#include <array>
#include <cerrno>
#include <cmath>
#include <limits>
#include <utility>

#include "modules/module_support.h"
#include "modules/native_modules.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

[[noreturn]] void raiseMathDomainError(Interp& I) {
  raiseValueError(I, "math domain error");
}

[[noreturn]] void raiseMathRangeError(Interp& I) {
  raiseError(I, I.exc.OverflowError, "math range error");
}

void checkMathSingle(Interp& I, const char* name, CallArgs args) {
  std::string qualified = std::string("math.") + name;
  checkNoKeywords(I, qualified, args);
  checkArgCount(I, qualified, args, 1, 1);
}

void checkMathFixed(Interp& I, const char* name, CallArgs args, size_t count) {
  checkNoKeywords(I, std::string("math.") + name, args);
  checkPositional(I, name, args, count, count);
}

namespace {

constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

// sin(pi * x) accurate near integers, for the gamma reflection formula (finite x only).
double sinPi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  int n = static_cast<int>(std::round(2.0 * y));
  double r = 0.0;
  switch (n) {
    case 0:
      r = std::sin(kPi * y);
      break;
    case 1:
      r = std::cos(kPi * (y - 0.5));
      break;
    // sin(pi * (1 - y)) rather than -sin(pi * (y - 1)): the latter gives -0.0 at y == 1.
    case 2:
      r = std::sin(kPi * (1.0 - y));
      break;
    case 3:
      r = -std::cos(kPi * (y - 1.5));
      break;
    default:
      r = std::sin(kPi * (y - 2.0));
      break;
  }
  return std::copysign(1.0, x) * r;
}

// The Lanczos approximation CPython uses for gamma and lgamma (N = 13, g = 6.0246...), so that
// results agree with CPython to the last bit rather than with the C library's tgamma.
constexpr int kLanczosN = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNumerator[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
// x * (x + 1) * ... * (x + 11) expanded.
constexpr double kLanczosDenominator[kLanczosN] = {
    0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0,   32670.0,     1925.0,      66.0,        1.0};
constexpr int kGammaIntegral = 23;
constexpr double kGammaIntegralValues[kGammaIntegral] = {1.0,
                                                         1.0,
                                                         2.0,
                                                         6.0,
                                                         24.0,
                                                         120.0,
                                                         720.0,
                                                         5040.0,
                                                         40320.0,
                                                         362880.0,
                                                         3628800.0,
                                                         39916800.0,
                                                         479001600.0,
                                                         6227020800.0,
                                                         87178291200.0,
                                                         1307674368000.0,
                                                         20922789888000.0,
                                                         355687428096000.0,
                                                         6402373705728000.0,
                                                         121645100408832000.0,
                                                         2432902008176640000.0,
                                                         51090942171709440000.0,
                                                         1124000727777607680000.0};

double lanczosSum(double x) {
  double num = 0.0, den = 0.0;
  // Past 5 the rational function is evaluated in 1/x, which avoids overflow.
  if (x < 5.0) {
    for (int i = kLanczosN; --i >= 0;) {
      num = num * x + kLanczosNumerator[i];
      den = den * x + kLanczosDenominator[i];
    }
  } else {
    for (int i = 0; i < kLanczosN; i++) {
      num = num / x + kLanczosNumerator[i];
      den = den / x + kLanczosDenominator[i];
    }
  }
  return num / den;
}

// The C library's error conventions: err becomes EDOM or ERANGE.
double gammaFunction(double x, int& err) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    err = EDOM;
    return kNan;
  }
  if (x == 0.0) {
    err = EDOM;
    return std::copysign(kInf, x);
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      err = EDOM;
      return kNan;
    }
    if (x <= kGammaIntegral) return kGammaIntegralValues[static_cast<int>(x) - 1];
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {
    double r = 1.0 / x;
    if (std::isinf(r)) err = ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinPi(x);
    err = ERANGE;
    return kInf;
  }
  double y = absx + kLanczosGMinusHalf;
  // The rounding error of y, used to correct the power below.
  double z;
  if (absx > kLanczosGMinusHalf) {
    double q = y - absx;
    z = q - kLanczosGMinusHalf;
  } else {
    double q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -kPi / sinPi(absx) / absx * std::exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (std::isinf(r)) err = ERANGE;
  return r;
}

double logGammaFunction(double x, int& err) {
  if (!std::isfinite(x)) return std::isnan(x) ? x : kInf;
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      err = EDOM;
      return kInf;
    }
    return 0.0;
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(lanczosSum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(sinPi(absx))) - std::log(absx) - r;
  if (std::isinf(r)) err = ERANGE;
  return r;
}

// C library functions in the uniform shape; they report problems through NaN and infinity.
template <double (*F)(double)>
double plain(double x, int&) {
  return F(x);
}

double libAcos(double x) {
  return std::acos(x);
}
double libAcosh(double x) {
  return std::acosh(x);
}
double libAsin(double x) {
  return std::asin(x);
}
double libAsinh(double x) {
  return std::asinh(x);
}
double libAtan(double x) {
  return std::atan(x);
}
double libAtanh(double x) {
  return std::atanh(x);
}
double libCbrt(double x) {
  return std::cbrt(x);
}
double libCos(double x) {
  return std::cos(x);
}
double libCosh(double x) {
  return std::cosh(x);
}
double libErf(double x) {
  return std::erf(x);
}
double libErfc(double x) {
  return std::erfc(x);
}
double libExp(double x) {
  return std::exp(x);
}
double libExp2(double x) {
  return std::exp2(x);
}
double libExpm1(double x) {
  return std::expm1(x);
}
double libFabs(double x) {
  return std::fabs(x);
}
double libLog1p(double x) {
  return std::log1p(x);
}
double libSin(double x) {
  return std::sin(x);
}
double libSinh(double x) {
  return std::sinh(x);
}
double libSqrt(double x) {
  return std::sqrt(x);
}
double libTan(double x) {
  return std::tan(x);
}
double libTanh(double x) {
  return std::tanh(x);
}

enum class ErrorRule : uint8_t {
  // CPython's math_1: judge the result against the argument.
  FromResult,
  // math_1a: the function says what went wrong through err.
  FromErrno,
};

struct UnarySpec {
  const char* name;
  double (*fn)(double, int&);
  bool canOverflow;
  ErrorRule rule;
};

constexpr std::array kUnary = {
    UnarySpec{"acos", plain<libAcos>, false, ErrorRule::FromResult},
    UnarySpec{"acosh", plain<libAcosh>, false, ErrorRule::FromResult},
    UnarySpec{"asin", plain<libAsin>, false, ErrorRule::FromResult},
    UnarySpec{"asinh", plain<libAsinh>, false, ErrorRule::FromResult},
    UnarySpec{"atan", plain<libAtan>, false, ErrorRule::FromResult},
    UnarySpec{"atanh", plain<libAtanh>, false, ErrorRule::FromResult},
    UnarySpec{"cbrt", plain<libCbrt>, false, ErrorRule::FromResult},
    UnarySpec{"cos", plain<libCos>, false, ErrorRule::FromResult},
    UnarySpec{"cosh", plain<libCosh>, true, ErrorRule::FromResult},
    UnarySpec{"erf", plain<libErf>, false, ErrorRule::FromErrno},
    UnarySpec{"erfc", plain<libErfc>, false, ErrorRule::FromErrno},
    UnarySpec{"exp", plain<libExp>, true, ErrorRule::FromResult},
    UnarySpec{"exp2", plain<libExp2>, true, ErrorRule::FromResult},
    UnarySpec{"expm1", plain<libExpm1>, true, ErrorRule::FromResult},
    UnarySpec{"fabs", plain<libFabs>, false, ErrorRule::FromResult},
    UnarySpec{"gamma", gammaFunction, false, ErrorRule::FromErrno},
    UnarySpec{"lgamma", logGammaFunction, false, ErrorRule::FromErrno},
    UnarySpec{"log1p", plain<libLog1p>, false, ErrorRule::FromResult},
    UnarySpec{"sin", plain<libSin>, false, ErrorRule::FromResult},
    UnarySpec{"sinh", plain<libSinh>, true, ErrorRule::FromResult},
    UnarySpec{"sqrt", plain<libSqrt>, false, ErrorRule::FromResult},
    UnarySpec{"tan", plain<libTan>, false, ErrorRule::FromResult},
    UnarySpec{"tanh", plain<libTanh>, false, ErrorRule::FromResult},
};

// is_error(): EDOM is a domain error; ERANGE an overflow unless the result is small (an
// underflow, which Python ignores).
void checkErrno(Interp& I, int err, double r) {
  if (err == EDOM) raiseMathDomainError(I);
  if (err == ERANGE && std::fabs(r) >= 1.5) raiseMathRangeError(I);
}

template <size_t N>
Value unaryFunction(Interp& I, Value, CallArgs args) {
  constexpr UnarySpec spec = kUnary[N];
  checkMathSingle(I, spec.name, args);
  double x = realArg(I, args.args[0]);
  int err = 0;
  double r = spec.fn(x, err);
  if (spec.rule == ErrorRule::FromErrno) {
    checkErrno(I, err, r);
  } else {
    if (std::isnan(r) && !std::isnan(x)) raiseMathDomainError(I);
    if (std::isinf(r) && std::isfinite(x)) {
      if (spec.canOverflow) raiseMathRangeError(I);
      raiseMathDomainError(I);
    }
  }
  return newFloat(I, r);
}

// ---- two-argument functions ---------------------------------------------------------------

double atan2Function(double y, double x) {
  if (std::isnan(x) || std::isnan(y)) return kNan;
  if (std::isinf(y)) {
    if (std::isinf(x))
      return std::copysign(std::copysign(1.0, x) == 1.0 ? 0.25 * kPi : 0.75 * kPi, y);
    return std::copysign(0.5 * kPi, y);
  }
  if (std::isinf(x) || y == 0.0) return std::copysign(std::copysign(1.0, x) == 1.0 ? 0.0 : kPi, y);
  return std::atan2(y, x);
}

// IEEE remainder: x - n*y for the multiple n*y nearest x, ties to even n; always exact.
double remainderFunction(double x, double y) {
  if (std::isfinite(x) && std::isfinite(y)) {
    if (y == 0.0) return kNan;
    double absx = std::fabs(x), absy = std::fabs(y);
    double m = std::fmod(absx, absy);
    // Comparing m with absy - m decides the nearest multiple without computing 0.5 * absy,
    // which could lose precision for subnormal y.
    double c = absy - m;
    double r;
    if (m < c) {
      r = m;
    } else if (m > c) {
      r = -c;
    } else {
      r = m - 2.0 * std::fmod(0.5 * (absx - m), absy);
    }
    return std::copysign(1.0, x) * r;
  }
  if (std::isnan(x)) return x;
  if (std::isnan(y)) return y;
  if (std::isinf(x)) return kNan;
  return x;
}

double copysignFunction(double x, double y) {
  return std::copysign(x, y);
}

// CPython's math_2: NaN from non-NaN arguments is a domain error, infinity from finite ones
// an overflow.
template <double (*F)(double, double)>
Value math2(Interp& I, const char* name, CallArgs args) {
  checkMathFixed(I, name, args, 2);
  double x = realArg(I, args.args[0]);
  double y = realArg(I, args.args[1]);
  double r = F(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) raiseMathDomainError(I);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) raiseMathRangeError(I);
  return newFloat(I, r);
}

Value mathAtan2(Interp& I, Value, CallArgs args) {
  return math2<atan2Function>(I, "atan2", args);
}
Value mathRemainder(Interp& I, Value, CallArgs args) {
  return math2<remainderFunction>(I, "remainder", args);
}
Value mathCopysign(Interp& I, Value, CallArgs args) {
  return math2<copysignFunction>(I, "copysign", args);
}

Value mathFmod(Interp& I, Value, CallArgs args) {
  checkMathFixed(I, "fmod", args, 2);
  double x = realArg(I, args.args[0]);
  double y = realArg(I, args.args[1]);
  if (std::isinf(y) && std::isfinite(x)) return newFloat(I, x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) raiseMathDomainError(I);
  return newFloat(I, r);
}

Value mathPow(Interp& I, Value, CallArgs args) {
  checkMathFixed(I, "pow", args, 2);
  double x = realArg(I, args.args[0]);
  double y = realArg(I, args.args[1]);
  double r = 0.0;
  int err = 0;
  // IEEE special values are handled here, as C99 Annex F says, not left to the C library.
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) {
      r = y == 0.0 ? 1.0 : x;
    } else if (std::isnan(y)) {
      r = x == 1.0 ? 1.0 : y;
    } else if (std::isinf(x)) {
      bool oddY = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.0)
        r = oddY ? x : std::fabs(x);
      else if (y == 0.0)
        r = 1.0;
      else
        r = oddY ? std::copysign(0.0, x) : 0.0;
    } else {
      if (std::fabs(x) == 1.0)
        r = 1.0;
      else if (y > 0.0 && std::fabs(x) > 1.0)
        r = y;
      else if (y < 0.0 && std::fabs(x) < 1.0)
        r = -y;
      else
        r = 0.0;
    }
  } else {
    r = std::pow(x, y);
    if (std::isnan(r))
      err = EDOM;
    else if (std::isinf(r))
      err = x == 0.0 ? EDOM : ERANGE;
  }
  checkErrno(I, err, r);
  return newFloat(I, r);
}

// ---- logarithms --------------------------------------------------------------------------

double naturalLog(double x, int& err) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log(x);
    err = EDOM;
    return x == 0.0 ? -kInf : kNan;
  }
  if (std::isnan(x) || x > 0.0) return x;
  err = EDOM;
  return kNan;
}

double log2Function(double x, int& err) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    err = EDOM;
    return kNan;
  }
  if (x > 0.0) return std::log2(x);
  err = EDOM;
  return x == 0.0 ? -kInf : kNan;
}

double log10Function(double x, int& err) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log10(x);
    err = EDOM;
    return x == 0.0 ? -kInf : kNan;
  }
  if (std::isnan(x) || x > 0.0) return x;
  err = EDOM;
  return kNan;
}

// CPython's loghelper: ints of any size are handled exactly enough through frexp; other
// values go through the float function with math_1's rules.
double logOf(Interp& I, Value v, double (*f)(double, int&)) {
  if (isInt(I, v)) {
    support::BigInt n = toBigInt(v);
    if (n.sign() <= 0) raiseMathDomainError(I);
    int err = 0;
    if (n.bitLength() <= 1024) {
      try {
        return f(n.toDouble(), err);
      } catch (const support::BigIntError&) {
        // Rounds to 2**1024: too large for a float, so take the frexp route below.
      }
    }
    int64_t exponent = 0;
    double mantissa = n.frexp(exponent);
    return f(mantissa, err) + f(2.0, err) * static_cast<double>(exponent);
  }
  double x = realArg(I, v);
  int err = 0;
  double r = f(x, err);
  if (std::isnan(r) && !std::isnan(x)) raiseMathDomainError(I);
  if (std::isinf(r) && std::isfinite(x)) raiseMathDomainError(I);
  return r;
}

Value mathLog(Interp& I, Value, CallArgs args) {
  checkNoKeywords(I, "log", args);
  if (args.nargs < 1 || args.nargs > 2) raiseTypeError(I, "math.log requires 1 to 2 arguments");
  double num = logOf(I, args.args[0], naturalLog);
  if (args.nargs == 1) return newFloat(I, num);
  double den = logOf(I, args.args[1], naturalLog);
  if (den == 0.0) raiseError(I, I.exc.ZeroDivisionError, "float division by zero");
  return newFloat(I, num / den);
}

Value mathLog2(Interp& I, Value, CallArgs args) {
  checkMathSingle(I, "log2", args);
  return newFloat(I, logOf(I, args.args[0], log2Function));
}

Value mathLog10(Interp& I, Value, CallArgs args) {
  checkMathSingle(I, "log10", args);
  return newFloat(I, logOf(I, args.args[0], log10Function));
}

// ---- float decomposition and neighbours ------------------------------------------------

Value floatPair(Interp& I, double a, Value b) {
  Ref first = Ref::steal(newFloat(I, a));
  Ref second = Ref::steal(b);
  return Value(newTupleOf(I, {first.get(), second.get()}));
}

Value mathFrexp(Interp& I, Value, CallArgs args) {
  checkMathSingle(I, "frexp", args);
  double x = realArg(I, args.args[0]);
  int exponent = 0;
  if (std::isfinite(x) && x != 0.0) x = std::frexp(x, &exponent);
  return floatPair(I, x, newInt(I, exponent));
}

Value mathLdexp(Interp& I, Value, CallArgs args) {
  checkMathFixed(I, "ldexp", args, 2);
  double x = realArg(I, args.args[0]);
  Value i = args.args[1];
  if (!isInt(I, i)) raiseTypeError(I, "Expected an int as second argument to ldexp.");
  int64_t exponent;
  if (!intToInt64(i, exponent))
    exponent = toBigInt(i).isNegative() ? std::numeric_limits<int64_t>::min()
                                        : std::numeric_limits<int64_t>::max();
  double r;
  if (x == 0.0 || !std::isfinite(x)) {
    r = x;
  } else if (exponent > std::numeric_limits<int>::max()) {
    raiseMathRangeError(I);
  } else if (exponent < std::numeric_limits<int>::min()) {
    r = std::copysign(0.0, x);
  } else {
    r = std::ldexp(x, static_cast<int>(exponent));
    if (std::isinf(r)) raiseMathRangeError(I);
  }
  return newFloat(I, r);
}

Value mathModf(Interp& I, Value, CallArgs args) {
  checkMathSingle(I, "modf", args);
  double x = realArg(I, args.args[0]);
  if (std::isinf(x)) return floatPair(I, std::copysign(0.0, x), newFloat(I, x));
  if (std::isnan(x)) return floatPair(I, x, newFloat(I, x));
  double integral;
  double fractional = std::modf(x, &integral);
  return floatPair(I, fractional, newFloat(I, integral));
}

Value mathNextafter(Interp& I, Value, CallArgs args) {
  checkMathFixed(I, "nextafter", args, 2);
  double x = realArg(I, args.args[0]);
  double y = realArg(I, args.args[1]);
  return newFloat(I, std::nextafter(x, y));
}

Value mathUlp(Interp& I, Value, CallArgs args) {
  checkMathSingle(I, "ulp", args);
  double x = realArg(I, args.args[0]);
  if (std::isnan(x)) return newFloat(I, x);
  x = std::fabs(x);
  if (std::isinf(x)) return newFloat(I, x);
  double next = std::nextafter(x, kInf);
  // The largest finite float has no finite successor: measure the gap below it instead.
  if (std::isinf(next)) return newFloat(I, x - std::nextafter(x, -kInf));
  return newFloat(I, next - x);
}

Value mathDegrees(Interp& I, Value, CallArgs args) {
  checkMathSingle(I, "degrees", args);
  return newFloat(I, realArg(I, args.args[0]) * (180.0 / kPi));
}

Value mathRadians(Interp& I, Value, CallArgs args) {
  checkMathSingle(I, "radians", args);
  return newFloat(I, realArg(I, args.args[0]) * (kPi / 180.0));
}

Value mathIsfinite(Interp& I, Value, CallArgs args) {
  checkMathSingle(I, "isfinite", args);
  return I.boolean(std::isfinite(realArg(I, args.args[0])));
}

Value mathIsinf(Interp& I, Value, CallArgs args) {
  checkMathSingle(I, "isinf", args);
  return I.boolean(std::isinf(realArg(I, args.args[0])));
}

Value mathIsnan(Interp& I, Value, CallArgs args) {
  checkMathSingle(I, "isnan", args);
  return I.boolean(std::isnan(realArg(I, args.args[0])));
}

Value mathIsclose(Interp& I, Value, CallArgs args) {
  if (args.nargs > 2)
    raiseTypeError(I, "isclose() takes exactly 2 positional arguments (" +
                          std::to_string(args.nargs) + " given)");
  std::vector<Value> a = bindArguments(I, "isclose", args, {"a", "b", "rel_tol", "abs_tol"}, 2);
  double x = realArg(I, a[0]);
  double y = realArg(I, a[1]);
  double relTol = a[2] ? realArg(I, a[2]) : 1e-09;
  double absTol = a[3] ? realArg(I, a[3]) : 0.0;
  if (relTol < 0.0 || absTol < 0.0) raiseValueError(I, "tolerances must be non-negative");
  if (x == y) return I.boolean(true);
  if (std::isinf(x) || std::isinf(y)) return I.boolean(false);
  double diff = std::fabs(y - x);
  return I.boolean(diff <= std::fabs(relTol * y) || diff <= std::fabs(relTol * x) ||
                   diff <= absTol);
}

template <size_t... N>
void addUnaryFunctions(Interp& I, Module* module, std::index_sequence<N...>) {
  (addModuleFunction(I, module, kUnary[N].name, unaryFunction<N>), ...);
}

}  // namespace

void initMathModule(Interp& I, Module* module) {
  addUnaryFunctions(I, module, std::make_index_sequence<kUnary.size()>());
  const struct {
    const char* name;
    NativeFunction fn;
  } functions[] = {
      {"atan2", mathAtan2},       {"remainder", mathRemainder},
      {"copysign", mathCopysign}, {"fmod", mathFmod},
      {"pow", mathPow},           {"log", mathLog},
      {"log2", mathLog2},         {"log10", mathLog10},
      {"frexp", mathFrexp},       {"ldexp", mathLdexp},
      {"modf", mathModf},         {"nextafter", mathNextafter},
      {"ulp", mathUlp},           {"degrees", mathDegrees},
      {"radians", mathRadians},   {"isfinite", mathIsfinite},
      {"isinf", mathIsinf},       {"isnan", mathIsnan},
      {"isclose", mathIsclose},
  };
  for (const auto& f : functions)
    addModuleFunction(I, module, f.name, f.fn);
  initMathIntegerFunctions(I, module);
  initMathSumFunctions(I, module);
  const struct {
    const char* name;
    double value;
  } constants[] = {{"pi", kPi},
                   {"e", 2.718281828459045235360287471352662498},
                   {"tau", 6.283185307179586476925286766559005768},
                   {"inf", kInf},
                   {"nan", kNan}};
  for (const auto& c : constants) {
    Ref v = Ref::steal(newFloat(I, c.value));
    addModuleValue(I, module, c.name, v.get());
  }
}

}  // namespace rw
