// Helpers shared by the modules implemented in C++: argument conversions with CPython's
// messages, module-owned types, and the special-method lookup that math.floor and friends
// use.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "objects/module.h"
#include "runtime/interp.h"

namespace rw {

// PyFloat_AsDouble: a float, an object with __float__ or one with __index__; otherwise
// TypeError "must be real number, not T".
double realArg(Interp& I, Value v);
// operator.index(v) with CPython's TypeError for non-integers; a new reference.
Value intArg(Interp& I, Value v);
// A C long: TypeError for non-integers, OverflowError "Python int too large to convert to C
// long" past 64 bits.
int64_t longArg(Interp& I, Value v);

// A type owned by a module: named "module.name" like CPython's tp_name (error messages show
// that; __name__ is "name"), repr "<class 'module.name'>", instances "<module.name object at
// ...>". Registered as a start-up object under "type:module.name"; the caller owns the
// creation reference, which module types keep for the interpreter's lifetime.
Type* newModuleType(Interp& I, Module* module, std::string_view name, uint32_t basicSize,
                    uint32_t flags, Type* base = nullptr);
// Gives a module type the name, qualname and module of a type CPython shows elsewhere (a
// "generator", a "function"): no module, so its repr is "<class 'name'>".
void renameAsBuiltin(Interp& I, Type* type, std::string_view name);
// Adds a value (a constant, a type) to a module's namespace.
void addModuleValue(Interp& I, Module* module, std::string_view name, Value value);

// Looks up a special method on the type of obj (not the instance) and calls it with obj.
// Returns null when the type has no such method.
Value callSpecialMethod(Interp& I, Value obj, std::string_view name);

// CPython's _PyArg_CheckPositional: "NAME expected [at least |at most ]N argument(s), got M".
void checkPositional(Interp& I, std::string_view name, CallArgs args, size_t min, size_t max);

// Binds arguments like a function written in Python with parameters `names`, the first
// `required` of them without defaults, the first `positionalOnly` positional-only, and all
// positional-or-keyword; errors carry CPython's messages for Python functions ("f() missing 1
// required positional argument: 'x'", "f() takes from 1 to 3 positional arguments but 4 were
// given", "f() got an unexpected keyword argument 'k'").
std::vector<Value> bindLikePython(Interp& I, std::string_view fname, CallArgs args,
                                  const std::vector<std::string_view>& names, size_t required,
                                  size_t positionalOnly = 0);

// Calls callable(*positional, **keywords); keywords may be null.
Value callWithKeywords(Interp& I, Value callable, const std::vector<Value>& positional,
                       Dict* keywords);

// tuple(iterable) (CPython's PySequence_Tuple): an exact tuple is returned as is.
Value tupleOf(Interp& I, Value iterable);


}  // namespace rw
