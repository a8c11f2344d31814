// str: storage, hashing (CPython's SipHash-1-3 over the PEP 393 representation, so hashes
// equal CPython's with PYTHONHASHSEED=0), comparison, indexing and the core protocols.
// The methods live in str_methods.cpp and the files it names.
#include "objects/str.h"

#include <cstring>

#include "objects/byte_string.h"
#include "objects/bytes.h"
#include "objects/class.h"
#include "objects/codecs.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/slice.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"
#include "support/repr.h"
#include "support/utf8.h"

namespace rw {

namespace {

constexpr int64_t kIndexStride = 32;

void buildCodePointIndex(const Str* s) {
  int64_t entries = s->length / kIndexStride + 1;
  auto* index = static_cast<uint32_t*>(std::malloc(sizeof(uint32_t) * entries));
  std::string_view text = s->view();
  size_t pos = 0;
  for (int64_t i = 0; i < s->length; ++i) {
    if (i % kIndexStride == 0) index[i / kIndexStride] = static_cast<uint32_t>(pos);
    pos += str_impl::utf8SequenceLength(static_cast<unsigned char>(text[pos]));
  }
  if (s->length % kIndexStride == 0) index[s->length / kIndexStride] = static_cast<uint32_t>(pos);
  const_cast<Str*>(s)->cpIndex = index;
}

inline uint64_t rotl(uint64_t x, int b) {
  return (x << b) | (x >> (64 - b));
}

uint64_t siphash13(const uint8_t* in, size_t size) {
  uint64_t b = static_cast<uint64_t>(size) << 56;
  uint64_t v0 = 0x736f6d6570736575ULL, v1 = 0x646f72616e646f6dULL;
  uint64_t v2 = 0x6c7967656e657261ULL, v3 = 0x7465646279746573ULL;
  auto round = [&] {
    v0 += v1;
    v2 += v3;
    v1 = rotl(v1, 13) ^ v0;
    v3 = rotl(v3, 16) ^ v2;
    v0 = rotl(v0, 32);
    v2 += v1;
    v0 += v3;
    v1 = rotl(v1, 17) ^ v2;
    v3 = rotl(v3, 21) ^ v0;
    v2 = rotl(v2, 32);
  };
  while (size >= 8) {
    uint64_t m;
    std::memcpy(&m, in, 8);
    in += 8;
    size -= 8;
    v3 ^= m;
    round();
    v0 ^= m;
  }
  uint64_t t = 0;
  for (size_t i = 0; i < size; ++i)
    t |= static_cast<uint64_t>(in[i]) << (8 * i);
  b |= t;
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xff;
  round();
  round();
  round();
  return (v0 ^ v1) ^ (v2 ^ v3);
}

}  // namespace

size_t Str::byteOffset(int64_t i) const {
  if (ascii) return static_cast<size_t>(i);
  if (!cpIndex) buildCodePointIndex(this);
  size_t pos = cpIndex[i / kIndexStride];
  const char* text = data();
  for (int64_t k = i % kIndexStride; k > 0; --k)
    pos += str_impl::utf8SequenceLength(static_cast<unsigned char>(text[pos]));
  return pos;
}

int64_t Str::codePointIndex(size_t offset) const {
  if (ascii) return static_cast<int64_t>(offset);
  if (!cpIndex) buildCodePointIndex(this);
  // The last indexed code point at or before `offset`, then count forward.
  int64_t lo = 0, hi = length / kIndexStride;
  while (lo < hi) {
    int64_t mid = (lo + hi + 1) / 2;
    if (cpIndex[mid] <= offset)
      lo = mid;
    else
      hi = mid - 1;
  }
  int64_t index = lo * kIndexStride;
  size_t pos = cpIndex[lo];
  const char* text = data();
  while (pos < offset) {
    pos += str_impl::utf8SequenceLength(static_cast<unsigned char>(text[pos]));
    ++index;
  }
  return index;
}

char32_t Str::at(int64_t i) const {
  if (ascii) return static_cast<unsigned char>(data()[i]);
  size_t pos = byteOffset(i);
  return support::decodeUtf8(view(), pos);
}

Str* allocStr(Interp& I, int64_t byteLength, int64_t length, bool ascii) {
  Str* s = I.alloc<Str>(I.types.str, static_cast<size_t>(byteLength) + 1);
  s->data()[byteLength] = '\0';
  s->byteLength = byteLength;
  s->length = length;
  s->ascii = ascii;
  return s;
}

Str* newAsciiStr(Interp& I, std::string_view ascii) {
  auto size = static_cast<int64_t>(ascii.size());
  Str* s = allocStr(I, size, size, true);
  std::memcpy(s->data(), ascii.data(), ascii.size());
  return s;
}

Str* newStr(Interp& I, std::string_view utf8) {
  if (str_impl::isAsciiText(utf8)) return newAsciiStr(I, utf8);
  auto size = static_cast<int64_t>(utf8.size());
  Str* s = allocStr(I, size, static_cast<int64_t>(support::countCodePoints(utf8)), false);
  std::memcpy(s->data(), utf8.data(), utf8.size());
  return s;
}

Value strValueAscii(Interp& I, std::string_view ascii) {
  if (ascii.empty()) return newRef(Value(I.names.empty));
  if (ascii.size() == 1) return newRef(Value(I.latin1Chars[static_cast<unsigned char>(ascii[0])]));
  return Value(newAsciiStr(I, ascii));
}

Value strValue(Interp& I, std::string_view utf8) {
  if (utf8.size() <= 2) {
    if (utf8.size() < 2 || static_cast<unsigned char>(utf8[0]) < 0x80) {
      if (str_impl::isAsciiText(utf8)) return strValueAscii(I, utf8);
    } else if (static_cast<unsigned char>(utf8[0]) < 0xC4) {
      // Two-byte sequences starting with C2/C3 are U+0080..U+00FF.
      size_t pos = 0;
      return strFromCodePoint(I, support::decodeUtf8(utf8, pos));
    }
  }
  return Value(newStr(I, utf8));
}

Value strSubstring(Interp& I, Value self, int64_t start, int64_t end) {
  Str* s = static_cast<Str*>(self.asObject());
  if (start == 0 && end == s->length && isType(I, self, I.types.str)) return newRef(self);
  if (s->ascii) return strValueAscii(I, s->view().substr(start, end - start));
  size_t from = s->byteOffset(start), to = s->byteOffset(end);
  if (end - start <= 1) return strValue(I, s->view().substr(from, to - from));
  Str* r = allocStr(I, static_cast<int64_t>(to - from), end - start,
                    to - from == static_cast<size_t>(end - start));
  std::memcpy(r->data(), s->data() + from, to - from);
  return Value(r);
}

Value strFromCodePoint(Interp& I, char32_t c) {
  if (c < 256) return newRef(Value(I.latin1Chars[c]));
  std::string text;
  support::appendUtf8(c, text);
  return Value(newStr(I, text));
}

Hash hashUtf8(std::string_view text) {
  if (text.empty()) return 0;
  bool ascii = true;
  for (unsigned char c : text)
    if (c >= 0x80) ascii = false;
  uint64_t h;
  if (ascii) {
    h = siphash13(reinterpret_cast<const uint8_t*>(text.data()), text.size());
  } else {
    // Hash the characters at CPython's storage width: 1, 2 or 4 bytes each.
    char32_t maxChar = 0;
    size_t count = 0;
    for (size_t pos = 0; pos < text.size(); ++count) maxChar = std::max(maxChar, support::decodeUtf8(text, pos));
    size_t width = maxChar < 256 ? 1 : maxChar < 65536 ? 2 : 4;
    std::string buffer(count * width, '\0');
    size_t out = 0;
    for (size_t pos = 0; pos < text.size();) {
      char32_t c = support::decodeUtf8(text, pos);
      for (size_t k = 0; k < width; ++k) buffer[out++] = static_cast<char>((c >> (8 * k)) & 0xFF);
    }
    h = siphash13(reinterpret_cast<const uint8_t*>(buffer.data()), buffer.size());
  }
  auto result = static_cast<Hash>(h);
  return result == -1 ? -2 : result;
}

Hash hashBytes(std::string_view data) {
  if (data.empty()) return 0;
  auto h = static_cast<Hash>(siphash13(reinterpret_cast<const uint8_t*>(data.data()), data.size()));
  return h == -1 ? -2 : h;
}

Hash strHash(Str* s) {
  if (s->hash == -1) s->hash = hashUtf8(s->view());
  return s->hash;
}

bool strEquals(const Str* a, const Str* b) {
  if (a == b) return true;
  if (a->byteLength != b->byteLength) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return std::memcmp(a->data(), b->data(), a->byteLength) == 0;
}

namespace {

using str_impl::asStr;

void strDestroy(Object* o) {
  Str* s = static_cast<Str*>(o);
  std::free(s->cpIndex);
}

Value strRepr(Interp& I, Value self) {
  return Value(newStr(I, support::reprString(asStr(self)->view())));
}

Value strStr(Interp& I, Value self) {
  if (isType(I, self, I.types.str)) return newRef(self);
  Str* s = asStr(self);
  Str* r = allocStr(I, s->byteLength, s->length, s->ascii);
  std::memcpy(r->data(), s->data(), s->byteLength);
  return Value(r);
}

Hash strHashSlot(Interp&, Value self) {
  return strHash(asStr(self));
}

Value strRichCompare(Interp& I, Value a, Value b, CompareOp op) {
  if (!isInstance(I, b, I.types.str)) return newRef(Value(I.notImplemented));
  Str* x = asStr(a);
  Str* y = asStr(b);
  if (op == CompareOp::Eq) return I.boolean(strEquals(x, y));
  if (op == CompareOp::Ne) return I.boolean(!strEquals(x, y));
  // UTF-8 byte order equals code point order.
  int c = x->view().compare(y->view());
  switch (op) {
    case CompareOp::Lt:
      return I.boolean(c < 0);
    case CompareOp::Le:
      return I.boolean(c <= 0);
    case CompareOp::Gt:
      return I.boolean(c > 0);
    case CompareOp::Ge:
      return I.boolean(c >= 0);
    default:
      break;
  }
  return newRef(Value(I.notImplemented));
}

int64_t strLength(Interp&, Value self) {
  return asStr(self)->length;
}

Value strConcat(Interp& I, Value a, Value b) {
  if (!isInstance(I, a, I.types.str) || !isInstance(I, b, I.types.str)) {
    if (isInstance(I, a, I.types.str))
      raiseTypeError(
          I, "can only concatenate str (not \"" + std::string(typeName(I, b)) + "\") to str");
    return newRef(Value(I.notImplemented));
  }
  Str* x = asStr(a);
  Str* y = asStr(b);
  if (y->byteLength == 0 && isType(I, a, I.types.str)) return newRef(a);
  if (x->byteLength == 0 && isType(I, b, I.types.str)) return newRef(b);
  Str* s = allocStr(I, x->byteLength + y->byteLength, x->length + y->length, x->ascii && y->ascii);
  std::memcpy(s->data(), x->data(), x->byteLength);
  std::memcpy(s->data() + x->byteLength, y->data(), y->byteLength);
  return Value(s);
}

Value strRepeat(Interp& I, Value a, Value b) {
  Value text = a, count = b;
  if (!isInstance(I, text, I.types.str)) std::swap(text, count);
  if (!isInstance(I, text, I.types.str)) return newRef(Value(I.notImplemented));
  if (!typeOf(I, count)->index) {
    raiseTypeError(
        I, "can't multiply sequence by non-int of type '" + std::string(typeName(I, count)) + "'");
  }
  int64_t n = asSsize(I, count, I.exc.OverflowError);
  Str* s = asStr(text);
  if (n <= 0 || s->byteLength == 0) return newRef(Value(I.names.empty));
  if (n == 1 && isType(I, text, I.types.str)) return newRef(text);
  if (n > INT64_MAX / s->byteLength)
    raiseError(I, I.exc.OverflowError, "repeated string is too long");
  int64_t total = s->byteLength * n;
  str_impl::checkResultSize(I, total);
  Str* r = allocStr(I, total, s->length * n, s->ascii);
  char* out = r->data();
  if (s->byteLength == 1) {
    std::memset(out, s->data()[0], static_cast<size_t>(total));
  } else {
    // Doubling copies: log(n) memcpy calls.
    std::memcpy(out, s->data(), s->byteLength);
    int64_t done = s->byteLength;
    while (done < total) {
      int64_t chunk = std::min(done, total - done);
      std::memcpy(out + done, out, static_cast<size_t>(chunk));
      done += chunk;
    }
  }
  return Value(r);
}

Value strRemainder(Interp& I, Value a, Value b) {
  if (!isInstance(I, a, I.types.str)) return newRef(Value(I.notImplemented));
  return strPercentFormat(I, a, b);
}

bool strContains(Interp& I, Value self, Value item) {
  if (!isInstance(I, item, I.types.str))
    raiseTypeError(
        I, "'in <string>' requires string as left operand, not " + std::string(typeName(I, item)));
  return str_impl::findBytes(asStr(self)->view(), strView(item), 0) != std::string_view::npos;
}

Value strGetItem(Interp& I, Value self, Value key) {
  Str* s = asStr(self);
  if (key.isSmallInt()) {
    int64_t i = key.asSmallInt();
    if (i < 0) i += s->length;
    if (i < 0 || i >= s->length) raiseError(I, I.exc.IndexError, "string index out of range");
    if (s->ascii) return newRef(Value(I.latin1Chars[static_cast<unsigned char>(s->data()[i])]));
    return strFromCodePoint(I, s->at(i));
  }
  if (isType(I, key, I.types.slice)) {
    int64_t start, stop, step;
    int64_t n = sliceIndices(I, static_cast<Slice*>(key.asObject()), s->length, start, stop, step);
    if (n <= 0) return newRef(Value(I.names.empty));
    if (step == 1) return strSubstring(I, self, start, start + n);
    if (s->ascii) {
      Str* r = allocStr(I, n, n, true);
      const char* in = s->data();
      char* out = r->data();
      for (int64_t i = 0, k = start; i < n; ++i, k += step)
        out[i] = in[k];
      return Value(r);
    }
    std::string out;
    for (int64_t i = 0, k = start; i < n; ++i, k += step)
      support::appendUtf8(s->at(k), out);
    return strValue(I, out);
  }
  if (!typeOf(I, key)->index)
    raiseTypeError(I,
                   "string indices must be integers, not '" + std::string(typeName(I, key)) + "'");
  int64_t i = asSsize(I, key, I.exc.IndexError);
  if (i < 0) i += s->length;
  if (i < 0 || i >= s->length) raiseError(I, I.exc.IndexError, "string index out of range");
  return strFromCodePoint(I, s->at(i));
}

Value strIter(Interp& I, Value self) {
  return newSeqIterator(I, I.types.strIterator, self);
}

// str(object='') and str(object=b'', encoding='utf-8', errors='strict').
Value strValueOf(Interp& I, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "str", args, {"object", "encoding", "errors"}, 0);
  for (size_t i = 1; i < 3; ++i) {
    if (a[i] && !isInstance(I, a[i], I.types.str))
      raiseTypeError(I, std::string("str() argument '") + (i == 1 ? "encoding" : "errors") +
                            "' must be str, not " + std::string(str_impl::clinicTypeName(I, a[i])));
  }
  if (!a[0]) return newRef(Value(I.names.empty));
  if (!a[1] && !a[2]) return str(I, a[0]);
  if (isInstance(I, a[0], I.types.str)) raiseTypeError(I, "decoding str is not supported");
  if (isBytesLike(I, a[0]))
    return decodeBytes(I, a[0], bytesLikeView(I, a[0]), a[1] ? strView(a[1]) : "utf-8",
                       a[2] ? strView(a[2]) : "strict");
  raiseTypeError(
      I, "decoding to str: need a bytes-like object, " + std::string(typeName(I, a[0])) + " found");
}

// str(object='') and str(object=b'', encoding='utf-8', errors='strict'); a subclass gets
// its own instance holding the same text.
Value strNew(Interp& I, Type* type, CallArgs args) {
  Ref value = Ref::steal(strValueOf(I, args));
  if (type == I.types.str) return value.release();
  Str* s = asStr(value.get());
  Str* r = I.alloc<Str>(type, varSizeTail(type, static_cast<size_t>(s->byteLength) + 1));
  std::memcpy(r->data(), s->data(), static_cast<size_t>(s->byteLength) + 1);
  r->byteLength = s->byteLength;
  r->length = s->length;
  r->ascii = s->ascii;
  clearTrailingWords(r, type);
  return Value(r);
}

}  // namespace

void initStrType(Interp& I) {
  Type* t = I.types.str;
  t->destroy = strDestroy;
  t->repr = strRepr;
  t->str = strStr;
  t->hash = strHashSlot;
  t->richCompare = strRichCompare;
  t->length = strLength;
  t->contains = strContains;
  t->getItem = strGetItem;
  t->iter = strIter;
  t->newInstance = strNew;
  t->binary[static_cast<int>(BinaryOp::Add)] = strConcat;
  t->binary[static_cast<int>(BinaryOp::Multiply)] = strRepeat;
  t->binary[static_cast<int>(BinaryOp::Remainder)] = strRemainder;
  for (int c = 0; c < 256; ++c) {
    std::string text;
    support::appendUtf8(static_cast<char32_t>(c), text);
    I.latin1Chars[c] = I.intern(text);
  }
  str_impl::registerStrMethods(I);
}

}  // namespace rw
