// printf-style formatting: str % args and bytes % args, with CPython 3.11's parsing order,
// padding rules and error messages (PyUnicode_Format and _PyBytes_FormatEx, which share all
// but the text conversions: bytes work on bytes, %s and %b take bytes-like values).
#include <climits>
#include <cmath>
#include <cstdio>

#include "objects/bytearray.h"
#include "objects/bytes.h"
#include "objects/byte_string.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "runtime/format.h"
#include "runtime/protocols.h"
#include "support/float_format.h"
#include "support/utf8.h"

namespace rw {

namespace {

using str_impl::asStr;

enum FormatFlags : int { kLeftJustify = 1, kSign = 2, kBlank = 4, kAlternate = 8, kZero = 16 };

// One conversion specification: %[(key)][flags][width][.precision][hlL]type
struct Conversion {
  char32_t type = 0;
  int flags = 0;
  int64_t width = -1;
  int64_t precision = -1;
  bool numeric = false;  // the text may start with a sign that padding must respect
};

// Bytes taken by the first `count` code points of `text`.
size_t prefixBytes(std::string_view text, int64_t count) {
  size_t pos = 0;
  for (int64_t i = 0; i < count && pos < text.size(); ++i)
    pos += str_impl::utf8SequenceLength(static_cast<unsigned char>(text[pos]));
  return pos;
}

class PercentFormatter {
 public:
  PercentFormatter(Interp& I, Value format, Value args, bool bytes)
      : I_(I),
        bytes_(bytes),
        // A copy, as a bytearray format could be mutated by the conversions' Python code.
        bytesFormat_(bytes ? bytesLikeView(I, format) : std::string_view()),
        text_(bytes ? std::string_view(bytesFormat_) : strView(format)),
        args_(args), resultIsByteArray_(bytes && isInstance(I, format, I.types.bytearray)) {
    if (isInstance(I, args, I.types.tuple)) {
      argLength_ = static_cast<Tuple*>(args.asObject())->size;
      argIndex_ = 0;
    }
    // A mapping (anything subscriptable but a tuple or str) serves %(key)s conversions.
    if (typeOf(I, args)->getItem && !isInstance(I, args, I.types.tuple) &&
        !isInstance(I, args, I.types.str) && !isBytesLike(I, args))
      mapping_ = args;
  }

  Value run() {
    out_.reserve(text_.size() + 16);
    while (pos_ < text_.size()) {
      size_t percent = text_.find('%', pos_);
      if (percent == std::string_view::npos) percent = text_.size();
      if (percent > pos_) {
        std::string_view literal = text_.substr(pos_, percent - pos_);
        out_.append(literal);
        index_ += static_cast<int64_t>(bytes_ ? literal.size() : support::countCodePoints(literal));
        pos_ = percent;
      }
      if (pos_ < text_.size()) {
        ++pos_;
        ++index_;
        convertOne();
      }
    }
    if (argIndex_ < argLength_ && !mapping_)
      raiseTypeError(I_, bytes_ ? "not all arguments converted during bytes formatting"
                                : "not all arguments converted during string formatting");
    if (!bytes_) return strValue(I_, out_);
    return resultIsByteArray_ ? Value(newByteArray(I_, out_)) : Value(newBytes(I_, out_));
  }

 private:
  // Reads the next format character into ch_; false (and exhausted_) at the end.
  bool read() {
    if (pos_ >= text_.size()) {
      exhausted_ = true;
      return false;
    }
    ch_ = bytes_ ? static_cast<unsigned char>(text_[pos_++]) : support::decodeUtf8(text_, pos_);
    ++index_;
    return true;
  }

  Value nextArg() {
    if (argIndex_ < argLength_) {
      int64_t i = argIndex_++;
      if (argLength_ < 0) return args_;
      return static_cast<Tuple*>(args_.asObject())->item(i);
    }
    raiseTypeError(I_, "not enough arguments for format string");
  }

  int64_t starArgument(bool precision) {
    Value v = nextArg();
    if (!isInt(I_, v)) raiseTypeError(I_, "* wants int");
    int64_t n;
    if (!intToInt64(v, n) || (precision && (n < INT_MIN || n > INT_MAX)))
      raiseError(I_, I_.exc.OverflowError,
                 precision ? "Python int too large to convert to C int"
                           : "Python int too large to convert to C ssize_t");
    return n;
  }

  void readMappingKey() {
    if (!mapping_) raiseTypeError(I_, "format requires a mapping");
    read();  // the '('
    size_t keyStart = pos_;
    int depth = 1;
    while (depth > 0 && read()) {
      if (ch_ == ')')
        --depth;
      else if (ch_ == '(')
        ++depth;
    }
    if (depth > 0) raiseValueError(I_, "incomplete format key");
    std::string_view keyText = text_.substr(keyStart, pos_ - 1 - keyStart);
    Ref key = Ref::steal(bytes_ ? Value(newBytes(I_, keyText)) : strValue(I_, keyText));
    ownedArg_ = Ref::steal(getItem(I_, mapping_, key.get()));
    args_ = ownedArg_.get();
    argLength_ = -1;
    argIndex_ = -2;
  }

  // The state machine of CPython's unicode_format_arg_parse: a character read past the end
  // leaves the previous one in ch_ and makes the conversion incomplete.
  Conversion parseConversion() {
    Conversion c;
    exhausted_ = false;
    ch_ = 0;
    if (pos_ < text_.size() && text_[pos_] == '(') readMappingKey();
    while (read()) {
      int flag = ch_ == '-'   ? kLeftJustify
                 : ch_ == '+' ? kSign
                 : ch_ == ' ' ? kBlank
                 : ch_ == '#' ? kAlternate
                 : ch_ == '0' ? kZero
                              : 0;
      if (!flag) break;
      c.flags |= flag;
    }
    if (ch_ == '*') {
      c.width = starArgument(false);
      if (c.width < 0) {
        c.flags |= kLeftJustify;
        c.width = -c.width;
      }
      read();
    } else if (ch_ >= '0' && ch_ <= '9') {
      c.width = ch_ - '0';
      while (read() && ch_ >= '0' && ch_ <= '9') {
        if (c.width > (INT64_MAX - static_cast<int64_t>(ch_ - '0')) / 10)
          raiseValueError(I_, "width too big");
        c.width = c.width * 10 + (ch_ - '0');
      }
    }
    if (ch_ == '.') {
      c.precision = 0;
      read();
      if (ch_ == '*') {
        c.precision = std::max<int64_t>(0, starArgument(true));
        read();
      } else if (ch_ >= '0' && ch_ <= '9') {
        c.precision = ch_ - '0';
        while (read() && ch_ >= '0' && ch_ <= '9') {
          if (c.precision > (INT_MAX - static_cast<int64_t>(ch_ - '0')) / 10)
            raiseValueError(I_, "precision too big");
          c.precision = c.precision * 10 + (ch_ - '0');
        }
      }
    }
    if (!exhausted_ && (ch_ == 'h' || ch_ == 'l' || ch_ == 'L')) read();
    if (exhausted_) raiseValueError(I_, "incomplete format");
    c.type = ch_;
    return c;
  }

  void convertOne() {
    if (pos_ < text_.size() && text_[pos_] == '%') {
      ++pos_;
      ++index_;
      out_ += '%';
      return;
    }
    Conversion c = parseConversion();
    Value v = nextArg();
    std::string body;
    if (bytes_) {
      if (convertBytesText(c, v)) return;
    } else if (c.type == 's' || c.type == 'r' || c.type == 'a') {
        Ref text = Ref::steal(c.type == 's'   ? str(I_, v)
                              : c.type == 'r' ? repr(I_, v)
                                              : asciiRepr(I_, v));
        emit(c, strView(text.get()), asStr(text.get())->length);
        return;
    }
    switch (c.type) {
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X':
        body = integerText(c, v);
        c.numeric = true;
        break;
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
        body = floatText(c, v);
        c.numeric = true;
        break;
      case 'c': {
        if (bytes_) {
          body += byteArgument(v);
        } else {
          support::appendUtf8(characterArgument(v), body);
        }
        emit(c, body, 1);
        return;
      }
      default: {
        char buffer[96];
        char shown = c.type >= 31 && c.type <= 126 ? static_cast<char>(c.type) : '?';
        std::snprintf(buffer, sizeof buffer,
                      "unsupported format character '%c' (0x%x) at index %lld", shown,
                      static_cast<unsigned>(c.type), static_cast<long long>(index_ - 1));
        raiseValueError(I_, buffer);
      }
    }
    emit(c, body, static_cast<int64_t>(body.size()));
  }

  // ---- conversions ------------------------------------------------------------------------

  // bytes' %s/%b (bytes-like or __bytes__) and %r/%a (ascii()); false for other types.
  bool convertBytesText(Conversion& c, Value v) {
    std::string text;
    if (c.type == 'r' || c.type == 'a') {
      Ref shown = Ref::steal(asciiRepr(I_, v));
      text = strView(shown.get());
    } else if (c.type == 's' || c.type == 'b') {
      if (isBytesLike(I_, v)) {
        text = bytesLikeView(I_, v);
      } else if (typeLookupName(I_, typeOf(I_, v), "__bytes__")) {
        Ref converted = Ref::steal(call(I_, Value(I_.types.bytes), {v}));
        text = bytesLikeView(I_, converted.get());
      } else {
        raiseTypeError(I_,
                       "%b requires a bytes-like object, or an object that implements "
                       "__bytes__, not '" + std::string(typeName(I_, v)) + "'");
      }
    } else {
      return false;
    }
    emit(c, text, static_cast<int64_t>(text.size()));
    return true;
  }

  char byteArgument(Value v) {
    if (isBytesLike(I_, v)) {
      std::string_view b = bytesLikeView(I_, v);
      if (b.size() == 1) return b[0];
    } else if (typeOf(I_, v)->index) {
      Ref i = Ref::steal(index(I_, v));
      int64_t code;
      if (!intToInt64(i.get(), code) || code < 0 || code > 255)
        raiseError(I_, I_.exc.OverflowError, "%c arg not in range(256)");
      return static_cast<char>(code);
    }
    raiseTypeError(I_, "%c requires an integer in range(256) or a single byte");
  }

  std::string integerText(const Conversion& c, Value v) {
    char type = static_cast<char>(c.type);
    bool hexOrOctal = type == 'o' || type == 'x' || type == 'X';
    Ref number;
    if (isInt(I_, v)) {
      number = Ref::borrow(v);
    } else {
      Type* t = typeOf(I_, v);
      if (!t->index && !t->toInt && !t->toFloat) wrongType(type, v);
      if (hexOrOctal ? !t->index : (!t->toInt && !t->index)) wrongType(type, v);
      number = Ref::steal(hexOrOctal || !t->toInt ? index(I_, v) : t->toInt(I_, v));
    }
    support::BigInt n = toBigInt(number.get());
    bool negative = n.isNegative();
    std::string digits;
    if (hexOrOctal) {
      support::BigInt magnitude = negative ? -n : n;
      digits = magnitude.toString(type == 'o' ? 8 : 16);
    } else {
      digits = intToDecimal(I_, number.get()).substr(negative ? 1 : 0);
    }
    if (c.precision > static_cast<int64_t>(digits.size())) {
      str_impl::checkResultSize(I_, c.precision);
      digits.insert(0, static_cast<size_t>(c.precision) - digits.size(), '0');
    }
    std::string text = negative ? "-" : "";
    if ((c.flags & kAlternate) && hexOrOctal) text += type == 'o' ? "0o" : "0x";
    text += digits;
    if (type == 'X')
      for (char& ch : text)
        ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    return text;
  }

  [[noreturn]] void wrongType(char type, Value v) {
    bool integerOnly = type == 'o' || type == 'x' || type == 'X';
    raiseTypeError(I_, std::string("%") + type + " format: " +
                           (integerOnly ? "an integer is required" : "a real number is required") +
                           ", not " + std::string(typeName(I_, v)));
  }

  double realArgument(Value v) {
    if (isType(I_, v, I_.types.float_)) return floatValue(v);
    if (isInt(I_, v)) return intToDouble(I_, v);
    Type* t = typeOf(I_, v);
    if (t->toFloat) {
      Ref f = Ref::steal(t->toFloat(I_, v));
      return floatValue(f.get());
    }
    if (t->index) {
      Ref i = Ref::steal(index(I_, v));
      return intToDouble(I_, i.get());
    }
    raiseTypeError(I_, "must be real number, not " + std::string(typeName(I_, v)));
  }

  std::string floatText(const Conversion& c, Value v) {
    double x = realArgument(v);
    int precision = c.precision < 0 ? 6 : static_cast<int>(c.precision);
    std::string text = std::signbit(x) && !std::isnan(x) ? "-" : "";
    text += support::formatFloat(std::fabs(x), static_cast<char>(c.type), precision,
                                 (c.flags & kAlternate) != 0);
    return text;
  }

  char32_t characterArgument(Value v) {
    if (isInstance(I_, v, I_.types.str)) {
      if (asStr(v)->length != 1) raiseTypeError(I_, "%c requires int or char");
      return asStr(v)->at(0);
    }
    if (!typeOf(I_, v)->index) raiseTypeError(I_, "%c requires int or char");
    Ref i = Ref::steal(index(I_, v));
    int64_t code;
    if (!intToInt64(i.get(), code) || code < 0 || code > 0x10FFFF)
      raiseError(I_, I_.exc.OverflowError, "%c arg not in range(0x110000)");
    return static_cast<char32_t>(code);
  }

  // ---- padding (CPython's unicode_format_arg_output) -------------------------------------

  void emit(Conversion& c, std::string_view text, int64_t length) {
    bool sign = c.numeric;
    char fill = sign && (c.flags & kZero) ? '0' : ' ';
    if ((c.width < 0 || c.width <= length) && (c.precision < 0 || c.precision >= length) &&
        !(c.flags & (kSign | kBlank))) {
      out_.append(text);
      return;
    }
    if ((c.type == 's' || c.type == 'r' || c.type == 'a' || c.type == 'b') && c.precision >= 0 &&
        length > c.precision)
      length = c.precision;
    size_t start = 0;
    char signChar = 0;
    if (sign) {
      if (text[0] == '-' || text[0] == '+') {
        signChar = text[0];
        --length;
        ++start;
      } else if (c.flags & kSign) {
        signChar = '+';
      } else if (c.flags & kBlank) {
        signChar = ' ';
      } else {
        sign = false;
      }
    }
    int64_t width = std::max(c.width, length);
    str_impl::checkResultSize(I_, width);
    bool prefixed = (c.flags & kAlternate) && (c.type == 'x' || c.type == 'X' || c.type == 'o');
    if (sign) {
      if (fill != ' ') out_ += signChar;
      if (width > length) --width;
    }
    if (prefixed) {
      if (fill != ' ') {
        out_.append(text.substr(start, 2));
        start += 2;
      }
      width = std::max<int64_t>(0, width - 2);
      length -= 2;
    }
    if (width > length && !(c.flags & kLeftJustify)) {
      out_.append(static_cast<size_t>(width - length), fill);
      width = length;
    }
    if (fill == ' ') {
      if (sign) out_ += signChar;
      if (prefixed) {
        out_.append(text.substr(start, 2));
        start += 2;
      }
    }
    std::string_view rest = text.substr(start);
    out_.append(rest.substr(0, bytes_ ? static_cast<size_t>(length) : prefixBytes(rest, length)));
    if (width > length) out_.append(static_cast<size_t>(width - length), ' ');
  }

  Interp& I_;
  bool bytes_;
  std::string bytesFormat_;
  std::string_view text_;
  size_t pos_ = 0;
  int64_t index_ = 0;  // code point index of pos_, for error messages
  char32_t ch_ = 0;
  bool exhausted_ = false;
  Value args_;
  Ref ownedArg_;            // the value of the last %(key)
  int64_t argLength_ = -1;  // -1: a single non-tuple argument
  int64_t argIndex_ = -2;
  Value mapping_;
  bool resultIsByteArray_;
  std::string out_;
};

}  // namespace

Value strPercentFormat(Interp& I, Value format, Value args) {
  return PercentFormatter(I, format, args, false).run();
}

Value bytesPercentFormat(Interp& I, Value format, Value args) {
  return PercentFormatter(I, format, args, true).run();
}

}  // namespace rw
