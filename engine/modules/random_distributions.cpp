// Random's real-valued distributions, written as random.py writes them: arguments take part
// through Python arithmetic (so ints, floats and errors behave as in CPython) and the
// intermediate values are floats.
#include <cmath>

#include "modules/math_module.h"
#include "modules/module_support.h"
#include "modules/random_module.h"
#include "objects/float.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

constexpr double kPi = 3.141592653589793;
constexpr double kTwoPi = 2.0 * kPi;
constexpr double kE = 2.718281828459045;
const double kNormalMagic = 4 * std::exp(-0.5) / std::sqrt(2.0);
const double kLog4 = std::log(4.0);
const double kGammaMagic = 1.0 + std::log(4.5);

// math.log, math.exp, math.sqrt, math.acos with their errors.
double pyLog(Interp& I, double x) {
  if (!(x > 0.0)) raiseMathDomainError(I);
  return std::log(x);
}
double pyExp(Interp& I, double x) {
  double r = std::exp(x);
  if (std::isinf(r) && std::isfinite(x)) raiseMathRangeError(I);
  return r;
}
double pySqrt(Interp& I, double x) {
  if (x < 0.0) raiseMathDomainError(I);
  return std::sqrt(x);
}
double pyAcos(Interp& I, double x) {
  double r = std::acos(x);
  if (std::isnan(r) && !std::isnan(x)) raiseMathDomainError(I);
  return r;
}

Value number(Interp& I, double v) {
  return newFloat(I, v);
}

// a OP b for a float a and any b.
Ref floatOp(Interp& I, double a, Value b, BinaryOp op) {
  Ref x = Ref::steal(number(I, a));
  return Ref::steal(binaryOp(I, x.get(), b, op));
}

// mu + z * sigma.
Value shiftScale(Interp& I, Value mu, Value z, Value sigma) {
  Ref scaled = Ref::steal(binaryOp(I, z, sigma, BinaryOp::Multiply));
  return binaryOp(I, mu, scaled.get(), BinaryOp::Add);
}

Value orFloat(Interp& I, Value v, double fallback) {
  return v ? newRef(v) : number(I, fallback);
}

Value randomUniform(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindMethod(I, "uniform", self, args, {"a", "b"}, 2);
  Ref width = Ref::steal(binaryOp(I, a[1], a[0], BinaryOp::Subtract));
  Ref u = Ref::steal(number(I, RandomSource(I, self).random()));
  Ref offset = Ref::steal(binaryOp(I, width.get(), u.get(), BinaryOp::Multiply));
  return binaryOp(I, a[0], offset.get(), BinaryOp::Add);
}

Value randomTriangular(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindMethod(I, "triangular", self, args, {"low", "high", "mode"}, 0);
  Ref low = Ref::steal(orFloat(I, a[0], 0.0));
  Ref high = Ref::steal(orFloat(I, a[1], 1.0));
  double u = RandomSource(I, self).random();
  Ref c;
  if (!a[2] || a[2].is(I.None())) {
    c = Ref::steal(number(I, 0.5));
  } else {
    try {
      Ref above = Ref::steal(binaryOp(I, a[2], low.get(), BinaryOp::Subtract));
      Ref span = Ref::steal(binaryOp(I, high.get(), low.get(), BinaryOp::Subtract));
      c = Ref::steal(binaryOp(I, above.get(), span.get(), BinaryOp::TrueDivide));
    } catch (PyException&) {
      if (!isInstance(I, I.pendingException, I.exc.ZeroDivisionError)) throw;
      decref(I.takePendingException());
      return low.release();
    }
  }
  Ref uValue = Ref::steal(number(I, u));
  if (compareBool(I, uValue.get(), c.get(), CompareOp::Gt)) {
    uValue = Ref::steal(number(I, 1.0 - u));
    c = floatOp(I, 1.0, c.get(), BinaryOp::Subtract);
    std::swap(low, high);
  }
  Ref product = Ref::steal(binaryOp(I, uValue.get(), c.get(), BinaryOp::Multiply));
  Ref root = Ref::steal(number(I, pySqrt(I, realArg(I, product.get()))));
  Ref span = Ref::steal(binaryOp(I, high.get(), low.get(), BinaryOp::Subtract));
  Ref offset = Ref::steal(binaryOp(I, span.get(), root.get(), BinaryOp::Multiply));
  return binaryOp(I, low.get(), offset.get(), BinaryOp::Add);
}

double normalSample(Interp& I, RandomSource& r) {
  while (true) {
    double u1 = r.random();
    double u2 = 1.0 - r.random();
    double z = kNormalMagic * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -pyLog(I, u2)) return z;
  }
}

Value randomNormalvariate(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindMethod(I, "normalvariate", self, args, {"mu", "sigma"}, 0);
  Ref mu = Ref::steal(orFloat(I, a[0], 0.0));
  Ref sigma = Ref::steal(orFloat(I, a[1], 1.0));
  RandomSource source(I, self);
  Ref z = Ref::steal(number(I, normalSample(I, source)));
  return shiftScale(I, mu.get(), z.get(), sigma.get());
}

Value randomGauss(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindMethod(I, "gauss", self, args, {"mu", "sigma"}, 0);
  Ref mu = Ref::steal(orFloat(I, a[0], 0.0));
  Ref sigma = Ref::steal(orFloat(I, a[1], 1.0));
  RandomSource r(I, self);
  RandomObject* state = static_cast<RandomObject*>(self.asObject());
  // Two values per pair of draws; the second waits in gauss_next.
  Ref z = Ref::steal(state->gaussNext);
  state->gaussNext = Value();
  if (!z) {
    double angle = r.random() * kTwoPi;
    double radius = pySqrt(I, -2.0 * pyLog(I, 1.0 - r.random()));
    z = Ref::steal(number(I, std::cos(angle) * radius));
    state->gaussNext = number(I, std::sin(angle) * radius);
  }
  return shiftScale(I, mu.get(), z.get(), sigma.get());
}

Value randomLognormvariate(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindMethod(I, "lognormvariate", self, args, {"mu", "sigma"}, 2);
  RandomSource source(I, self);
  Ref z = Ref::steal(number(I, normalSample(I, source)));
  Ref normal = Ref::steal(shiftScale(I, a[0], z.get(), a[1]));
  return number(I, pyExp(I, realArg(I, normal.get())));
}

Value randomExpovariate(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindMethod(I, "expovariate", self, args, {"lambd"}, 1);
  double x = -pyLog(I, 1.0 - RandomSource(I, self).random());
  return floatOp(I, x, a[0], BinaryOp::TrueDivide).release();
}

Value randomVonmisesvariate(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindMethod(I, "vonmisesvariate", self, args, {"mu", "kappa"}, 2);
  RandomSource r(I, self);
  Ref threshold = Ref::steal(number(I, 1e-6));
  if (compareBool(I, a[1], threshold.get(), CompareOp::Le)) return number(I, kTwoPi * r.random());
  double s = realArg(I, floatOp(I, 0.5, a[1], BinaryOp::TrueDivide).get());
  double radius = s + pySqrt(I, 1.0 + s * s);
  double z;
  while (true) {
    double u1 = r.random();
    z = std::cos(kPi * u1);
    double d = z / (radius + z);
    double u2 = r.random();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * pyExp(I, d)) break;
  }
  double q = 1.0 / radius;
  double f = (q + z) / (1.0 + q * z);
  double u3 = r.random();
  Ref angle = Ref::steal(number(I, pyAcos(I, f)));
  Ref sum =
      Ref::steal(binaryOp(I, a[0], angle.get(), u3 > 0.5 ? BinaryOp::Add : BinaryOp::Subtract));
  Ref turn = Ref::steal(number(I, kTwoPi));
  return binaryOp(I, sum.get(), turn.get(), BinaryOp::Remainder);
}

double gammaSample(Interp& I, RandomSource& r, Value alphaArg, Value betaArg) {
  Ref zero = Ref::steal(number(I, 0.0));
  if (compareBool(I, alphaArg, zero.get(), CompareOp::Le) ||
      compareBool(I, betaArg, zero.get(), CompareOp::Le))
    raiseValueError(I, "gammavariate: alpha and beta must be > 0.0");
  double alpha = realArg(I, alphaArg);
  double beta = realArg(I, betaArg);
  if (alpha > 1.0) {
    // Cheng's rejection algorithm GB.
    double ainv = pySqrt(I, 2.0 * alpha - 1.0);
    double bbb = alpha - kLog4;
    double ccc = alpha + ainv;
    while (true) {
      double u1 = r.random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      double u2 = 1.0 - r.random();
      double v = pyLog(I, u1 / (1.0 - u1)) / ainv;
      double x = alpha * pyExp(I, v);
      double z = u1 * u1 * u2;
      double rr = bbb + ccc * v - x;
      if (rr + kGammaMagic - 4.5 * z >= 0.0 || rr >= pyLog(I, z)) return x * beta;
    }
  }
  if (alpha == 1.0) return -pyLog(I, 1.0 - r.random()) * beta;
  // alpha < 1: the ALGORITHM GS of Statistical Computing (Kennedy & Gentle).
  double x;
  while (true) {
    double u = r.random();
    double b = (kE + alpha) / kE;
    double p = b * u;
    x = p <= 1.0 ? std::pow(p, 1.0 / alpha) : -pyLog(I, (b - p) / alpha);
    double u1 = r.random();
    if (p > 1.0) {
      if (u1 <= std::pow(x, alpha - 1.0)) break;
    } else if (u1 <= pyExp(I, -x)) {
      break;
    }
  }
  return x * beta;
}

Value randomGammavariate(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindMethod(I, "gammavariate", self, args, {"alpha", "beta"}, 2);
  RandomSource source(I, self);
  return number(I, gammaSample(I, source, a[0], a[1]));
}

Value randomBetavariate(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindMethod(I, "betavariate", self, args, {"alpha", "beta"}, 2);
  RandomSource r(I, self);
  Ref one = Ref::steal(number(I, 1.0));
  double y = gammaSample(I, r, a[0], one.get());
  if (y == 0.0) return number(I, 0.0);
  return number(I, y / (y + gammaSample(I, r, a[1], one.get())));
}

Value randomParetovariate(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindMethod(I, "paretovariate", self, args, {"alpha"}, 1);
  double u = 1.0 - RandomSource(I, self).random();
  Ref exponent = floatOp(I, -1.0, a[0], BinaryOp::TrueDivide);
  return floatOp(I, u, exponent.get(), BinaryOp::Power).release();
}

Value randomWeibullvariate(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindMethod(I, "weibullvariate", self, args, {"alpha", "beta"}, 2);
  double u = 1.0 - RandomSource(I, self).random();
  Ref exponent = floatOp(I, 1.0, a[1], BinaryOp::TrueDivide);
  Ref power = floatOp(I, -pyLog(I, u), exponent.get(), BinaryOp::Power);
  return binaryOp(I, a[0], power.get(), BinaryOp::Multiply);
}

}  // namespace

std::vector<RandomMethod> randomDistributionMethods() {
  return {{"uniform", randomUniform},
          {"triangular", randomTriangular},
          {"normalvariate", randomNormalvariate},
          {"gauss", randomGauss},
          {"lognormvariate", randomLognormvariate},
          {"expovariate", randomExpovariate},
          {"vonmisesvariate", randomVonmisesvariate},
          {"gammavariate", randomGammavariate},
          {"betavariate", randomBetavariate},
          {"paretovariate", randomParetovariate},
          {"weibullvariate", randomWeibullvariate}};
}

}  // namespace rw
