// int.to_bytes and the class method int.from_bytes, with CPython 3.11's defaults (one byte,
// big-endian) and messages (Objects/longobject.c, int_to_bytes_impl / int_from_bytes_impl).
#include "objects/byte_string.h"
#include "objects/bytes.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {
namespace {

// Keyword-only `signed` follows two positional-or-keyword parameters in both methods.
std::vector<Value> bindBytesArguments(Interp& I, const char* name, CallArgs args,
                                      std::string_view first) {
  if (args.nargs > 2)
    raiseTypeError(I, std::string(name) + "() takes at most 2 positional arguments (" +
                          std::to_string(args.nargs) + " given)");
  return bindArguments(I, name, args, {first, "byteorder", "signed"}, 0);
}

bool bigEndianArgument(Interp& I, const char* name, Value byteorder) {
  if (!byteorder) return true;
  if (!isInstance(I, byteorder, I.types.str))
    raiseTypeError(I, std::string(name) + "() argument 'byteorder' must be str, not " +
                          std::string(typeName(I, byteorder)));
  std::string_view order = strView(byteorder);
  if (order == "big") return true;
  if (order == "little") return false;
  raiseValueError(I, "byteorder must be either 'little' or 'big'");
}

Value intToBytes(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindBytesArguments(I, "to_bytes", args, "length");
  int64_t length = a[0] ? asSsize(I, a[0], I.exc.OverflowError) : 1;
  if (length < 0) raiseValueError(I, "length argument must be non-negative");
  bool bigEndian = bigEndianArgument(I, "to_bytes", a[1]);
  bool isSigned = a[2] && truthy(I, a[2]);
  support::BigInt n = toBigInt(self);
  std::string data = bigIntOp(I, [&] {
    return n.toBytes(static_cast<size_t>(length), bigEndian, isSigned);
  });
  return Value(newBytes(I, data));
}

// CPython's PyObject_Bytes: unlike bytes(), an int is refused rather than taken as a size.
Ref bytesOfObject(Interp& I, Value v) {
  if (isBytesLike(I, v)) return Ref::borrow(v);
  Type* t = typeOf(I, v);
  bool convertible = typeLookupName(I, t, "__bytes__") ||
                     (t->iter && !isInstance(I, v, I.types.str));
  if (!convertible)
    raiseTypeError(I, "cannot convert '" + std::string(typeName(I, v)) + "' object to bytes");
  return Ref::steal(call(I, Value(I.types.bytes), {v}));
}

// A class method: subclasses (bool, IntEnum, ...) get the value through their constructor.
Value intFromBytes(Interp& I, Value cls, CallArgs args) {
  std::vector<Value> a = bindBytesArguments(I, "from_bytes", args, "bytes");
  bool bigEndian = bigEndianArgument(I, "from_bytes", a[1]);
  bool isSigned = a[2] && truthy(I, a[2]);
  Ref data = bytesOfObject(I, a[0]);
  std::string_view view = bytesLikeView(I, data.get());
  auto bytes = std::span(reinterpret_cast<const uint8_t*>(view.data()), view.size());
  Ref result = Ref::steal(newIntFromBig(I, support::BigInt::fromBytes(bytes, bigEndian, isSigned)));
  if (cls.asObject() == I.types.int_) return result.release();
  return call(I, cls, {result.get()});
}

}  // namespace

void addIntBytesMethods(Interp& I) {
  addMethod(I, I.types.int_, "to_bytes", intToBytes);
  addMethod(I, I.types.int_, "from_bytes", intFromBytes, nullptr, /*isClassMethod=*/true);
}

}  // namespace rw
