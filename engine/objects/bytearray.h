// bytearray: a mutable sequence of bytes over a growable buffer. Its read-only methods are
// bytes' (objects/byte_string.h); this type adds the mutations, each reported to the
// observer.
#pragma once

#include <string>
#include <string_view>

#include "runtime/type.h"

namespace rw {

struct ByteArray : Object {
  char* items = nullptr;  // malloc'd; null when empty and never grown
  int64_t size = 0;
  int64_t capacity = 0;
  std::string_view view() const { return {items, static_cast<size_t>(size)}; }
};

ByteArray* newByteArray(Interp& I, std::string_view data);
// Replaces bytes [start, stop) with `data` (which may come from the array itself) and tells
// the observer.
void byteArrayReplace(Interp& I, ByteArray* array, int64_t start, int64_t stop,
                      std::string_view data);
// The ints of an iterable as bytes, each checked by bytes_impl::byteValue.
std::string byteArrayItemsOf(Interp& I, Value iterable);
// append, extend, pop, insert, remove, clear, reverse, copy (bytearray_methods.cpp).
void registerByteArrayMethods(Interp& I, Type* type);

}  // namespace rw
