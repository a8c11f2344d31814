// str: storage, hashing (CPython's SipHash-1-3 over the PEP 393 representation, so hashes
// equal CPython's with PYTHONHASHSEED=0), comparison, indexing and the core protocols.
// The methods live in str_methods.cpp.
#include "objects/str.h"

#include <cstring>

#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/slice.h"
#include "objects/tuple.h"
#include "objects/function.h"
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
    support::decodeUtf8(text, pos);
  }
  if (s->length % kIndexStride == 0) index[s->length / kIndexStride] = static_cast<uint32_t>(pos);
  const_cast<Str*>(s)->cpIndex = index;
}

inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

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
  for (size_t i = 0; i < size; ++i) t |= static_cast<uint64_t>(in[i]) << (8 * i);
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
  std::string_view text = view();
  for (int64_t k = i % kIndexStride; k > 0; --k) support::decodeUtf8(text, pos);
  return pos;
}

char32_t Str::at(int64_t i) const {
  if (ascii) return static_cast<unsigned char>(data()[i]);
  size_t pos = byteOffset(i);
  return support::decodeUtf8(view(), pos);
}

Str* newStr(Interp& I, std::string_view utf8) {
  Str* s = I.alloc<Str>(I.types.str, utf8.size() + 1);
  std::memcpy(s->data(), utf8.data(), utf8.size());
  s->data()[utf8.size()] = '\0';
  s->byteLength = static_cast<int64_t>(utf8.size());
  bool ascii = true;
  for (unsigned char c : utf8)
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  s->ascii = ascii;
  s->length = ascii ? s->byteLength : static_cast<int64_t>(support::countCodePoints(utf8));
  return s;
}

Value strFromCodePoint(Interp& I, char32_t c) {
  std::string text;
  support::appendUtf8(c, text);
  if (c < 256) return newRef(Value(I.intern(text)));
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

Str* asStr(Value v) { return static_cast<Str*>(v.asObject()); }

void strDestroy(Object* o) {
  Str* s = static_cast<Str*>(o);
  std::free(s->cpIndex);
}

Value strRepr(Interp& I, Value self) { return Value(newStr(I, support::reprString(asStr(self)->view()))); }

Value strStr(Interp& I, Value self) {
  if (isType(I, self, I.types.str)) return newRef(self);
  return Value(newStr(I, asStr(self)->view()));
}

Hash strHashSlot(Interp&, Value self) { return strHash(asStr(self)); }

Value strRichCompare(Interp& I, Value a, Value b, CompareOp op) {
  if (!isInstance(I, b, I.types.str)) return newRef(Value(I.notImplemented));
  Str* x = asStr(a);
  Str* y = asStr(b);
  if (op == CompareOp::Eq) return I.boolean(strEquals(x, y));
  if (op == CompareOp::Ne) return I.boolean(!strEquals(x, y));
  // UTF-8 byte order equals code point order.
  int c = x->view().compare(y->view());
  switch (op) {
    case CompareOp::Lt: return I.boolean(c < 0);
    case CompareOp::Le: return I.boolean(c <= 0);
    case CompareOp::Gt: return I.boolean(c > 0);
    case CompareOp::Ge: return I.boolean(c >= 0);
    default: break;
  }
  return newRef(Value(I.notImplemented));
}

int64_t strLength(Interp&, Value self) { return asStr(self)->length; }

Value strConcat(Interp& I, Value a, Value b) {
  if (!isInstance(I, a, I.types.str) || !isInstance(I, b, I.types.str)) {
    if (isInstance(I, a, I.types.str))
      raiseTypeError(I, "can only concatenate str (not \"" + std::string(typeName(I, b)) +
                            "\") to str");
    return newRef(Value(I.notImplemented));
  }
  Str* x = asStr(a);
  Str* y = asStr(b);
  if (y->byteLength == 0 && isType(I, a, I.types.str)) return newRef(a);
  if (x->byteLength == 0 && isType(I, b, I.types.str)) return newRef(b);
  Str* s = I.alloc<Str>(I.types.str, x->byteLength + y->byteLength + 1);
  std::memcpy(s->data(), x->data(), x->byteLength);
  std::memcpy(s->data() + x->byteLength, y->data(), y->byteLength);
  s->byteLength = x->byteLength + y->byteLength;
  s->data()[s->byteLength] = '\0';
  s->length = x->length + y->length;
  s->ascii = x->ascii && y->ascii;
  return Value(s);
}

Value strRepeat(Interp& I, Value a, Value b) {
  Value text = a, count = b;
  if (!isInstance(I, text, I.types.str)) std::swap(text, count);
  if (!isInstance(I, text, I.types.str)) return newRef(Value(I.notImplemented));
  if (!typeOf(I, count)->index) {
    raiseTypeError(I, "can't multiply sequence by non-int of type '" +
                          std::string(typeName(I, count)) + "'");
  }
  int64_t n = asSsize(I, count, I.exc.OverflowError);
  Str* s = asStr(text);
  if (n <= 0 || s->byteLength == 0) return newRef(Value(I.names.empty));
  if (n > (int64_t{1} << 40) / std::max<int64_t>(1, s->byteLength))
    raiseError(I, I.exc.MemoryError, "");
  std::string out;
  out.reserve(s->byteLength * n);
  for (int64_t i = 0; i < n; ++i) out.append(s->view());
  return Value(newStr(I, out));
}

bool strContains(Interp& I, Value self, Value item) {
  if (!isInstance(I, item, I.types.str))
    raiseTypeError(I, "'in <string>' requires string as left operand, not " +
                          std::string(typeName(I, item)));
  return asStr(self)->view().find(asStr(item)->view()) != std::string_view::npos;
}

Value strGetItem(Interp& I, Value self, Value key) {
  Str* s = asStr(self);
  if (isType(I, key, I.types.slice)) {
    int64_t start, stop, step;
    int64_t n = sliceIndices(I, static_cast<Slice*>(key.asObject()), s->length, start, stop, step);
    if (n <= 0) return newRef(Value(I.names.empty));
    if (step == 1) {
      if (n == s->length && isType(I, self, I.types.str)) return newRef(self);
      size_t from = s->byteOffset(start), to = s->byteOffset(start + n);
      return Value(newStr(I, s->view().substr(from, to - from)));
    }
    std::string out;
    for (int64_t i = 0, k = start; i < n; ++i, k += step) support::appendUtf8(s->at(k), out);
    return Value(newStr(I, out));
  }
  if (!typeOf(I, key)->index)
    raiseTypeError(I, "string indices must be integers, not '" + std::string(typeName(I, key)) +
                          "'");
  int64_t i = asSsize(I, key, I.exc.IndexError);
  if (i < 0) i += s->length;
  if (i < 0 || i >= s->length) raiseError(I, I.exc.IndexError, "string index out of range");
  return strFromCodePoint(I, s->at(i));
}

Value strIter(Interp& I, Value self) { return newSeqIterator(I, I.types.strIterator, self); }

Value strNew(Interp& I, Type*, CallArgs args) {
  checkNoKeywords(I, "str", args);
  checkArgCount(I, "str", args, 0, 1);
  if (args.nargs == 0) return newRef(Value(I.names.empty));
  return str(I, args.args[0]);
}

}  // namespace

void registerStrMethods(Interp& I);

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
  registerStrMethods(I);
}

}  // namespace rw
