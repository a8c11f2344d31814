// translate(table, /, delete=b'') and the static method maketrans(from, to) of bytes and
// bytearray, and their % operator (printf-style formatting lives in percent_format.cpp).
#include "objects/byte_string_internal.h"
#include "objects/bytes.h"
#include "objects/function.h"
#include "runtime/type_support.h"

namespace rw::bytes_impl {
namespace {

constexpr size_t kTableSize = 256;

Value byteStringTranslate(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "translate", args, {"table", "delete"}, 1, 1);
  std::string table;
  bool hasTable = a[0].asObject() != I.none;
  if (hasTable) {
    table = bytesLikeArgument(I, a[0]);
    if (table.size() != kTableSize)
      raiseValueError(I, "translation table must be 256 characters long");
  }
  bool deleted[kTableSize] = {};
  if (a[1]) {
    for (unsigned char c : bytesLikeArgument(I, a[1]))
      deleted[c] = true;
  }
  std::string_view data = bytesLikeView(I, self);
  std::string out;
  out.reserve(data.size());
  for (unsigned char c : data) {
    if (!deleted[c]) out += hasTable ? table[c] : static_cast<char>(c);
  }
  if (out == data) return unchangedResult(I, self);
  return newResult(I, self, out);
}

// A static method on both types; the result is always bytes, like CPython's.
Value byteStringMaketrans(Interp& I, Value, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "maketrans", args, {"frm", "to"}, 2, 2);
  std::string from(bytesLikeArgument(I, a[0]));
  std::string_view to = bytesLikeArgument(I, a[1]);
  if (from.size() != to.size()) raiseValueError(I, "maketrans arguments must have same length");
  std::string table(kTableSize, '\0');
  for (size_t i = 0; i < kTableSize; ++i)
    table[i] = static_cast<char>(i);
  for (size_t i = 0; i < from.size(); ++i)
    table[static_cast<unsigned char>(from[i])] = to[i];
  return Value(newBytes(I, table));
}

}  // namespace

Value byteStringRemainder(Interp& I, Value format, Value args) {
  if (!isBytesLike(I, format)) return newRef(Value(I.notImplemented));
  return bytesPercentFormat(I, format, args);
}

void registerTranslateMethods(Interp& I, Type* type) {
  addMethod(I, type, "translate", byteStringTranslate);
  addMethod(I, type, "maketrans", byteStringMaketrans, nullptr, /*isClassMethod=*/true);
  type->binary[static_cast<int>(BinaryOp::Remainder)] = byteStringRemainder;
}

}  // namespace rw::bytes_impl
