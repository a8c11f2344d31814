// The out-of-line steps of the evaluator's operator instructions: what remains once the loop's
// fast cases (small ints, floats, lists, tuples, dicts) did not answer. A dunder that a class
// defines in Python comes back as a frame to run, so `a + b` or `x[i]` reaching Python code
// does not recurse in C++.
#include "objects/slice.h"
#include "runtime/eval_internal.h"
#include "runtime/operator_plan.h"

namespace rw {

namespace {

ClassDunder unaryDunder(UnaryOp op) {
  if (op == UnaryOp::Negative) return ClassDunder::Negative;
  return op == UnaryOp::Positive ? ClassDunder::Positive : ClassDunder::Invert;
}

}  // namespace

Value* sliceOperands(Interp& I, Value* sp) {
  Value stop = sp[-1];
  Value start = sp[-2];
  sp[-2] = newSlice(I, start, stop, I.None());
  decref(stop);
  decref(start);
  return sp - 1;
}

StepOutcome unaryOperatorStep(Interp& I, Value* operand, UnaryOp op) {
  if (Function* fn = dunderOf(I, *operand, unaryDunder(op)))
    return {Value(), frameForCall(I, fn, CallArgs{operand, 1, nullptr})};
  return {unaryOp(I, *operand, op)};
}

StepOutcome operatorStep(Interp& I, Instruction word, const Value* operands, uint8_t stage) {
  Value a = operands[0];
  Value b = operands[1];
  uint32_t arg = instructionArg(word);
  OperatorStep step = instructionOpcode(word) == Opcode::COMPARE_OP
                          ? compareStep(I, a, b, static_cast<CompareOp>(arg), stage)
                          : binaryOperatorStep(I, a, b, arg, stage);
  if (step.result) return {step.result};
  Value pair[2] = {step.reflected ? b : a, step.reflected ? a : b};
  return {Value(), frameForCall(I, step.method, CallArgs{pair, 2, nullptr}),
          step.inverted ? ReturnAction::OperatorInverted : ReturnAction::Operator, step.nextStage};
}

StepOutcome containsStep(Interp& I, const Value* operands, bool invert) {
  Value item = operands[0];
  Value container = operands[1];
  if (Function* fn = dunderOf(I, container, ClassDunder::Contains)) {
    Value args[2] = {container, item};
    return {Value(), frameForCall(I, fn, CallArgs{args, 2, nullptr}), ReturnAction::Contains};
  }
  return {I.boolean(contains(I, container, item) != invert)};
}

StepOutcome subscriptStep(Interp& I, const Value* operands) {
  if (Function* fn = dunderOf(I, operands[0], ClassDunder::GetItem))
    return {Value(), frameForCall(I, fn, CallArgs{operands, 2, nullptr})};
  return {getItemCatching(I, operands[0], operands[1])};
}

Frame* storeSubscriptStep(Interp& I, const Value* operands) {
  Value v = operands[0];
  Value container = operands[1];
  Value key = operands[2];
  if (Function* fn = dunderOf(I, container, ClassDunder::SetItem)) {
    Value args[3] = {container, key, v};
    return frameForCall(I, fn, CallArgs{args, 3, nullptr});
  }
  setItem(I, container, key, v);
  return nullptr;
}

}  // namespace rw
