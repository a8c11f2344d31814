// Frames (seed 6.12, 6.13): the execution of one code object, with its local slots, its
// cells and free variables, and its value stack, all inline after the header.
//
// Python-to-Python calls push a frame on the interpreter's frame chain instead of recursing
// in C++, and so do the Python functions the evaluator's own instructions call: __init__ of
// a class call, dunder methods of operators, subscripts, iteration, truth tests and context
// managers, property getters and setters. `returnAction` says what the caller's instruction
// still has to do with the value the frame returns; anything it needs besides that value
// stays on the caller's value stack (the operands of `a + b`, the new instance of a class
// call), so a snapshot taken while the frame runs captures it. A generator owns its frame
// while suspended.
#pragma once

#include <cstdint>

#include "runtime/type.h"

namespace rw {

struct Code;
struct Dict;
struct Function;
struct Tuple;

enum class ReturnAction : uint8_t {
  Push,        // push the result on the caller's stack
  ForIter,     // a generator resumed by FOR_ITER: a yield pushes the value, a return ends the loop
  Send,        // a generator resumed by SEND (yield from): a return ends the delegation
  Discard,     // __setitem__, __delitem__, a property setter: the result is dropped
  InitResult,  // __init__ of a class call, whose instance is on the caller's stack: must return
               // None
  IterResult,  // __iter__ for GET_ITER: must return an iterator
  NextItem,    // __next__ for FOR_ITER: the result is the next item; StopIteration ends the loop
  Contains,  // __contains__ for CONTAINS_OP: pushes the truth of the result (negated for `not in`)
  Truth,     // __bool__ for a conditional jump or `not`: the operand becomes the bool result,
             // then the instruction runs again
  TruthFromLength,   // the same with __len__ (no __bool__): true unless the length is 0
  Operator,          // an operator's dunder: NotImplemented continues the operator protocol at
                     // attempt `actionStage` (runtime/operator_plan.h), operands on the stack
  OperatorInverted,  // __eq__ answering != : the same, with the answer negated
};
inline constexpr uint8_t kLastReturnAction = static_cast<uint8_t>(ReturnAction::OperatorInverted);

enum class FrameState : uint8_t {
  Created,    // a generator's frame that has not started
  Executing,
  Suspended,  // a generator's frame at a yield
  Completed,
};

struct Frame : Object {
  Code* code = nullptr;
  Function* function = nullptr;  // null for module and class bodies
  Dict* globals = nullptr;
  Dict* builtins = nullptr;
  Dict* locals = nullptr;        // the namespace of module and class bodies, else null
  Frame* back = nullptr;         // the caller while executing (not owned)
  Object* generator = nullptr;   // the generator or coroutine that owns this frame, if any
  Value* sp = nullptr;           // next free stack slot
  uint32_t ip = 0;               // the instruction executing, or the next to execute
  FrameState state = FrameState::Created;
  ReturnAction returnAction = ReturnAction::Push;
  uint8_t actionStage = 0;       // for Operator actions: the attempt to continue with
  // A finalizer (__del__) runs while this frame is in the middle of an instruction: the saved
  // stack pointer may be older than the instruction's pops, so the stack is not shown.
  bool finalizerRunning = false;
  Tuple* kwnames = nullptr;      // set by KW_NAMES for the next CALL (borrowed from co_consts)
  int64_t entryStep = -1;        // the step at which the frame was entered (recorder)

  Value* localsplus() { return reinterpret_cast<Value*>(this + 1); }
  Value* stackBase();
  int64_t stackDepth() { return sp - stackBase(); }
  // The current line, for tracebacks and the debugger.
  int32_t line() const;
};

// A new frame for `code`, holding new references to the given namespace parts.
Frame* newFrame(Interp& I, Code* code, Function* function, Dict* globals, Dict* builtins,
                Dict* locals);
void initFrameType(Interp& I);

// The builtins code running in `globals` sees, like CPython: globals["__builtins__"] (a module
// or a dict) when present, else the interpreter's.
Dict* builtinsFor(Interp& I, Dict* globals);

}  // namespace rw
