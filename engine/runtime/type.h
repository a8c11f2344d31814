// Type objects: a type's name, bases, MRO and attribute dict, plus native slots through which
// the evaluator reaches each protocol without a dictionary lookup (seed 6.14: "types decide
// concrete behavior"). Built-in types fill the slots with C++ functions; classes defined in
// Python get slots that look up and call their dunder methods.
#pragma once

#include <cstdint>
#include <functional>

#include "runtime/object.h"

namespace rw {

struct Str;
struct Tuple;
struct Dict;

using Hash = int64_t;

// In the order of CPython's Py_LT .. Py_GE.
enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

// The 13 binary operators in the order of CPython's NB_* constants (and ast::Operator).
enum class BinaryOp : uint8_t {
  Add,
  And,
  FloorDivide,
  Lshift,
  MatrixMultiply,
  Multiply,
  Remainder,
  Or,
  Power,
  Rshift,
  Subtract,
  TrueDivide,
  Xor,
};
inline constexpr int kBinaryOpCount = 13;

enum class UnaryOp : uint8_t { Negative, Positive, Invert };

// Visits each reference an object holds (the collector, heap walks, snapshots).
using RefVisitor = std::function<void(Value)>;

// Arguments of a call, pointing into the caller's storage: positional values first, then
// the values of keyword arguments whose names are in kwnames (CPython's vectorcall layout).
struct CallArgs {
  const Value* args = nullptr;
  size_t nargs = 0;      // positional count
  Tuple* kwnames = nullptr;  // may be null
  size_t nkw() const;
  Value kwValue(size_t i) const { return args[nargs + i]; }
};

enum TypeFlags : uint32_t {
  kTypeHeap = 1u << 0,        // created by a class statement or type(); mutable
  kTypeBaseType = 1u << 1,    // may be subclassed
  kTypeGc = 1u << 2,          // instances are containers tracked by the collector
  kTypeHasDict = 1u << 3,     // instances have a __dict__
  kTypeIntSubclass = 1u << 8, // fast subclass checks, like CPython's Py_TPFLAGS_*_SUBCLASS
  kTypeStrSubclass = 1u << 9,
  kTypeTupleSubclass = 1u << 10,
  kTypeListSubclass = 1u << 11,
  kTypeDictSubclass = 1u << 12,
  kTypeTypeSubclass = 1u << 13,
  kTypeExceptionSubclass = 1u << 14,
  // Instances have inline items after the header (str, tuple). Instances of their subclasses
  // keep the class's words (dict, __slots__) after the items (CPython's negative
  // tp_dictoffset): a word's offset counts as if the items were not there.
  kTypeVarSize = 1u << 15,
};

struct Type : Object {
  Str* name = nullptr;      // __name__
  Str* qualname = nullptr;  // __qualname__
  Str* module = nullptr;    // __module__ (null for builtins)
  Type* base = nullptr;     // __base__
  Tuple* bases = nullptr;   // __bases__
  Tuple* mro = nullptr;     // __mro__
  Dict* dict = nullptr;     // the type's namespace
  uint32_t typeFlags = 0;
  uint32_t basicSize = 0;   // bytes of an instance's native layout
  // Classes created at run time keep an instance's attribute dict at this offset (0: none,
  // or the layout has its own dict slot).
  uint32_t dictOffset = 0;
  // Where an instance keeps its attribute dict (null: instances have none).
  Dict** (*instanceDict)(Object*) = nullptr;
  // Null-terminated names the getAttr slot answers that the dict does not hold (a function's
  // __code__, an int's real): CPython keeps them as descriptors in the dict, dir() lists them.
  const char* const* attributeNames = nullptr;

  // Lifecycle. destroy releases what the object holds; the memory is freed by the caller.
  void (*destroy)(Object*) = nullptr;
  void (*traverse)(Object*, const RefVisitor&) = nullptr;
  // Breaks reference cycles for the collector (CPython's tp_clear).
  void (*clear)(Object*) = nullptr;
  // Runs once before the object dies (__del__, closing a generator); it may resurrect it.
  void (*finalize)(Interp&, Object*) = nullptr;

  // Construction: type(...)(args) calls newInstance then init.
  Value (*newInstance)(Interp&, Type*, CallArgs) = nullptr;
  void (*init)(Interp&, Value, CallArgs) = nullptr;

  Value (*repr)(Interp&, Value) = nullptr;
  Value (*str)(Interp&, Value) = nullptr;
  Hash (*hash)(Interp&, Value) = nullptr;  // null: unhashable
  // Returns NotImplemented when the pair is not supported.
  Value (*richCompare)(Interp&, Value, Value, CompareOp) = nullptr;
  // Returns null (no exception) when the attribute does not exist.
  Value (*getAttr)(Interp&, Value, Str*) = nullptr;
  // value null means delete.
  void (*setAttr)(Interp&, Value, Str*, Value) = nullptr;
  Value (*call)(Interp&, Value, CallArgs) = nullptr;
  Value (*iter)(Interp&, Value) = nullptr;
  // Returns null (without raising StopIteration) when exhausted.
  Value (*next)(Interp&, Value) = nullptr;
  Value (*descrGet)(Interp&, Value descr, Value obj, Value type) = nullptr;
  void (*descrSet)(Interp&, Value descr, Value obj, Value value) = nullptr;  // null value: delete

  // Numbers. Binary slots follow CPython's nb_* convention: they are tried for either
  // operand and return NotImplemented for pairs they do not handle.
  Value (*binary[kBinaryOpCount])(Interp&, Value, Value) = {};
  Value (*inplace[kBinaryOpCount])(Interp&, Value, Value) = {};
  Value (*unary[3])(Interp&, Value) = {};
  Value (*absolute)(Interp&, Value) = nullptr;
  bool (*truth)(Interp&, Value) = nullptr;  // null: true unless len() is 0
  Value (*index)(Interp&, Value) = nullptr;  // __index__: an int
  Value (*toInt)(Interp&, Value) = nullptr;
  Value (*toFloat)(Interp&, Value) = nullptr;

  // Containers.
  int64_t (*length)(Interp&, Value) = nullptr;
  Value (*getItem)(Interp&, Value, Value) = nullptr;
  void (*setItem)(Interp&, Value, Value key, Value value) = nullptr;  // null value: delete
  bool (*contains)(Interp&, Value, Value) = nullptr;

  bool hasFlag(uint32_t f) const { return (typeFlags & f) != 0; }
};

// Whether `type` is `base` or derives from it (walks the MRO).
bool isSubtype(const Type* type, const Type* base);

}  // namespace rw
