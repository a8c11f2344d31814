#include "support/bigint_limbs.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace rw::support::bigint_detail {
namespace {

constexpr unsigned kBits = 32;

// Below this many limbs schoolbook multiplication (on 64-bit words) beats Karatsuba
// (measured with bench/bigint_bench.cpp).
constexpr size_t kKaratsubaThreshold = 64;

// The kernels walk the limbs two at a time as 64-bit words with 128-bit intermediates (a
// GCC/Clang built-in type): half the loop trips, and for division half the length of the
// dependency chain through the remainder, which is what bounds big // small.
using DoubleWide = unsigned __int128;

inline uint64_t loadPair(const Limb* p) {
  return uint64_t{p[0]} | (uint64_t{p[1]} << kBits);
}

inline void storePair(Limb* p, uint64_t word) {
  p[0] = static_cast<Limb>(word);
  p[1] = static_cast<Limb>(word >> kBits);
}

// Division of 128-bit numbers by an invariant 64-bit divisor through a precomputed
// reciprocal (Moller & Granlund, "Improved division by invariant integers", 2011): two
// multiplications instead of a slow hardware divide. Used for single-limb divisors d, which
// normalized leave a word-sized divisor d << shift with shift >= 32, and for the leading
// word of long divisors.
struct WordDivisor {
  explicit WordDivisor(uint64_t d)
      : shift(static_cast<unsigned>(std::countl_zero(d))),
        normalized(d << shift),
        reciprocal(static_cast<uint64_t>(~DoubleWide{0} / normalized)) {}

  // (high, low) / normalized for high < normalized.
  uint64_t divide(uint64_t high, uint64_t low, uint64_t& remainder) const {
    const DoubleWide product = DoubleWide{reciprocal} * high + ((DoubleWide{high} << 64) | low);
    uint64_t quotient = static_cast<uint64_t>(product >> 64) + 1;
    uint64_t rest = low - quotient * normalized;
    if (rest > static_cast<uint64_t>(product)) {
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
  uint64_t normalized;
  uint64_t reciprocal;
};

// a / d into q (when q is not null) over n >= 1 limbs, a word at a time from the top;
// returns a % d. The top word is a lone limb when n is odd.
Limb divideWords(Limb* q, const Limb* a, size_t n, Limb d) {
  const WordDivisor divisor(uint64_t{d});
  const unsigned shift = divisor.shift;
  const unsigned back = 64 - shift;
  const bool odd = n % 2 == 1;
  size_t word = (n - 1) / 2;
  uint64_t current = odd ? uint64_t{a[n - 1]} : loadPair(a + n - 2);
  uint64_t remainder = current >> back;
  for (;;) {
    const uint64_t next = word > 0 ? loadPair(a + 2 * word - 2) : 0;
    const uint64_t quotient =
        divisor.divide(remainder, (current << shift) | (next >> back), remainder);
    if (q != nullptr) {
      if (odd && 2 * word + 1 == n) {
        q[2 * word] = static_cast<Limb>(quotient);
      } else {
        storePair(q + 2 * word, quotient);
      }
    }
    if (word == 0) break;
    current = next;
    --word;
  }
  return static_cast<Limb>(remainder >> shift);
}

// Packs limbs into 64-bit words (the last one zero-extended when n is odd).
void packWords(const Limb* a, size_t n, uint64_t* words) {
  for (size_t i = 0; i + 1 < n; i += 2)
    words[i / 2] = loadPair(a + i);
  if (n % 2 == 1) words[n / 2] = a[n - 1];
}

// words <<= shift in place for shift < 64; returns the bits shifted out.
uint64_t shiftWordsLeft(uint64_t* words, size_t n, unsigned shift) {
  if (shift == 0) return 0;
  const uint64_t out = words[n - 1] >> (64 - shift);
  for (size_t i = n - 1; i > 0; --i)
    words[i] = (words[i] << shift) | (words[i - 1] >> (64 - shift));
  words[0] <<= shift;
  return out;
}

void shiftWordsRight(uint64_t* words, size_t n, unsigned shift) {
  if (shift == 0) return;
  for (size_t i = 0; i + 1 < n; ++i)
    words[i] = (words[i] >> shift) | (words[i + 1] << (64 - shift));
  words[n - 1] >>= shift;
}

// u[0..n) -= v * m; returns the word borrowed out.
uint64_t subtractMultipleOfWords(uint64_t* u, const uint64_t* v, size_t n, uint64_t m) {
  uint64_t carry = 0;
  for (size_t i = 0; i < n; ++i) {
    const DoubleWide product = DoubleWide{v[i]} * m + carry;
    const auto low = static_cast<uint64_t>(product);
    carry = static_cast<uint64_t>(product >> 64) + (u[i] < low);
    u[i] -= low;
  }
  return carry;
}

// u[0..n) += v; returns the carry out.
uint64_t addWords(uint64_t* u, const uint64_t* v, size_t n) {
  uint64_t carry = 0;
  for (size_t i = 0; i < n; ++i) {
    const uint64_t partial = u[i] + v[i];
    const uint64_t sum = partial + carry;
    carry = static_cast<uint64_t>(partial < v[i]) | static_cast<uint64_t>(sum < partial);
    u[i] = sum;
  }
  return carry;
}

// The first n limbs of words (whose remaining bits are zero).
void unpackWords(const uint64_t* words, size_t n, Limb* limbs) {
  for (size_t i = 0; i + 1 < n; i += 2)
    storePair(limbs + i, words[i / 2]);
  if (n % 2 == 1) limbs[n - 1] = static_cast<Limb>(words[n / 2]);
}

// a * a on 64-bit words: each cross product once, doubled, plus the squares.
void schoolbookSquare(Limb* r, const Limb* a, size_t n) {
  const size_t count = (n + 1) / 2;
  std::vector<uint64_t> words(3 * count);
  uint64_t* x = words.data();
  uint64_t* product = x + count;
  packWords(a, n, x);
  for (size_t i = 0; i + 1 < count; ++i) {
    uint64_t carry = 0;
    for (size_t j = i + 1; j < count; ++j) {
      const DoubleWide sum = DoubleWide{x[i]} * x[j] + product[i + j] + carry;
      product[i + j] = static_cast<uint64_t>(sum);
      carry = static_cast<uint64_t>(sum >> 64);
    }
    product[i + count] = carry;
  }
  uint64_t shiftedOut = 0;
  for (size_t k = 0; k < 2 * count; ++k) {
    const uint64_t word = product[k];
    product[k] = (word << 1) | shiftedOut;
    shiftedOut = word >> 63;
  }
  uint64_t carry = 0;
  for (size_t i = 0; i < count; ++i) {
    const DoubleWide square = DoubleWide{x[i]} * x[i];
    const DoubleWide low = DoubleWide{product[2 * i]} + static_cast<uint64_t>(square) + carry;
    product[2 * i] = static_cast<uint64_t>(low);
    const DoubleWide high = DoubleWide{product[2 * i + 1]} + static_cast<uint64_t>(square >> 64) +
                            static_cast<uint64_t>(low >> 64);
    product[2 * i + 1] = static_cast<uint64_t>(high);
    carry = static_cast<uint64_t>(high >> 64);
  }
  unpackWords(product, 2 * n, r);
}

// Schoolbook on 64-bit words: a quarter of the multiplications of limb by limb.
void schoolbookMultiply(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) {
  if (a == b && an == bn) {
    schoolbookSquare(r, a, an);
    return;
  }
  const size_t aWords = (an + 1) / 2;
  const size_t bWords = (bn + 1) / 2;
  std::vector<uint64_t> words(2 * (aWords + bWords));
  uint64_t* x = words.data();
  uint64_t* y = x + aWords;
  uint64_t* product = y + bWords;
  packWords(a, an, x);
  packWords(b, bn, y);
  for (size_t j = 0; j < bWords; ++j) {
    uint64_t carry = 0;
    for (size_t i = 0; i < aWords; ++i) {
      const DoubleWide sum = DoubleWide{x[i]} * y[j] + product[i + j] + carry;
      product[i + j] = static_cast<uint64_t>(sum);
      carry = static_cast<uint64_t>(sum >> 64);
    }
    product[aWords + j] = carry;
  }
  unpackWords(product, an + bn, r);
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
  // Squaring needs one difference, and its cross term (a0 - a1) * (a1 - a0) is never positive.
  const bool squaring = a == b;
  const bool aNegative = absoluteDifference(aDiff, a, low, a + low, high);
  const bool bNegative = squaring ? !aNegative : !absoluteDifference(bDiff, b, low, b + low, high);
  karatsuba(cross, aDiff, squaring ? aDiff : bDiff, high, rest);
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
  uint64_t carry = 0;
  size_t i = 0;
  for (; i + 2 <= bn; i += 2) {
    const uint64_t x = loadPair(a + i);
    const uint64_t partial = x + loadPair(b + i);
    const uint64_t sum = partial + carry;
    carry = static_cast<uint64_t>(partial < x) | static_cast<uint64_t>(sum < partial);
    storePair(r + i, sum);
  }
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
  uint64_t borrow = 0;
  size_t i = 0;
  for (; i + 2 <= bn; i += 2) {
    const uint64_t x = loadPair(a + i);
    const uint64_t y = loadPair(b + i);
    const uint64_t partial = x - y;
    const uint64_t difference = partial - borrow;
    borrow = static_cast<uint64_t>(x < y) | static_cast<uint64_t>(partial < borrow);
    storePair(r + i, difference);
  }
  for (; i < bn; ++i) {
    const Wide difference = Wide{a[i]} - b[i] - borrow;
    r[i] = static_cast<Limb>(difference);
    borrow = difference >> 63;
  }
  for (; borrow != 0 && i < an; ++i) {
    r[i] = a[i] - 1;
    borrow = a[i] == 0;
  }
  if (r != a) std::copy(a + i, a + an, r + i);
  return static_cast<Limb>(borrow);
}

Limb multiplyByLimb(Limb* r, const Limb* a, size_t n, Limb m) {
  uint64_t carry = 0;
  size_t i = 0;
  for (; i + 2 <= n; i += 2) {
    const DoubleWide product = DoubleWide{loadPair(a + i)} * m + carry;
    storePair(r + i, static_cast<uint64_t>(product));
    carry = static_cast<uint64_t>(product >> 64);
  }
  if (i < n) {
    carry += Wide{a[i]} * m;
    r[i] = static_cast<Limb>(carry);
    carry >>= kBits;
  }
  return static_cast<Limb>(carry);
}

Limb addMultipleOf(Limb* r, const Limb* a, size_t n, Limb m) {
  uint64_t carry = 0;
  size_t i = 0;
  for (; i + 2 <= n; i += 2) {
    const DoubleWide product = DoubleWide{loadPair(a + i)} * m + loadPair(r + i) + carry;
    storePair(r + i, static_cast<uint64_t>(product));
    carry = static_cast<uint64_t>(product >> 64);
  }
  if (i < n) {
    carry += Wide{a[i]} * m + r[i];
    r[i] = static_cast<Limb>(carry);
    carry >>= kBits;
  }
  return static_cast<Limb>(carry);
}

Limb subtractMultipleOf(Limb* r, const Limb* a, size_t n, Limb m) {
  uint64_t carry = 0;
  size_t i = 0;
  for (; i + 2 <= n; i += 2) {
    const DoubleWide product = DoubleWide{loadPair(a + i)} * m + carry;
    const auto low = static_cast<uint64_t>(product);
    const uint64_t word = loadPair(r + i);
    carry = static_cast<uint64_t>(product >> 64) + (word < low);
    storePair(r + i, word - low);
  }
  if (i < n) {
    carry += Wide{a[i]} * m;
    const auto low = static_cast<Limb>(carry);
    carry = (carry >> kBits) + (r[i] < low);
    r[i] -= low;
  }
  return static_cast<Limb>(carry);
}

Limb divideByLimb(Limb* q, const Limb* a, size_t n, Limb d) {
  return n == 0 ? 0 : divideWords(q, a, n, d);
}

Limb remainderByLimb(const Limb* a, size_t n, Limb d) {
  return n == 0 ? 0 : divideWords(nullptr, a, n, d);
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
  // Knuth's Algorithm D (TAOCP 4.3.1) on 64-bit words, on copies normalized so that the
  // divisor's top bit is set, which keeps each quotient-word estimate at most two too large.
  const size_t n = (bn + 1) / 2;
  const size_t un = (an + 1) / 2;
  std::vector<uint64_t> words(n + un + 1 + (un - n + 1));
  uint64_t* v = words.data();
  uint64_t* u = v + n;
  uint64_t* quotient = u + un + 1;
  packWords(b, bn, v);
  packWords(a, an, u);
  const auto shift = static_cast<unsigned>(std::countl_zero(v[n - 1]));
  shiftWordsLeft(v, n, shift);
  u[un] = shiftWordsLeft(u, un, shift);
  const WordDivisor top(v[n - 1]);
  if (n == 1) {
    uint64_t remainder = u[un];
    for (size_t j = un; j-- > 0;)
      quotient[j] = top.divide(remainder, u[j], remainder);
    u[0] = remainder;
  } else {
    const uint64_t second = v[n - 2];
    for (size_t j = un - n + 1; j-- > 0;) {
      uint64_t* window = u + j;
      uint64_t estimate;
      uint64_t rest;
      bool restOverflowed = false;
      if (window[n] >= top.normalized) {
        estimate = ~uint64_t{0};
        const DoubleWide leading = (DoubleWide{window[n]} << 64) | window[n - 1];
        const DoubleWide excess = leading - DoubleWide{estimate} * top.normalized;
        restOverflowed = (excess >> 64) != 0;
        rest = static_cast<uint64_t>(excess);
      } else {
        estimate = top.divide(window[n], window[n - 1], rest);
      }
      while (!restOverflowed &&
             DoubleWide{estimate} * second > ((DoubleWide{rest} << 64) | window[n - 2])) {
        --estimate;
        rest += top.normalized;
        restOverflowed = rest < top.normalized;
      }
      const uint64_t borrow = subtractMultipleOfWords(window, v, n, estimate);
      const uint64_t head = window[n];
      window[n] = head - borrow;
      if (head < borrow) {
        --estimate;
        window[n] += addWords(window, v, n);
      }
      quotient[j] = estimate;
    }
  }
  if (q != nullptr) {
    for (size_t i = 0; i < an - bn + 1; ++i)
      q[i] = static_cast<Limb>(quotient[i / 2] >> (32 * (i % 2)));
  }
  if (r != nullptr) {
    shiftWordsRight(u, n, shift);
    for (size_t i = 0; i < bn; ++i)
      r[i] = static_cast<Limb>(u[i / 2] >> (32 * (i % 2)));
  }
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
