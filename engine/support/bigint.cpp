// BigInt storage, construction, comparison and the conversions to machine types and bytes.
#include "support/bigint.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

#include "support/bigint_access.h"
#include "support/bigint_limbs.h"

namespace rw::support {

using bigint_detail::Access;
using bigint_detail::Limb;
using bigint_detail::LimbVector;

namespace bigint_detail {

void throwMemoryError() {
  throw BigIntError(BigIntError::Kind::Memory, "");
}

}  // namespace bigint_detail

BigInt::BigInt(int64_t value) : BigInt() {
  const uint64_t magnitude =
      value < 0 ? uint64_t{0} - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  *this = fromUint64(magnitude);
  if (value < 0) size_ = -size_;
}

BigInt BigInt::fromUint64(uint64_t value) {
  BigInt result;
  result.inline_[0] = static_cast<Limb>(value);
  result.inline_[1] = static_cast<Limb>(value >> kLimbBits);
  result.size_ = value == 0 ? 0 : (value >> kLimbBits) == 0 ? 1 : 2;
  return result;
}

BigInt BigInt::fromDouble(double value) {
  if (std::isnan(value)) {
    throw BigIntError(BigIntError::Kind::Value, "cannot convert float NaN to integer");
  }
  if (std::isinf(value)) {
    throw BigIntError(BigIntError::Kind::Overflow, "cannot convert float infinity to integer");
  }
  const double truncated = std::trunc(value);
  if (std::fabs(truncated) < 0x1p63) return BigInt(static_cast<int64_t>(truncated));
  // |truncated| = mantissa * 2**(exponent - 53) with a 53-bit integer mantissa.
  int exponent = 0;
  const double fraction = std::frexp(std::fabs(truncated), &exponent);
  const auto mantissa = static_cast<uint64_t>(std::ldexp(fraction, 53));
  BigInt result = fromUint64(mantissa) << static_cast<uint64_t>(exponent - 53);
  if (value < 0) result.size_ = -result.size_;
  return result;
}

BigInt::BigInt(const BigInt& other) : BigInt() {
  *this = other;
}

BigInt::BigInt(BigInt&& other) noexcept : BigInt() {
  *this = std::move(other);
}

BigInt& BigInt::operator=(const BigInt& other) {
  if (this == &other) return *this;
  const size_t n = other.limbCount();
  Limb* out = reserve(n, false);
  std::copy(other.data(), other.data() + n, out);
  size_ = other.size_;
  return *this;
}

BigInt& BigInt::operator=(BigInt&& other) noexcept {
  if (this == &other) return *this;
  release();
  size_ = other.size_;
  capacity_ = other.capacity_;
  if (other.onHeap()) {
    heap_ = other.heap_;
  } else {
    inline_[0] = other.inline_[0];
    inline_[1] = other.inline_[1];
  }
  other.size_ = 0;
  other.capacity_ = kInlineLimbs;
  return *this;
}

BigInt::~BigInt() {
  release();
}

void BigInt::release() {
  if (onHeap()) delete[] heap_;
  capacity_ = kInlineLimbs;
}

Limb* BigInt::reserve(size_t limbs, bool keep) {
  if (limbs <= capacity_) return data();
  if (limbs > kMaxLimbs) bigint_detail::throwMemoryError();
  Limb* fresh = new Limb[limbs];
  if (keep) std::copy(data(), data() + limbCount(), fresh);
  release();
  heap_ = fresh;
  capacity_ = static_cast<uint32_t>(limbs);
  return fresh;
}

bool BigInt::fitsInt64() const {
  return tryInt64().has_value();
}

int64_t BigInt::toInt64() const {
  return *tryInt64();
}

std::optional<int64_t> BigInt::tryInt64() const {
  const size_t n = limbCount();
  if (n > 2) return std::nullopt;
  uint64_t magnitude = 0;
  if (n >= 1) magnitude = data()[0];
  if (n == 2) magnitude |= uint64_t{data()[1]} << kLimbBits;
  if (size_ >= 0) {
    if (magnitude > uint64_t{INT64_MAX}) return std::nullopt;
    return static_cast<int64_t>(magnitude);
  }
  if (magnitude > uint64_t{INT64_MAX} + 1) return std::nullopt;
  return static_cast<int64_t>(uint64_t{0} - magnitude);
}

double BigInt::frexp(int64_t& exponent) const {
  const size_t n = limbCount();
  exponent = 0;
  if (n == 0) return 0.0;
  const Limb* mag = data();
  const uint64_t bits = bitLength();
  int wordExponent = 0;
  double mantissa;
  if (bits <= 64) {
    const uint64_t value = mag[0] | (n > 1 ? uint64_t{mag[1]} << kLimbBits : 0);
    mantissa = std::frexp(static_cast<double>(value), &wordExponent);
  } else {
    // The top 64 bits with every lower set bit folded into the lowest one: the hardware's
    // round-half-even conversion to 53 bits then sees the same halfway cases as the value.
    const uint64_t shift = bits - 64;
    const size_t limbShift = shift / kLimbBits;
    const unsigned bitShift = shift % kLimbBits;
    uint64_t top = 0;
    for (size_t i = 0; i < 3 && limbShift + i < n; ++i) {
      const uint64_t limb = mag[limbShift + i];
      if (i == 0) {
        top |= limb >> bitShift;
      } else {
        const unsigned position = static_cast<unsigned>(i * kLimbBits - bitShift);
        if (position < 64) top |= limb << position;
      }
    }
    bool sticky = bitShift != 0 && (mag[limbShift] & ((Limb{1} << bitShift) - 1)) != 0;
    for (size_t i = 0; i < limbShift && !sticky; ++i)
      sticky = mag[i] != 0;
    mantissa = std::frexp(static_cast<double>(top | (sticky ? 1 : 0)), &wordExponent);
    exponent = static_cast<int64_t>(shift);
  }
  exponent += wordExponent;
  return size_ < 0 ? -mantissa : mantissa;
}

double BigInt::toDouble() const {
  int64_t exponent = 0;
  const double mantissa = frexp(exponent);
  if (exponent > std::numeric_limits<double>::max_exponent) {
    throw BigIntError(BigIntError::Kind::Overflow, "int too large to convert to float");
  }
  return std::ldexp(mantissa, static_cast<int>(exponent));
}

std::partial_ordering compareWithDouble(const BigInt& a, double b) {
  if (std::isnan(b)) return std::partial_ordering::unordered;
  if (std::isinf(b)) return b > 0 ? std::partial_ordering::less : std::partial_ordering::greater;
  const double whole = std::trunc(b);
  const int order = BigInt::compare(a, BigInt::fromDouble(whole));
  if (order != 0) return order < 0 ? std::partial_ordering::less : std::partial_ordering::greater;
  // Equal to the integral part: the fraction decides.
  return 0.0 <=> b - whole;
}

uint64_t BigInt::bitLength() const {
  const size_t n = limbCount();
  if (n == 0) return 0;
  return (n - 1) * uint64_t{kLimbBits} + static_cast<uint64_t>(std::bit_width(data()[n - 1]));
}

uint64_t BigInt::bitCount() const {
  uint64_t count = 0;
  for (const Limb limb : limbs())
    count += static_cast<uint64_t>(std::popcount(limb));
  return count;
}

int64_t BigInt::hash() const {
  // CPython reduces modulo the Mersenne prime 2**61 - 1, where multiplying by 2**32 is a
  // 61-bit rotation.
  constexpr uint64_t kModulus = (uint64_t{1} << 61) - 1;
  uint64_t residue = 0;
  const Limb* mag = data();
  for (size_t i = limbCount(); i-- > 0;) {
    residue = ((residue << kLimbBits) & kModulus) | (residue >> (61 - kLimbBits));
    residue += mag[i];
    if (residue >= kModulus) residue -= kModulus;
  }
  auto result = static_cast<int64_t>(residue);
  if (size_ < 0) result = -result;
  return result == -1 ? -2 : result;
}

std::string BigInt::toBytes(size_t length, bool bigEndian, bool isSigned) const {
  const bool negative = size_ < 0;
  if (negative && !isSigned) {
    throw BigIntError(BigIntError::Kind::Overflow, "can't convert negative int to unsigned");
  }
  if (length / sizeof(Limb) > kMaxLimbs) bigint_detail::throwMemoryError();
  const uint64_t available = uint64_t{length} * 8;
  const uint64_t bits = bitLength();
  bool fits;
  if (!isSigned || size_ == 0) {
    fits = bits <= available;
  } else if (!negative) {
    fits = bits < available;
  } else {
    // -2**(8*length - 1) is the most negative value that fits. CPython also lets -1 into
    // zero bytes: its sign-extension check only looks at the bytes it wrote.
    const bool powerOfTwo = bitCount() == 1;
    fits = bits < available || (bits == available && powerOfTwo) || (length == 0 && bits == 1);
  }
  if (!fits) throw BigIntError(BigIntError::Kind::Overflow, "int too big to convert");

  std::string bytes(length, '\0');
  const Limb* mag = data();
  const size_t n = limbCount();
  unsigned carry = 1;  // Two's complement of a negative magnitude: invert, then add one.
  for (size_t i = 0; i < length; ++i) {
    const size_t limb = i / sizeof(Limb);
    unsigned byte = limb < n ? (mag[limb] >> (8 * (i % sizeof(Limb)))) & 0xFF : 0;
    if (negative) {
      byte = (~byte & 0xFF) + carry;
      carry = byte >> 8;
    }
    bytes[i] = static_cast<char>(byte & 0xFF);
  }
  if (bigEndian) std::reverse(bytes.begin(), bytes.end());
  return bytes;
}

BigInt BigInt::fromBytes(std::span<const uint8_t> bytes, bool bigEndian, bool isSigned) {
  const size_t length = bytes.size();
  auto byteAt = [&](size_t littleIndex) {
    return bigEndian ? bytes[length - 1 - littleIndex] : bytes[littleIndex];
  };
  const bool negative = isSigned && length > 0 && (byteAt(length - 1) & 0x80) != 0;
  const size_t n = (length + sizeof(Limb) - 1) / sizeof(Limb);
  BigInt result;
  Limb* out = Access::prepare(result, n);
  std::fill(out, out + n, negative ? ~Limb{0} : 0);
  for (size_t i = 0; i < length; ++i) {
    const unsigned position = 8 * (i % sizeof(Limb));
    Limb& limb = out[i / sizeof(Limb)];
    limb = (limb & ~(Limb{0xFF} << position)) | (Limb{byteAt(i)} << position);
  }
  if (negative) {
    // The magnitude of a two's complement value: invert and add one.
    Limb carry = 1;
    for (size_t i = 0; i < n; ++i) {
      out[i] = ~out[i] + carry;
      carry = carry != 0 && out[i] == 0;
    }
  }
  Access::finish(result, n, negative);
  return result;
}

int BigInt::compare(const BigInt& a, const BigInt& b) {
  if (a.size_ != b.size_) return a.size_ < b.size_ ? -1 : 1;
  const int magnitudeOrder =
      bigint_detail::compareMagnitudes(a.data(), a.limbCount(), b.data(), b.limbCount());
  return a.size_ < 0 ? -magnitudeOrder : magnitudeOrder;
}

bool operator==(const BigInt& a, const BigInt& b) {
  return a.size_ == b.size_ && std::equal(a.data(), a.data() + a.limbCount(), b.data());
}

BigInt BigInt::operator-() const& {
  BigInt result(*this);
  result.size_ = -result.size_;
  return result;
}

BigInt BigInt::operator-() && {
  BigInt result(std::move(*this));
  result.size_ = -result.size_;
  return result;
}

BigInt BigInt::abs() const {
  BigInt result(*this);
  if (result.size_ < 0) result.size_ = -result.size_;
  return result;
}

BigInt& BigInt::operator+=(const BigInt& other) {
  return *this = *this + other;
}

BigInt& BigInt::operator-=(const BigInt& other) {
  return *this = *this - other;
}

BigInt& BigInt::operator*=(const BigInt& other) {
  return *this = *this * other;
}

}  // namespace rw::support
