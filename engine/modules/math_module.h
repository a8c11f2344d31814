// Shared between the files of the math module (math_module.cpp, math_integer.cpp,
// math_sums.cpp).
#pragma once

#include "objects/module.h"
#include "runtime/interp.h"

namespace rw {

[[noreturn]] void raiseMathDomainError(Interp& I);
[[noreturn]] void raiseMathRangeError(Interp& I);
// Argument checks with CPython's messages: "math.NAME() takes exactly one argument (N
// given)" and "NAME expected N arguments, got M"; both refuse keywords.
void checkMathSingle(Interp& I, const char* name, CallArgs args);
void checkMathFixed(Interp& I, const char* name, CallArgs args, size_t count);

void initMathIntegerFunctions(Interp& I, Module* module);
void initMathSumFunctions(Interp& I, Module* module);

}  // namespace rw
