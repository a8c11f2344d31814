// complex <-> text: repr() and the parsing of complex(str), following CPython 3.11's
// complex_repr and complex_from_string_inner (Objects/complexobject.c).
#include <cmath>

#include "objects/complex.h"
#include "objects/str.h"
#include "runtime/protocols.h"
#include "support/float_format.h"
#include "support/utf8.h"
#include "unicode/unicode_db.h"

namespace rw {

namespace {

// One part as PyOS_double_to_string(x, 'r', 0, 0) writes it: repr(float) without the ".0"
// that float's repr adds to integral values.
std::string partRepr(double x) {
  std::string text = support::reprFloat(x);
  if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
  return text;
}

bool isCSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool isDigit(char c) {
  return c >= '0' && c <= '9';
}

bool startsWithIgnoringCase(std::string_view text, size_t at, std::string_view lowercase) {
  if (text.size() - at < lowercase.size()) return false;
  for (size_t i = 0; i < lowercase.size(); ++i) {
    char c = text[at + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lowercase[i]) return false;
  }
  return true;
}

// How many characters at `at` PyOS_string_to_double would consume (0: no number there):
// a sign, then "inf", "infinity", "nan" or digits with an optional point and exponent.
size_t floatPrefixLength(std::string_view s, size_t at) {
  size_t i = at;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  if (startsWithIgnoringCase(s, i, "infinity")) return i + 8 - at;
  if (startsWithIgnoringCase(s, i, "inf") || startsWithIgnoringCase(s, i, "nan")) return i + 3 - at;
  size_t digits = 0;
  while (i < s.size() && isDigit(s[i])) {
    ++i;
    ++digits;
  }
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && isDigit(s[i])) {
      ++i;
      ++digits;
    }
  }
  if (digits == 0) return 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    size_t j = i + 1;
    if (j < s.size() && (s[j] == '+' || s[j] == '-')) ++j;
    if (j < s.size() && isDigit(s[j])) {
      while (j < s.size() && isDigit(s[j]))
        ++j;
      i = j;
    }
  }
  return i - at;
}

// Reads a float at `pos`; false (pos unchanged) when there is none.
bool readFloat(std::string_view s, size_t& pos, double& out) {
  size_t n = floatPrefixLength(s, pos);
  if (n == 0) return false;
  std::optional<double> value = support::parseFloat(s.substr(pos, n));
  if (!value) return false;
  out = *value;
  pos += n;
  return true;
}

bool isImaginaryUnit(std::string_view s, size_t pos) {
  return pos < s.size() && (s[pos] == 'j' || s[pos] == 'J');
}

}  // namespace

std::string complexRepr(double real, double imag) {
  if (real == 0.0 && !std::signbit(real)) return partRepr(imag) + "j";
  std::string imagText = partRepr(imag);
  if (imagText[0] != '-') imagText.insert(0, "+");
  return "(" + partRepr(real) + imagText + "j)";
}

std::optional<ComplexParts> parseComplexText(std::string_view s) {
  ComplexParts parts;
  size_t pos = 0;
  while (pos < s.size() && isCSpace(s[pos]))
    ++pos;
  bool bracket = pos < s.size() && s[pos] == '(';
  if (bracket) {
    ++pos;
    while (pos < s.size() && isCSpace(s[pos]))
      ++pos;
  }
  double first;
  if (readFloat(s, pos, first)) {
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
      // <float><signed-float>j, or the old <float><sign>j form.
      parts.real = first;
      if (!readFloat(s, pos, parts.imag)) parts.imag = s[pos++] == '+' ? 1.0 : -1.0;
      if (!isImaginaryUnit(s, pos)) return std::nullopt;
      ++pos;
    } else if (isImaginaryUnit(s, pos)) {
      ++pos;
      parts.imag = first;
    } else {
      parts.real = first;
    }
  } else {
    // Only <sign>j or j remain possible.
    parts.imag = 1.0;
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-'))
      parts.imag = s[pos++] == '+' ? 1.0 : -1.0;
    if (!isImaginaryUnit(s, pos)) return std::nullopt;
    ++pos;
  }
  while (pos < s.size() && isCSpace(s[pos]))
    ++pos;
  if (bracket) {
    if (pos >= s.size() || s[pos] != ')') return std::nullopt;
    ++pos;
    while (pos < s.size() && isCSpace(s[pos]))
      ++pos;
  }
  if (pos != s.size()) return std::nullopt;
  return parts;
}

ComplexParts complexPartsFromString(Interp& I, Value text) {
  // Like _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode digits and spaces become
  // their ASCII counterparts, any other non-ASCII character something no number contains.
  std::string_view utf8 = strView(text);
  std::string ascii;
  ascii.reserve(utf8.size());
  for (size_t pos = 0; pos < utf8.size();) {
    char32_t c = support::decodeUtf8(utf8, pos);
    if (c < 0x80) {
      ascii += static_cast<char>(c);
    } else if (unicode::isSpace(c)) {
      ascii += ' ';
    } else if (int digit = unicode::decimalValue(c); digit >= 0) {
      ascii += static_cast<char>('0' + digit);
    } else {
      ascii += '?';
    }
  }
  if (ascii.find('_') != std::string::npos) {
    // Underscores only between digits (_Py_string_to_number_with_underscores); that check
    // stops at an embedded NUL, which then fails it as well.
    bool valid = ascii.find('\0') == std::string::npos;
    std::string stripped;
    char previous = '\0';
    for (char c : ascii) {
      if (!valid) break;
      if (c == '_') {
        valid = isDigit(previous);
      } else {
        valid = previous != '_' || isDigit(c);
        stripped += c;
      }
      previous = c;
    }
    if (!valid || previous == '_')
      raiseValueError(I, "could not convert string to complex: " + reprString(I, text));
    ascii = std::move(stripped);
  }
  std::optional<ComplexParts> parts = parseComplexText(ascii);
  if (!parts) raiseValueError(I, "complex() arg is a malformed string");
  return *parts;
}

}  // namespace rw
