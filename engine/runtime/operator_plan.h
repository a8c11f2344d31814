// Binary operators and rich comparisons as a sequence of attempts: CPython's binary_op1 /
// binary_iop1 and do_richcompare over the operand types' slots, with each slot of a class
// defined in Python (SLOT1BINFULL, slot_tp_richcompare) expanded into the dunder calls it
// would make. The one implementation of these protocols: native callers (binaryOp,
// richCompare) run it to the end, the evaluator runs the attempts that call Python functions
// as frames, so `a + b` dispatching to a Python __add__ does not recurse in C++.
#pragma once

#include <cstdint>

#include "runtime/interp.h"

namespace rw {

struct Function;

// What the instruction does next: finish with `result`, or run `method(self, other)` as a
// frame, where self is the right operand when `reflected`, and continue with attempt
// `nextStage` if it returns NotImplemented. `inverted`: the method is __eq__ answering !=,
// so a result other than NotImplemented is negated.
struct OperatorStep {
  Value result;                // new reference, or null when `method` is set
  Function* method = nullptr;  // borrowed from the class
  bool reflected = false;
  bool inverted = false;
  uint8_t nextStage = 0;
};

// Whether `a op b` (BINARY_OP's argument: in-place operators follow the 13 binary ones)
// involves a class slot, so that binaryOperatorStep must run instead of binaryOp.
bool usesClassOperator(Interp& I, Value a, Value b, uint32_t opArg);
bool usesClassComparison(Interp& I, Value a, Value b);

// Runs the attempts from `stage` on until one gives a result other than NotImplemented
// (raising CPython's TypeError when none does) or calls a Python function.
OperatorStep binaryOperatorStep(Interp& I, Value a, Value b, uint32_t opArg, uint8_t stage);
// The same for a comparison; == and != fall back to identity.
OperatorStep compareStep(Interp& I, Value a, Value b, CompareOp op, uint8_t stage);
// The whole protocol for native callers (binaryOp, inplaceOp, richCompare after its fast
// paths): the Python methods are called from C++. Returns a new reference.
Value runBinaryOperator(Interp& I, Value a, Value b, uint32_t opArg);
Value runComparison(Interp& I, Value a, Value b, CompareOp op);
// What a method of the protocol returned (taken over): null for NotImplemented, so that the
// protocol goes on; for `inverted`, the negation of __eq__'s answer.
Value operatorResult(Interp& I, Value returned, bool inverted);

}  // namespace rw
