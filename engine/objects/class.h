// Classes created at run time (class statements, type(name, bases, dict)): layout, method
// resolution order, and the slots that make `a + b`, `len(x)`, `x[i]` ... call the class's
// dunder methods (seed 6.14, 6.15, 6.24).
#pragma once

#include <cstdint>
#include <initializer_list>

#include "runtime/type.h"

namespace rw {

struct Dict;
struct Function;
struct Str;
struct Tuple;

// type.__new__(metatype, name, bases, namespace): a new class. Raises TypeError for bad
// bases, layout conflicts and inconsistent MROs with CPython's messages.
Type* createClass(Interp& I, Type* metatype, Str* name, Tuple* bases, Dict* ns);
// Points each slot of `type` (and of its subclasses, when a dunder is assigned later) at the
// class's dunder method, or at the built-in implementation it inherits.
void updateClassSlots(Interp& I, Type* type);
// The rest of class creation once the class exists: __set_name__ and __init_subclass__
// (with the class statement's keyword arguments).
Type* finishNewClass(Interp& I, Type* type, Dict* kwds);
// C3 linearization; raises TypeError when there is none.
Tuple* computeMro(Interp& I, Type* type);
// Sets the destroy/traverse/clear slots (and the dict slot) every class's instances use.
void installClassLifecycle(Type* type);
// The instance dict slot of an object of a class with a dictOffset; the second for
// subclasses of str and tuple, whose dict follows their contents (classWordAt).
Dict** classInstanceDict(Object* o);
Dict** trailingInstanceDict(Object* o);
// The word at `offset` of a class's layout (a __slots__ value or the dict): after the text
// or items of a str or tuple subclass instance (kTypeVarSize), where it follows the header
// otherwise. `type` is the object's type, passed while a snapshot restores the object.
Value* classWordAt(Object* o, uint32_t offset);
Value* classWordAt(Object* o, Type* type, uint32_t offset);
// The bytes an instance of `type`, str or tuple or a subclass, needs after its header for
// `contents` bytes of text or items: a subclass's words follow them.
size_t varSizeTail(Type* type, size_t contents);
// Nulls the words a str or tuple subclass keeps after the contents of a new instance.
void clearTrailingWords(Object* o, Type* type);
// divmod(a, b) through __divmod__/__rdivmod__ of classes defined in Python: null when
// neither operand's class defines them, NotImplemented when both decline.
Value classDivmod(Interp& I, Value a, Value b);
// The built-in type whose layout instances of `type` share.
Type* nativeBase(Type* type);

// The dunders the evaluator runs as frames instead of through the native slot
// (runtime/eval.cpp), when the slot is the class slot and the method is a Python function.
enum class ClassDunder : uint8_t {
  Init,
  Call,
  GetItem,
  SetItem,
  DelItem,
  Iter,
  Next,
  Contains,
  Negative,
  Positive,
  Invert,
};
// The Python function `type`'s slot for `which` would call (borrowed from the class), or
// null when the native slot must run.
Function* classDunderFunction(Interp& I, Type* type, ClassDunder which);
// For truth testing: __bool__, or __len__ (isLength set) when the class defines no __bool__.
Function* classTruthFunction(Interp& I, Type* type, bool& isLength);
// Whether an operator slot of `type` is the class slot that calls the class's dunders.
bool hasClassBinarySlot(const Type* type, int op);
bool hasClassInplaceSlot(const Type* type, int op);
bool hasClassCompareSlot(const Type* type);
// Whether `type`'s next slot calls a class's __next__ (whose StopIteration may carry a value).
bool hasClassNextSlot(const Type* type);
// Calls that __next__, letting its StopIteration propagate.
Value callClassNext(Interp& I, Value self);
// Calls a dunder found on self's type with `self` first, like CPython's call_method.
Value callFoundDunder(Interp& I, Value method, Value self, std::initializer_list<Value> rest);

// CPython's checks of what a dunder returned, for the class slots and for the evaluator's
// dunder frames. Each takes over `result` and raises TypeError (ValueError, OverflowError)
// with CPython's message.
void checkInitResult(Interp& I, Value result);       // __init__: None
Value checkIterResult(Interp& I, Value result);      // __iter__: an iterator, returned
bool checkBoolResult(Interp& I, Value result);       // __bool__: a bool
int64_t checkLengthResult(Interp& I, Value result);  // __len__: an int >= 0

struct OperatorNames {
  const char* forward;
  const char* reflected;
  const char* inplace;
};
const OperatorNames& binaryOperatorNames(int op);
const char* compareMethodName(CompareOp op);

}  // namespace rw
