// Frames (seed 6.12, 6.13): the execution of one code object, with its local slots, its
// cells and free variables, and its value stack, all inline after the header.
//
// Python-to-Python calls push a frame on the interpreter's frame chain instead of recursing
// in C++; `returnAction` says what the caller's instruction still has to do with the value
// the frame returns (push it, check an __init__ result, continue a binary operator's
// reflected-operand protocol, ...). A generator owns its frame while suspended.
#pragma once

#include <cstdint>

#include "runtime/type.h"

namespace rw {

struct Code;
struct Dict;
struct Function;
struct Tuple;

enum class ReturnAction : uint8_t {
  Push,     // push the result on the caller's stack
  ForIter,  // a generator resumed by FOR_ITER: a yield pushes the value, a return ends the loop
  Send,     // a generator resumed by SEND (yield from): a return ends the delegation
};

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
  uint8_t binaryOp = 0;          // for BinaryReflect: the operator (in-place + 13)
  Value actionData[2];           // owned values for returnAction
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
