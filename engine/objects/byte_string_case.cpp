// The ASCII-only character methods of bytes and bytearray: case conversion (lower, upper,
// capitalize, swapcase, title), the is* predicates, and padding (center, ljust, rjust, zfill,
// expandtabs). Bytes outside ASCII letters pass through unchanged.
#include "objects/byte_string_internal.h"
#include "objects/function.h"
#include "objects/str_internal.h"
#include "runtime/type_support.h"

namespace rw::bytes_impl {

namespace {

// ---- case conversion ----------------------------------------------------------------------

template <class Transform>
Value mapBytes(Interp& I, Value self, CallArgs args, const char* name, Transform transform) {
  std::string q = qualified(I, self, name);
  str_impl::checkNoArgs(I, q.c_str(), args);
  std::string out(bytesLikeView(I, self));
  transform(out);
  return newResult(I, self, out);
}

Value byteStringLower(Interp& I, Value self, CallArgs args) {
  return mapBytes(I, self, args, "lower", [](std::string& s) {
    for (char& c : s)
      c = toLower(static_cast<unsigned char>(c));
  });
}

Value byteStringUpper(Interp& I, Value self, CallArgs args) {
  return mapBytes(I, self, args, "upper", [](std::string& s) {
    for (char& c : s)
      c = toUpper(static_cast<unsigned char>(c));
  });
}

Value byteStringSwapcase(Interp& I, Value self, CallArgs args) {
  return mapBytes(I, self, args, "swapcase", [](std::string& s) {
    for (char& c : s) {
      auto u = static_cast<unsigned char>(c);
      c = isUpper(u) ? toLower(u) : toUpper(u);
    }
  });
}

Value byteStringCapitalize(Interp& I, Value self, CallArgs args) {
  return mapBytes(I, self, args, "capitalize", [](std::string& s) {
    for (size_t i = 0; i < s.size(); ++i) {
      auto u = static_cast<unsigned char>(s[i]);
      s[i] = i == 0 ? toUpper(u) : toLower(u);
    }
  });
}

// Letters after a non-letter start a word and become upper case; the others lower case.
Value byteStringTitle(Interp& I, Value self, CallArgs args) {
  return mapBytes(I, self, args, "title", [](std::string& s) {
    bool previousCased = false;
    for (char& c : s) {
      auto u = static_cast<unsigned char>(c);
      c = previousCased ? toLower(u) : toUpper(u);
      previousCased = isAlpha(u);
    }
  });
}

// ---- predicates ---------------------------------------------------------------------------

template <class Test>
Value predicate(Interp& I, Value self, CallArgs args, const char* name, Test test) {
  std::string q = qualified(I, self, name);
  str_impl::checkNoArgs(I, q.c_str(), args);
  return I.boolean(test(bytesLikeView(I, self)));
}

template <class ByteTest>
bool allBytes(std::string_view data, ByteTest test) {
  if (data.empty()) return false;
  for (unsigned char c : data)
    if (!test(c)) return false;
  return true;
}

Value byteStringIsalnum(Interp& I, Value self, CallArgs args) {
  return predicate(I, self, args, "isalnum", [](std::string_view d) {
    return allBytes(d, [](unsigned char c) { return isAlpha(c) || isDigit(c); });
  });
}

Value byteStringIsalpha(Interp& I, Value self, CallArgs args) {
  return predicate(I, self, args, "isalpha",
                   [](std::string_view d) { return allBytes(d, isAlpha); });
}

Value byteStringIsdigit(Interp& I, Value self, CallArgs args) {
  return predicate(I, self, args, "isdigit",
                   [](std::string_view d) { return allBytes(d, isDigit); });
}

Value byteStringIsspace(Interp& I, Value self, CallArgs args) {
  return predicate(I, self, args, "isspace",
                   [](std::string_view d) { return allBytes(d, isSpace); });
}

Value byteStringIsascii(Interp& I, Value self, CallArgs args) {
  return predicate(I, self, args, "isascii", [](std::string_view d) {
    for (unsigned char c : d)
      if (c >= 0x80) return false;
    return true;
  });
}

// islower / isupper: at least one cased byte, and none of the other case.
Value byteStringIslower(Interp& I, Value self, CallArgs args) {
  return predicate(I, self, args, "islower", [](std::string_view d) {
    bool cased = false;
    for (unsigned char c : d) {
      if (isUpper(c)) return false;
      cased = cased || isLower(c);
    }
    return cased;
  });
}

Value byteStringIsupper(Interp& I, Value self, CallArgs args) {
  return predicate(I, self, args, "isupper", [](std::string_view d) {
    bool cased = false;
    for (unsigned char c : d) {
      if (isLower(c)) return false;
      cased = cased || isUpper(c);
    }
    return cased;
  });
}

// Upper case letters only at the start of words, lower case ones only inside them.
Value byteStringIstitle(Interp& I, Value self, CallArgs args) {
  return predicate(I, self, args, "istitle", [](std::string_view d) {
    bool cased = false, previousCased = false;
    for (unsigned char c : d) {
      if (isUpper(c)) {
        if (previousCased) return false;
        previousCased = cased = true;
      } else if (isLower(c)) {
        if (!previousCased) return false;
        previousCased = cased = true;
      } else {
        previousCased = false;
      }
    }
    return cased;
  });
}

// ---- padding ------------------------------------------------------------------------------

// The optional fill byte of center, ljust and rjust.
char fillByte(Interp& I, CallArgs args, const char* name) {
  if (args.nargs < 2) return ' ';
  Value fill = args.args[1];
  if (!isBytesLike(I, fill) || bytesLikeView(I, fill).size() != 1)
    raiseTypeError(I, std::string(name) + "() argument 2 must be a byte string of length 1, not " +
                          std::string(typeName(I, fill)));
  return bytesLikeView(I, fill)[0];
}

// `left` and `right` fill bytes around the receiver's contents.
Value padded(Interp& I, Value self, int64_t left, int64_t right, char fill) {
  std::string_view data = bytesLikeView(I, self);
  str_impl::checkResultSize(I, left + right + static_cast<int64_t>(data.size()));
  std::string out(static_cast<size_t>(left), fill);
  out += data;
  out.append(static_cast<size_t>(right), fill);
  return newResult(I, self, out);
}

enum class Justify { Left, Right, Center };

Value justify(Interp& I, Value self, CallArgs args, const char* name, Justify how) {
  std::string q = qualified(I, self, name);
  str_impl::checkPositional(I, name, q.c_str(), args, 1, 2);
  int64_t width = str_impl::ssizeArg(I, args.args[0]);
  char fill = fillByte(I, args, name);
  auto length = static_cast<int64_t>(bytesLikeView(I, self).size());
  if (width <= length) return unchangedResult(I, self);
  int64_t margin = width - length;
  switch (how) {
    case Justify::Left:
      return padded(I, self, 0, margin, fill);
    case Justify::Right:
      return padded(I, self, margin, 0, fill);
    case Justify::Center:
      break;
  }
  // CPython's pad(): an odd margin puts the extra byte on the left when the width is odd.
  int64_t left = margin / 2 + (margin & width & 1);
  return padded(I, self, left, margin - left, fill);
}

Value byteStringCenter(Interp& I, Value self, CallArgs args) {
  return justify(I, self, args, "center", Justify::Center);
}
Value byteStringLjust(Interp& I, Value self, CallArgs args) {
  return justify(I, self, args, "ljust", Justify::Left);
}
Value byteStringRjust(Interp& I, Value self, CallArgs args) {
  return justify(I, self, args, "rjust", Justify::Right);
}

Value byteStringZfill(Interp& I, Value self, CallArgs args) {
  std::string q = qualified(I, self, "zfill");
  int64_t width = str_impl::ssizeArg(I, str_impl::checkOneArg(I, q.c_str(), args));
  std::string_view data = bytesLikeView(I, self);
  auto length = static_cast<int64_t>(data.size());
  if (width <= length) return unchangedResult(I, self);
  auto fill = static_cast<size_t>(width - length);
  std::string out(fill, '0');
  out += data;
  // A sign moves in front of the zeros.
  if (!data.empty() && (data[0] == '+' || data[0] == '-')) {
    out[0] = data[0];
    out[fill] = '0';
  }
  return newResult(I, self, out);
}

Value byteStringExpandtabs(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "expandtabs", args, {"tabsize"}, 0);
  int64_t tabsize = a[0] ? str_impl::intArg(I, a[0]) : 8;
  std::string_view data = bytesLikeView(I, self);
  std::string out;
  int64_t column = 0;
  for (char c : data) {
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        str_impl::checkResultSize(I, static_cast<int64_t>(out.size()) + spaces);
        out.append(static_cast<size_t>(spaces), ' ');
        column += spaces;
      }
    } else {
      out += c;
      column = c == '\n' || c == '\r' ? 0 : column + 1;
    }
  }
  return newResult(I, self, out);
}

}  // namespace

void registerCaseMethods(Interp& I, Type* type) {
  addMethod(I, type, "lower", byteStringLower);
  addMethod(I, type, "upper", byteStringUpper);
  addMethod(I, type, "swapcase", byteStringSwapcase);
  addMethod(I, type, "capitalize", byteStringCapitalize);
  addMethod(I, type, "title", byteStringTitle);
  addMethod(I, type, "isalnum", byteStringIsalnum);
  addMethod(I, type, "isalpha", byteStringIsalpha);
  addMethod(I, type, "isdigit", byteStringIsdigit);
  addMethod(I, type, "isspace", byteStringIsspace);
  addMethod(I, type, "isascii", byteStringIsascii);
  addMethod(I, type, "islower", byteStringIslower);
  addMethod(I, type, "isupper", byteStringIsupper);
  addMethod(I, type, "istitle", byteStringIstitle);
  addMethod(I, type, "center", byteStringCenter);
  addMethod(I, type, "ljust", byteStringLjust);
  addMethod(I, type, "rjust", byteStringRjust);
  addMethod(I, type, "zfill", byteStringZfill);
  addMethod(I, type, "expandtabs", byteStringExpandtabs);
}

}  // namespace rw::bytes_impl
