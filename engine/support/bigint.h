// Arbitrary-precision integers with exactly the semantics of Python's int. The runtime keeps
// 63-bit ints unboxed and wraps a BigInt in its heap int object beyond that.
//
// Representation: sign + magnitude in 32-bit limbs, least significant first, normalized (no
// leading zero limbs; zero has no limbs). 32-bit rather than CPython's 30-bit digits because
// a limb product plus two limbs of carry fits a uint64_t exactly, conversions to and from
// 64-bit integers, doubles and bytes are plain bit copies, and bitwise operations need no
// repacking. The hot kernels still walk pairs of limbs as 64-bit words with 128-bit products
// (bigint_limbs.cpp). Up to two limbs live inline: most heap ints are just above 2**62.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace rw::support {

// An operation that Python answers with an exception. `kind` says which one, what() is
// CPython 3.11's message for it (empty for Memory, like CPython's bare MemoryError).
class BigIntError : public std::runtime_error {
 public:
  enum class Kind { ZeroDivision, Overflow, Value, Memory };
  BigIntError(Kind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

namespace bigint_detail {
struct Access;
}

class BigInt {
 public:
  using Limb = uint32_t;
  static constexpr unsigned kLimbBits = 32;
  // Results larger than this many limbs (about 2.6e9 decimal digits) raise Memory instead
  // of exhausting the machine.
  static constexpr size_t kMaxLimbs = size_t{1} << 28;

  BigInt() noexcept : size_(0), capacity_(kInlineLimbs), inline_{0, 0} {}
  BigInt(int64_t value);  // NOLINT(google-explicit-constructor): ints convert freely.
  static BigInt fromUint64(uint64_t value);
  // int(float): truncates toward zero. Infinity raises Overflow "cannot convert float
  // infinity to integer", NaN raises Value "cannot convert float NaN to integer".
  static BigInt fromDouble(double value);

  BigInt(const BigInt& other);
  BigInt(BigInt&& other) noexcept;
  BigInt& operator=(const BigInt& other);
  BigInt& operator=(BigInt&& other) noexcept;
  ~BigInt();

  int sign() const { return size_ > 0 ? 1 : (size_ < 0 ? -1 : 0); }
  bool isZero() const { return size_ == 0; }
  bool isNegative() const { return size_ < 0; }
  bool isOdd() const { return size_ != 0 && (data()[0] & 1) != 0; }
  // The magnitude's limbs, least significant first.
  std::span<const Limb> limbs() const { return {data(), limbCount()}; }

  bool fitsInt64() const;
  int64_t toInt64() const;  // Precondition: fitsInt64().
  std::optional<int64_t> tryInt64() const;
  // float(int), correctly rounded half-to-even; Overflow "int too large to convert to float".
  double toDouble() const;
  // The value as mantissa * 2**exponent with 0.5 <= |mantissa| < 1 rounded to 53 bits
  // (CPython's _PyLong_Frexp, which math.log and friends use on ints beyond float range).
  double frexp(int64_t& exponent) const;

  uint64_t bitLength() const;
  uint64_t bitCount() const;  // Set bits of the magnitude, like int.bit_count().
  // hash(int): the value modulo 2**61 - 1 carrying the sign, with -1 mapped to -2.
  int64_t hash() const;

  // int.to_bytes(length, byteorder, signed=...): Overflow "int too big to convert" or
  // "can't convert negative int to unsigned".
  std::string toBytes(size_t length, bool bigEndian, bool isSigned) const;
  static BigInt fromBytes(std::span<const uint8_t> bytes, bool bigEndian, bool isSigned);

  // Digits in base 2..36 (lowercase letters), a leading '-' for negatives, no prefix.
  // maxStrDigits is sys.get_int_max_str_digits() (0 = unlimited); it limits bases that are
  // not powers of two and raises Value "Exceeds the limit (N digits) for integer string
  // conversion; use sys.set_int_max_str_digits() to increase the limit".
  std::string toString(int base = 10, size_t maxStrDigits = 0) const;

  // int(text, base) for ASCII text: base 0 or 2..36, surrounding whitespace (space, \t, \n,
  // \v, \f, \r), a sign, prefixes, single underscores between digits. The caller first maps
  // other str.isspace() characters to ' ' and non-ASCII decimal digits to ASCII, as CPython's
  // int(str) does. Returns nothing for an invalid literal: the caller words that error, as it
  // needs the repr of the original text. Raises Value for a bad base ("int() base must be >= 2
  // and <= 36, or 0") and for too many digits ("Exceeds the limit (N digits) for integer
  // string conversion: value has M digits; use sys.set_int_max_str_digits() to increase the
  // limit").
  static std::optional<BigInt> parse(std::string_view text, int base, size_t maxStrDigits = 0);

  static int compare(const BigInt& a, const BigInt& b);
  friend bool operator==(const BigInt& a, const BigInt& b);
  friend std::strong_ordering operator<=>(const BigInt& a, const BigInt& b) {
    return compare(a, b) <=> 0;
  }

  BigInt operator-() const&;
  BigInt operator-() &&;
  BigInt abs() const;
  BigInt operator~() const;

  BigInt& operator+=(const BigInt& other);
  BigInt& operator-=(const BigInt& other);
  BigInt& operator*=(const BigInt& other);

 private:
  friend struct bigint_detail::Access;
  static constexpr uint32_t kInlineLimbs = 2;

  size_t limbCount() const { return static_cast<size_t>(size_ < 0 ? -int64_t{size_} : size_); }
  bool onHeap() const { return capacity_ > kInlineLimbs; }
  const Limb* data() const { return onHeap() ? heap_ : inline_; }
  Limb* data() { return onHeap() ? heap_ : inline_; }
  // Room for `limbs` limbs; the old contents are kept only when `keep` is set.
  Limb* reserve(size_t limbs, bool keep);
  void release();

  // |size_| limbs; the sign of size_ is the sign of the value (CPython's ob_size layout).
  int32_t size_;
  uint32_t capacity_;
  union {
    Limb inline_[kInlineLimbs];
    Limb* heap_;
  };
};

// int <=> float compared exactly, as CPython does (unordered for NaN): 2**53 + 1 is not
// equal to 2.0**53 even though float(2**53 + 1) == 2.0**53.
std::partial_ordering compareWithDouble(const BigInt& a, double b);

BigInt operator+(const BigInt& a, const BigInt& b);
BigInt operator-(const BigInt& a, const BigInt& b);
BigInt operator*(const BigInt& a, const BigInt& b);
BigInt operator&(const BigInt& a, const BigInt& b);
BigInt operator|(const BigInt& a, const BigInt& b);
BigInt operator^(const BigInt& a, const BigInt& b);
// a << n and a >> n; the runtime rejects negative counts ("negative shift count"). Right
// shifts floor like Python's; a left shift past kMaxLimbs raises Memory.
BigInt operator<<(const BigInt& a, uint64_t count);
BigInt operator>>(const BigInt& a, uint64_t count);

// Python's // and % (floor semantics: the remainder takes the divisor's sign). A zero
// divisor raises ZeroDivision with "integer division or modulo by zero" (floorDiv, divmod)
// or "integer modulo by zero" (floorMod).
BigInt floorDiv(const BigInt& a, const BigInt& b);
BigInt floorMod(const BigInt& a, const BigInt& b);
std::pair<BigInt, BigInt> divmod(const BigInt& a, const BigInt& b);
// a / b correctly rounded like CPython: ZeroDivision "division by zero", Overflow "integer
// division result too large for a float".
double trueDiv(const BigInt& a, const BigInt& b);

// base ** exponent for exponent >= 0 (negative exponents are float arithmetic, the caller's
// business: this throws std::invalid_argument). Raises Memory when the result cannot fit.
BigInt pow(const BigInt& base, const BigInt& exponent);
// pow(base, exponent, modulus): Value "pow() 3rd argument cannot be 0", and for a negative
// exponent Value "base is not invertible for the given modulus" when no inverse exists.
BigInt powMod(const BigInt& base, const BigInt& exponent, const BigInt& modulus);
// math.gcd of two ints: never negative.
BigInt gcd(const BigInt& a, const BigInt& b);
// math.isqrt: Value "isqrt() argument must be nonnegative".
BigInt isqrt(const BigInt& n);

// sys.int_info.default_max_str_digits, and the smallest nonzero limit
// sys.set_int_max_str_digits() accepts ("maxdigits must be 0 or larger than 640"); limits
// apply only to conversions longer than that many digits.
constexpr size_t kDefaultMaxStrDigits = 4300;
constexpr size_t kMaxStrDigitsThreshold = 640;

// The two texts CPython 3.11 raises ValueError with when int_max_str_digits is exceeded.
std::string intToStrLimitMessage(size_t maxStrDigits);
std::string strToIntLimitMessage(size_t maxStrDigits, size_t digits);

}  // namespace rw::support
