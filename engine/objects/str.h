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
  // Code point index of the code point that starts at byte `offset` (0 <= offset <= byteLength).
  int64_t codePointIndex(size_t offset) const;
  // Code point at index i (0 <= i < length).
  char32_t at(int64_t i) const;
};

// A new str holding valid UTF-8 text.
Str* newStr(Interp& I, std::string_view utf8);
// A new str of text the caller knows to be ASCII (no scan).
Str* newAsciiStr(Interp& I, std::string_view ascii);
// A str of `byteLength` bytes the caller fills before it escapes (the NUL is written).
Str* allocStr(Interp& I, int64_t byteLength, int64_t length, bool ascii);
// Text as a str value, reusing the shared empty string and the cached one-character strings:
// results of str methods go through these so that short pieces do not allocate.
Value strValue(Interp& I, std::string_view utf8);
Value strValueAscii(Interp& I, std::string_view ascii);
// Code points [start, end) of the str `s` (0 <= start <= end <= length); `s` itself when
// that is all of an exact str.
Value strSubstring(Interp& I, Value s, int64_t start, int64_t end);
// A str of one code point (U+0000..U+00FF are shared, interned at start-up).
Value strFromCodePoint(Interp& I, char32_t c);
Hash strHash(Str* s);
// CPython's str hash of UTF-8 text, without making a str.
Hash hashUtf8(std::string_view text);
// CPython's hash of a bytes object with this content (equal to the hash of a Latin-1 str).
Hash hashBytes(std::string_view data);
bool strEquals(const Str* a, const Str* b);
inline std::string_view strView(Value v) {
  return static_cast<Str*>(v.asObject())->view();
}

// str % args (printf-style formatting).
Value strPercentFormat(Interp& I, Value format, Value args);
// str.format(*args, **kwargs): `args` a tuple, `kwargs` a mapping or null; format_map passes
// a null `args`.
Value strFormatMethod(Interp& I, Str* format, Tuple* args, Value kwargs);

}  // namespace rw
