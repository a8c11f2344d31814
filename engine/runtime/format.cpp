// The format-specification mini-language, as CPython's Python/formatter_unicode.c
// implements it for int, float and str: parsing the spec, then laying a number out as
// [padding][sign][prefix][padding][grouped digits][decimal point + remainder][padding].
#include "runtime/format.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>

#include "objects/complex.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "support/float_format.h"
#include "support/utf8.h"
#include "unicode/unicode_db.h"

namespace rw {

namespace {

struct Spec {
  char32_t fill = ' ';
  char32_t align = 0;
  char32_t sign = 0;  // '+', '-', ' ' or 0
  bool noNegZero = false;
  bool alternate = false;
  int64_t width = -1;
  char32_t grouping = 0;  // ',' or '_'
  int groupSize = 3;      // '_' groups bin/oct/hex digits by four
  int64_t precision = -1;
  char32_t type = 0;
};

bool isAlign(char32_t c) {
  return c == '<' || c == '>' || c == '^' || c == '=';
}

// A format code in an error message: the character, or \x.. outside printable ASCII.
std::string codeText(char32_t c) {
  if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "\\x%x", static_cast<unsigned>(c));
  return buffer;
}

[[noreturn]] void unknownCode(Interp& I, char32_t type, std::string_view typeName) {
  raiseValueError(I, "Unknown format code '" + codeText(type) + "' for object of type '" +
                         std::string(typeName) + "'");
}

// Reads the spec from UTF-8 without allocating (it is parsed for every f-string field).
class SpecReader {
 public:
  explicit SpecReader(std::string_view text) : text_(text) {}
  bool atEnd() const { return pos_ >= text_.size(); }
  char32_t peek(size_t ahead = 0) const {
    size_t p = pos_;
    char32_t c = 0;
    for (size_t i = 0; i <= ahead; ++i) {
      if (p >= text_.size()) return 0;
      c = support::decodeUtf8(text_, p);
    }
    return c;
  }
  void advance() { support::decodeUtf8(text_, pos_); }
  size_t remaining() const { return support::countCodePoints(text_.substr(pos_)); }
  // Decimal digits (any Unicode Nd digits, as CPython accepts); false when there are none.
  bool readInteger(Interp& I, int64_t& out) {
    bool any = false;
    int64_t value = 0;
    while (!atEnd()) {
      int digit = unicode::decimalValue(peek());
      if (digit < 0) break;
      if (value > (INT64_MAX - digit) / 10)
        raiseValueError(I, "Too many decimal digits in format string");
      value = value * 10 + digit;
      any = true;
      advance();
    }
    if (any) out = value;
    return any;
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
};

Spec parseSpec(Interp& I, std::string_view text, char defaultAlign, char defaultType,
               std::string_view typeName) {
  Spec s;
  s.align = static_cast<char32_t>(defaultAlign);
  s.type = static_cast<char32_t>(defaultType);
  SpecReader r(text);
  bool fillGiven = false, alignGiven = false;
  if (isAlign(r.peek(1))) {
    s.fill = r.peek();
    s.align = r.peek(1);
    r.advance();
    r.advance();
    fillGiven = alignGiven = true;
  } else if (isAlign(r.peek())) {
    s.align = r.peek();
    r.advance();
    alignGiven = true;
  }
  char32_t c = r.peek();
  if (c == '+' || c == '-' || c == ' ') {
    s.sign = c;
    r.advance();
  }
  if (r.peek() == 'z') {
    s.noNegZero = true;
    r.advance();
  }
  if (r.peek() == '#') {
    s.alternate = true;
    r.advance();
  }
  if (!fillGiven && r.peek() == '0') {
    s.fill = '0';
    if (!alignGiven && defaultAlign == '>') s.align = '=';
    r.advance();
  }
  r.readInteger(I, s.width);
  if (r.peek() == ',') {
    s.grouping = ',';
    r.advance();
  }
  if (r.peek() == '_') {
    if (s.grouping) raiseValueError(I, "Cannot specify both ',' and '_'.");
    s.grouping = '_';
    r.advance();
  }
  if (r.peek() == ',' && s.grouping == '_') raiseValueError(I, "Cannot specify both ',' and '_'.");
  if (r.peek() == '.') {
    r.advance();
    if (!r.readInteger(I, s.precision)) raiseValueError(I, "Format specifier missing precision");
  }
  if (!r.atEnd() && r.remaining() > 1)
    raiseValueError(I, "Invalid format specifier '" + std::string(text) + "' for object of type '" +
                           std::string(typeName) + "'");
  if (!r.atEnd()) s.type = r.peek();
  if (s.grouping) {
    switch (s.type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case 0:
        break;
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        if (s.grouping == '_') {
          s.groupSize = 4;
          break;
        }
        [[fallthrough]];
      default:
        raiseValueError(I, std::string("Cannot specify '") + static_cast<char>(s.grouping) +
                               "' with '" + codeText(s.type) + "'.");
    }
  }
  return s;
}

void appendRepeated(std::string& out, char32_t fill, int64_t count) {
  if (count <= 0) return;
  if (fill < 0x80) {
    out.append(static_cast<size_t>(count), static_cast<char>(fill));
    return;
  }
  std::string one;
  support::appendUtf8(fill, one);
  for (int64_t i = 0; i < count; ++i)
    out += one;
}

void checkWidth(Interp& I, int64_t width) {
  // A width that cannot be allocated: CPython fails the same way.
  if (width > (int64_t{1} << 32)) I.raise(newException(I, I.exc.MemoryError, newTuple(I, 0)));
}

// Digits with separators inserted every `size` from the right; when `minWidth` asks for it
// (zero padding with '='), leading zeros and separators extend the result to that width.
std::string groupDigits(std::string_view digits, char32_t separator, int size, int64_t minWidth) {
  std::string reversed;
  auto remaining = static_cast<int64_t>(digits.size());
  bool first = true;
  while (true) {
    int64_t take = std::min<int64_t>(size, std::max<int64_t>({remaining, minWidth, 1}));
    int64_t zeros = std::max<int64_t>(0, take - remaining);
    int64_t chars = std::max<int64_t>(0, std::min(remaining, take));
    if (!first && separator) reversed += static_cast<char>(separator);
    first = false;
    for (int64_t i = 0; i < chars; ++i)
      reversed += digits[static_cast<size_t>(remaining - 1 - i)];
    reversed.append(static_cast<size_t>(zeros), '0');
    remaining -= chars;
    minWidth -= size;
    if (remaining <= 0 && minWidth <= 0) break;
    minWidth -= 1;
  }
  return std::string(reversed.rbegin(), reversed.rend());
}

// CPython's calc_number_widths + fill_number: `digits` get grouped, `remainder` (decimal
// point, fraction, exponent, '%') follows as is.
Value layoutNumber(Interp& I, const Spec& s, bool negative, std::string_view prefix,
                   std::string_view digits, std::string_view remainder) {
  checkWidth(I, s.width);
  auto digitCount = static_cast<int64_t>(digits.size());
  char sign = negative ? '-' : s.sign == '+' ? '+' : s.sign == ' ' ? ' ' : 0;
  int64_t nonDigits = (sign ? 1 : 0) + static_cast<int64_t>(prefix.size()) +
                      static_cast<int64_t>(support::countCodePoints(remainder));
  int64_t minWidth = (s.fill == '0' && s.align == '=') ? s.width - nonDigits : 0;
  std::string grouped;
  if (digitCount == 0)
    grouped.clear();
  else if (s.grouping)
    grouped = groupDigits(digits, s.grouping, s.groupSize, minWidth);
  else
    grouped = std::string(static_cast<size_t>(std::max<int64_t>(0, minWidth - digitCount)), '0') +
              std::string(digits);
  int64_t padding = s.width - (nonDigits + static_cast<int64_t>(grouped.size()));
  int64_t left = 0, middle = 0, right = 0;
  if (padding > 0) {
    switch (s.align) {
      case '<':
        right = padding;
        break;
      case '^':
        left = padding / 2;
        right = padding - left;
        break;
      case '=':
        middle = padding;
        break;
      default:
        left = padding;
        break;
    }
  }
  std::string out;
  out.reserve(grouped.size() + remainder.size() + prefix.size() + 8);
  appendRepeated(out, s.fill, left);
  if (sign) out += sign;
  out += prefix;
  appendRepeated(out, s.fill, middle);
  out += grouped;
  out += remainder;
  appendRepeated(out, s.fill, right);
  return strValue(I, out);
}

// ---- str ----------------------------------------------------------------------------------

Value formatStr(Interp& I, Value v, std::string_view specText) {
  Spec s = parseSpec(I, specText, '<', 's', typeName(I, v));
  if (s.type != 's') unknownCode(I, s.type, typeName(I, v));
  if (s.sign) raiseValueError(I, "Sign not allowed in string format specifier");
  if (s.noNegZero)
    raiseValueError(I, "Negative zero coercion (z) not allowed in string format specifier");
  if (s.alternate) raiseValueError(I, "Alternate form (#) not allowed in string format specifier");
  if (s.align == '=') raiseValueError(I, "'=' alignment not allowed in string format specifier");
  Str* str = static_cast<Str*>(v.asObject());
  int64_t length = str->length;
  if ((s.width < 0 || s.width <= length) && (s.precision < 0 || s.precision >= length)) {
    if (isType(I, v, I.types.str)) return newRef(v);
    return strValue(I, str->view());
  }
  checkWidth(I, s.width);
  if (s.precision >= 0 && length >= s.precision) length = s.precision;
  int64_t total = std::max(s.width, length);
  int64_t left = s.align == '>' ? total - length : s.align == '^' ? (total - length) / 2 : 0;
  std::string out;
  appendRepeated(out, s.fill, left);
  out.append(str->view().substr(0, str->byteOffset(length)));
  appendRepeated(out, s.fill, total - length - left);
  return strValue(I, out);
}

// ---- float --------------------------------------------------------------------------------

// No presentation type but a precision: like 'g', except that the exponent is used one
// digit sooner and a fixed-point integer keeps ".0" (CPython's Py_DTSF_ADD_DOT_0).
std::string floatWithoutType(double x, int precision, bool alternate) {
  int p = std::max(precision, 1);
  if (!std::isfinite(x)) return support::formatFloat(x, 'g', p, alternate);
  std::string scientific = support::formatFloat(x, 'e', p - 1, alternate);
  size_t e = scientific.find('e');
  int exponent = std::atoi(scientific.c_str() + e + 1);
  if (exponent < -4 || exponent >= p - 1) {
    std::string mantissa = scientific.substr(0, e);
    if (!alternate && mantissa.find('.') != std::string::npos) {
      while (mantissa.back() == '0')
        mantissa.pop_back();
      if (mantissa.back() == '.') mantissa.pop_back();
    }
    return mantissa + scientific.substr(e);
  }
  std::string fixed = support::formatFloat(x, 'g', p, alternate);
  if (fixed.find('.') == std::string::npos) fixed += ".0";
  return fixed;
}

Value formatDouble(Interp& I, double x, const Spec& s) {
  if (s.precision > INT32_MAX) raiseValueError(I, "precision too big");
  auto precision = static_cast<int>(s.precision);
  bool negative = std::signbit(x) && !std::isnan(x);
  double magnitude = std::fabs(x);
  std::string body;
  char32_t type = s.type == 'n' ? 'g' : s.type;
  if (type == 0) {
    if (precision >= 0) {
      body = floatWithoutType(magnitude, precision, s.alternate);
    } else {
      body = support::reprFloat(magnitude);
      // '#' keeps the decimal point even in repr's exponent form ("1.e+16").
      if (s.alternate && std::isfinite(x) && body.find('.') == std::string::npos)
        body.insert(std::min(body.find('e'), body.size()), ".");
    }
  } else {
    body = support::formatFloat(magnitude, static_cast<char>(type), precision < 0 ? 6 : precision,
                                s.alternate);
  }
  // 'z': a value that rounds to zero loses its minus sign.
  if (s.noNegZero && negative && std::isfinite(x) &&
      body.find_first_of("123456789") == std::string::npos)
    negative = false;
  size_t digitCount = 0;
  while (digitCount < body.size() && body[digitCount] >= '0' && body[digitCount] <= '9')
    ++digitCount;
  return layoutNumber(I, s, negative, "", std::string_view(body).substr(0, digitCount),
                      std::string_view(body).substr(digitCount));
}

Value formatFloat(Interp& I, double x, std::string_view specText, std::string_view typeName) {
  Spec s = parseSpec(I, specText, '>', 0, typeName);
  switch (s.type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
    case 'n':
      break;
    default:
      unknownCode(I, s.type, typeName);
  }
  return formatDouble(I, x, s);
}

// ---- complex ------------------------------------------------------------------------------

// A part of a complex without its sign, as PyOS_double_to_string writes it; 'r' is repr's
// shortest form without the ".0" float's repr adds.
std::string complexPartText(double magnitude, char32_t type, int precision, bool alternate) {
  if (type != 'r')
    return support::formatFloat(magnitude, static_cast<char>(type), precision, alternate);
  std::string text = support::reprFloat(magnitude);
  if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
  if (alternate && std::isfinite(magnitude) && text.find('.') == std::string::npos)
    text.insert(std::min(text.find('e'), text.size()), ".");
  return text;
}

// format_complex_internal: each part laid out like a float without padding (the imaginary
// one always signed unless it stands alone), then the whole padded.
Value formatComplexSpec(Interp& I, double re, double im, const Spec& s) {
  if (s.precision > INT32_MAX) raiseValueError(I, "precision too big");
  if (s.fill == '0') raiseValueError(I, "Zero padding is not allowed in complex format specifier");
  if (s.align == '=')
    raiseValueError(I, "'=' alignment flag is not allowed in complex format specifier");
  char32_t type = s.type == 'n' ? 'g' : s.type;
  auto precision = static_cast<int>(s.precision);
  bool skipReal = false, parens = false;
  if (type == 0) {
    // Like str(): the real part left out when it is +0, otherwise parentheses.
    type = 'r';
    skipReal = re == 0.0 && !std::signbit(re);
    parens = !skipReal;
  }
  if (precision < 0)
    precision = type == 'r' ? 0 : 6;
  else if (type == 'r')
    type = 'g';
  Spec part = s;
  part.fill = ' ';
  part.align = '<';
  part.width = -1;
  auto layoutPart = [&](double x, char32_t sign) {
    part.sign = sign;
    bool negative = std::signbit(x) && !std::isnan(x);
    std::string body = complexPartText(std::fabs(x), type, precision, s.alternate);
    if (s.noNegZero && negative && std::isfinite(x) &&
        body.find_first_of("123456789") == std::string::npos)
      negative = false;
    size_t digitCount = 0;
    while (digitCount < body.size() && body[digitCount] >= '0' && body[digitCount] <= '9')
      ++digitCount;
    Ref text = Ref::steal(layoutNumber(I, part, negative, "",
                                       std::string_view(body).substr(0, digitCount),
                                       std::string_view(body).substr(digitCount)));
    return std::string(strView(text.get()));
  };
  std::string body = parens ? "(" : "";
  if (!skipReal) body += layoutPart(re, s.sign);
  body += layoutPart(im, skipReal ? s.sign : '+');
  body += parens ? "j)" : "j";
  checkWidth(I, s.width);
  auto length = static_cast<int64_t>(body.size());
  int64_t padding = std::max<int64_t>(0, s.width - length);
  int64_t left = s.align == '<' ? 0 : s.align == '^' ? padding / 2 : padding;
  std::string out;
  appendRepeated(out, s.fill, left);
  out += body;
  appendRepeated(out, s.fill, padding - left);
  return strValue(I, out);
}

// ---- int ----------------------------------------------------------------------------------

Value formatInt(Interp& I, Value v, std::string_view specText) {
  std::string_view name = typeName(I, v);
  Spec s = parseSpec(I, specText, '>', 'd', name);
  switch (s.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      return formatDouble(I, intToDouble(I, v), s);
    default:
      unknownCode(I, s.type, name);
  }
  if (s.precision >= 0) raiseValueError(I, "Precision not allowed in integer format specifier");
  if (s.noNegZero)
    raiseValueError(I, "Negative zero coercion (z) not allowed in integer format specifier");
  if (s.type == 'c') {
    if (s.sign) raiseValueError(I, "Sign not allowed with integer format specifier 'c'");
    if (s.alternate)
      raiseValueError(I, "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t code;
    if (!intToInt64(v, code))
      raiseError(I, I.exc.OverflowError, "Python int too large to convert to C long");
    if (code < 0 || code > 0x10FFFF)
      raiseError(I, I.exc.OverflowError, "%c arg not in range(0x110000)");
    std::string body;
    support::appendUtf8(static_cast<char32_t>(code), body);
    return layoutNumber(I, s, false, "", "", body);
  }
  bool negative;
  std::string digits;
  if (v.isSmallInt() && (s.type == 'd' || s.type == 'n')) {
    int64_t n = v.asSmallInt();
    negative = n < 0;
    uint64_t magnitude = negative ? 0 - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
    digits = std::to_string(magnitude);
  } else {
    support::BigInt n = toBigInt(v);
    negative = n.isNegative();
    support::BigInt magnitude = negative ? -n : n;
    switch (s.type) {
      case 'b':
        digits = magnitude.toString(2);
        break;
      case 'o':
        digits = magnitude.toString(8);
        break;
      case 'x':
      case 'X':
        digits = magnitude.toString(16);
        break;
      default: {
        digits = intToDecimal(I, v).substr(negative ? 1 : 0);
        break;
      }
    }
  }
  std::string prefix;
  if (s.alternate && s.type != 'd' && s.type != 'n')
    prefix = std::string("0") + static_cast<char>(s.type);
  if (s.type == 'X')
    for (char& c : digits)
      c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return layoutNumber(I, s, negative, prefix, digits, "");
}

}  // namespace

Value formatComplex(Interp& I, double real, double imag, std::string_view spec,
                    std::string_view typeName) {
  Spec s = parseSpec(I, spec, '>', 0, typeName);
  switch (s.type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
      break;
    default:
      unknownCode(I, s.type, typeName);
  }
  return formatComplexSpec(I, real, imag, s);
}

Value formatStrValue(Interp& I, Value v, std::string_view spec) {
  if (spec.empty()) return str(I, v);
  return formatStr(I, v, spec);
}

Value format(Interp& I, Value v, std::string_view spec) {
  Type* t = typeOf(I, v);
  if (t == I.types.str) return spec.empty() ? newRef(v) : formatStr(I, v, spec);
  if (t == I.types.int_) return spec.empty() ? str(I, v) : formatInt(I, v, spec);
  if (t == I.types.float_)
    return spec.empty() ? str(I, v) : formatFloat(I, floatValue(v), spec, "float");
  Value method = typeLookup(I, t, I.intern("__format__"));
  if (method && !isType(I, method, I.types.methodDescriptor)) {
    Ref specStr = Ref::steal(strValue(I, spec));
    Ref result = Ref::steal(callMethod(I, v, I.intern("__format__"), {specStr.get()}));
    if (!isInstance(I, result.get(), I.types.str))
      raiseTypeError(I,
                     "__format__ must return a str, not " + std::string(typeName(I, result.get())));
    return result.release();
  }
  // Subclasses of the built-in types keep their base's __format__; for any other object
  // object.__format__ accepts only an empty spec.
  if (spec.empty()) return str(I, v);
  if (isSubtype(t, I.types.str)) return formatStr(I, v, spec);
  if (isSubtype(t, I.types.int_)) return formatInt(I, v, spec);
  if (isSubtype(t, I.types.float_)) return formatFloat(I, floatValue(v), spec, t->name->view());
  if (isSubtype(t, I.types.complex)) {
    auto* c = static_cast<Complex*>(v.asObject());
    return formatComplex(I, c->real, c->imag, spec, t->name->view());
  }
  raiseTypeError(
      I, "unsupported format string passed to " + std::string(t->name->view()) + ".__format__");
}

Value asciiRepr(Interp& I, Value v) {
  Ref r = Ref::steal(repr(I, v));
  std::string_view text = strView(r.get());
  std::string out;
  for (size_t pos = 0; pos < text.size();) {
    char32_t c = support::decodeUtf8(text, pos);
    char buffer[16];
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x100) {
      std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(c));
      out += buffer;
    } else if (c < 0x10000) {
      std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
      out += buffer;
    } else {
      std::snprintf(buffer, sizeof buffer, "\\U%08x", static_cast<unsigned>(c));
      out += buffer;
    }
  }
  return strValue(I, out);
}

}  // namespace rw
