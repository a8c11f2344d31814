// str: immutable Unicode text stored as UTF-8 (lone surrogates allowed, see support/utf8.h),
// with its length in code points and a cached hash equal to CPython's.
#pragma once

#include <string>
#include <string_view>

#include "runtime/type.h"

namespace rw {

struct Str : Object {
  int64_t length = 0;      // code points
  int64_t byteLength = 0;  // UTF-8 bytes, not counting the terminating NUL
  Hash hash = -1;          // -1: not computed yet
  bool ascii = false;
  // For non-ASCII text: byte offsets of every 32nd code point, so indexing is O(1)-ish.
  uint32_t* cpIndex = nullptr;

  char* data() { return reinterpret_cast<char*>(this + 1); }
  const char* data() const { return reinterpret_cast<const char*>(this + 1); }
  std::string_view view() const { return {data(), static_cast<size_t>(byteLength)}; }
  // Byte offset of code point `i` (0 <= i <= length).
  size_t byteOffset(int64_t i) const;
  // Code point at index i (0 <= i < length).
  char32_t at(int64_t i) const;
};

// A new str holding valid UTF-8 text.
Str* newStr(Interp& I, std::string_view utf8);
// A str of one code point (cached for Latin-1).
Value strFromCodePoint(Interp& I, char32_t c);
Hash strHash(Str* s);
// CPython's str hash of UTF-8 text, without making a str.
Hash hashUtf8(std::string_view text);
bool strEquals(const Str* a, const Str* b);
// Python's str(value) / repr(value) as C++ strings (call into the protocols).
inline std::string_view strView(Value v) { return static_cast<Str*>(v.asObject())->view(); }


}  // namespace rw
