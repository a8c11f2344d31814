// BigInt powers, modular powers and inverses, gcd and integer square root.
#include <algorithm>
#include <bit>
#include <cmath>

#include "support/bigint.h"
#include "support/bigint_access.h"
#include "support/bigint_limbs.h"

namespace rw::support {

using bigint_detail::Access;
using bigint_detail::Limb;
using bigint_detail::LimbVector;

namespace {

bool bitAt(const BigInt& x, uint64_t index) {
  const auto limbs = x.limbs();
  const uint64_t limb = index / BigInt::kLimbBits;
  return limb < limbs.size() && ((limbs[limb] >> (index % BigInt::kLimbBits)) & 1) != 0;
}

// x**-1 modulo m for m > 1, by the extended Euclidean algorithm on (x mod m, m).
BigInt modularInverse(const BigInt& x, const BigInt& m) {
  BigInt remainder = floorMod(x, m);
  BigInt previousRemainder = m;
  BigInt coefficient(1);
  BigInt previousCoefficient(0);
  while (!remainder.isZero()) {
    auto [quotient, next] = divmod(previousRemainder, remainder);
    previousRemainder = std::move(remainder);
    remainder = std::move(next);
    BigInt nextCoefficient = previousCoefficient - quotient * coefficient;
    previousCoefficient = std::move(coefficient);
    coefficient = std::move(nextCoefficient);
  }
  if (previousRemainder != BigInt(1)) {
    throw BigIntError(BigIntError::Kind::Value, "base is not invertible for the given modulus");
  }
  return floorMod(previousCoefficient, m);
}

uint64_t gcdWords(uint64_t a, uint64_t b) {
  while (b != 0) {
    const uint64_t rest = a % b;
    a = b;
    b = rest;
  }
  return a;
}

uint64_t toWord(const BigInt& x) {
  const auto limbs = x.limbs();
  uint64_t word = 0;
  for (size_t i = 0; i < limbs.size(); ++i)
    word |= uint64_t{limbs[i]} << (32 * i);
  return word;
}

// The top 62 bits of x shifted right by `shift` (x >> shift must fit).
int64_t bitsFrom(const BigInt& x, uint64_t shift) {
  return static_cast<int64_t>(toWord(x >> shift));
}

// first * a + second * b for cofactors of at most 2**30 in magnitude whose combination is
// known to be nonnegative and no larger than max(a, b).
BigInt combine(int64_t first, const BigInt& a, int64_t second, const BigInt& b) {
  const size_t n = std::max(Access::size(a), Access::size(b));
  BigInt result;
  Limb* out = Access::prepare(result, n);
  int64_t carry = 0;
  for (size_t i = 0; i < n; ++i) {
    const int64_t x = i < Access::size(a) ? Access::limbs(a)[i] : 0;
    const int64_t y = i < Access::size(b) ? Access::limbs(b)[i] : 0;
    const int64_t sum = first * x + second * y + carry;
    out[i] = static_cast<Limb>(sum);
    carry = sum >> 32;
  }
  Access::finish(result, n, false);
  return result;
}

}  // namespace

BigInt pow(const BigInt& base, const BigInt& exponent) {
  if (exponent.isNegative()) throw std::invalid_argument("BigInt pow: negative exponent");
  if (exponent.isZero()) return BigInt(1);
  const BigInt one(1);
  if (base.isZero() || base == one) return base;
  if (base == BigInt(-1)) return exponent.isOdd() ? base : one;
  // |base| >= 2, so the result has at least exponent + 1 bits.
  const uint64_t baseBits = base.bitLength();
  constexpr uint64_t kMaxBits = BigInt::kMaxLimbs * BigInt::kLimbBits;
  const auto count = exponent.tryInt64();
  if (!count || static_cast<uint64_t>(*count) > kMaxBits / (baseBits - 1)) {
    bigint_detail::throwMemoryError();
  }
  const auto e = static_cast<uint64_t>(*count);
  if (base.bitCount() == 1) {
    // ±2**k: a shift.
    BigInt result = one << ((baseBits - 1) * e);
    return base.isNegative() && (e & 1) != 0 ? -std::move(result) : result;
  }
  // Left to right, so that the multiplications are by the (small) base.
  BigInt result = base;
  for (int bit = std::bit_width(e) - 2; bit >= 0; --bit) {
    result = result * result;
    if (((e >> bit) & 1) != 0) result = result * base;
  }
  return result;
}

BigInt powMod(const BigInt& base, const BigInt& exponent, const BigInt& modulus) {
  if (modulus.isZero()) {
    throw BigIntError(BigIntError::Kind::Value, "pow() 3rd argument cannot be 0");
  }
  const BigInt m = modulus.abs();
  if (m == BigInt(1)) return BigInt();
  BigInt factor = exponent.isNegative() ? modularInverse(base, m) : floorMod(base, m);
  const BigInt power = exponent.abs();
  BigInt result(1);
  for (uint64_t bit = power.bitLength(); bit-- > 0;) {
    result = floorMod(result * result, m);
    if (bitAt(power, bit)) result = floorMod(result * factor, m);
  }
  if (modulus.isNegative() && !result.isZero()) result = result - m;
  return result;
}

BigInt gcd(const BigInt& a, const BigInt& b) {
  BigInt x = a.abs();
  BigInt y = b.abs();
  if (x < y) std::swap(x, y);
  // Lehmer's algorithm (Knuth, TAOCP 4.5.2, Algorithm L): run Euclid on the leading 62 bits
  // while the quotients provably agree with the full numbers', then apply the accumulated
  // cofactors to the full numbers in one pass.
  constexpr int64_t kCofactorLimit = int64_t{1} << 30;
  while (Access::size(y) > 2) {
    const uint64_t shift = x.bitLength() - 62;
    int64_t high = bitsFrom(x, shift);
    int64_t low = bitsFrom(y, shift);
    int64_t a0 = 1, b0 = 0, a1 = 0, b1 = 1;
    while (low + a1 != 0 && low + b1 != 0) {
      const int64_t q = (high + a0) / (low + a1);
      if (q != (high + b0) / (low + b1) || q > kCofactorLimit) break;
      const int64_t nextA = a0 - q * a1;
      const int64_t nextB = b0 - q * b1;
      if (std::abs(nextA) > kCofactorLimit || std::abs(nextB) > kCofactorLimit) break;
      a0 = a1;
      a1 = nextA;
      b0 = b1;
      b1 = nextB;
      const int64_t rest = high - q * low;
      high = low;
      low = rest;
    }
    if (b0 == 0) {
      BigInt rest = floorMod(x, y);
      x = std::move(y);
      y = std::move(rest);
    } else {
      BigInt nextX = combine(a0, x, b0, y);
      y = combine(a1, x, b1, y);
      x = std::move(nextX);
    }
  }
  if (y.isZero()) return x;
  if (Access::size(x) > 2) x = floorMod(x, y);
  return BigInt::fromUint64(gcdWords(toWord(y), toWord(x)));
}

BigInt isqrt(const BigInt& n) {
  if (n.isNegative()) {
    throw BigIntError(BigIntError::Kind::Value, "isqrt() argument must be nonnegative");
  }
  if (Access::size(n) <= 2) {
    const uint64_t value = toWord(n);
    auto root = static_cast<uint64_t>(std::sqrt(static_cast<double>(value)));
    // The double estimate is within one of the answer; settle it exactly.
    while (root > 0 && (root > UINT32_MAX || root * root > value))
      --root;
    while (root < UINT32_MAX && (root + 1) * (root + 1) <= value)
      ++root;
    return BigInt::fromUint64(root);
  }
  // Newton's iteration at doubling precision: after each step `root` is within one of
  // isqrt(n >> (2 * (c - d))), with d the number of bits of precision reached so far.
  const uint64_t c = (n.bitLength() - 1) / 2;
  BigInt root(1);
  uint64_t d = 0;
  for (int s = std::bit_width(c) - 1; s >= 0; --s) {
    const uint64_t e = d;
    d = c >> s;
    root = (root << (d - e - 1)) + floorDiv(n >> (2 * c - e - d + 1), root);
  }
  if (root * root > n) root = root - BigInt(1);
  return root;
}

}  // namespace rw::support
