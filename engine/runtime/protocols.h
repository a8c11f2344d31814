// The abstract object protocols (seed 6.14-6.16): what `a + b`, `obj.name`, `f(x)`, `repr(x)`
// mean for any value. Native code calls these; they dispatch through type slots and may run
// Python code (re-entering the evaluator with a depth guard).
#pragma once

#include <string>
#include <string_view>

#include "runtime/interp.h"

namespace rw {

struct Function;

inline Type* typeOf(Interp& I, Value v) {
  return v.isSmallInt() ? I.types.int_ : v.asObject()->type;
}
inline bool isType(Interp& I, Value v, Type* t) { return typeOf(I, v) == t; }
bool isInstance(Interp& I, Value v, Type* t);  // exact type or a subtype
std::string_view typeName(Interp& I, Value v);  // type(v).__name__

Value repr(Interp& I, Value v);  // a new str
Value str(Interp& I, Value v);   // a new str
std::string reprString(Interp& I, Value v);
std::string strString(Interp& I, Value v);
Hash hash(Interp& I, Value v);
bool truthy(Interp& I, Value v);
// ==, falling back to identity like CPython's PyObject_RichCompareBool.
bool equals(Interp& I, Value a, Value b);
Value richCompare(Interp& I, Value a, Value b, CompareOp op);
bool compareBool(Interp& I, Value a, Value b, CompareOp op);
Value binaryOp(Interp& I, Value a, Value b, BinaryOp op);
Value inplaceOp(Interp& I, Value a, Value b, BinaryOp op);
Value unaryOp(Interp& I, Value v, UnaryOp op);
// CPython's TypeErrors when no operand supports the operator.
[[noreturn]] void raiseUnsupportedOperands(Interp& I, Value a, Value b, BinaryOp op, bool inplace);
[[noreturn]] void raiseUnsupportedComparison(Interp& I, Value a, Value b, CompareOp op);

// Attribute access. getAttr raises AttributeError with CPython's message when missing;
// lookupAttr returns null instead.
Value getAttr(Interp& I, Value obj, Str* name);
Value lookupAttr(Interp& I, Value obj, Str* name);
void setAttr(Interp& I, Value obj, Str* name, Value value);
void delAttr(Interp& I, Value obj, Str* name);
// The generic attribute lookup of object.__getattribute__ (descriptors, instance dict).
Value genericGetAttr(Interp& I, Value obj, Str* name);
void genericSetAttr(Interp& I, Value obj, Str* name, Value value);
// The same with `descr`, what typeLookup found on the object's type, already known. Given
// `pythonFunction`, a property whose getter (setter) is a Python function is not called: the
// function is set there instead, for the evaluator to run as a frame.
Value genericGetAttrFound(Interp& I, Value obj, Str* name, Value descr,
                          Function** pythonFunction = nullptr);
void genericSetAttrFound(Interp& I, Value obj, Str* name, Value value, Value descr,
                         Function** pythonFunction = nullptr);
// Finds `name` along the type's MRO (borrowed, or null).
Value typeLookup(Interp& I, Type* type, Str* name);
// The same by name, without making a str.
Value typeLookupName(Interp& I, Type* type, std::string_view name);

// Calls. Returns a new reference.
Value call(Interp& I, Value callable, CallArgs args);
Value call(Interp& I, Value callable, std::initializer_list<Value> positional);
Value callMethod(Interp& I, Value obj, Str* name, std::initializer_list<Value> positional);

// Iteration. next() returns null when the iterator is exhausted.
Value getIter(Interp& I, Value v);
Value iterNext(Interp& I, Value iterator);

int64_t length(Interp& I, Value v);
Value getItem(Interp& I, Value container, Value key);
void setItem(Interp& I, Value container, Value key, Value value);
void delItem(Interp& I, Value container, Value key);
bool contains(Interp& I, Value container, Value item);
// __index__: an int (small or big) or TypeError.
Value index(Interp& I, Value v);
// A C++ index from an int-like value; OverflowError/IndexError per CPython when too big.
int64_t asSsize(Interp& I, Value v, Type* errorType);

}  // namespace rw
