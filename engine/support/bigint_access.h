// How the BigInt operation files build results in place. Internal to engine/support.
#pragma once

#include <cstddef>

#include "support/bigint.h"
#include "support/bigint_limbs.h"

namespace rw::support::bigint_detail {

struct Access {
  // Room for `limbs` limbs (contents unspecified); Memory error past BigInt::kMaxLimbs.
  static Limb* prepare(BigInt& x, size_t limbs) { return x.reserve(limbs, false); }
  // Sets the value to the first `limbs` limbs of its buffer, normalized, with the sign.
  static void finish(BigInt& x, size_t limbs, bool negative) {
    const size_t used = normalizedSize(x.data(), limbs);
    x.size_ = static_cast<int32_t>(negative ? -static_cast<int64_t>(used) : used);
  }
  static const Limb* limbs(const BigInt& x) { return x.data(); }
  static size_t size(const BigInt& x) { return x.limbCount(); }
  static void negate(BigInt& x) { x.size_ = -x.size_; }
};

inline BigInt fromMagnitude(const Limb* limbs, size_t n, bool negative) {
  BigInt result;
  Limb* out = Access::prepare(result, n);
  for (size_t i = 0; i < n; ++i)
    out[i] = limbs[i];
  Access::finish(result, n, negative);
  return result;
}

inline BigInt fromMagnitude(const LimbVector& limbs, bool negative) {
  return fromMagnitude(limbs.data(), limbs.size(), negative);
}

[[noreturn]] void throwMemoryError();

// |a| / |b| and |a| % |b| (either output may be null), for b != 0.
void divideTruncated(const BigInt& a, const BigInt& b, BigInt* quotient, BigInt* remainder);

}  // namespace rw::support::bigint_detail
