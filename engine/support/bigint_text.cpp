// BigInt <-> digits in bases 2..36, with CPython's int() literal rules and its limit on
// the number of digits converted in bases that are not powers of two.
#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <vector>

#include "support/bigint.h"
#include "support/bigint_access.h"
#include "support/bigint_limbs.h"

namespace rw::support {

using bigint_detail::Access;
using bigint_detail::Limb;
using bigint_detail::LimbVector;

namespace {

constexpr char kDigitChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

// Numbers of at most this many limbs convert chunk by chunk; bigger ones split in halves by
// a power of the base (divide and conquer), so that Karatsuba does the heavy lifting.
constexpr size_t kDirectLimbs = 30;

bool isPowerOfTwo(int base) {
  return (base & (base - 1)) == 0;
}

// The most digits of `base` that fit a limb, and base**digits.
struct Chunk {
  explicit Chunk(int base) : base(base) {
    uint64_t value = static_cast<uint64_t>(base);
    while (value * static_cast<uint64_t>(base) <= UINT32_MAX) {
      value *= static_cast<uint64_t>(base);
      ++digits;
    }
    power = static_cast<Limb>(value);
  }
  int base;
  size_t digits = 1;
  Limb power;
};

// power(i) == chunk.power ** (2 ** i), squared into existence on demand.
class PowerTable {
 public:
  explicit PowerTable(const Chunk& chunk) { powers_.push_back(BigInt::fromUint64(chunk.power)); }
  const BigInt& power(size_t index) {
    while (powers_.size() <= index)
      powers_.push_back(powers_.back() * powers_.back());
    return powers_[index];
  }

 private:
  std::vector<BigInt> powers_;
};

void appendChunk(Limb value, size_t width, int base, std::string& out) {
  char digits[32];
  size_t count = 0;
  while (value != 0) {
    digits[count++] = kDigitChars[value % static_cast<Limb>(base)];
    value /= static_cast<Limb>(base);
  }
  out.append(width > count ? width - count : 0, '0');
  while (count > 0)
    out.push_back(digits[--count]);
}

// Digits of a small magnitude, left-padded with zeros to `width` (0: no padding).
void appendDirect(const BigInt& x, const Chunk& chunk, size_t width, std::string& out) {
  LimbVector limbs(x.limbs().begin(), x.limbs().end());
  std::vector<Limb> chunks;
  size_t n = limbs.size();
  while (n > 0) {
    chunks.push_back(bigint_detail::divideByLimb(limbs.data(), limbs.data(), n, chunk.power));
    n = bigint_detail::normalizedSize(limbs.data(), n);
  }
  std::string digits;
  for (size_t i = chunks.size(); i-- > 0;) {
    appendChunk(chunks[i], i + 1 == chunks.size() ? 0 : chunk.digits, chunk.base, digits);
  }
  if (width > digits.size()) out.append(width - digits.size(), '0');
  out += digits;
}

// Digits of 0 <= x < power(level) ** 2; width as for appendDirect.
void appendSplit(const BigInt& x, size_t level, size_t width, const Chunk& chunk,
                 PowerTable& powers, std::string& out) {
  if (x.limbs().size() <= kDirectLimbs || level == 0) {
    appendDirect(x, chunk, width, out);
    return;
  }
  BigInt high;
  BigInt low;
  bigint_detail::divideTruncated(x, powers.power(level - 1), &high, &low);
  const size_t lowWidth = chunk.digits << (level - 1);
  if (width == 0 && high.isZero()) {
    appendSplit(low, level - 1, 0, chunk, powers, out);
    return;
  }
  appendSplit(high, level - 1, width == 0 ? 0 : width - lowWidth, chunk, powers, out);
  appendSplit(low, level - 1, lowWidth, chunk, powers, out);
}

void appendPowerOfTwoDigits(const BigInt& x, int base, std::string& out) {
  const auto bitsPerDigit = static_cast<uint64_t>(std::countr_zero(static_cast<unsigned>(base)));
  const uint64_t count = (x.bitLength() + bitsPerDigit - 1) / bitsPerDigit;
  const auto limbs = x.limbs();
  for (uint64_t digit = count; digit-- > 0;) {
    const uint64_t position = digit * bitsPerDigit;
    const size_t limb = position / BigInt::kLimbBits;
    const unsigned offset = position % BigInt::kLimbBits;
    uint64_t bits = limbs[limb] >> offset;
    if (limb + 1 < limbs.size()) bits |= uint64_t{limbs[limb + 1]} << (BigInt::kLimbBits - offset);
    out.push_back(kDigitChars[bits & (static_cast<unsigned>(base) - 1)]);
  }
}

bool isSpace(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

int digitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

BigInt fromPowerOfTwoDigits(const std::vector<uint8_t>& digits, int base) {
  const auto bitsPerDigit = static_cast<uint64_t>(std::countr_zero(static_cast<unsigned>(base)));
  const uint64_t totalBits = digits.size() * bitsPerDigit;
  const size_t n = static_cast<size_t>((totalBits + BigInt::kLimbBits - 1) / BigInt::kLimbBits);
  BigInt result;
  Limb* out = Access::prepare(result, n + 1);
  std::fill(out, out + n + 1, 0);
  uint64_t position = 0;
  for (size_t i = digits.size(); i-- > 0; position += bitsPerDigit) {
    const uint64_t value = uint64_t{digits[i]} << (position % BigInt::kLimbBits);
    out[position / BigInt::kLimbBits] |= static_cast<Limb>(value);
    out[position / BigInt::kLimbBits + 1] |= static_cast<Limb>(value >> BigInt::kLimbBits);
  }
  Access::finish(result, n + 1, false);
  return result;
}

// The value of digits[begin, end) in chunk.base, most significant first.
BigInt fromDigits(const std::vector<uint8_t>& digits, size_t begin, size_t end, const Chunk& chunk,
                  PowerTable& powers) {
  const size_t length = end - begin;
  if (length > chunk.digits * kDirectLimbs) {
    // Split off the largest chunk.digits * 2**level low digits shorter than the whole.
    size_t level = 0;
    while ((chunk.digits << (level + 1)) < length)
      ++level;
    const size_t middle = end - (chunk.digits << level);
    return fromDigits(digits, begin, middle, chunk, powers) * powers.power(level) +
           fromDigits(digits, middle, end, chunk, powers);
  }
  const size_t n = length / chunk.digits + 1;
  BigInt result;
  Limb* out = Access::prepare(result, n);
  std::fill(out, out + n, 0);
  size_t used = 0;
  size_t position = begin;
  // The first chunk takes the leftover digits so that the others are full.
  size_t take = length % chunk.digits == 0 ? chunk.digits : length % chunk.digits;
  while (position < end) {
    Limb multiplier = 1;
    Limb value = 0;
    for (size_t i = 0; i < take; ++i) {
      multiplier *= static_cast<Limb>(chunk.base);
      value = value * static_cast<Limb>(chunk.base) + digits[position + i];
    }
    position += take;
    take = chunk.digits;
    const Limb carry = bigint_detail::multiplyByLimb(out, out, used, multiplier);
    if (carry != 0) out[used++] = carry;
    const Limb valueArray[1] = {value};
    if (used == 0) {
      out[0] = value;
      used = value != 0 ? 1 : 0;
    } else if (bigint_detail::addMagnitudes(out, out, used, valueArray, 1) != 0) {
      out[used++] = 1;
    }
  }
  Access::finish(result, n, false);
  return result;
}

void throwIntToStrLimit(size_t maxStrDigits) {
  throw BigIntError(BigIntError::Kind::Value, intToStrLimitMessage(maxStrDigits));
}

}  // namespace

std::string intToStrLimitMessage(size_t maxStrDigits) {
  return "Exceeds the limit (" + std::to_string(maxStrDigits) +
         " digits) for integer string conversion; use sys.set_int_max_str_digits() to "
         "increase the limit";
}

std::string strToIntLimitMessage(size_t maxStrDigits, size_t digits) {
  return "Exceeds the limit (" + std::to_string(maxStrDigits) +
         " digits) for integer string conversion: value has " + std::to_string(digits) +
         " digits; use sys.set_int_max_str_digits() to increase the limit";
}

std::string BigInt::toString(int base, size_t maxStrDigits) const {
  if (base < 2 || base > 36) throw std::invalid_argument("BigInt::toString: base out of range");
  if (isZero()) return "0";
  std::string out;
  if (isNegative()) out.push_back('-');
  if (limbCount() <= 2) {
    // Most heap ints are just past the unboxed range: one machine word.
    char digits[64];
    const uint64_t magnitude = data()[0] | (limbCount() == 2 ? uint64_t{data()[1]} << 32 : 0);
    const auto converted = std::to_chars(digits, digits + sizeof digits, magnitude, base);
    out.append(digits, converted.ptr);
    return out;
  }
  if (isPowerOfTwo(base)) {
    appendPowerOfTwoDigits(*this, base, out);
    return out;
  }
  const bool limited = maxStrDigits > 0;
  if (limited) {
    // A lower bound on the digit count rejects huge values before any work is done.
    const double lowerBound =
        static_cast<double>(bitLength() - 1) * (std::log(2.0) / std::log(base)) * (1 - 1e-9);
    if (lowerBound > static_cast<double>(std::max(maxStrDigits, kMaxStrDigitsThreshold))) {
      throwIntToStrLimit(maxStrDigits);
    }
  }
  const Chunk chunk(base);
  PowerTable powers(chunk);
  const BigInt magnitude = abs();
  size_t level = 0;
  while (compare(powers.power(level), magnitude) <= 0)
    ++level;
  appendSplit(magnitude, level, 0, chunk, powers, out);
  const size_t digits = out.size() - (isNegative() ? 1 : 0);
  if (limited && digits > kMaxStrDigitsThreshold && digits > maxStrDigits) {
    throwIntToStrLimit(maxStrDigits);
  }
  return out;
}

std::optional<BigInt> BigInt::parse(std::string_view text, int base, size_t maxStrDigits) {
  if (base != 0 && (base < 2 || base > 36)) {
    throw BigIntError(BigIntError::Kind::Value, "int() base must be >= 2 and <= 36, or 0");
  }
  size_t i = 0;
  const size_t end = text.size();
  auto at = [&](size_t index) { return index < end ? text[index] : '\0'; };
  while (i < end && isSpace(text[i]))
    ++i;
  const bool negative = at(i) == '-';
  if (at(i) == '-' || at(i) == '+') ++i;

  // Base 0 reads the base off the prefix; a plain decimal literal with a leading zero is
  // the old octal syntax and only allowed when its value is zero.
  bool onlyZeroAllowed = false;
  const char marker = static_cast<char>(at(i + 1) | 0x20);
  if (base == 0) {
    if (at(i) != '0') {
      base = 10;
    } else if (marker == 'x') {
      base = 16;
    } else if (marker == 'o') {
      base = 8;
    } else if (marker == 'b') {
      base = 2;
    } else {
      onlyZeroAllowed = true;
      base = 10;
    }
  }
  if (at(i) == '0' && ((base == 16 && marker == 'x') || (base == 8 && marker == 'o') ||
                       (base == 2 && marker == 'b'))) {
    i += 2;
    if (at(i) == '_') ++i;
  }
  if (at(i) == '_') return std::nullopt;

  std::vector<uint8_t> digits;
  bool afterUnderscore = false;
  for (; i < end; ++i) {
    const int value = digitValue(text[i]);
    if (value < base) {
      digits.push_back(static_cast<uint8_t>(value));
      afterUnderscore = false;
    } else if (text[i] == '_') {
      if (afterUnderscore) return std::nullopt;
      afterUnderscore = true;
    } else {
      break;
    }
  }
  if (afterUnderscore || digits.empty()) return std::nullopt;
  if (!isPowerOfTwo(base) && maxStrDigits > 0 && digits.size() > kMaxStrDigitsThreshold &&
      digits.size() > maxStrDigits) {
    throw BigIntError(BigIntError::Kind::Value, strToIntLimitMessage(maxStrDigits, digits.size()));
  }
  while (i < end && isSpace(text[i]))
    ++i;
  if (i != end) return std::nullopt;

  BigInt result;
  if (isPowerOfTwo(base)) {
    result = fromPowerOfTwoDigits(digits, base);
  } else {
    const Chunk chunk(base);
    PowerTable powers(chunk);
    result = fromDigits(digits, 0, digits.size(), chunk, powers);
  }
  if (onlyZeroAllowed && !result.isZero()) return std::nullopt;
  if (negative) Access::negate(result);
  return result;
}

}  // namespace rw::support
