// Helpers shared by the files that implement the methods of bytes and bytearray: the
// receiver's kind (which decides result types and the names in error messages), ASCII
// character classes as CPython's Py_ISSPACE & co. define them, and argument conversion.
#pragma once

#include <string>
#include <string_view>

#include "objects/byte_string.h"
#include "runtime/interp.h"
#include "runtime/protocols.h"

namespace rw::bytes_impl {

inline bool isByteArray(Interp& I, Value self) {
  return isSubtype(typeOf(I, self), I.types.bytearray);
}

// "bytes" or "bytearray": the type whose method is running.
inline const char* kindName(Interp& I, Value self) {
  return isByteArray(I, self) ? "bytearray" : "bytes";
}

// "bytes.lower" style names for METH_NOARGS / METH_O messages.
inline std::string qualified(Interp& I, Value self, const char* method) {
  return std::string(kindName(I, self)) + "." + method;
}

// A new bytes or bytearray (the receiver's kind) holding `data`.
Value newResult(Interp& I, Value self, std::string_view data);
// The receiver's contents unchanged: an exact bytes is returned itself (CPython shares
// it), anything else is copied into a new object of the receiver's kind.
Value unchangedResult(Interp& I, Value self);

// The ASCII classes of CPython's pyctype.h (no Unicode, and no 0x1C..0x1F as spaces).
inline bool isSpace(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}
inline bool isLower(unsigned char c) {
  return c >= 'a' && c <= 'z';
}
inline bool isUpper(unsigned char c) {
  return c >= 'A' && c <= 'Z';
}
inline bool isAlpha(unsigned char c) {
  return isLower(c) || isUpper(c);
}
inline bool isDigit(unsigned char c) {
  return c >= '0' && c <= '9';
}
inline char toLower(unsigned char c) {
  return static_cast<char>(isUpper(c) ? c - 'A' + 'a' : c);
}
inline char toUpper(unsigned char c) {
  return static_cast<char>(isLower(c) ? c - 'a' + 'A' : c);
}

// A single byte given as an int: ValueError "byte must be in range(0, 256)" outside it.
unsigned char byteValue(Interp& I, Value v);
// The sub argument of find, count, index...: bytes-like or an int naming one byte.
std::string subArgument(Interp& I, Value v);

// Each file registers its methods on bytes or bytearray.
void registerSearchMethods(Interp& I, Type* type);
void registerSplitMethods(Interp& I, Type* type);
void registerCaseMethods(Interp& I, Type* type);
void registerHexMethods(Interp& I, Type* type);
void registerTranslateMethods(Interp& I, Type* type);  // and the % operator

}  // namespace rw::bytes_impl
