// Methods of str that build new text from the whole string: join, padding (center, ljust,
// rjust, zfill), expandtabs, translate/maketrans, removeprefix/removesuffix, encode, the character
// class predicates (isalpha, isdigit, ...) and __format__. Registration of every method.
// Searching, splitting, case mapping and formatting live in str_search.cpp, str_split.cpp,
// str_case.cpp, str_percent_format.cpp and str_format_method.cpp.
#include <algorithm>
#include <cstring>
#include <vector>

#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "runtime/format.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"
#include "support/utf8.h"
#include "unicode/unicode_db.h"

namespace rw::str_impl {

namespace {

// ---- join ---------------------------------------------------------------------------------

Value strJoin(Interp& I, Value self, CallArgs args) {
  Value iterable = checkOneArg(I, "str.join", args);
  // Like PySequence_Fast: lists and tuples are read in place, anything else is collected.
  std::vector<Ref> collected;
  const Value* items;
  int64_t count;
  Type* t = typeOf(I, iterable);
  if (t == I.types.list) {
    items = static_cast<List*>(iterable.asObject())->items;
    count = static_cast<List*>(iterable.asObject())->size;
  } else if (t == I.types.tuple) {
    items = static_cast<Tuple*>(iterable.asObject())->items();
    count = static_cast<Tuple*>(iterable.asObject())->size;
  } else {
    if (!t->iter && !t->getItem) raiseTypeError(I, "can only join an iterable");
    Ref it = Ref::steal(getIter(I, iterable));
    while (Ref item = Ref::steal(iterNext(I, it.get())))
      collected.push_back(std::move(item));
    static_assert(sizeof(Ref) == sizeof(Value));
    items = reinterpret_cast<const Value*>(collected.data());
    count = static_cast<int64_t>(collected.size());
  }
  if (count == 0) return newRef(Value(I.names.empty));
  Str* sep = asStr(self);
  int64_t bytes = sep->byteLength * (count - 1), length = sep->length * (count - 1);
  bool ascii = sep->ascii;
  for (int64_t i = 0; i < count; ++i) {
    if (!isInstance(I, items[i], I.types.str))
      raiseTypeError(I, "sequence item " + std::to_string(i) + ": expected str instance, " +
                            std::string(typeName(I, items[i])) + " found");
    Str* s = asStr(items[i]);
    bytes += s->byteLength;
    length += s->length;
    ascii = ascii && s->ascii;
  }
  if (count == 1) {
    if (isType(I, items[0], I.types.str)) return newRef(items[0]);
    return strValue(I, strView(items[0]));
  }
  if (length == 0) return newRef(Value(I.names.empty));
  checkResultSize(I, bytes);
  Str* r = allocStr(I, bytes, length, ascii);
  char* out = r->data();
  for (int64_t i = 0; i < count; ++i) {
    if (i && sep->byteLength) {
      std::memcpy(out, sep->data(), sep->byteLength);
      out += sep->byteLength;
    }
    Str* s = asStr(items[i]);
    std::memcpy(out, s->data(), s->byteLength);
    out += s->byteLength;
  }
  return Value(r);
}

// ---- padding ------------------------------------------------------------------------------

// `left` and `right` copies of `fill` around the text of s.
Value padded(Interp& I, Str* s, int64_t left, int64_t right, char32_t fill) {
  std::string fillText;
  support::appendUtf8(fill, fillText);
  int64_t fillBytes = static_cast<int64_t>(fillText.size());
  int64_t bytes = s->byteLength + (left + right) * fillBytes;
  checkResultSize(I, bytes);
  Str* r = allocStr(I, bytes, s->length + left + right, s->ascii && fill < 0x80);
  char* out = r->data();
  auto fillRun = [&](int64_t n) {
    if (fillBytes == 1) {
      std::memset(out, fillText[0], static_cast<size_t>(n));
      out += n;
      return;
    }
    for (int64_t i = 0; i < n; ++i, out += fillBytes)
      std::memcpy(out, fillText.data(), fillBytes);
  };
  fillRun(left);
  std::memcpy(out, s->data(), s->byteLength);
  out += s->byteLength;
  fillRun(right);
  return Value(r);
}

enum class Justify { Left, Right, Center };

Value justify(Interp& I, Value self, CallArgs args, const char* name, const char* qualified,
              Justify how) {
  checkPositional(I, name, qualified, args, 1, 2);
  int64_t width = ssizeArg(I, args.args[0]);
  char32_t fill = args.nargs > 1 ? fillCharArg(I, args.args[1]) : U' ';
  Str* s = asStr(self);
  if (s->length >= width) return strSubstring(I, self, 0, s->length);
  int64_t margin = width - s->length;
  switch (how) {
    case Justify::Left:
      return padded(I, s, 0, margin, fill);
    case Justify::Right:
      return padded(I, s, margin, 0, fill);
    case Justify::Center: {
      // CPython rounds the odd space to the left when the width is odd.
      int64_t left = margin / 2 + (margin & width & 1);
      return padded(I, s, left, margin - left, fill);
    }
  }
  return Value();
}

Value strCenter(Interp& I, Value self, CallArgs args) {
  return justify(I, self, args, "center", "str.center", Justify::Center);
}
Value strLjust(Interp& I, Value self, CallArgs args) {
  return justify(I, self, args, "ljust", "str.ljust", Justify::Left);
}
Value strRjust(Interp& I, Value self, CallArgs args) {
  return justify(I, self, args, "rjust", "str.rjust", Justify::Right);
}

Value strZfill(Interp& I, Value self, CallArgs args) {
  int64_t width = ssizeArg(I, checkOneArg(I, "str.zfill", args));
  Str* s = asStr(self);
  if (s->length >= width) return strSubstring(I, self, 0, s->length);
  Value r = padded(I, s, width - s->length, 0, U'0');
  char* text = asStr(r)->data();
  int64_t fill = width - s->length;
  // A sign moves in front of the zeros.
  if (text[fill] == '+' || text[fill] == '-') {
    text[0] = text[fill];
    text[fill] = '0';
  }
  return r;
}

Value strExpandtabs(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "expandtabs", args, {"tabsize"}, 0);
  int tabsize = a[0] ? intArg(I, a[0]) : 8;
  Str* s = asStr(self);
  std::string_view text = s->view();
  if (text.find('\t') == std::string_view::npos) return strSubstring(I, self, 0, s->length);
  std::string out;
  out.reserve(text.size() + 16);
  int64_t column = 0;
  for (size_t pos = 0; pos < text.size();) {
    auto c = static_cast<unsigned char>(text[pos]);
    size_t n = utf8SequenceLength(c);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        checkResultSize(I, static_cast<int64_t>(out.size()) + spaces);
        out.append(static_cast<size_t>(spaces), ' ');
        column += spaces;
      }
    } else {
      out.append(text.substr(pos, n));
      column = (c == '\n' || c == '\r') ? 0 : column + 1;
    }
    pos += n;
  }
  return s->ascii ? strValueAscii(I, out) : strValue(I, out);
}

// ---- prefixes -----------------------------------------------------------------------------

Value removeAffix(Interp& I, Value self, CallArgs args, bool prefix) {
  Value arg = checkOneArg(I, prefix ? "str.removeprefix" : "str.removesuffix", args);
  if (!isInstance(I, arg, I.types.str))
    raiseTypeError(I, std::string(prefix ? "removeprefix" : "removesuffix") +
                          "() argument must be str, not " + std::string(clinicTypeName(I, arg)));
  Str* s = asStr(self);
  Str* affix = asStr(arg);
  std::string_view text = s->view(), part = affix->view();
  bool matches = prefix ? text.starts_with(part) : text.ends_with(part);
  if (!matches || part.empty()) return strSubstring(I, self, 0, s->length);
  return prefix ? strSubstring(I, self, affix->length, s->length)
                : strSubstring(I, self, 0, s->length - affix->length);
}

Value strRemoveprefix(Interp& I, Value self, CallArgs args) {
  return removeAffix(I, self, args, true);
}
Value strRemovesuffix(Interp& I, Value self, CallArgs args) {
  return removeAffix(I, self, args, false);
}

// ---- translate / maketrans ----------------------------------------------------------------

// What table[c] says to do with a character.
enum class Mapping : uint8_t { Keep, Delete, Replace };

Mapping lookUpMapping(Interp& I, Value table, char32_t c, std::string& replacement) {
  Ref key = Ref::steal(newInt(I, c));
  Ref result;
  try {
    result = Ref::steal(getItem(I, table, key.get()));
  } catch (PyException&) {
    if (!isInstance(I, I.pendingException, I.exc.LookupError)) throw;
    decref(I.takePendingException());
    return Mapping::Keep;
  }
  Value r = result.get();
  if (r.is(I.None())) return Mapping::Delete;
  if (isInt(I, r)) {
    int64_t code;
    if (!intToInt64(r, code) || code < 0 || code > 0x10FFFF)
      raiseValueError(I, "character mapping must be in range(0x110000)");
    replacement.clear();
    support::appendUtf8(static_cast<char32_t>(code), replacement);
    return Mapping::Replace;
  }
  if (isInstance(I, r, I.types.str)) {
    replacement.assign(strView(r));
    return Mapping::Replace;
  }
  raiseTypeError(I, "character mapping must return integer, None or str");
}

Value strTranslate(Interp& I, Value self, CallArgs args) {
  Value table = checkOneArg(I, "str.translate", args);
  Str* s = asStr(self);
  std::string_view text = s->view();
  // ASCII characters repeat; remember what the table said about each.
  struct Cached {
    bool known = false;
    Mapping mapping = Mapping::Keep;
    std::string replacement;
  };
  std::vector<Cached> ascii(128);
  std::string out, replacement;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    size_t start = pos;
    char32_t c = support::decodeUtf8(text, pos);
    Mapping m;
    const std::string* with = &replacement;
    if (c < 128) {
      Cached& entry = ascii[c];
      if (!entry.known) {
        entry.mapping = lookUpMapping(I, table, c, entry.replacement);
        entry.known = true;
      }
      m = entry.mapping;
      with = &entry.replacement;
    } else {
      m = lookUpMapping(I, table, c, replacement);
    }
    if (m == Mapping::Keep)
      out.append(text.substr(start, pos - start));
    else if (m == Mapping::Replace)
      out.append(*with);
  }
  return strValue(I, out);
}

// str.maketrans(x[, y[, z]]): a static method, so `self` is the type.
Value strMaketrans(Interp& I, Value, CallArgs args) {
  checkPositional(I, "maketrans", "str.maketrans", args, 1, 3);
  Ref result = Ref::steal(Value(newDict(I)));
  Dict* d = result.as<Dict>();
  Value x = args.args[0];
  if (args.nargs == 1) {
    if (!isInstance(I, x, I.types.dict))
      raiseTypeError(I, "if you give only one argument to maketrans it must be a dict");
    const DictEntry* e;
    for (int64_t pos = 0; dictNext(static_cast<Dict*>(x.asObject()), pos, e);) {
      if (isInstance(I, e->key, I.types.str)) {
        Str* key = asStr(e->key);
        if (key->length != 1)
          raiseValueError(I, "string keys in translate table must be of length 1");
        Ref code = Ref::steal(newInt(I, key->at(0)));
        dictSet(I, d, code.get(), e->value);
      } else if (isInt(I, e->key)) {
        dictSet(I, d, e->key, e->value);
      } else {
        raiseTypeError(I, "keys in translate table must be strings or integers");
      }
    }
    return result.release();
  }
  for (size_t i = 1; i < args.nargs; ++i) {
    if (!isInstance(I, args.args[i], I.types.str))
      raiseTypeError(I, "maketrans() argument " + std::to_string(i + 1) + " must be str, not " +
                            std::string(clinicTypeName(I, args.args[i])));
  }
  if (!isInstance(I, x, I.types.str))
    raiseTypeError(I, "first maketrans argument must be a string if there is a second argument");
  Str* from = asStr(x);
  Str* to = asStr(args.args[1]);
  if (from->length != to->length)
    raiseValueError(I, "the first two maketrans arguments must have equal length");
  std::string_view fromText = from->view(), toText = to->view();
  for (size_t p = 0, q = 0; p < fromText.size();) {
    Ref key = Ref::steal(newInt(I, support::decodeUtf8(fromText, p)));
    Ref value = Ref::steal(newInt(I, support::decodeUtf8(toText, q)));
    dictSet(I, d, key.get(), value.get());
  }
  if (args.nargs == 3) {
    std::string_view deleted = strView(args.args[2]);
    for (size_t p = 0; p < deleted.size();) {
      Ref key = Ref::steal(newInt(I, support::decodeUtf8(deleted, p)));
      dictSet(I, d, key.get(), I.None());
    }
  }
  return result.release();
}

// ---- character classes --------------------------------------------------------------------

// Whether every character satisfies the predicate (false for the empty string), with a
// byte-wise test for ASCII strings.
template <bool (*Ascii)(unsigned char), bool (*Unicode)(char32_t)>
Value classify(Interp& I, Value self, const char* qualified, CallArgs args, bool emptyResult) {
  checkNoArgs(I, qualified, args);
  Str* s = asStr(self);
  if (s->length == 0) return I.boolean(emptyResult);
  std::string_view text = s->view();
  if (s->ascii) {
    for (char c : text)
      if (!Ascii(static_cast<unsigned char>(c))) return I.boolean(false);
    return I.boolean(true);
  }
  for (size_t p = 0; p < text.size();)
    if (!Unicode(support::decodeUtf8(text, p))) return I.boolean(false);
  return I.boolean(true);
}

bool asciiAlpha(unsigned char c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}
bool asciiDigit(unsigned char c) {
  return c >= '0' && c <= '9';
}
bool asciiAlnum(unsigned char c) {
  return asciiAlpha(c) || asciiDigit(c);
}
bool asciiPrintable(unsigned char c) {
  return c >= 0x20 && c < 0x7F;
}
bool asciiAny(unsigned char) {
  return true;
}
bool noneOutsideAscii(char32_t) {
  return false;
}

Value strIsalpha(Interp& I, Value self, CallArgs args) {
  return classify<asciiAlpha, unicode::isAlpha>(I, self, "str.isalpha", args, false);
}
Value strIsalnum(Interp& I, Value self, CallArgs args) {
  return classify<asciiAlnum, unicode::isAlnum>(I, self, "str.isalnum", args, false);
}
Value strIsdecimal(Interp& I, Value self, CallArgs args) {
  return classify<asciiDigit, unicode::isDecimal>(I, self, "str.isdecimal", args, false);
}
Value strIsdigit(Interp& I, Value self, CallArgs args) {
  return classify<asciiDigit, unicode::isDigit>(I, self, "str.isdigit", args, false);
}
Value strIsnumeric(Interp& I, Value self, CallArgs args) {
  return classify<asciiDigit, unicode::isNumeric>(I, self, "str.isnumeric", args, false);
}
Value strIsspace(Interp& I, Value self, CallArgs args) {
  return classify<isAsciiSpace, unicode::isSpace>(I, self, "str.isspace", args, false);
}
// The empty string is printable and ASCII: there is nothing that is not.
Value strIsprintable(Interp& I, Value self, CallArgs args) {
  return classify<asciiPrintable, unicode::isPrintable>(I, self, "str.isprintable", args, true);
}
Value strIsascii(Interp& I, Value self, CallArgs args) {
  return classify<asciiAny, noneOutsideAscii>(I, self, "str.isascii", args, true);
}

Value strIsidentifier(Interp& I, Value self, CallArgs args) {
  checkNoArgs(I, "str.isidentifier", args);
  std::string_view text = strView(self);
  if (text.empty()) return I.boolean(false);
  size_t p = 0;
  char32_t first = support::decodeUtf8(text, p);
  if (first != '_' && !unicode::isXidStart(first)) return I.boolean(false);
  while (p < text.size())
    if (!unicode::isXidContinue(support::decodeUtf8(text, p))) return I.boolean(false);
  return I.boolean(true);
}

// ---- encode ------------------------------------------------------------------------------

Value strEncode(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "encode", args, {"encoding", "errors"}, 0);
  std::string_view names[2] = {"utf-8", "strict"};
  for (size_t i = 0; i < 2; ++i) {
    if (!a[i]) continue;
    if (!isInstance(I, a[i], I.types.str))
      raiseTypeError(I, std::string("encode() argument '") + (i == 0 ? "encoding" : "errors") +
                            "' must be str, not " + std::string(clinicTypeName(I, a[i])));
    names[i] = strView(a[i]);
  }
  return Value(newBytes(I, encodeText(I, self, names[0], names[1])));
}

// ---- __format__ ---------------------------------------------------------------------------

Value strDunderFormat(Interp& I, Value self, CallArgs args) {
  Value spec = checkOneArg(I, "str.__format__", args);
  if (!isInstance(I, spec, I.types.str))
    raiseTypeError(
        I, "__format__() argument must be str, not " + std::string(clinicTypeName(I, spec)));
  return formatStrValue(I, self, strView(spec));
}

}  // namespace

void registerStrMethods(Interp& I) {
  Type* t = I.types.str;
  addMethod(I, t, "join", strJoin);
  addMethod(I, t, "center", strCenter);
  addMethod(I, t, "ljust", strLjust);
  addMethod(I, t, "rjust", strRjust);
  addMethod(I, t, "zfill", strZfill);
  addMethod(I, t, "expandtabs", strExpandtabs);
  addMethod(I, t, "removeprefix", strRemoveprefix);
  addMethod(I, t, "removesuffix", strRemovesuffix);
  addMethod(I, t, "translate", strTranslate);
  addMethod(I, t, "maketrans", strMaketrans, nullptr, /*isClassMethod=*/true);
  addMethod(I, t, "isalpha", strIsalpha);
  addMethod(I, t, "isalnum", strIsalnum);
  addMethod(I, t, "isdecimal", strIsdecimal);
  addMethod(I, t, "isdigit", strIsdigit);
  addMethod(I, t, "isnumeric", strIsnumeric);
  addMethod(I, t, "isspace", strIsspace);
  addMethod(I, t, "isprintable", strIsprintable);
  addMethod(I, t, "isascii", strIsascii);
  addMethod(I, t, "isidentifier", strIsidentifier);
  addMethod(I, t, "encode", strEncode);
  addMethod(I, t, "__format__", strDunderFormat);
  registerStrSearchMethods(I);
  registerStrSplitMethods(I);
  registerStrCaseMethods(I);
  registerStrFormatMethods(I);
}

}  // namespace rw::str_impl
