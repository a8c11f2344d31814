// A Python value in one machine word: either a small int stored in the word itself (low bit
// set) or a pointer to a heap Object (low bit clear). Small ints never allocate, which keeps
// arithmetic-heavy loops allocation free; everything else is a reference-counted Object.
#pragma once

#include <cstdint>

namespace rw {

struct Object;
struct Type;

class Value {
 public:
  // Small ints hold 63 bits; anything outside this range is a heap Int.
  static constexpr int64_t kSmallMin = -(int64_t{1} << 62);
  static constexpr int64_t kSmallMax = (int64_t{1} << 62) - 1;

  constexpr Value() = default;
  // Implicit from Object* so that typed pointers (Str*, List*, ...) pass as values. Not
  // constexpr: a pointer's bits are no constant expression (clang refuses the declaration).
  Value(Object* object) : bits_(reinterpret_cast<uintptr_t>(object)) {}  // NOLINT

  static constexpr bool fitsSmall(int64_t v) { return v >= kSmallMin && v <= kSmallMax; }
  static constexpr Value smallInt(int64_t v) {
    Value r;
    r.bits_ = (static_cast<uintptr_t>(v) << 1) | 1u;
    return r;
  }
  static constexpr Value fromBits(uintptr_t bits) {
    Value r;
    r.bits_ = bits;
    return r;
  }

  // The empty value: an unbound local, a missing result. Never visible to Python code.
  constexpr bool isNull() const { return bits_ == 0; }
  constexpr explicit operator bool() const { return bits_ != 0; }
  constexpr bool isSmallInt() const { return (bits_ & 1u) != 0; }
  constexpr bool isObject() const { return bits_ != 0 && (bits_ & 1u) == 0; }
  constexpr int64_t asSmallInt() const { return static_cast<int64_t>(bits_) >> 1; }
  Object* asObject() const { return reinterpret_cast<Object*>(bits_); }
  constexpr uintptr_t bits() const { return bits_; }

  // Identity, as Python's `is`.
  constexpr bool is(Value other) const { return bits_ == other.bits_; }

 private:
  uintptr_t bits_ = 0;
};

}  // namespace rw
