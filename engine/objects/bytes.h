// bytes: an immutable sequence of bytes (the minimal type str.encode and bytes.decode need:
// construction, comparison, hashing, indexing, slicing, iteration, +, *, in, decode, hex).
#pragma once

#include <string_view>

#include "runtime/type.h"

namespace rw {

struct Bytes : Object {
  int64_t size = 0;
  Hash hash = -1;  // -1: not computed yet
  char* data() { return reinterpret_cast<char*>(this + 1); }
  const char* data() const { return reinterpret_cast<const char*>(this + 1); }
  std::string_view view() const { return {data(), static_cast<size_t>(size)}; }
};

Bytes* newBytes(Interp& I, std::string_view data);
inline std::string_view bytesView(Value v) {
  return static_cast<Bytes*>(v.asObject())->view();
}

}  // namespace rw
