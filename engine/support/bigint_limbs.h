// Magnitude kernels shared by the BigInt operations: unsigned arithmetic on little-endian
// arrays of 32-bit limbs. Sizes are limb counts; outputs never alias inputs unless a
// function says so. Internal to engine/support.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace rw::support::bigint_detail {

using Limb = uint32_t;
using Wide = uint64_t;
using LimbVector = std::vector<Limb>;

inline size_t normalizedSize(const Limb* a, size_t n) {
  while (n > 0 && a[n - 1] == 0)
    --n;
  return n;
}

// -1, 0 or 1 for normalized magnitudes.
int compareMagnitudes(const Limb* a, size_t an, const Limb* b, size_t bn);

// r = a + b with an >= bn; r has room for an limbs (may alias a). Returns the carry out.
Limb addMagnitudes(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn);
// r = a - b with a >= b and an >= bn; r has room for an limbs (may alias a). Returns the
// borrow out, which is zero when a >= b.
Limb subtractMagnitudes(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn);
// r = a * m over n limbs (may alias a); returns the limb carried out.
Limb multiplyByLimb(Limb* r, const Limb* a, size_t n, Limb m);
// r[0..n) += a * m; returns the limb carried out.
Limb addMultipleOf(Limb* r, const Limb* a, size_t n, Limb m);
// r[0..n) -= a * m; returns the limb borrowed out.
Limb subtractMultipleOf(Limb* r, const Limb* a, size_t n, Limb m);

// q = a / d over n limbs (q may alias a); returns a % d. d != 0.
Limb divideByLimb(Limb* q, const Limb* a, size_t n, Limb d);
// a % d without the quotient.
Limb remainderByLimb(const Limb* a, size_t n, Limb d);

// r = a * b; r has room for an + bn limbs and aliases neither. Schoolbook below a
// threshold, Karatsuba above it.
void multiplyMagnitudes(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn);

// q = a / b and r = a % b for normalized a, b with an >= bn >= 2 and b's top limb nonzero.
// q has room for an - bn + 1 limbs and r for bn limbs (either may be null when unwanted).
void divideMagnitudes(Limb* q, Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn);

// r = a << bits for 0 <= bits < 32 over n limbs (may alias a); returns the bits shifted out.
Limb shiftLeftBits(Limb* r, const Limb* a, size_t n, unsigned bits);
// r = a >> bits for 0 <= bits < 32 over n limbs (may alias a); returns the bits shifted
// out, in the top of the returned limb.
Limb shiftRightBits(Limb* r, const Limb* a, size_t n, unsigned bits);

}  // namespace rw::support::bigint_detail
