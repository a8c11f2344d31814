// The mutating methods of bytearray: append, extend, pop, insert, remove, clear, reverse, and
// copy. Each change goes through byteArrayReplace or reports itself to the observer.
#include <algorithm>

#include "objects/byte_string.h"
#include "objects/byte_string_internal.h"
#include "objects/bytearray.h"
#include "objects/function.h"
#include "objects/str_internal.h"
#include "runtime/protocols.h"

namespace rw {

namespace {

ByteArray* asByteArray(Value v) {
  return static_cast<ByteArray*>(v.asObject());
}

std::string qualifiedName(const char* method) {
  return std::string("bytearray.") + method;
}

Value byteArrayAppend(Interp& I, Value self, CallArgs args) {
  Value item = str_impl::checkOneArg(I, qualifiedName("append").c_str(), args);
  char byte = static_cast<char>(bytes_impl::byteValue(I, item));
  ByteArray* array = asByteArray(self);
  byteArrayReplace(I, array, array->size, array->size, std::string_view(&byte, 1));
  return I.None();
}

// The new bytes are collected first, so a bad item leaves the array unchanged.
Value byteArrayExtend(Interp& I, Value self, CallArgs args) {
  Value source = str_impl::checkOneArg(I, qualifiedName("extend").c_str(), args);
  std::string data;
  if (isBytesLike(I, source)) {
    data = std::string(bytesLikeView(I, source));
  } else {
    Type* t = typeOf(I, source);
    if (!t->iter && !t->getItem)
      raiseTypeError(I, "can't extend bytearray with " + std::string(t->name->view()));
    data = byteArrayItemsOf(I, source);
  }
  ByteArray* array = asByteArray(self);
  byteArrayReplace(I, array, array->size, array->size, data);
  return I.None();
}

Value byteArrayPop(Interp& I, Value self, CallArgs args) {
  str_impl::checkPositional(I, "pop", qualifiedName("pop").c_str(), args, 0, 1);
  int64_t i = args.nargs ? str_impl::ssizeArg(I, args.args[0]) : -1;
  ByteArray* array = asByteArray(self);
  if (array->size == 0) raiseError(I, I.exc.IndexError, "pop from empty bytearray");
  if (i < 0) i += array->size;
  if (i < 0 || i >= array->size) raiseError(I, I.exc.IndexError, "pop index out of range");
  auto byte = static_cast<unsigned char>(array->items[i]);
  byteArrayReplace(I, array, i, i + 1, "");
  return Value::smallInt(byte);
}

Value byteArrayInsert(Interp& I, Value self, CallArgs args) {
  str_impl::checkPositional(I, "insert", qualifiedName("insert").c_str(), args, 2, 2);
  int64_t i = str_impl::ssizeArg(I, args.args[0]);
  char byte = static_cast<char>(bytes_impl::byteValue(I, args.args[1]));
  ByteArray* array = asByteArray(self);
  if (i < 0) i = std::max<int64_t>(0, i + array->size);
  i = std::min(i, array->size);
  byteArrayReplace(I, array, i, i, std::string_view(&byte, 1));
  return I.None();
}

Value byteArrayRemove(Interp& I, Value self, CallArgs args) {
  Value item = str_impl::checkOneArg(I, qualifiedName("remove").c_str(), args);
  char byte = static_cast<char>(bytes_impl::byteValue(I, item));
  ByteArray* array = asByteArray(self);
  size_t found = array->view().find(byte);
  if (found == std::string_view::npos) raiseValueError(I, "value not found in bytearray");
  auto at = static_cast<int64_t>(found);
  byteArrayReplace(I, array, at, at + 1, "");
  return I.None();
}

Value byteArrayClear(Interp& I, Value self, CallArgs args) {
  str_impl::checkNoArgs(I, qualifiedName("clear").c_str(), args);
  ByteArray* array = asByteArray(self);
  byteArrayReplace(I, array, 0, array->size, "");
  return I.None();
}

Value byteArrayReverse(Interp& I, Value self, CallArgs args) {
  str_impl::checkNoArgs(I, qualifiedName("reverse").c_str(), args);
  ByteArray* array = asByteArray(self);
  std::reverse(array->items, array->items + array->size);
  if (I.observer) I.observer->onWrite(array);
  return I.None();
}

Value byteArrayCopy(Interp& I, Value self, CallArgs args) {
  str_impl::checkNoArgs(I, qualifiedName("copy").c_str(), args);
  return Value(newByteArray(I, asByteArray(self)->view()));
}

}  // namespace

void registerByteArrayMethods(Interp& I, Type* type) {
  addMethod(I, type, "append", byteArrayAppend);
  addMethod(I, type, "extend", byteArrayExtend);
  addMethod(I, type, "pop", byteArrayPop);
  addMethod(I, type, "insert", byteArrayInsert);
  addMethod(I, type, "remove", byteArrayRemove);
  addMethod(I, type, "clear", byteArrayClear);
  addMethod(I, type, "reverse", byteArrayReverse);
  addMethod(I, type, "copy", byteArrayCopy);
}

}  // namespace rw
