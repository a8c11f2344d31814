#include "support/float_format.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <system_error>

#include "support/utf8.h"
#include "unicode/unicode_db.h"

namespace rw::support {

namespace {

// std::to_chars is locale-independent and correctly rounded (half-even on exact ties, like
// CPython's dtoa), which snprintf under a GUI's locale would not be.
std::string toChars(double value, std::chars_format format) {
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, format);
  return std::string(buffer, result.ptr);
}

std::string toChars(double value, std::chars_format format, int precision) {
  // A fixed-notation double has at most 309 integer digits; the rest is sign, point and
  // exponent.
  std::string buffer(static_cast<size_t>(precision) + 330, '\0');
  const auto result =
      std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, format, precision);
  buffer.resize(static_cast<size_t>(result.ptr - buffer.data()));
  return buffer;
}

// Splits to_chars' scientific text ("-1.25e+07") at the 'e'.
struct Scientific {
  std::string_view mantissa;
  int exponent;
};

Scientific splitScientific(std::string_view text) {
  const size_t e = text.find('e');
  int exponent = 0;
  const char* first = text.data() + e + 1;
  if (*first == '+') ++first;
  std::from_chars(first, text.data() + text.size(), exponent);
  return {text.substr(0, e), exponent};
}

// CPython writes exponents with a sign and at least two digits.
void appendExponent(int exponent, std::string& out) {
  out.push_back('e');
  out.push_back(exponent < 0 ? '-' : '+');
  const int magnitude = std::abs(exponent);
  if (magnitude < 10) out.push_back('0');
  out += std::to_string(magnitude);
}

std::string nonFinite(double value) {
  if (std::isnan(value)) return "nan";  // CPython never shows the sign of a NaN
  return value < 0 ? "-inf" : "inf";
}

// %g: style e or f depending on the exponent after rounding to `precision` significant
// digits, then (unless '#') without trailing zeros.
std::string formatGeneral(double value, int precision, bool alternate) {
  precision = std::max(precision, 1);
  const std::string scientific = toChars(value, std::chars_format::scientific, precision - 1);
  const int exponent = splitScientific(scientific).exponent;
  std::string text = exponent >= -4 && exponent < precision
                         ? toChars(value, std::chars_format::fixed, precision - 1 - exponent)
                         : scientific;
  size_t mantissaEnd = std::min(text.find('e'), text.size());
  const size_t point = text.find('.');
  if (alternate) {
    if (point == std::string::npos) text.insert(mantissaEnd, ".");
    return text;
  }
  if (point == std::string::npos || point > mantissaEnd) return text;
  size_t keep = mantissaEnd;
  while (text[keep - 1] == '0')
    --keep;
  if (keep == point + 1) keep = point;
  text.erase(keep, mantissaEnd - keep);
  return text;
}

bool isAsciiDigit(char ch) {
  return ch >= '0' && ch <= '9';
}

bool isAsciiSpace(char ch) {
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\v' || ch == '\f';
}

bool equalsIgnoringCase(std::string_view text, std::string_view lowercase) {
  return text.size() == lowercase.size() &&
         std::equal(text.begin(), text.end(), lowercase.begin(), [](char a, char b) {
           return (a >= 'A' && a <= 'Z' ? static_cast<char>(a - 'A' + 'a') : a) == b;
         });
}

// Underscores are allowed only between two digits; they are dropped.
std::optional<std::string> removeUnderscores(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  char previous = '\0';
  for (char ch : text) {
    if (ch == '_') {
      if (!isAsciiDigit(previous)) return std::nullopt;
    } else {
      if (previous == '_' && !isAsciiDigit(ch)) return std::nullopt;
      result.push_back(ch);
    }
    previous = ch;
  }
  if (previous == '_') return std::nullopt;
  return result;
}

// Checks digits [. digits] [(e|E) [sign] digits] with at least one mantissa digit, and
// returns the decimal exponent of the leading nonzero digit (saturated), or nothing when
// the syntax is wrong. That exponent tells overflow from underflow when from_chars reports
// a value out of range.
std::optional<long> checkDecimalSyntax(std::string_view text) {
  constexpr long kSaturation = 1'000'000'000;
  size_t i = 0;
  long leadingExponent = 0;
  bool seenNonzero = false;
  size_t mantissaDigits = 0;
  long integerDigitsAfterLead = -1;
  while (i < text.size() && isAsciiDigit(text[i])) {
    if (text[i] != '0') seenNonzero = true;
    if (seenNonzero) integerDigitsAfterLead = std::min(integerDigitsAfterLead + 1, kSaturation);
    ++mantissaDigits;
    ++i;
  }
  if (seenNonzero) leadingExponent = integerDigitsAfterLead;
  if (i < text.size() && text[i] == '.') {
    ++i;
    long position = 0;
    while (i < text.size() && isAsciiDigit(text[i])) {
      position = std::min(position + 1, kSaturation);
      if (!seenNonzero && text[i] != '0') {
        seenNonzero = true;
        leadingExponent = -position;
      }
      ++mantissaDigits;
      ++i;
    }
  }
  if (mantissaDigits == 0) return std::nullopt;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    bool negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
    const size_t digitsStart = i;
    long exponent = 0;
    while (i < text.size() && isAsciiDigit(text[i])) {
      exponent = std::min(exponent * 10 + (text[i] - '0'), kSaturation);
      ++i;
    }
    if (i == digitsStart) return std::nullopt;
    leadingExponent += negative ? -exponent : exponent;
  }
  if (i != text.size()) return std::nullopt;
  return leadingExponent;
}

}  // namespace

std::string reprFloat(double value) {
  if (!std::isfinite(value)) return nonFinite(value);
  const std::string shortest = toChars(value, std::chars_format::scientific);
  const Scientific parts = splitScientific(shortest);
  const bool negative = parts.mantissa.front() == '-';
  std::string digits;
  for (char ch : parts.mantissa) {
    if (isAsciiDigit(ch)) digits.push_back(ch);
  }
  // Position of the decimal point relative to the first digit, as CPython's 'r' mode uses
  // it to choose between the two layouts.
  const int point = parts.exponent + 1;
  std::string out = negative ? "-" : "";
  if (point <= -4 || point > 16) {
    out.push_back(digits[0]);
    if (digits.size() > 1) {
      out.push_back('.');
      out.append(digits, 1);
    }
    appendExponent(parts.exponent, out);
  } else if (point <= 0) {
    out += "0.";
    out.append(static_cast<size_t>(-point), '0');
    out += digits;
  } else if (static_cast<size_t>(point) >= digits.size()) {
    out += digits;
    out.append(static_cast<size_t>(point) - digits.size(), '0');
    out += ".0";
  } else {
    out.append(digits, 0, static_cast<size_t>(point));
    out.push_back('.');
    out.append(digits, static_cast<size_t>(point));
  }
  return out;
}

std::string formatFloat(double value, char type, int precision, bool alternate) {
  if (precision < 0) throw std::invalid_argument("formatFloat: negative precision");
  const bool percent = type == '%';
  const bool upper = type == 'E' || type == 'F' || type == 'G';
  const char style = percent ? 'f' : static_cast<char>(upper ? type - 'A' + 'a' : type);
  if (style != 'e' && style != 'f' && style != 'g') {
    throw std::invalid_argument(std::string("formatFloat: unknown format type '") + type + "'");
  }
  if (percent) value *= 100;  // in double precision, as CPython does
  std::string text;
  if (!std::isfinite(value)) {
    text = nonFinite(value);
  } else if (style == 'e') {
    text = toChars(value, std::chars_format::scientific, precision);
    if (alternate && precision == 0) text.insert(text.find('e'), ".");
  } else if (style == 'f') {
    text = toChars(value, std::chars_format::fixed, precision);
    if (alternate && precision == 0) text.push_back('.');
  } else {
    text = formatGeneral(value, precision, alternate);
  }
  if (upper) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](char ch) { return ch >= 'a' && ch <= 'z' ? ch - 'a' + 'A' : ch; });
  }
  if (percent) text.push_back('%');
  return text;
}

std::optional<double> parseFloat(std::string_view utf8) {
  std::optional<std::string> ascii = numericTextToAscii(utf8);
  if (!ascii) return std::nullopt;
  std::optional<std::string> text = removeUnderscores(*ascii);
  if (!text) return std::nullopt;
  std::string_view body = *text;
  while (!body.empty() && isAsciiSpace(body.front()))
    body.remove_prefix(1);
  while (!body.empty() && isAsciiSpace(body.back()))
    body.remove_suffix(1);
  bool negative = false;
  if (!body.empty() && (body.front() == '+' || body.front() == '-')) {
    negative = body.front() == '-';
    body.remove_prefix(1);
  }
  const double sign = negative ? -1.0 : 1.0;
  if (equalsIgnoringCase(body, "inf") || equalsIgnoringCase(body, "infinity")) {
    return sign * std::numeric_limits<double>::infinity();
  }
  if (equalsIgnoringCase(body, "nan")) {
    return std::copysign(std::numeric_limits<double>::quiet_NaN(), sign);
  }
  const std::optional<long> leadingExponent = checkDecimalSyntax(body);
  if (!leadingExponent) return std::nullopt;
  double value = 0;
  const auto result =
      std::from_chars(body.data(), body.data() + body.size(), value, std::chars_format::general);
  if (result.ec == std::errc::result_out_of_range) {
    value = *leadingExponent >= 0 ? std::numeric_limits<double>::infinity() : 0.0;
  } else if (result.ec != std::errc() || result.ptr != body.data() + body.size()) {
    return std::nullopt;
  }
  return sign * value;
}

std::optional<std::string> numericTextToAscii(std::string_view utf8) {
  std::string ascii;
  ascii.reserve(utf8.size());
  for (size_t pos = 0; pos < utf8.size();) {
    const char32_t c = decodeUtf8(utf8, pos);
    if (c < 0x80) {
      ascii.push_back(static_cast<char>(c));
    } else if (unicode::isSpace(c)) {
      ascii.push_back(' ');
    } else if (const int digit = unicode::decimalValue(c); digit >= 0) {
      ascii.push_back(static_cast<char>('0' + digit));
    } else {
      return std::nullopt;
    }
  }
  return ascii;
}

}  // namespace rw::support
