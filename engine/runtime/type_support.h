// Creating the built-in types at interpreter start-up, and helpers that type
// implementations share.
#pragma once

#include <initializer_list>
#include <string_view>
#include <vector>

#include "runtime/interp.h"

namespace rw {

// Phase 1: type objects without names or dicts, so that str and dict can be allocated.
void createCoreTypes(Interp& I);
// None, NotImplemented, Ellipsis, True, False.
void createSingletonObjects(Interp& I);
// Phase 2: names, dicts, __mro__, then each type's slots and methods.
void finishBuiltinTypes(Interp& I);
// A new static type with the given layout (used for exception types and module types).
Type* newStaticType(Interp& I, std::string_view name, Type* base, uint32_t basicSize,
                    uint32_t flags);
// Fills name, bases, mro and dict of a type created by newStaticType or createCoreTypes.
void completeStaticType(Interp& I, Type* type, std::string_view name);
// Slots a subtype inherits from its base when it does not define its own.
void inheritSlots(Type* type);

// "<class 'name'>" style identity repr shared by objects without a better one:
// "<name object at 0x...>".
Value defaultRepr(Interp& I, Value self);
// The "0x..." address reprs show: derived from the object's serial, so runs are reproducible.
std::string objectAddress(Value v);

// Argument checking for native functions, with CPython's messages.
void checkArgCount(Interp& I, std::string_view fname, CallArgs args, size_t min, size_t max);
void checkNoKeywords(Interp& I, std::string_view fname, CallArgs args);
// Raises TypeError "descriptor 'x' for 'T' objects doesn't apply to a 'U' object" style
// errors when `self` is not an instance of `type`.
void checkSelfType(Interp& I, Value self, Type* type, std::string_view method);
// Binds positional and keyword arguments to named parameters (borrowed; null when not
// given). The first `positionalOnly` names cannot be passed by keyword; `required` is how
// many must be given.
std::vector<Value> bindArguments(Interp& I, std::string_view fname, CallArgs args,
                                 std::initializer_list<std::string_view> names, size_t required,
                                 size_t positionalOnly = 0);

// Each object file initialises its type's slots and methods.
void initTypeType(Interp& I);
void initObjectType(Interp& I);
void initSingletonTypes(Interp& I);
void initIntType(Interp& I);
void initBoolType(Interp& I);
void initFloatType(Interp& I);
void initStrType(Interp& I);
void initTupleType(Interp& I);
void initListType(Interp& I);
void initDictType(Interp& I);
void initFunctionTypes(Interp& I);
void initCodeType(Interp& I);
void initCellType(Interp& I);
void initModuleType(Interp& I);
void initFrameType(Interp& I);
void initTracebackType(Interp& I);
void initRangeTypes(Interp& I);
void initIteratorTypes(Interp& I);
void initSliceType(Interp& I);
void initSuperType(Interp& I);
void initSetTypes(Interp& I);
void initDictViewTypes(Interp& I);
void initEnumerateType(Interp& I);
void initZipType(Interp& I);
void initMapFilterTypes(Interp& I);
void initReversedTypes(Interp& I);
void initCallableIteratorType(Interp& I);
void initBytesType(Interp& I);
void initByteArrayType(Interp& I);
void initComplexType(Interp& I);
// The iterator over objects with only __getitem__ (objects/sequence_iterator.cpp).
void initSequenceIteratorType(Interp& I);
Value newSequenceIterator(Interp& I, Value sequence);

}  // namespace rw
