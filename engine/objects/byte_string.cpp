// The pieces bytes and bytearray share: access to either's contents, results of the
// receiver's kind, byte arguments, decode(), and the registration of the shared methods.
#include "objects/byte_string.h"

#include "objects/byte_string_internal.h"
#include "objects/bytearray.h"
#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "runtime/type_support.h"

namespace rw {

bool isBytesLike(Interp& I, Value v) {
  if (v.isSmallInt()) return false;
  Type* t = v.asObject()->type;
  return isSubtype(t, I.types.bytes) || isSubtype(t, I.types.bytearray);
}

std::string_view bytesLikeView(Interp& I, Value v) {
  if (isSubtype(v.asObject()->type, I.types.bytes)) return bytesView(v);
  return static_cast<ByteArray*>(v.asObject())->view();
}

std::string_view bytesLikeArgument(Interp& I, Value v) {
  if (!isBytesLike(I, v))
    raiseTypeError(I, "a bytes-like object is required, not '" + std::string(typeName(I, v)) + "'");
  return bytesLikeView(I, v);
}

bool byteStringContains(Interp& I, Value self, Value item) {
  if (isBytesLike(I, item))
    return bytesLikeView(I, self).find(bytesLikeView(I, item)) != std::string_view::npos;
  if (!typeOf(I, item)->index)
    raiseTypeError(I,
                   "a bytes-like object is required, not '" + std::string(typeName(I, item)) + "'");
  auto byte = static_cast<char>(bytes_impl::byteValue(I, item));
  return bytesLikeView(I, self).find(byte) != std::string_view::npos;
}

namespace bytes_impl {

Value newResult(Interp& I, Value self, std::string_view data) {
  if (isByteArray(I, self)) return Value(newByteArray(I, data));
  return Value(newBytes(I, data));
}

Value unchangedResult(Interp& I, Value self) {
  if (isType(I, self, I.types.bytes)) return newRef(self);
  return newResult(I, self, bytesLikeView(I, self));
}

unsigned char byteValue(Interp& I, Value v) {
  Ref i = Ref::steal(index(I, v));
  int64_t byte;
  if (!intToInt64(i.get(), byte) || byte < 0 || byte > 255)
    raiseValueError(I, "byte must be in range(0, 256)");
  return static_cast<unsigned char>(byte);
}

std::string subArgument(Interp& I, Value v) {
  if (isBytesLike(I, v)) return std::string(bytesLikeView(I, v));
  if (!typeOf(I, v)->index)
    raiseTypeError(I, "argument should be integer or bytes-like object, not '" +
                          std::string(typeName(I, v)) + "'");
  return std::string(1, static_cast<char>(byteValue(I, v)));
}

}  // namespace bytes_impl

namespace {

// The string arguments of decode(): "decode() argument 'encoding' must be str, not int".
std::string_view textArgument(Interp& I, Value v, const char* name, std::string_view fallback) {
  if (!v) return fallback;
  if (!isInstance(I, v, I.types.str))
    raiseTypeError(I, std::string("decode() argument '") + name + "' must be str, not " +
                          std::string(str_impl::clinicTypeName(I, v)));
  return strView(v);
}

Value byteStringDecode(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "decode", args, {"encoding", "errors"}, 0);
  std::string_view encoding = textArgument(I, a[0], "encoding", "utf-8");
  std::string_view errors = textArgument(I, a[1], "errors", "strict");
  return decodeBytes(I, self, bytesLikeView(I, self), encoding, errors);
}

}  // namespace

void registerByteStringMethods(Interp& I, Type* type) {
  addMethod(I, type, "decode", byteStringDecode);
  bytes_impl::registerSearchMethods(I, type);
  bytes_impl::registerSplitMethods(I, type);
  bytes_impl::registerCaseMethods(I, type);
  bytes_impl::registerHexMethods(I, type);
  bytes_impl::registerTranslateMethods(I, type);
}

}  // namespace rw
