#include "support/bigint_limbs.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace rw::support::bigint_detail {
namespace {

constexpr unsigned kBits = 32;
constexpr Wide kLimbMask = 0xFFFFFFFFu;

// Below this many limbs schoolbook multiplication beats Karatsuba's extra additions
// (measured with bench/bigint_bench.cpp).
constexpr size_t kKaratsubaThreshold = 40;

// Division by an invariant single limb with a precomputed reciprocal (Moller & Granlund,
// "Improved division by invariant integers", 2011): two multiplications instead of a
// hardware divide per limb, which is what big // small spends its time on.
struct LimbDivisor {
  explicit LimbDivisor(Limb d)
      : shift(static_cast<unsigned>(std::countl_zero(d))),
        normalized(d << shift),
        reciprocal(static_cast<Limb>(~Wide{0} / normalized)) {}

  // Divides (high, low) by the normalized divisor; requires high < normalized.
  Limb divide(Limb high, Limb low, Limb& remainder) const {
    const Wide product = Wide{reciprocal} * high + ((Wide{high} << kBits) | low);
    Limb quotient = static_cast<Limb>(product >> kBits) + 1;
    Limb rest = low - quotient * normalized;
    if (rest > static_cast<Limb>(product)) {
      --quotient;
      rest += normalized;
    }
    if (rest >= normalized) {
      ++quotient;
      rest -= normalized;
    }
    remainder = rest;
    return quotient;
  }

  unsigned shift;
  Limb normalized;
  Limb reciprocal;
};

void schoolbookMultiply(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) {
  r[an] = multiplyByLimb(r, a, an, b[0]);
  for (size_t i = 1; i < bn; ++i)
    r[an + i] = addMultipleOf(r + i, a, an, b[i]);
}

// out = |x - y| over yn limbs (xn <= yn); returns whether x < y.
bool absoluteDifference(Limb* out, const Limb* x, size_t xn, const Limb* y, size_t yn) {
  const bool less = compareMagnitudes(x, normalizedSize(x, xn), y, normalizedSize(y, yn)) < 0;
  if (less) {
    subtractMagnitudes(out, y, yn, x, xn);
  } else {
    std::copy(x, x + xn, out);
    std::fill(out + xn, out + yn, 0);
    subtractMagnitudes(out, out, yn, y, yn);
  }
  return less;
}

size_t karatsubaScratch(size_t n) {
  if (n < kKaratsubaThreshold) return 0;
  const size_t high = n - n / 2;
  return 4 * high + 1 + std::max(karatsubaScratch(high), 2 * high + 1);
}

// r[0..2n) = a * b for n-limb operands, using a - b difference form of Karatsuba so that no
// half-sum carries need tracking: a0*b1 + a1*b0 = z0 + z2 + (a0 - a1) * (b1 - b0).
void karatsuba(Limb* r, const Limb* a, const Limb* b, size_t n, Limb* scratch) {
  if (n < kKaratsubaThreshold) {
    schoolbookMultiply(r, a, n, b, n);
    return;
  }
  const size_t low = n / 2;
  const size_t high = n - low;
  karatsuba(r, a, b, low, scratch);
  karatsuba(r + 2 * low, a + low, b + low, high, scratch);

  Limb* aDiff = scratch;
  Limb* bDiff = aDiff + high;
  Limb* cross = bDiff + high;
  Limb* rest = cross + 2 * high + 1;
  const bool aNegative = absoluteDifference(aDiff, a, low, a + low, high);
  const bool bNegative = !absoluteDifference(bDiff, b, low, b + low, high);
  karatsuba(cross, aDiff, bDiff, high, rest);
  cross[2 * high] = 0;

  Limb* middle = rest;
  std::copy(r + 2 * low, r + 2 * n, middle);
  middle[2 * high] = addMagnitudes(middle, middle, 2 * high, r, 2 * low);
  if (aNegative == bNegative) {
    addMagnitudes(middle, middle, 2 * high + 1, cross, 2 * high + 1);
  } else {
    subtractMagnitudes(middle, middle, 2 * high + 1, cross, 2 * high + 1);
  }
  addMagnitudes(r + low, r + low, 2 * n - low, middle, 2 * high + 1);
}

}  // namespace

int compareMagnitudes(const Limb* a, size_t an, const Limb* b, size_t bn) {
  if (an != bn) return an < bn ? -1 : 1;
  for (size_t i = an; i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

Limb addMagnitudes(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) {
  Wide carry = 0;
  size_t i = 0;
  for (; i < bn; ++i) {
    carry += Wide{a[i]} + b[i];
    r[i] = static_cast<Limb>(carry);
    carry >>= kBits;
  }
  for (; carry != 0 && i < an; ++i) {
    carry += a[i];
    r[i] = static_cast<Limb>(carry);
    carry >>= kBits;
  }
  if (r != a) std::copy(a + i, a + an, r + i);
  return static_cast<Limb>(carry);
}

Limb subtractMagnitudes(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) {
  Limb borrow = 0;
  size_t i = 0;
  for (; i < bn; ++i) {
    const Wide difference = Wide{a[i]} - b[i] - borrow;
    r[i] = static_cast<Limb>(difference);
    borrow = static_cast<Limb>(difference >> 63);
  }
  for (; borrow != 0 && i < an; ++i) {
    r[i] = a[i] - 1;
    borrow = a[i] == 0;
  }
  if (r != a) std::copy(a + i, a + an, r + i);
  return borrow;
}

Limb multiplyByLimb(Limb* r, const Limb* a, size_t n, Limb m) {
  Wide carry = 0;
  for (size_t i = 0; i < n; ++i) {
    carry += Wide{a[i]} * m;
    r[i] = static_cast<Limb>(carry);
    carry >>= kBits;
  }
  return static_cast<Limb>(carry);
}

Limb addMultipleOf(Limb* r, const Limb* a, size_t n, Limb m) {
  Wide carry = 0;
  for (size_t i = 0; i < n; ++i) {
    carry += Wide{a[i]} * m + r[i];
    r[i] = static_cast<Limb>(carry);
    carry >>= kBits;
  }
  return static_cast<Limb>(carry);
}

Limb subtractMultipleOf(Limb* r, const Limb* a, size_t n, Limb m) {
  Wide carry = 0;
  for (size_t i = 0; i < n; ++i) {
    carry += Wide{a[i]} * m;
    const Limb product = static_cast<Limb>(carry);
    carry >>= kBits;
    carry += r[i] < product;
    r[i] -= product;
  }
  return static_cast<Limb>(carry);
}

Limb divideByLimb(Limb* q, const Limb* a, size_t n, Limb d) {
  const LimbDivisor divisor(d);
  if (n == 0) return 0;
  Limb remainder = 0;
  if (divisor.shift == 0) {
    for (size_t i = n; i-- > 0;)
      q[i] = divisor.divide(remainder, a[i], remainder);
    return remainder;
  }
  const unsigned back = kBits - divisor.shift;
  remainder = a[n - 1] >> back;
  for (size_t i = n; i-- > 1;) {
    const Limb low = (a[i] << divisor.shift) | (a[i - 1] >> back);
    q[i] = divisor.divide(remainder, low, remainder);
  }
  q[0] = divisor.divide(remainder, a[0] << divisor.shift, remainder);
  return remainder >> divisor.shift;
}

Limb remainderByLimb(const Limb* a, size_t n, Limb d) {
  const LimbDivisor divisor(d);
  if (n == 0) return 0;
  const unsigned back = kBits - divisor.shift;
  Limb remainder = divisor.shift == 0 ? 0 : a[n - 1] >> back;
  for (size_t i = n; i-- > 0;) {
    Limb low = a[i] << divisor.shift;
    if (divisor.shift != 0 && i > 0) low |= a[i - 1] >> back;
    divisor.divide(remainder, low, remainder);
  }
  return remainder >> divisor.shift;
}

void multiplyMagnitudes(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) {
  if (an < bn) {
    std::swap(a, b);
    std::swap(an, bn);
  }
  if (bn == 0) {
    std::fill(r, r + an, 0);
    return;
  }
  if (bn < kKaratsubaThreshold) {
    schoolbookMultiply(r, a, an, b, bn);
    return;
  }
  LimbVector scratch(karatsubaScratch(bn));
  if (an == bn) {
    karatsuba(r, a, b, bn, scratch.data());
    return;
  }
  // Unbalanced: multiply b by bn-limb slices of a and accumulate.
  std::fill(r, r + an + bn, 0);
  LimbVector slice(2 * bn);
  for (size_t offset = 0; offset < an; offset += bn) {
    const size_t length = std::min(bn, an - offset);
    if (length == bn) {
      karatsuba(slice.data(), a + offset, b, bn, scratch.data());
    } else {
      multiplyMagnitudes(slice.data(), b, bn, a + offset, length);
    }
    addMagnitudes(r + offset, r + offset, an + bn - offset, slice.data(), length + bn);
  }
}

void divideMagnitudes(Limb* q, Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) {
  // Knuth's Algorithm D (TAOCP 4.3.1) on copies normalized so that the divisor's top bit is
  // set, which keeps each quotient-limb estimate at most two too large.
  const unsigned shift = static_cast<unsigned>(std::countl_zero(b[bn - 1]));
  LimbVector v(bn);
  LimbVector u(an + 1);
  shiftLeftBits(v.data(), b, bn, shift);
  u[an] = shiftLeftBits(u.data(), a, an, shift);
  const Wide top = v[bn - 1];
  const Wide next = v[bn - 2];
  for (size_t j = an - bn + 1; j-- > 0;) {
    Limb* window = u.data() + j;
    const Wide numerator = (Wide{window[bn]} << kBits) | window[bn - 1];
    Wide estimate;
    Wide rest;
    if (window[bn] >= top) {
      estimate = kLimbMask;
      rest = numerator - estimate * top;
    } else {
      estimate = numerator / top;
      rest = numerator % top;
    }
    while (rest <= kLimbMask && estimate * next > ((rest << kBits) | window[bn - 2])) {
      --estimate;
      rest += top;
    }
    const Limb borrow = subtractMultipleOf(window, v.data(), bn, static_cast<Limb>(estimate));
    const Limb head = window[bn];
    window[bn] = head - borrow;
    if (head < borrow) {
      --estimate;
      window[bn] += addMagnitudes(window, window, bn, v.data(), bn);
    }
    if (q != nullptr) q[j] = static_cast<Limb>(estimate);
  }
  if (r != nullptr) shiftRightBits(r, u.data(), bn, shift);
}

Limb shiftLeftBits(Limb* r, const Limb* a, size_t n, unsigned bits) {
  if (n == 0) return 0;
  if (bits == 0) {
    std::memmove(r, a, n * sizeof(Limb));
    return 0;
  }
  const unsigned back = kBits - bits;
  const Limb out = a[n - 1] >> back;
  for (size_t i = n - 1; i > 0; --i)
    r[i] = (a[i] << bits) | (a[i - 1] >> back);
  r[0] = a[0] << bits;
  return out;
}

Limb shiftRightBits(Limb* r, const Limb* a, size_t n, unsigned bits) {
  if (n == 0) return 0;
  if (bits == 0) {
    std::memmove(r, a, n * sizeof(Limb));
    return 0;
  }
  const unsigned back = kBits - bits;
  const Limb out = a[0] << back;
  for (size_t i = 0; i + 1 < n; ++i)
    r[i] = (a[i] >> bits) | (a[i + 1] << back);
  r[n - 1] = a[n - 1] >> bits;
  return out;
}

}  // namespace rw::support::bigint_detail
