// float's exact-value methods: as_integer_ratio(), hex() and the class method fromhex().
#include <cctype>
#include <cfloat>
#include <cmath>
#include <string>

#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"
#include "support/float_format.h"

namespace rw {

namespace {

Value floatAsIntegerRatio(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "as_integer_ratio", args, 0, 0);
  double d = floatValue(self);
  if (std::isinf(d)) raiseError(I, I.exc.OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(d)) raiseValueError(I, "cannot convert NaN to integer ratio");
  int exponent;
  double mantissa = std::frexp(d, &exponent);
  // Doubling at most 300 times makes any finite mantissa an integer.
  for (int i = 0; i < 300 && mantissa != std::floor(mantissa); ++i) {
    mantissa *= 2.0;
    --exponent;
  }
  support::BigInt numerator = support::BigInt::fromDouble(mantissa);
  support::BigInt denominator(1);
  if (exponent > 0)
    numerator = numerator << static_cast<uint64_t>(exponent);
  else
    denominator = denominator << static_cast<uint64_t>(-exponent);
  Ref n = Ref::steal(newIntFromBig(I, std::move(numerator)));
  Ref q = Ref::steal(newIntFromBig(I, std::move(denominator)));
  return Value(newTupleOf(I, {n.get(), q.get()}));
}

// CPython's float_hex: one hex digit before the point (1 for normal numbers, 0 for
// subnormals), thirteen after it, and a binary exponent.
Value floatHex(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "hex", args, 0, 0);
  double d = floatValue(self);
  if (std::isnan(d) || std::isinf(d)) return Value(newStr(I, support::reprFloat(d)));
  if (d == 0.0) return Value(newStr(I, std::signbit(d) ? "-0x0.0p+0" : "0x0.0p+0"));
  int exponent;
  double mantissa = std::frexp(std::fabs(d), &exponent);
  int shift = 1 - std::max(DBL_MIN_EXP - exponent, 0);
  mantissa = std::ldexp(mantissa, shift);
  exponent -= shift;
  static const char kDigits[] = "0123456789abcdef";
  std::string text = d < 0 ? "-0x" : "0x";
  int digit = static_cast<int>(mantissa);
  text += kDigits[digit];
  mantissa -= digit;
  text += '.';
  for (int i = 0; i < (DBL_MANT_DIG + 2) / 4; ++i) {
    mantissa *= 16.0;
    digit = static_cast<int>(mantissa);
    text += kDigits[digit];
    mantissa -= digit;
  }
  text += exponent < 0 ? "p-" : "p+";
  text += std::to_string(std::abs(exponent));
  return Value(newStr(I, text));
}

bool equalsIgnoringCase(std::string_view text, std::string_view word) {
  if (text.size() != word.size()) return false;
  for (size_t i = 0; i < text.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != word[i]) return false;
  return true;
}

[[noreturn]] void invalidHexFloat(Interp& I) {
  raiseValueError(I, "invalid hexadecimal floating-point string");
}

// Parses [sign] ["0x"] digits ["." digits] ["p" [sign] decimal] (or inf/nan), rounding the
// exact value once, to nearest with ties to even.
double parseHexFloat(Interp& I, std::string_view text) {
  auto isSpace = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  while (!text.empty() && isSpace(text.front()))
    text.remove_prefix(1);
  while (!text.empty() && isSpace(text.back()))
    text.remove_suffix(1);
  bool negative = !text.empty() && text.front() == '-';
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) text.remove_prefix(1);
  if (equalsIgnoringCase(text, "inf") || equalsIgnoringCase(text, "infinity"))
    return negative ? -HUGE_VAL : HUGE_VAL;
  if (equalsIgnoringCase(text, "nan")) return negative ? -NAN : NAN;
  if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
    text.remove_prefix(2);
  support::BigInt digits(0);
  int64_t exponent = 0;
  size_t count = 0, i = 0;
  bool point = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '.' && !point) {
      point = true;
      continue;
    }
    if (!std::isxdigit(static_cast<unsigned char>(c))) break;
    int value = std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : std::tolower(c) - 'a' + 10;
    digits = (digits << 4) + support::BigInt(value);
    if (point) exponent -= 4;
    ++count;
  }
  if (count == 0) invalidHexFloat(I);
  if (i < text.size() && (text[i] == 'p' || text[i] == 'P')) {
    ++i;
    bool negativeExponent = i < text.size() && text[i] == '-';
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
    size_t start = i;
    int64_t written = 0;
    for (; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); ++i)
      written = std::min<int64_t>(written * 10 + (text[i] - '0'), int64_t{1} << 40);
    if (i == start) invalidHexFloat(I);
    exponent += negativeExponent ? -written : written;
  }
  if (i != text.size()) invalidHexFloat(I);
  double magnitude = 0.0;
  if (!digits.isZero()) {
    int64_t top = static_cast<int64_t>(digits.bitLength()) + exponent;  // value < 2**top
    if (top > DBL_MAX_EXP + 1)
      raiseError(I, I.exc.OverflowError, "hexadecimal value too large to represent as a float");
    if (top >= DBL_MIN_EXP - DBL_MANT_DIG - 1) {
      // Integer conversion and division by a power of two are both correctly rounded.
      magnitude = exponent >= 0 ? (digits << static_cast<uint64_t>(exponent)).toDouble()
                                : support::trueDiv(digits, support::BigInt(1)
                                                               << static_cast<uint64_t>(-exponent));
    }
    if (std::isinf(magnitude))
      raiseError(I, I.exc.OverflowError, "hexadecimal value too large to represent as a float");
  }
  return negative ? -magnitude : magnitude;
}

// float.fromhex(string), a class method: subclasses get cls(value).
Value floatFromHex(Interp& I, Value cls, CallArgs args) {
  checkNoKeywords(I, "fromhex", args);
  checkArgCount(I, "fromhex", args, 1, 1);
  if (!isInstance(I, args.args[0], I.types.str))
    raiseTypeError(I, "bad argument type for built-in operation");
  Ref value = Ref::steal(newFloat(I, parseHexFloat(I, strView(args.args[0]))));
  if (cls.is(Value(I.types.float_))) return value.release();
  return call(I, cls, {value.get()});
}

}  // namespace

void addFloatExactMethods(Interp& I, Type* t) {
  addMethod(I, t, "as_integer_ratio", floatAsIntegerRatio);
  addMethod(I, t, "hex", floatHex);
  addMethod(I, t, "fromhex", floatFromHex,
            "Create a floating-point number from a hexadecimal string.", true);
}

}  // namespace rw
