// BigInt bitwise operations and shifts, with Python's view of negative ints as infinite
// two's complement bit strings.
#include <algorithm>

#include "support/bigint.h"
#include "support/bigint_access.h"
#include "support/bigint_limbs.h"

namespace rw::support {

using bigint_detail::Access;
using bigint_detail::Limb;
using bigint_detail::LimbVector;

namespace {

// Negates a limb array in place as an n-limb two's complement number.
void negateTwosComplement(Limb* limbs, size_t n) {
  Limb carry = 1;
  for (size_t i = 0; i < n; ++i) {
    limbs[i] = ~limbs[i] + carry;
    carry = carry != 0 && limbs[i] == 0;
  }
}

// The low n limbs of x's two's complement form (n exceeds x's limb count, so the top limb
// holds the sign).
LimbVector twosComplement(const BigInt& x, size_t n) {
  LimbVector limbs(n, 0);
  std::copy(Access::limbs(x), Access::limbs(x) + Access::size(x), limbs.begin());
  if (x.isNegative()) negateTwosComplement(limbs.data(), n);
  return limbs;
}

template <typename Operation>
BigInt bitwise(const BigInt& a, const BigInt& b, Operation operation) {
  const size_t n = std::max(Access::size(a), Access::size(b)) + 1;
  LimbVector x = twosComplement(a, n);
  const LimbVector y = twosComplement(b, n);
  for (size_t i = 0; i < n; ++i)
    x[i] = operation(x[i], y[i]);
  const bool negative = (x[n - 1] >> (BigInt::kLimbBits - 1)) != 0;
  if (negative) negateTwosComplement(x.data(), n);
  return bigint_detail::fromMagnitude(x, negative);
}

}  // namespace

BigInt operator&(const BigInt& a, const BigInt& b) {
  if (!a.isNegative() && !b.isNegative()) {
    const size_t n = std::min(Access::size(a), Access::size(b));
    BigInt result;
    Limb* out = Access::prepare(result, n);
    for (size_t i = 0; i < n; ++i)
      out[i] = Access::limbs(a)[i] & Access::limbs(b)[i];
    Access::finish(result, n, false);
    return result;
  }
  return bitwise(a, b, [](Limb x, Limb y) { return x & y; });
}

BigInt operator|(const BigInt& a, const BigInt& b) {
  return bitwise(a, b, [](Limb x, Limb y) { return x | y; });
}

BigInt operator^(const BigInt& a, const BigInt& b) {
  return bitwise(a, b, [](Limb x, Limb y) { return x ^ y; });
}

BigInt BigInt::operator~() const {
  // ~x == -(x + 1)
  return -(*this + BigInt(1));
}

BigInt operator<<(const BigInt& a, uint64_t count) {
  const size_t n = Access::size(a);
  if (n == 0 || count == 0) return a;
  const uint64_t limbShift = count / BigInt::kLimbBits;
  if (limbShift >= BigInt::kMaxLimbs) bigint_detail::throwMemoryError();
  const auto bitShift = static_cast<unsigned>(count % BigInt::kLimbBits);
  const size_t total = n + static_cast<size_t>(limbShift) + 1;
  BigInt result;
  Limb* out = Access::prepare(result, total);
  std::fill(out, out + limbShift, 0);
  out[total - 1] = bigint_detail::shiftLeftBits(out + limbShift, Access::limbs(a), n, bitShift);
  Access::finish(result, total, a.isNegative());
  return result;
}

BigInt operator>>(const BigInt& a, uint64_t count) {
  const size_t n = Access::size(a);
  if (n == 0 || count == 0) return a;
  const bool negative = a.isNegative();
  const uint64_t limbShift = count / BigInt::kLimbBits;
  if (limbShift >= n) return negative ? BigInt(-1) : BigInt();
  const auto bitShift = static_cast<unsigned>(count % BigInt::kLimbBits);
  const Limb* mag = Access::limbs(a);
  const size_t total = n - static_cast<size_t>(limbShift);
  BigInt result;
  Limb* out = Access::prepare(result, total);
  const Limb lost = bigint_detail::shiftRightBits(out, mag + limbShift, total, bitShift);
  Access::finish(result, total, negative);
  if (negative) {
    // Flooring: any one bit shifted out of a negative value rounds the magnitude up.
    const bool inexact =
        lost != 0 || std::any_of(mag, mag + limbShift, [](Limb limb) { return limb != 0; });
    if (inexact) result = result - BigInt(1);
  }
  return result;
}

}  // namespace rw::support
