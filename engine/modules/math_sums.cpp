// The math module's sums and norms: fsum (exact summation with Shewchuk's partials, rounded
// once at the end like CPython), hypot and dist (scaled, compensated sum of squares with a
// corrected square root), and prod.
#include <cmath>
#include <vector>

#include "modules/math_module.h"
#include "modules/module_support.h"
#include "modules/native_modules.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

Value mathFsum(Interp& I, Value, CallArgs args) {
  checkMathSingle(I, "fsum", args);
  Ref it = Ref::steal(getIter(I, args.args[0]));
  // Non-overlapping partial sums, increasing in magnitude; together they are the exact sum.
  std::vector<double> partials;
  double specialSum = 0.0, infSum = 0.0;
  // volatile: the error terms must be computed in double precision, never simplified away.
  volatile double hi, yr, lo;
  while (Ref item = Ref::steal(iterNext(I, it.get()))) {
    double x = realArg(I, item.get());
    double original = x;
    size_t kept = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      hi = x + y;
      yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) partials[kept++] = lo;
      x = hi;
    }
    partials.resize(kept);
    if (x == 0.0) continue;
    if (!std::isfinite(x)) {
      // A non-finite sum comes from an overflow or from an inf or nan among the items.
      if (std::isfinite(original))
        raiseError(I, I.exc.OverflowError, "intermediate overflow in fsum");
      if (std::isinf(original)) infSum += original;
      specialSum += original;
      partials.clear();
    } else {
      partials.push_back(x);
    }
  }
  if (specialSum != 0.0) {
    if (std::isnan(infSum)) raiseValueError(I, "-inf + inf in fsum");
    return newFloat(I, specialSum);
  }
  hi = 0.0;
  size_t n = partials.size();
  if (n > 0) {
    hi = partials[--n];
    // Add from the top down while the sum stays exact.
    lo = 0.0;
    while (n > 0) {
      double x = hi;
      double y = partials[--n];
      hi = x + y;
      yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Round half to even across partials: when the remainder and the next partial point the
    // same way, the true sum lies beyond the halfway point.
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return newFloat(I, hi);
}

// sqrt(sum(x*x for x in values)) for non-negative values whose largest is max: scaled by a
// power of two, squares split exactly (Veltkamp-Dekker), summed with compensation, and the
// root corrected by one Newton step.
double vectorNorm(const std::vector<double>& values, double max, bool foundNan) {
  if (std::isinf(max)) return max;
  if (foundNan) return NAN;
  if (max == 0.0 || values.size() <= 1) return max;
  double csum = 1.0, frac = 0.0;
  auto accumulate = [&](double x) {
    double old = csum;
    csum += x;
    frac += (old - csum) + x;
  };
  int maxExponent;
  std::frexp(max, &maxExponent);
  if (maxExponent >= -1023) {
    const double kSplit = 134217729.0;  // 2**27 + 1
    double scale = std::ldexp(1.0, -maxExponent);
    for (double value : values) {
      double x = value * scale;
      double t = x * kSplit;
      double hi = t - (t - x);
      double lo = x - hi;
      accumulate(hi * hi);
      accumulate(2.0 * hi * lo);
      frac += lo * lo;
    }
    double h = std::sqrt(csum - 1.0 + frac);
    double t = h * kSplit;
    double hi = t - (t - h);
    double lo = h - hi;
    accumulate(-hi * hi);
    accumulate(-2.0 * hi * lo);
    frac += -lo * lo;
    double x = csum - 1.0 + frac;
    return (h + x / (2.0 * h)) / scale;
  }
  // Subnormal max: 2**-maxExponent would overflow, so divide by max instead.
  for (double value : values) {
    double x = value / max;
    accumulate(x * x);
  }
  return max * std::sqrt(csum - 1.0 + frac);
}

Value mathHypot(Interp& I, Value, CallArgs args) {
  checkNoKeywords(I, "math.hypot", args);
  std::vector<double> values;
  double max = 0.0;
  bool foundNan = false;
  for (size_t i = 0; i < args.nargs; ++i) {
    double x = std::fabs(realArg(I, args.args[i]));
    values.push_back(x);
    foundNan |= std::isnan(x);
    if (x > max) max = x;
  }
  return newFloat(I, vectorNorm(values, max, foundNan));
}

Value mathDist(Interp& I, Value, CallArgs args) {
  checkMathFixed(I, "dist", args, 2);
  Ref p = Ref::steal(tupleOf(I, args.args[0]));
  Ref q = Ref::steal(tupleOf(I, args.args[1]));
  Tuple* pt = p.as<Tuple>();
  Tuple* qt = q.as<Tuple>();
  if (pt->size != qt->size)
    raiseValueError(I, "both points must have the same number of dimensions");
  std::vector<double> diffs;
  double max = 0.0;
  bool foundNan = false;
  for (int64_t i = 0; i < pt->size; ++i) {
    double px = realArg(I, pt->item(i));
    double qx = realArg(I, qt->item(i));
    double x = std::fabs(px - qx);
    diffs.push_back(x);
    foundNan |= std::isnan(x);
    if (x > max) max = x;
  }
  return newFloat(I, vectorNorm(diffs, max, foundNan));
}

Value mathProd(Interp& I, Value, CallArgs args) {
  if (args.nargs != 1)
    raiseTypeError(
        I, "prod() takes exactly 1 positional argument (" + std::to_string(args.nargs) + " given)");
  std::vector<Value> a = bindArguments(I, "prod", args, {"iterable", "start"}, 1, 1);
  Ref it = Ref::steal(getIter(I, a[0]));
  Ref result = Ref::borrow(a[1] ? a[1] : Value::smallInt(1));
  while (Ref item = Ref::steal(iterNext(I, it.get())))
    result = Ref::steal(binaryOp(I, result.get(), item.get(), BinaryOp::Multiply));
  return result.release();
}

}  // namespace

void initMathSumFunctions(Interp& I, Module* module) {
  addModuleFunction(I, module, "fsum", mathFsum);
  addModuleFunction(I, module, "hypot", mathHypot);
  addModuleFunction(I, module, "dist", mathDist);
  addModuleFunction(I, module, "prod", mathProd);
}

}  // namespace rw
