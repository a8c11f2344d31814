// int: small values (63 bits) live unboxed in the Value word; larger ones are Int objects
// wrapping an arbitrary-precision support::BigInt. Every operation returns the canonical
// form: a result that fits in a small int is always unboxed, so identity and fast paths
// never see a boxed small value.
#pragma once

#include <string>
#include <string_view>

#include "runtime/type.h"
#include "support/bigint.h"

namespace rw {

struct Int : Object {
  support::BigInt value;
};

Value newInt(Interp& I, int64_t v);
Value newIntFromBig(Interp& I, support::BigInt v);
// Parses decimal digits (with an optional '-'), as the compiler's literals carry them.
Value intFromDecimal(Interp& I, std::string_view digits);
// Whether v is an int (bool included); its value as a BigInt.
bool isInt(Interp& I, Value v);
support::BigInt toBigInt(Value v);
// The value if it fits in int64_t.
bool intToInt64(Value v, int64_t& out);
// float(v) correctly rounded; OverflowError when too large.
double intToDouble(Interp& I, Value v);
// Runs a BigInt computation, turning support::BigIntError into the Python exception.
template <class F>
auto bigIntOp(Interp& I, F&& f) -> decltype(f());
[[noreturn]] void raiseBigIntError(Interp& I, const support::BigIntError& e);
std::string intToDecimal(Interp& I, Value v);  // honours sys.set_int_max_str_digits
Hash intHash(Value v);
// int.to_bytes and int.from_bytes (int_bytes.cpp).
void addIntBytesMethods(Interp& I);

template <class F>
auto bigIntOp(Interp& I, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const support::BigIntError& e) {
    raiseBigIntError(I, e);
  }
}

}  // namespace rw
