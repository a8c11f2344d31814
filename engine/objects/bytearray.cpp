// bytearray: the growable buffer, the sequence protocols (indexing, slicing, item and slice
// assignment and deletion, +, *, +=, *=, in, comparison), the constructor, repr, the
// iterator and the snapshot codecs. Every mutation is reported to the observer.
#include "objects/bytearray.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <functional>

#include "objects/byte_string.h"
#include "objects/byte_string_internal.h"
#include "objects/codecs.h"
#include "objects/iterators.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "runtime/protocols.h"
#include "runtime/snapshot.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

ByteArray* asByteArray(Value v) {
  return static_cast<ByteArray*>(v.asObject());
}

bool isByteArray(Interp& I, Value v) {
  return isInstance(I, v, I.types.bytearray);
}

void notifyWrite(Interp& I, ByteArray* array) {
  if (I.observer) I.observer->onWrite(array);
}

void reserve(Interp& I, ByteArray* array, int64_t wanted) {
  if (wanted <= array->capacity) return;
  str_impl::checkResultSize(I, wanted);
  // CPython's bytearray growth: about 1.125x plus a little.
  int64_t capacity = wanted + (wanted >> 3) + (wanted < 9 ? 3 : 6);
  auto* items = static_cast<char*>(std::realloc(array->items, static_cast<size_t>(capacity)));
  if (!items) raiseError(I, I.exc.MemoryError, "");
  array->items = items;
  array->capacity = capacity;
}

// An index of a bytearray of `size`, with bytearray's messages.
int64_t itemIndex(Interp& I, Value key, int64_t size) {
  int64_t i = asSsize(I, key, I.exc.IndexError);
  if (i < 0) i += size;
  if (i < 0 || i >= size) raiseError(I, I.exc.IndexError, "bytearray index out of range");
  return i;
}

[[noreturn]] void badIndexType(Interp& I, Value key) {
  raiseTypeError(
      I, "bytearray indices must be integers or slices, not " + std::string(typeName(I, key)));
}

}  // namespace

ByteArray* newByteArray(Interp& I, std::string_view data) {
  ByteArray* array = I.alloc<ByteArray>(I.types.bytearray);
  if (!data.empty()) {
    array->items = static_cast<char*>(std::malloc(data.size()));
    if (!array->items) {
      decref(Value(array));
      raiseError(I, I.exc.MemoryError, "");
    }
    std::memcpy(array->items, data.data(), data.size());
    array->size = array->capacity = static_cast<int64_t>(data.size());
  }
  return array;
}

void byteArrayReplace(Interp& I, ByteArray* array, int64_t start, int64_t stop,
                      std::string_view data) {
  // Growing may move the buffer `data` points into (a[:0] = a).
  std::string copy;
  std::less<const char*> before;
  if (array->items && !before(data.data(), array->items) &&
      before(data.data(), array->items + array->capacity)) {
    copy = std::string(data);
    data = copy;
  }
  auto added = static_cast<int64_t>(data.size());
  int64_t newSize = array->size - (stop - start) + added;
  reserve(I, array, newSize);
  if (array->size > stop)
    std::memmove(array->items + start + added, array->items + stop,
                 static_cast<size_t>(array->size - stop));
  if (added) std::memcpy(array->items + start, data.data(), data.size());
  array->size = newSize;
  notifyWrite(I, array);
}

std::string byteArrayItemsOf(Interp& I, Value iterable) {
  std::string out;
  Ref it = Ref::steal(getIter(I, iterable));
  while (Ref item = Ref::steal(iterNext(I, it.get())))
    out += static_cast<char>(bytes_impl::byteValue(I, item.get()));
  return out;
}

namespace {

// The bytes of the source of bytearray(source) and of a slice assignment that is not a
// bytearray: bytes-like contents, or the ints of an iterable.
std::string contentsOf(Interp& I, Value source) {
  if (isBytesLike(I, source)) return std::string(bytesLikeView(I, source));
  Type* t = typeOf(I, source);
  if (!t->iter && !t->getItem)
    raiseTypeError(I, "cannot convert '" + std::string(t->name->view()) + "' object to bytearray");
  return byteArrayItemsOf(I, source);
}

// ---- lifecycle, repr, comparison ----------------------------------------------------------

void byteArrayDestroy(Object* o) {
  std::free(static_cast<ByteArray*>(o)->items);
}

// Like bytes' repr, except that bytearray_repr escapes a single quote even inside double
// quotes.
Value byteArrayRepr(Interp& I, Value self) {
  std::string_view data = asByteArray(self)->view();
  char quote = '\'';
  for (char c : data) {
    if (c == '"') {
      quote = '\'';
      break;
    }
    if (c == '\'') quote = '"';
  }
  static const char kDigits[] = "0123456789abcdef";
  std::string text = std::string(typeName(I, self)) + "(b" + quote;
  for (char ch : data) {
    auto c = static_cast<unsigned char>(ch);
    if (c == '\'' || c == '\\') {
      text += '\\';
      text += ch;
    } else if (c == '\t') {
      text += "\\t";
    } else if (c == '\n') {
      text += "\\n";
    } else if (c == '\r') {
      text += "\\r";
    } else if (c < ' ' || c >= 0x7f) {
      text += "\\x";
      text += kDigits[c >> 4];
      text += kDigits[c & 15];
    } else {
      text += ch;
    }
  }
  text += quote;
  text += ')';
  return strValue(I, text);
}

// Any two bytes-like objects compare by contents, whichever side the bytearray is on.
Value byteArrayRichCompare(Interp& I, Value a, Value b, CompareOp op) {
  if (!isBytesLike(I, a) || !isBytesLike(I, b)) return newRef(Value(I.notImplemented));
  int c = bytesLikeView(I, a).compare(bytesLikeView(I, b));
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

// ---- items and slices ---------------------------------------------------------------------

int64_t byteArrayLength(Interp&, Value self) {
  return asByteArray(self)->size;
}

Value byteArrayGetItem(Interp& I, Value self, Value key) {
  ByteArray* array = asByteArray(self);
  if (isType(I, key, I.types.slice)) {
    int64_t start, stop, step;
    int64_t n =
        sliceIndices(I, static_cast<Slice*>(key.asObject()), array->size, start, stop, step);
    std::string out;
    for (int64_t i = 0, k = start; i < n; ++i, k += step)
      out += array->items[k];
    return Value(newByteArray(I, out));
  }
  if (!typeOf(I, key)->index) badIndexType(I, key);
  int64_t i = itemIndex(I, key, array->size);
  return Value::smallInt(static_cast<unsigned char>(array->items[i]));
}

// Deletes the `n` bytes start, start + step, ... (step > 0).
void deleteExtended(Interp& I, ByteArray* array, int64_t start, int64_t step, int64_t n) {
  int64_t out = 0;
  for (int64_t i = 0; i < array->size; ++i) {
    bool selected = i >= start && (i - start) % step == 0 && (i - start) / step < n;
    if (!selected) array->items[out++] = array->items[i];
  }
  array->size = out;
  notifyWrite(I, array);
}

// a[slice] = data, or del a[slice] when `data` is null (CPython's bytearray_ass_subscript).
void assignSlice(Interp& I, ByteArray* array, Slice* slice, const std::string* data) {
  int64_t start, stop, step;
  int64_t n = sliceIndices(I, slice, array->size, start, stop, step);
  // a[5:2] = ... inserts before 5.
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (step == 1) {
    byteArrayReplace(I, array, start, stop, data ? std::string_view(*data) : std::string_view());
    return;
  }
  // An empty value deletes an extended slice, as in CPython.
  if (!data || data->empty()) {
    if (n <= 0) return;
    if (step < 0) {
      start += step * (n - 1);
      step = -step;
    }
    deleteExtended(I, array, start, step, n);
    return;
  }
  if (static_cast<int64_t>(data->size()) != n)
    raiseValueError(I, "attempt to assign bytes of size " + std::to_string(data->size()) +
                           " to extended slice of size " + std::to_string(n));
  for (int64_t i = 0, k = start; i < n; ++i, k += step)
    array->items[k] = (*data)[static_cast<size_t>(i)];
  notifyWrite(I, array);
}

bool isNumber(Interp& I, Value v) {
  Type* t = typeOf(I, v);
  return t->index || t->toInt || t->toFloat || isInstance(I, v, I.types.complex);
}

void byteArraySetItem(Interp& I, Value self, Value key, Value value) {
  ByteArray* array = asByteArray(self);
  if (typeOf(I, key)->index) {
    int64_t i = asSsize(I, key, I.exc.IndexError);
    // The value first: its __index__ may resize the array.
    int byte = value ? bytes_impl::byteValue(I, value) : -1;
    if (i < 0) i += array->size;
    if (i < 0 || i >= array->size) raiseError(I, I.exc.IndexError, "bytearray index out of range");
    if (!value) {
      byteArrayReplace(I, array, i, i + 1, "");
      return;
    }
    array->items[i] = static_cast<char>(byte);
    notifyWrite(I, array);
    return;
  }
  if (!isType(I, key, I.types.slice)) badIndexType(I, key);
  auto* slice = static_cast<Slice*>(key.asObject());
  if (!value) {
    assignSlice(I, array, slice, nullptr);
    return;
  }
  if (isNumber(I, value) || isInstance(I, value, I.types.str))
    raiseTypeError(I, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  std::string data = contentsOf(I, value);
  assignSlice(I, array, slice, &data);
}

bool byteArrayContains(Interp& I, Value self, Value item) {
  return byteStringContains(I, self, item);
}

// ---- operators ----------------------------------------------------------------------------

Value byteArrayConcat(Interp& I, Value a, Value b) {
  if (!isByteArray(I, a)) return newRef(Value(I.notImplemented));
  if (!isBytesLike(I, b))
    raiseTypeError(
        I, "can't concat " + std::string(typeName(I, b)) + " to " + std::string(typeName(I, a)));
  std::string out(asByteArray(a)->view());
  out += bytesLikeView(I, b);
  return Value(newByteArray(I, out));
}

Value byteArrayInplaceConcat(Interp& I, Value a, Value b) {
  if (!isBytesLike(I, b))
    raiseTypeError(
        I, "can't concat " + std::string(typeName(I, b)) + " to " + std::string(typeName(I, a)));
  ByteArray* array = asByteArray(a);
  byteArrayReplace(I, array, array->size, array->size, bytesLikeView(I, b));
  return newRef(a);
}

int64_t repeatCount(Interp& I, Value count, int64_t itemSize) {
  if (!typeOf(I, count)->index)
    raiseTypeError(
        I, "can't multiply sequence by non-int of type '" + std::string(typeName(I, count)) + "'");
  int64_t n = std::max<int64_t>(0, asSsize(I, count, I.exc.OverflowError));
  if (itemSize && n > INT64_MAX / itemSize) raiseError(I, I.exc.MemoryError, "");
  str_impl::checkResultSize(I, n * itemSize);
  return n;
}

std::string repeated(std::string_view data, int64_t n) {
  std::string out;
  out.reserve(data.size() * static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i)
    out += data;
  return out;
}

Value byteArrayRepeat(Interp& I, Value a, Value b) {
  Value data = a, count = b;
  if (!isByteArray(I, data)) std::swap(data, count);
  if (!isByteArray(I, data)) return newRef(Value(I.notImplemented));
  int64_t n = repeatCount(I, count, asByteArray(data)->size);
  return Value(newByteArray(I, repeated(asByteArray(data)->view(), n)));
}

Value byteArrayInplaceRepeat(Interp& I, Value a, Value b) {
  ByteArray* array = asByteArray(a);
  int64_t n = repeatCount(I, b, array->size);
  std::string out = repeated(array->view(), n);
  byteArrayReplace(I, array, 0, array->size, out);
  return newRef(a);
}

// ---- construction -------------------------------------------------------------------------

Value byteArrayNew(Interp& I, Type* type, CallArgs) {
  return Value(I.alloc<ByteArray>(type));
}

std::string_view textArgument(Interp& I, Value v, const char* name, std::string_view fallback) {
  if (!v) return fallback;
  if (!isInstance(I, v, I.types.str))
    raiseTypeError(I, std::string("bytearray() argument '") + name + "' must be str, not " +
                          std::string(str_impl::clinicTypeName(I, v)));
  return strView(v);
}

// bytearray(), bytearray(n), bytearray(iterable of ints), bytearray(bytes-like),
// bytearray(str, encoding[, errors]); a second __init__ starts from empty again.
void byteArrayInit(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "bytearray", args, {"source", "encoding", "errors"}, 0);
  std::string_view encoding = textArgument(I, a[1], "encoding", "utf-8");
  std::string_view errors = textArgument(I, a[2], "errors", "strict");
  Value source = a[0];
  std::string data;
  if (!source) {
    if (a[1]) raiseTypeError(I, "encoding without a string argument");
    if (a[2]) raiseTypeError(I, "errors without a string argument");
  } else if (isInstance(I, source, I.types.str)) {
    if (!a[1]) raiseTypeError(I, "string argument without an encoding");
    data = encodeText(I, source, encoding, errors);
  } else {
    if (a[1]) raiseTypeError(I, "encoding without a string argument");
    if (a[2]) raiseTypeError(I, "errors without a string argument");
    if (typeOf(I, source)->index) {
      int64_t n = asSsize(I, source, I.exc.OverflowError);
      if (n < 0) raiseValueError(I, "negative count");
      str_impl::checkResultSize(I, n);
      data.assign(static_cast<size_t>(n), '\0');
    } else {
      data = contentsOf(I, source);
    }
  }
  ByteArray* array = asByteArray(self);
  byteArrayReplace(I, array, 0, array->size, data);
}

// ---- iterator -----------------------------------------------------------------------------

Value byteArrayIter(Interp& I, Value self) {
  return newSeqIterator(I, I.types.bytearrayIterator, self);
}

void byteArrayIterDestroy(Object* o) {
  decref(static_cast<SeqIterator*>(o)->sequence);
}

// Reads the array as it is now, so that bytes appended while iterating are seen.
Value byteArrayIterNext(Interp&, Value self) {
  auto* it = static_cast<SeqIterator*>(self.asObject());
  if (!it->sequence) return Value();
  ByteArray* array = asByteArray(it->sequence);
  if (it->index >= array->size) {
    Value done = it->sequence;
    it->sequence = Value();
    decref(done);
    return Value();
  }
  return Value::smallInt(static_cast<unsigned char>(array->items[it->index++]));
}

Value selfIterator(Interp&, Value self) {
  return newRef(self);
}

// ---- snapshots ----------------------------------------------------------------------------

template <class T>
T* allocateBare(Interp& I, Type* type) {
  size_t size = std::max<size_t>(sizeof(T), type->basicSize);
  void* memory = I.allocateRaw(size, type->hasFlag(kTypeGc));
  std::memset(memory, 0, size);
  return new (memory) T();
}

void byteArrayWrite(Interp&, Object* o, SnapshotEncoder& e) {
  e.w.string(static_cast<ByteArray*>(o)->view());
}

Object* byteArrayAllocate(Interp& I, Type* type, SnapshotDecoder&) {
  return allocateBare<ByteArray>(I, type);
}

void byteArrayRead(Interp&, Object* o, SnapshotDecoder& d) {
  auto* array = static_cast<ByteArray*>(o);
  std::string data = d.r.string();
  if (data.empty()) return;
  array->items = static_cast<char*>(std::malloc(data.size()));
  std::memcpy(array->items, data.data(), data.size());
  array->size = array->capacity = static_cast<int64_t>(data.size());
}

void iteratorWrite(Interp&, Object* o, SnapshotEncoder& e) {
  auto* it = static_cast<SeqIterator*>(o);
  e.value(it->sequence);
  e.w.svarint(it->index);
}

Object* iteratorAllocate(Interp& I, Type* type, SnapshotDecoder&) {
  return allocateBare<SeqIterator>(I, type);
}

void iteratorRead(Interp&, Object* o, SnapshotDecoder& d) {
  auto* it = static_cast<SeqIterator*>(o);
  it->sequence = d.value();
  it->index = d.r.svarint();
}

const SnapshotCodec kByteArrayCodec{byteArrayWrite, byteArrayAllocate, byteArrayRead, nullptr,
                                    false};
const SnapshotCodec kByteArrayIteratorCodec{iteratorWrite, iteratorAllocate, iteratorRead, nullptr,
                                            false};

}  // namespace

void initByteArrayType(Interp& I) {
  Type* t = I.types.bytearray;
  t->destroy = byteArrayDestroy;
  t->repr = byteArrayRepr;
  t->richCompare = byteArrayRichCompare;
  t->length = byteArrayLength;
  t->getItem = byteArrayGetItem;
  t->setItem = byteArraySetItem;
  t->contains = byteArrayContains;
  t->iter = byteArrayIter;
  t->newInstance = byteArrayNew;
  t->init = byteArrayInit;
  t->binary[static_cast<int>(BinaryOp::Add)] = byteArrayConcat;
  t->binary[static_cast<int>(BinaryOp::Multiply)] = byteArrayRepeat;
  t->inplace[static_cast<int>(BinaryOp::Add)] = byteArrayInplaceConcat;
  t->inplace[static_cast<int>(BinaryOp::Multiply)] = byteArrayInplaceRepeat;
  registerByteStringMethods(I, t);
  registerByteArrayMethods(I, t);
  Type* it = I.types.bytearrayIterator;
  it->destroy = byteArrayIterDestroy;
  it->iter = selfIterator;
  it->next = byteArrayIterNext;
  registerSnapshotCodec(I, t, &kByteArrayCodec);
  registerSnapshotCodec(I, it, &kByteArrayIteratorCodec);
}

}  // namespace rw
