// The slower halves of evaluator instructions: everything that is not worth inlining into
// the dispatch loop (error construction, unpacking, imports, context managers, ...).
#pragma once

#include <vector>

#include "objects/class.h"
#include "runtime/interp.h"
#include "runtime/protocols.h"

namespace rw {

struct Code;
struct Dict;
struct List;
struct Tuple;
struct Frame;
struct Function;
struct Str;

// Runs the frame chain from `start` (the innermost executing frame, `entry` or a frame called
// from it) until `entry` returns; returns its result or throws PyException with the exception
// pending. Starting below `entry` resumes a chain restored from a snapshot.
Value evalFrames(Interp& I, Frame* entry, Frame* start, bool throwing = false);
// Resumes a suspended generator frame (already entered) by raising the pending exception at
// its yield.
Value evalFramesThrowing(Interp& I, Frame* frame);
// Puts a generator's frame on the chain to resume it.
void enterGeneratorFrame(Interp& I, Frame* frame);

[[noreturn]] void raiseUnboundLocal(Interp& I, Code* code, uint32_t index);
[[noreturn]] void raiseUnboundDeref(Interp& I, Code* code, uint32_t index);
[[noreturn]] void raiseNameError(Interp& I, Value name);
Value cellOrFreeName(Code* code, uint32_t index);

// The truth of `v`, releasing it (also when the truth test raises).
bool takeTruth(Interp& I, Value v);

// Small-int and float arithmetic without a call; null when the operands need the protocol.
Value fastBinaryOp(Interp& I, Value a, Value b, uint32_t op);
// list[int], tuple[int], dict[key] without a call; null for anything else.
Value fastSubscript(Interp& I, Value container, Value key);
bool fastStoreSubscript(Interp& I, Value container, Value key, Value value);

// The slow paths of CALL, BINARY_OP and BINARY_SUBSCR, where natives raise most often. They
// return null, with the exception pending, instead of throwing: a C++ throw that reaches
// evalFrames costs a scan of its long unwinding tables, so the throw stops here.
Value callCatching(Interp& I, Value callable, CallArgs args);
Value binaryOpCatching(Interp& I, Value a, Value b, uint32_t opArg);
Value getItemCatching(Interp& I, Value container, Value key);

// For LOAD_METHOD: when obj.name is a plain function found on the type, returns null and
// sets `method` (new reference) so that the call passes obj itself; otherwise returns the
// attribute (new reference) and leaves `method` null. When obj.name is a property whose
// getter is a Python function, returns null and sets `getter` (borrowed) instead: the
// evaluator runs it as a frame, as it does for LOAD_ATTR (loadAttribute).
Value loadMethod(Interp& I, Value obj, Str* name, Value& method, Function*& getter);
inline Value loadAttribute(Interp& I, Value obj, Str* name, Function*& getter) {
  getter = nullptr;
  Type* t = typeOf(I, obj);
  if (t->getAttr == I.types.object->getAttr) {
    Value v = genericGetAttrFound(I, obj, name, typeLookup(I, t, name), &getter);
    if (v || getter) return v;
  }
  // getAttr repeats a lookup that found nothing, to raise CPython's AttributeError.
  return getAttr(I, obj, name);
}
// STORE_ATTR: stores obj.name = value, or returns the Python setter of a property for the
// evaluator to run with (obj, value) instead.
inline Function* storeAttribute(Interp& I, Value obj, Str* name, Value value) {
  Type* t = typeOf(I, obj);
  if (t->setAttr != I.types.object->setAttr) {
    setAttr(I, obj, name, value);
    return nullptr;
  }
  Function* setter = nullptr;
  genericSetAttrFound(I, obj, name, value, typeLookup(I, t, name), &setter);
  return setter;
}

// The __init__ that a call of `callable` runs as a frame: set when callable is a class
// created at run time, called through type.__call__, whose __init__ slot would call a Python
// function (borrowed).
Function* pythonInitOf(Interp& I, Value callable);
// type.__call__'s native remainder, for an instance whose type is not the class called (a
// __new__ that returned something else). Takes over `instance`.
Value finishConstruction(Interp& I, Type* cls, Value instance, CallArgs args);
// The function of a Python function, or of a method bound to one (then `self` is set).
Function* pythonFunctionOf(Interp& I, Value callable, Value& self);

// Instances of classes created at run time are the only ones whose slots call dunders.
inline bool isClassInstance(Value v) {
  return v.isObject() && v.asObject()->type->hasFlag(kTypeHeap);
}
// The dunder `self`'s class slot would call, when it is a Python function (borrowed).
inline Function* dunderOf(Interp& I, Value self, ClassDunder which) {
  return isClassInstance(self) ? classDunderFunction(I, self.asObject()->type, which) : nullptr;
}

Value concatStrings(Interp& I, const Value* parts, uint32_t count);
void extendForUnpacking(Interp& I, List* list, Value iterable);
// DICT_UPDATE (callable null) and DICT_MERGE (duplicate keys are an error naming callable).
void mergeIntoDict(Interp& I, Dict* target, Value source, Value callable);
// Fills out[0..count) with new references, first item at out[0].
void unpackSequence(Interp& I, Value seq, uint32_t count, Value* out);
void unpackStarred(Interp& I, Value seq, uint32_t before, uint32_t after, Value* out);
// f-string conversion (1 str, 2 repr, 3 ascii) and format spec.
Value formatValue(Interp& I, Value v, uint32_t conversion, Value spec);
Dict* annotationsFromPairs(Interp& I, Tuple* pairs);
// SEND to something that is not a generator: next() for None, else its send(). Returns the
// value it produced, or null when it finished (its return value then in `returned`).
Value sendToIterator(Interp& I, Value receiver, Value sent, Value& returned);
// CALL_FUNCTION_EX's arguments (self for a [method, self] call, the * sequence, the **
// mapping) spread into one array like a vectorcall's.
struct UnpackedArgs {
  std::vector<Value> values;  // borrowed: held by `tuple`, the mapping and the caller's stack
  Ref tuple;
  Ref kwnames;
  size_t npos = 0;
  CallArgs args() const;
};
void unpackCallArguments(Interp& I, Value callable, Value self, Value positional, Value kwargs,
                         UnpackedArgs& out);

// RAISE_VARARGS: instantiates classes, checks types, sets __cause__ and __context__, and
// leaves the exception pending.
void prepareRaise(Interp& I, Value exc, Value cause);
bool exceptionMatches(Interp& I, Value exc, Value type);
// BEFORE_WITH: checks the protocol; returns the bound __enter__ and sets `exitOut` to the
// bound __exit__ (new references).
Value prepareContext(Interp& I, Value manager, Value& exitOut);
// WITH_EXCEPT_START: __exit__'s three arguments for `exc` (borrowed) into out[0..2].
void exitArguments(Interp& I, Value exc, Value* out);

void printExpression(Interp& I, Value v);

}  // namespace rw
