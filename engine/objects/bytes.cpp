// bytes: storage inline after the header, the sequence protocols, the constructor and the
// snapshot codecs of bytes and its iterator. The methods bytes shares with bytearray are in
// the byte_string*.cpp files.
#include "objects/bytes.h"

#include <cstring>

#include "objects/byte_string.h"
#include "objects/codecs.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "runtime/protocols.h"
#include "runtime/snapshot.h"
#include "runtime/type_support.h"
#include "support/repr.h"

namespace rw {

namespace {

Bytes* allocBytes(Interp& I, int64_t size) {
  Bytes* b = I.alloc<Bytes>(I.types.bytes, static_cast<size_t>(size) + 1);
  b->size = size;
  b->data()[size] = '\0';
  return b;
}

Bytes* asBytes(Value v) {
  return static_cast<Bytes*>(v.asObject());
}

bool isBytes(Interp& I, Value v) {
  return isInstance(I, v, I.types.bytes);
}

Value bytesRepr(Interp& I, Value self) {
  return strValueAscii(I, support::reprBytes(asBytes(self)->view()));
}

Hash bytesHash(Interp&, Value self) {
  Bytes* b = asBytes(self);
  if (b->hash == -1) b->hash = hashBytes(b->view());
  return b->hash;
}

Value bytesRichCompare(Interp& I, Value a, Value b, CompareOp op) {
  if (!isBytes(I, b)) return newRef(Value(I.notImplemented));
  int c = asBytes(a)->view().compare(asBytes(b)->view());
  switch (op) {
    case CompareOp::Lt:
      return I.boolean(c < 0);
    case CompareOp::Le:
      return I.boolean(c <= 0);
    case CompareOp::Eq:
      return I.boolean(c == 0);
    case CompareOp::Ne:
      return I.boolean(c != 0);
    case CompareOp::Gt:
      return I.boolean(c > 0);
    case CompareOp::Ge:
      return I.boolean(c >= 0);
  }
  return newRef(Value(I.notImplemented));
}

int64_t bytesLength(Interp&, Value self) {
  return asBytes(self)->size;
}

Value bytesGetItem(Interp& I, Value self, Value key) {
  Bytes* b = asBytes(self);
  if (isType(I, key, I.types.slice)) {
    int64_t start, stop, step;
    int64_t n = sliceIndices(I, static_cast<Slice*>(key.asObject()), b->size, start, stop, step);
    if (n == b->size && step == 1 && isType(I, self, I.types.bytes)) return newRef(self);
    Bytes* r = allocBytes(I, std::max<int64_t>(n, 0));
    for (int64_t i = 0, k = start; i < n; ++i, k += step)
      r->data()[i] = b->data()[k];
    return Value(r);
  }
  if (!typeOf(I, key)->index)
    raiseTypeError(I,
                   "byte indices must be integers or slices, not " + std::string(typeName(I, key)));
  int64_t i = asSsize(I, key, I.exc.IndexError);
  if (i < 0) i += b->size;
  if (i < 0 || i >= b->size) raiseError(I, I.exc.IndexError, "index out of range");
  return Value::smallInt(static_cast<unsigned char>(b->data()[i]));
}

bool bytesContains(Interp& I, Value self, Value item) {
  return byteStringContains(I, self, item);
}

// bytes + any bytes-like object is bytes.
Value bytesConcat(Interp& I, Value a, Value b) {
  if (!isBytes(I, a)) return newRef(Value(I.notImplemented));
  if (!isBytesLike(I, b))
    raiseTypeError(I, "can't concat " + std::string(typeName(I, b)) + " to bytes");
  std::string_view x = bytesView(a), y = bytesLikeView(I, b);
  Bytes* r = allocBytes(I, static_cast<int64_t>(x.size() + y.size()));
  std::memcpy(r->data(), x.data(), x.size());
  std::memcpy(r->data() + x.size(), y.data(), y.size());
  return Value(r);
}

Value bytesRepeat(Interp& I, Value a, Value b) {
  Value data = a, count = b;
  if (!isBytes(I, data)) std::swap(data, count);
  if (!isBytes(I, data)) return newRef(Value(I.notImplemented));
  if (!typeOf(I, count)->index)
    raiseTypeError(
        I, "can't multiply sequence by non-int of type '" + std::string(typeName(I, count)) + "'");
  int64_t n = std::max<int64_t>(0, asSsize(I, count, I.exc.OverflowError));
  std::string_view x = bytesView(data);
  if (!x.empty() && n > INT64_MAX / static_cast<int64_t>(x.size()))
    raiseError(I, I.exc.OverflowError, "repeated bytes are too long");
  str_impl::checkResultSize(I, n * static_cast<int64_t>(x.size()));
  Bytes* r = allocBytes(I, n * static_cast<int64_t>(x.size()));
  for (int64_t i = 0; i < n; ++i)
    std::memcpy(r->data() + i * x.size(), x.data(), x.size());
  return Value(r);
}

Value bytesIter(Interp& I, Value self) {
  return newSeqIterator(I, I.types.bytesIterator, self);
}

void bytesIterDestroy(Object* o) {
  decref(static_cast<SeqIterator*>(o)->sequence);
}

Value bytesIterNext(Interp&, Value self) {
  auto* it = static_cast<SeqIterator*>(self.asObject());
  if (!it->sequence) return Value();
  Bytes* b = asBytes(it->sequence);
  if (it->index >= b->size) {
    Value done = it->sequence;
    it->sequence = Value();
    decref(done);
    return Value();
  }
  return Value::smallInt(static_cast<unsigned char>(b->data()[it->index++]));
}

Value selfIterator(Interp&, Value self) {
  return newRef(self);
}

// The string arguments of bytes(): "bytes() argument 'encoding' must be str, not int".
std::string_view textArgument(Interp& I, Value v, const char* name, std::string_view fallback) {
  if (!v) return fallback;
  if (!isInstance(I, v, I.types.str))
    raiseTypeError(I, std::string("bytes() argument '") + name + "' must be str, not " +
                          std::string(str_impl::clinicTypeName(I, v)));
  return strView(v);
}

// A class's __bytes__, which must return bytes (null when the class has none).
Ref specialBytes(Interp& I, Value v) {
  Type* t = typeOf(I, v);
  if (!t->hasFlag(kTypeHeap) || !typeLookupName(I, t, "__bytes__")) return Ref();
  Ref result = Ref::steal(callMethod(I, v, I.intern("__bytes__"), {}));
  if (!isBytes(I, result.get()))
    raiseTypeError(I, "__bytes__ returned non-bytes (type " +
                          std::string(typeName(I, result.get())) + ")");
  return result;
}

// bytes(), bytes(n), bytes(iterable of ints), bytes(bytes), bytes(str, encoding[, errors]).
Value bytesNew(Interp& I, Type*, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "bytes", args, {"source", "encoding", "errors"}, 0);
  Value source = a[0];
  if (!source) {
    if (a[1]) raiseTypeError(I, "encoding without a string argument");
    if (a[2]) raiseTypeError(I, "errors without a string argument");
    return Value(allocBytes(I, 0));
  }
  if (isInstance(I, source, I.types.str)) {
    if (!a[1]) raiseTypeError(I, "string argument without an encoding");
    std::string_view encoding = textArgument(I, a[1], "encoding", "utf-8");
    std::string_view errors = textArgument(I, a[2], "errors", "strict");
    return Value(newBytes(I, encodeText(I, source, encoding, errors)));
  }
  if (a[1]) raiseTypeError(I, "encoding without a string argument");
  if (a[2]) raiseTypeError(I, "errors without a string argument");
  if (Ref special = specialBytes(I, source)) return special.release();
  if (isBytesLike(I, source)) {
    if (isType(I, source, I.types.bytes)) return newRef(source);
    return Value(newBytes(I, bytesLikeView(I, source)));
  }
  Type* t = typeOf(I, source);
  if (t->index) {
    int64_t n = asSsize(I, source, I.exc.OverflowError);
    if (n < 0) raiseValueError(I, "negative count");
    str_impl::checkResultSize(I, n);
    Bytes* r = allocBytes(I, n);
    std::memset(r->data(), 0, static_cast<size_t>(n));
    return Value(r);
  }
  if (!t->iter)
    raiseTypeError(I, "cannot convert '" + std::string(t->name->view()) + "' object to bytes");
  std::string data;
  Ref it = Ref::steal(getIter(I, source));
  while (Ref item = Ref::steal(iterNext(I, it.get()))) {
    Ref i = Ref::steal(index(I, item.get()));
    int64_t byte;
    if (!intToInt64(i.get(), byte) || byte < 0 || byte > 255)
      raiseValueError(I, "bytes must be in range(0, 256)");
    data += static_cast<char>(byte);
  }
  return Value(newBytes(I, data));
}

// ---- snapshots ----------------------------------------------------------------------------

void bytesWrite(Interp&, Object* o, SnapshotEncoder& e) {
  e.w.string(static_cast<Bytes*>(o)->view());
}

Object* bytesAllocate(Interp& I, Type* type, SnapshotDecoder& d) {
  std::string data = d.r.string();
  void* memory = I.allocateRaw(sizeof(Bytes) + data.size() + 1, type->hasFlag(kTypeGc));
  Bytes* b = new (memory) Bytes();
  b->size = static_cast<int64_t>(data.size());
  std::memcpy(b->data(), data.data(), data.size());
  b->data()[data.size()] = '\0';
  return b;
}

void readNothing(Interp&, Object*, SnapshotDecoder&) {}

void iteratorWrite(Interp&, Object* o, SnapshotEncoder& e) {
  auto* it = static_cast<SeqIterator*>(o);
  e.value(it->sequence);
  e.w.svarint(it->index);
}

Object* iteratorAllocate(Interp& I, Type* type, SnapshotDecoder&) {
  void* memory = I.allocateRaw(sizeof(SeqIterator), type->hasFlag(kTypeGc));
  return new (memory) SeqIterator();
}

void iteratorRead(Interp&, Object* o, SnapshotDecoder& d) {
  auto* it = static_cast<SeqIterator*>(o);
  it->sequence = d.value();
  it->index = d.r.svarint();
}

const SnapshotCodec kBytesCodec{bytesWrite, bytesAllocate, readNothing, nullptr, false};
const SnapshotCodec kBytesIteratorCodec{iteratorWrite, iteratorAllocate, iteratorRead, nullptr,
                                        false};

}  // namespace

Bytes* newBytes(Interp& I, std::string_view data) {
  Bytes* b = allocBytes(I, static_cast<int64_t>(data.size()));
  std::memcpy(b->data(), data.data(), data.size());
  return b;
}

void initBytesType(Interp& I) {
  Type* t = I.types.bytes;
  t->repr = bytesRepr;
  t->hash = bytesHash;
  t->richCompare = bytesRichCompare;
  t->length = bytesLength;
  t->getItem = bytesGetItem;
  t->contains = bytesContains;
  t->iter = bytesIter;
  t->newInstance = bytesNew;
  t->binary[static_cast<int>(BinaryOp::Add)] = bytesConcat;
  t->binary[static_cast<int>(BinaryOp::Multiply)] = bytesRepeat;
  registerByteStringMethods(I, t);
  Type* it = I.types.bytesIterator;
  it->destroy = bytesIterDestroy;
  it->iter = selfIterator;
  it->next = bytesIterNext;
  registerSnapshotCodec(I, t, &kBytesCodec);
  registerSnapshotCodec(I, it, &kBytesIteratorCodec);
}

}  // namespace rw
