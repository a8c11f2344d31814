// Helpers shared by the files that implement str's methods: argument conversion with
// CPython's messages, ASCII fast-path tests and byte-level searching.
#pragma once

#include <cstring>
#include <string>
#include <string_view>

#include "objects/str.h"
#include "runtime/interp.h"
#include "runtime/protocols.h"

namespace rw::str_impl {

inline Str* asStr(Value v) {
  return static_cast<Str*>(v.asObject());
}

// Bytes in the UTF-8 sequence that starts with `lead`.
inline size_t utf8SequenceLength(unsigned char lead) {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

inline bool isAsciiText(std::string_view text) {
  const char* p = text.data();
  size_t n = text.size(), i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t word;
    std::memcpy(&word, p + i, 8);
    if (word & 0x8080808080808080ULL) return false;
  }
  for (; i < n; ++i)
    if (static_cast<unsigned char>(p[i]) >= 0x80) return false;
  return true;
}

// Python's whitespace among ASCII characters (str.isspace, split(), strip()).
inline bool isAsciiSpace(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
}

// The first occurrence of `needle` in `haystack` at or after byte `from`. UTF-8 is
// self-synchronising, so a byte match is a code point match.
inline size_t findBytes(std::string_view haystack, std::string_view needle, size_t from) {
  if (needle.size() == 1) {
    if (from >= haystack.size()) return std::string_view::npos;
    const void* hit = std::memchr(haystack.data() + from, needle[0], haystack.size() - from);
    return hit ? static_cast<size_t>(static_cast<const char*>(hit) - haystack.data())
               : std::string_view::npos;
  }
  return haystack.find(needle, from);
}

// The type name in Argument Clinic's "must be str, not X" messages, which say None for None.
inline std::string_view clinicTypeName(Interp& I, Value v) {
  return v.is(I.None()) ? std::string_view("None") : typeName(I, v);
}

// Argument checks with the messages of CPython 3.11's str methods. `qualified` names are
// "str.upper" style (METH_NOARGS / METH_O methods and all keyword complaints).
void checkNoArgs(Interp& I, const char* qualified, CallArgs args);
Value checkOneArg(Interp& I, const char* qualified, CallArgs args);
// Positional-only Argument Clinic methods: "center expected at least 1 argument, got 0".
void checkPositional(Interp& I, const char* name, const char* qualified, CallArgs args, size_t min,
                     size_t max);
// METH_VARARGS methods parsed with PyArg_ParseTuple: "find() takes at least 1 argument (0 given)".
void checkVarargs(Interp& I, const char* name, const char* qualified, CallArgs args, size_t min,
                  size_t max);

// Py_ssize_t and C int arguments ("Python int too large to convert to C ssize_t").
int64_t ssizeArg(Interp& I, Value v);
int intArg(Interp& I, Value v);
// The start/end arguments of find, count, startswith...: None or an index, big values clamped.
int64_t sliceIndexArg(Interp& I, Value v, int64_t fallback);
// CPython's ADJUST_INDICES: end clamped to [0, length], start to >= 0 (not to length).
void adjustIndices(int64_t length, int64_t& start, int64_t& end);
// The fill character of center/ljust/rjust.
char32_t fillCharArg(Interp& I, Value v);
// Raises MemoryError before building a result too large to represent.
void checkResultSize(Interp& I, int64_t bytes);

// Each file registers its methods.
void registerStrMethods(Interp& I);
void registerStrSearchMethods(Interp& I);
void registerStrSplitMethods(Interp& I);
void registerStrCaseMethods(Interp& I);
void registerStrFormatMethods(Interp& I);

}  // namespace rw::str_impl
