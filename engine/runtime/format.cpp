// The format-specification mini-language, as CPython's Python/formatter_unicode.c
// implements it for int, float and str.
#include "runtime/format.h"

#include <cmath>

#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/protocols.h"
#include "support/float_format.h"
#include "support/utf8.h"

namespace rw {

namespace {

struct Spec {
  char32_t fill = ' ';
  char align = 0;  // '<', '>', '^', '=' or 0 for the type's default
  char sign = 0;   // '+', '-', ' ' or 0
  bool noNegZero = false;
  bool alternate = false;
  int64_t width = -1;
  char grouping = 0;  // ',' or '_'
  int64_t precision = -1;
  char type = 0;
};

[[noreturn]] void invalidSpec(Interp& I) { raiseValueError(I, "Invalid format specifier"); }

bool isAlign(char32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

Spec parseSpec(Interp& I, std::string_view text, char defaultType) {
  Spec s;
  std::vector<char32_t> cps;
  for (size_t pos = 0; pos < text.size();) cps.push_back(support::decodeUtf8(text, pos));
  size_t i = 0, n = cps.size();
  if (n >= 2 && isAlign(cps[1])) {
    s.fill = cps[0];
    s.align = static_cast<char>(cps[1]);
    i = 2;
  } else if (n >= 1 && isAlign(cps[0])) {
    s.align = static_cast<char>(cps[0]);
    i = 1;
  }
  if (i < n && (cps[i] == '+' || cps[i] == '-' || cps[i] == ' ')) s.sign = static_cast<char>(cps[i++]);
  if (i < n && cps[i] == 'z') {
    s.noNegZero = true;
    ++i;
  }
  if (i < n && cps[i] == '#') {
    s.alternate = true;
    ++i;
  }
  if (i < n && cps[i] == '0') {
    if (!s.align) {
      s.fill = '0';
      s.align = '=';
    }
    ++i;
  }
  auto readNumber = [&](int64_t& out) {
    size_t start = i;
    int64_t v = 0;
    while (i < n && cps[i] >= '0' && cps[i] <= '9') {
      v = v * 10 + (cps[i] - '0');
      if (v > (int64_t{1} << 40)) raiseValueError(I, "Too many decimal digits in format string");
      ++i;
    }
    if (i > start) out = v;
    return i > start;
  };
  readNumber(s.width);
  if (i < n && (cps[i] == ',' || cps[i] == '_')) s.grouping = static_cast<char>(cps[i++]);
  if (i < n && cps[i] == '.') {
    ++i;
    if (!readNumber(s.precision)) raiseValueError(I, "Format specifier missing precision");
  }
  if (i < n) s.type = static_cast<char>(cps[i++]);
  if (i < n) invalidSpec(I);
  if (!s.type) s.type = defaultType;
  return s;
}

std::string groupDigits(std::string_view digits, char separator, int every) {
  std::string out;
  int64_t count = static_cast<int64_t>(digits.size());
  for (int64_t i = 0; i < count; ++i) {
    if (i > 0 && (count - i) % every == 0) out += separator;
    out += digits[i];
  }
  return out;
}

// Lays out sign/prefix + body with fill and alignment; `numeric` enables '=' padding.
std::string pad(const Spec& s, std::string_view prefix, std::string_view body, char defaultAlign) {
  int64_t length = static_cast<int64_t>(support::countCodePoints(prefix) +
                                        support::countCodePoints(body));
  char align = s.align ? s.align : defaultAlign;
  std::string fill;
  support::appendUtf8(s.fill, fill);
  if (s.width <= length) return std::string(prefix) + std::string(body);
  int64_t padding = s.width - length;
  auto repeat = [&](int64_t k) {
    std::string out;
    for (int64_t j = 0; j < k; ++j) out += fill;
    return out;
  };
  switch (align) {
    case '<': return std::string(prefix) + std::string(body) + repeat(padding);
    case '^': return repeat(padding / 2) + std::string(prefix) + std::string(body) + repeat(padding - padding / 2);
    case '=': return std::string(prefix) + repeat(padding) + std::string(body);
    default: return repeat(padding) + std::string(prefix) + std::string(body);
  }
}

std::string signFor(const Spec& s, bool negative) {
  if (negative) return "-";
  if (s.sign == '+') return "+";
  if (s.sign == ' ') return " ";
  return "";
}

Value formatStr(Interp& I, Value v, std::string_view specText) {
  Spec s = parseSpec(I, specText, 's');
  if (s.type != 's')
    raiseValueError(I, std::string("Unknown format code '") + s.type + "' for object of type 'str'");
  if (s.sign) raiseValueError(I, "Sign not allowed in string format specifier");
  if (s.alternate) raiseValueError(I, "Alternate form (#) not allowed in string format specifier");
  if (s.align == '=') raiseValueError(I, "'=' alignment not allowed in string format specifier");
  std::string_view text = strView(v);
  std::string body(text);
  if (s.precision >= 0) {
    Str* str = static_cast<Str*>(v.asObject());
    if (s.precision < str->length) body = std::string(text.substr(0, str->byteOffset(s.precision)));
  }
  return Value(newStr(I, pad(s, "", body, '<')));
}

std::string floatBody(Interp& I, double x, const Spec& s) {
  int64_t precision = s.precision;
  if (precision > 1000000) raiseValueError(I, "precision too big");
  if (s.type == 0) {
    // No type: repr without a precision; with one, 'g' that keeps a ".0" on integers.
    if (precision < 0) return support::reprFloat(std::fabs(x));
    std::string body = support::formatFloat(std::fabs(x), 'g', static_cast<int>(std::max<int64_t>(precision, 1)),
                                            s.alternate);
    if (std::isfinite(x) && body.find_first_of(".eE") == std::string::npos) body += ".0";
    return body;
  }
  char type = s.type == 'n' ? 'g' : s.type;
  return support::formatFloat(std::fabs(x), type, static_cast<int>(precision < 0 ? 6 : precision),
                              s.alternate);
}

Value formatFloatValue(Interp& I, double x, std::string_view specText, bool fromInt) {
  Spec s = parseSpec(I, specText, 0);
  switch (s.type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
    case 'n': break;
    default:
      raiseValueError(I, std::string("Unknown format code '") + s.type + "' for object of type '" +
                             (fromInt ? "int" : "float") + "'");
  }
  bool negative = std::signbit(x) && !std::isnan(x);
  std::string body = floatBody(I, x, s);
  if (s.noNegZero && negative && body.find_first_not_of("0.%eE+-") == std::string::npos) negative = false;
  if (s.grouping && std::isfinite(x)) {
    size_t end = body.find_first_not_of("0123456789");
    std::string digits = body.substr(0, end);
    body = groupDigits(digits, s.grouping, 3) + (end == std::string::npos ? "" : body.substr(end));
  }
  return Value(newStr(I, pad(s, signFor(s, negative), body, '>')));
}

Value formatInt(Interp& I, Value v, std::string_view specText) {
  Spec s = parseSpec(I, specText, 'd');
  switch (s.type) {
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
      return formatFloatValue(I, intToDouble(I, v), specText, true);
    }
    default: break;
  }
  if (s.precision >= 0) raiseValueError(I, "Precision not allowed in integer format specifier");
  support::BigInt n = toBigInt(v);
  bool negative = n.isNegative();
  support::BigInt magnitude = negative ? -n : n;
  std::string digits, prefix;
  switch (s.type) {
    case 'd':
    case 'n': digits = magnitude.toString(10); break;
    case 'x':
      digits = magnitude.toString(16);
      prefix = s.alternate ? "0x" : "";
      break;
    case 'X':
      digits = magnitude.toString(16);
      for (char& c : digits) c = static_cast<char>(std::toupper(c));
      prefix = s.alternate ? "0X" : "";
      break;
    case 'o':
      digits = magnitude.toString(8);
      prefix = s.alternate ? "0o" : "";
      break;
    case 'b':
      digits = magnitude.toString(2);
      prefix = s.alternate ? "0b" : "";
      break;
    case 'c': {
      std::optional<int64_t> fits = n.tryInt64();
      int64_t c = fits.value_or(-1);
      if (!fits || c < 0 || c > 0x10FFFF)
        raiseError(I, I.exc.OverflowError, "%c arg not in range(0x110000)");
      if (s.sign) raiseValueError(I, "Sign not allowed with integer format specifier 'c'");
      std::string body;
      support::appendUtf8(static_cast<char32_t>(c), body);
      return Value(newStr(I, pad(s, "", body, '<')));
    }
    default:
      raiseValueError(I, std::string("Unknown format code '") + s.type + "' for object of type '" +
                             std::string(typeName(I, v)) + "'");
  }
  if (s.grouping) {
    int every = (s.type == 'd' || s.type == 'n') ? 3 : 4;
    if (s.grouping == ',' && every == 4)
      raiseValueError(I, std::string("Cannot specify ',' with '") + s.type + "'.");
    digits = groupDigits(digits, s.grouping, every);
  }
  return Value(newStr(I, pad(s, signFor(s, negative) + prefix, digits, '>')));
}

}  // namespace

Value format(Interp& I, Value v, std::string_view spec) {
  Type* t = typeOf(I, v);
  if (t == I.types.str) return formatStr(I, v, spec);
  if (t == I.types.int_) return formatInt(I, v, spec);
  if (t == I.types.bool_) {
    if (spec.empty()) return str(I, v);
    return formatInt(I, v, spec);
  }
  if (t == I.types.float_) {
    if (spec.empty()) return str(I, v);
    return formatFloatValue(I, floatValue(v), spec, false);
  }
  Value method = typeLookup(I, t, I.intern("__format__"));
  if (method && !isType(I, method, I.types.methodDescriptor)) {
    Ref specStr = Ref::steal(Value(newStr(I, spec)));
    return callMethod(I, v, I.intern("__format__"), {specStr.get()});
  }
  if (!spec.empty())
    raiseTypeError(I, "unsupported format string passed to " + std::string(t->name->view()) +
                          ".__format__");
  return str(I, v);
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
  return Value(newStr(I, out));
}

}  // namespace rw
