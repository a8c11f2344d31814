// Callables: Python functions (seed 6.11), built-in functions, method descriptors of built-in
// types, and bound methods.
#pragma once

#include <string_view>

#include "runtime/type.h"

namespace rw {

struct Code;
struct Dict;
struct Str;
struct Tuple;

struct Function : Object {
  Code* code = nullptr;
  Dict* globals = nullptr;
  Dict* builtins = nullptr;
  Str* name = nullptr;       // __name__
  Str* qualname = nullptr;   // __qualname__
  Tuple* defaults = nullptr;    // __defaults__ or null
  Dict* kwdefaults = nullptr;   // __kwdefaults__ or null
  Tuple* closure = nullptr;     // __closure__: cells, or null
  Dict* annotations = nullptr;  // __annotations__ or null (created on demand)
  Dict* dict = nullptr;         // function attributes, created on demand
  Value doc;                    // __doc__
  Value module;                 // __module__
};

Function* newFunction(Interp& I, Code* code, Dict* globals, Str* qualname);

// A native function: receives positional values and keyword names like a vectorcall.
using NativeFunction = Value (*)(Interp&, Value self, CallArgs args);

struct BuiltinFunction : Object {
  NativeFunction fn = nullptr;
  Value self;          // the module or the bound object, may be null
  Str* name = nullptr;
  Str* qualname = nullptr;  // e.g. "str.upper" when bound to an instance
  const char* doc = nullptr;
  const char* registryName = nullptr;  // stable name in the snapshot registry ("builtins.len")
};

// A method of a built-in type, found in the type's dict (e.g. list.append).
struct MethodDescriptor : Object {
  NativeFunction fn = nullptr;
  Type* owner = nullptr;
  Str* name = nullptr;
  const char* doc = nullptr;
  bool isClassMethod = false;  // dict.fromkeys, int.from_bytes, ...
};

struct BoundMethod : Object {
  Value function;  // __func__
  Value self;      // __self__
};

BuiltinFunction* newBuiltinFunction(Interp& I, std::string_view name, NativeFunction fn,
                                    Value self, const char* registryName, const char* doc);
Value newBoundMethod(Interp& I, Value function, Value self);
// Adds a method descriptor to a built-in type's dict.
void addMethod(Interp& I, Type* type, std::string_view name, NativeFunction fn,
               const char* doc = nullptr, bool isClassMethod = false);

}  // namespace rw
