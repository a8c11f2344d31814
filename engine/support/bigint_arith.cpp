// BigInt addition, subtraction, multiplication, floor division and true division.
#include <algorithm>
#include <cmath>

#include "support/bigint.h"
#include "support/bigint_access.h"
#include "support/bigint_limbs.h"

namespace rw::support {

using bigint_detail::Access;
using bigint_detail::Limb;

namespace {

// a + b when `subtract` is false, a - b when it is true.
BigInt addSigned(const BigInt& a, const BigInt& b, bool subtract) {
  const bool aNegative = a.isNegative();
  const bool bNegative = b.isNegative() != subtract;
  const Limb* x = Access::limbs(a);
  const Limb* y = Access::limbs(b);
  size_t xn = Access::size(a);
  size_t yn = Access::size(b);
  BigInt result;
  if (aNegative == bNegative) {
    if (xn < yn) {
      std::swap(x, y);
      std::swap(xn, yn);
    }
    Limb* out = Access::prepare(result, xn + 1);
    out[xn] = bigint_detail::addMagnitudes(out, x, xn, y, yn);
    Access::finish(result, xn + 1, aNegative);
    return result;
  }
  const int order = bigint_detail::compareMagnitudes(x, xn, y, yn);
  if (order == 0) return result;
  bool negative = aNegative;
  if (order < 0) {
    std::swap(x, y);
    std::swap(xn, yn);
    negative = bNegative;
  }
  Limb* out = Access::prepare(result, xn);
  bigint_detail::subtractMagnitudes(out, x, xn, y, yn);
  Access::finish(result, xn, negative);
  return result;
}

void requireNonzero(const BigInt& divisor, const char* message) {
  if (divisor.isZero()) throw BigIntError(BigIntError::Kind::ZeroDivision, message);
}

constexpr const char* kDivisionByZero = "integer division or modulo by zero";

}  // namespace

namespace bigint_detail {

void divideTruncated(const BigInt& a, const BigInt& b, BigInt* quotient, BigInt* remainder) {
  const Limb* x = Access::limbs(a);
  const Limb* y = Access::limbs(b);
  const size_t xn = Access::size(a);
  const size_t yn = Access::size(b);
  if (compareMagnitudes(x, xn, y, yn) < 0) {
    if (quotient != nullptr) *quotient = BigInt();
    if (remainder != nullptr) *remainder = a.abs();
    return;
  }
  if (yn == 1) {
    Limb rest;
    if (quotient != nullptr) {
      BigInt q;
      Limb* out = Access::prepare(q, xn);
      rest = divideByLimb(out, x, xn, y[0]);
      Access::finish(q, xn, false);
      *quotient = std::move(q);
    } else {
      rest = remainderByLimb(x, xn, y[0]);
    }
    if (remainder != nullptr) *remainder = BigInt::fromUint64(rest);
    return;
  }
  BigInt q;
  BigInt r;
  Limb* qOut = quotient != nullptr ? Access::prepare(q, xn - yn + 1) : nullptr;
  Limb* rOut = remainder != nullptr ? Access::prepare(r, yn) : nullptr;
  divideMagnitudes(qOut, rOut, x, xn, y, yn);
  if (quotient != nullptr) {
    Access::finish(q, xn - yn + 1, false);
    *quotient = std::move(q);
  }
  if (remainder != nullptr) {
    Access::finish(r, yn, false);
    *remainder = std::move(r);
  }
}

}  // namespace bigint_detail

BigInt operator+(const BigInt& a, const BigInt& b) {
  return addSigned(a, b, false);
}

BigInt operator-(const BigInt& a, const BigInt& b) {
  return addSigned(a, b, true);
}

BigInt operator*(const BigInt& a, const BigInt& b) {
  const size_t xn = Access::size(a);
  const size_t yn = Access::size(b);
  BigInt result;
  if (xn == 0 || yn == 0) return result;
  Limb* out = Access::prepare(result, xn + yn);
  if (yn == 1) {
    out[xn] = bigint_detail::multiplyByLimb(out, Access::limbs(a), xn, Access::limbs(b)[0]);
  } else if (xn == 1) {
    out[yn] = bigint_detail::multiplyByLimb(out, Access::limbs(b), yn, Access::limbs(a)[0]);
  } else {
    bigint_detail::multiplyMagnitudes(out, Access::limbs(a), xn, Access::limbs(b), yn);
  }
  Access::finish(result, xn + yn, a.isNegative() != b.isNegative());
  return result;
}

std::pair<BigInt, BigInt> divmod(const BigInt& a, const BigInt& b) {
  requireNonzero(b, kDivisionByZero);
  BigInt quotient;
  BigInt remainder;
  bigint_detail::divideTruncated(a, b, &quotient, &remainder);
  const bool signsDiffer = a.isNegative() != b.isNegative();
  // Floor semantics: a nonzero remainder of mixed signs moves the quotient down by one
  // and the remainder over to the divisor's side.
  if (signsDiffer && !remainder.isZero()) {
    quotient = std::move(quotient) + BigInt(1);
    remainder = b.abs() - remainder;
  }
  if (signsDiffer) Access::negate(quotient);
  if (b.isNegative()) Access::negate(remainder);
  return {std::move(quotient), std::move(remainder)};
}

BigInt floorDiv(const BigInt& a, const BigInt& b) {
  requireNonzero(b, kDivisionByZero);
  if (a.isNegative() == b.isNegative()) {
    BigInt quotient;
    bigint_detail::divideTruncated(a, b, &quotient, nullptr);
    return quotient;
  }
  return divmod(a, b).first;
}

BigInt floorMod(const BigInt& a, const BigInt& b) {
  requireNonzero(b, "integer modulo by zero");
  BigInt remainder;
  bigint_detail::divideTruncated(a, b, nullptr, &remainder);
  if (a.isNegative() != b.isNegative() && !remainder.isZero()) {
    remainder = b.abs() - remainder;
  }
  if (b.isNegative()) Access::negate(remainder);
  return remainder;
}

double trueDiv(const BigInt& a, const BigInt& b) {
  requireNonzero(b, "division by zero");
  const bool negative = a.isNegative() != b.isNegative();
  if (a.isZero()) return negative ? -0.0 : 0.0;
  constexpr int kMantissaBits = 53;
  if (a.bitLength() <= kMantissaBits && b.bitLength() <= kMantissaBits) {
    // Both are exact doubles, so IEEE division already rounds correctly.
    return static_cast<double>(a.toInt64()) / static_cast<double>(b.toInt64());
  }
  const BigInt numerator = a.abs();
  const BigInt denominator = b.abs();
  // 2**(difference - 1) < a / b < 2**(difference + 1).
  const int64_t difference =
      static_cast<int64_t>(numerator.bitLength()) - static_cast<int64_t>(denominator.bitLength());
  if (difference > 1025) {
    throw BigIntError(BigIntError::Kind::Overflow, "integer division result too large for a float");
  }
  if (difference < -1080) return negative ? -0.0 : 0.0;
  // Scale so that the integer quotient has 55 or 56 bits (two guard bits beyond the 53 kept),
  // or for subnormal results keeps its bits down to two below 2**-1074.
  constexpr int64_t kMinExponent = -1021;
  const int64_t shift = std::max(difference, kMinExponent) - kMantissaBits - 2;
  bool inexact = false;
  BigInt scaled;
  if (shift >= 0) {
    scaled = numerator >> static_cast<uint64_t>(shift);
    inexact = (scaled << static_cast<uint64_t>(shift)) != numerator;
  } else {
    scaled = numerator << static_cast<uint64_t>(-shift);
  }
  BigInt quotient;
  BigInt remainder;
  bigint_detail::divideTruncated(scaled, denominator, &quotient, &remainder);
  inexact = inexact || !remainder.isZero();
  const auto quotientBits = static_cast<int64_t>(quotient.bitLength());
  const int64_t dropped = std::max(quotientBits - kMantissaBits, -1074 - shift);
  auto kept = static_cast<uint64_t>(quotient.toInt64());
  const uint64_t lost = kept & ((uint64_t{1} << dropped) - 1);
  const uint64_t half = uint64_t{1} << (dropped - 1);
  kept >>= dropped;
  if (lost > half || (lost == half && (inexact || (kept & 1) != 0))) ++kept;
  const double magnitude = std::ldexp(static_cast<double>(kept), static_cast<int>(shift + dropped));
  if (std::isinf(magnitude)) {
    throw BigIntError(BigIntError::Kind::Overflow, "integer division result too large for a float");
  }
  return negative ? -magnitude : magnitude;
}

}  // namespace rw::support
