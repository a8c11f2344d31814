// What bytes and bytearray share: reading the bytes of either, arguments that accept any
// bytes-like object, and the read-only methods, written once and registered on both types.
// A method's result has the receiver's kind: bytes for bytes, bytearray for bytearray.
#pragma once

#include <string_view>

#include "runtime/type.h"

namespace rw {

// bytes, bytearray or a subclass of either (CPython's buffer protocol, as far as it goes here).
bool isBytesLike(Interp& I, Value v);
// The contents of a bytes-like value. A bytearray's view lasts until it is next mutated, so
// callers take it after every conversion that could run Python code.
std::string_view bytesLikeView(Interp& I, Value v);
// The contents of an argument that must be bytes-like: TypeError "a bytes-like object is
// required, not 'X'" otherwise.
std::string_view bytesLikeArgument(Interp& I, Value v);

// `item in self` for bytes and bytearray: a bytes-like item is a substring, an int a byte.
bool byteStringContains(Interp& I, Value self, Value item);

// bytes % args and bytearray % args (percent_format.cpp); the result has the format's kind.
Value bytesPercentFormat(Interp& I, Value format, Value args);

// Adds count, find, split, strip, upper, hex, fromhex, decode, ... to bytes or bytearray.
void registerByteStringMethods(Interp& I, Type* type);

}  // namespace rw
