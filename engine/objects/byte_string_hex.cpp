// Hexadecimal text and back for bytes and bytearray: hex(sep, bytes_per_sep) like CPython's
// _Py_strhex_impl and the class method fromhex(string) like _PyBytes_FromHex.
#include "objects/byte_string_internal.h"
#include "objects/bytearray.h"
#include "objects/bytes.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "runtime/type_support.h"

namespace rw::bytes_impl {

namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

// The separator argument of hex(): one ASCII character given as str or bytes.
char separatorArgument(Interp& I, Value sep) {
  if (isInstance(I, sep, I.types.str)) {
    auto* s = static_cast<Str*>(sep.asObject());
    if (s->length != 1) raiseValueError(I, "sep must be length 1.");
    if (!s->ascii) raiseValueError(I, "sep must be ASCII.");
    return s->view()[0];
  }
  if (isBytesLike(I, sep)) {
    std::string_view b = bytesLikeView(I, sep);
    if (b.size() != 1) raiseValueError(I, "sep must be length 1.");
    if (static_cast<unsigned char>(b[0]) >= 0x80) raiseValueError(I, "sep must be ASCII.");
    return b[0];
  }
  if (length(I, sep) != 1) raiseValueError(I, "sep must be length 1.");
  raiseTypeError(I, "sep must be str or bytes.");
}

Value byteStringHex(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "hex", args, {"sep", "bytes_per_sep"}, 0);
  bool separated = !a[0].isNull();
  char sep = separated ? separatorArgument(I, a[0]) : '\0';
  int64_t group = a[1] ? str_impl::intArg(I, a[1]) : 1;
  std::string_view data = bytesLikeView(I, self);
  auto n = static_cast<int64_t>(data.size());
  int64_t groupSize = group < 0 ? -group : group;
  if (groupSize == 0 || groupSize >= n) separated = false;
  std::string out;
  out.reserve(data.size() * 3);
  for (int64_t i = 0; i < n; ++i) {
    // A positive group size counts groups from the right end, a negative one from the left.
    if (separated && i > 0) {
      int64_t fromStart = group > 0 ? n - i : i;
      if (fromStart % groupSize == 0) out += sep;
    }
    auto c = static_cast<unsigned char>(data[static_cast<size_t>(i)]);
    out += kHexDigits[c >> 4];
    out += kHexDigits[c & 15];
  }
  return strValueAscii(I, out);
}

int hexDigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The bytes a fromhex() string spells; pairs of digits may be separated by whitespace.
std::string parseHex(Interp& I, Str* text) {
  std::string_view s = text->view();
  auto invalidAt = [&](size_t position) {
    raiseValueError(
        I, "non-hexadecimal number found in fromhex() arg at position " + std::to_string(position));
  };
  if (!text->ascii) {
    // CPython reports the first non-ASCII character, wherever other errors are. The text
    // before it is ASCII, so its byte offset is its index.
    size_t i = 0;
    while (static_cast<unsigned char>(s[i]) < 0x80)
      ++i;
    invalidAt(i);
  }
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    if (isSpace(static_cast<unsigned char>(s[i]))) {
      ++i;
      continue;
    }
    int high = hexDigitValue(s[i]);
    if (high < 0) invalidAt(i);
    int low = i + 1 < s.size() ? hexDigitValue(s[i + 1]) : -1;
    if (low < 0) invalidAt(i + 1);
    out += static_cast<char>(high * 16 + low);
    i += 2;
  }
  return out;
}

// A class method: `self` is bytes, bytearray or a subclass, which gets the result through
// its constructor.
Value byteStringFromhex(Interp& I, Value cls, CallArgs args) {
  auto* type = static_cast<Type*>(cls.asObject());
  bool byteArray = isSubtype(type, I.types.bytearray);
  std::string q = byteArray ? "bytearray.fromhex" : "bytes.fromhex";
  Value text = str_impl::checkOneArg(I, q.c_str(), args);
  if (!isInstance(I, text, I.types.str))
    raiseTypeError(I, "fromhex() argument must be str, not " + std::string(typeName(I, text)));
  std::string data = parseHex(I, static_cast<Str*>(text.asObject()));
  Ref result = Ref::steal(byteArray ? Value(newByteArray(I, data)) : Value(newBytes(I, data)));
  if (type == I.types.bytes || type == I.types.bytearray) return result.release();
  return call(I, cls, {result.get()});
}

}  // namespace

void registerHexMethods(Interp& I, Type* type) {
  addMethod(I, type, "hex", byteStringHex);
  addMethod(I, type, "fromhex", byteStringFromhex, nullptr, true);
}

}  // namespace rw::bytes_impl
