// The bytecode evaluator (seed 6.12-6.13): runs frames, with Python-to-Python calls pushing
// frames onto the chain instead of recursing in C++.
#pragma once

#include "runtime/frame.h"
#include "runtime/interp.h"

namespace rw {

struct Function;

// Creates the frame for a call of `function` with `args` bound to its parameters (CPython's
// argument rules and error messages). Returns a new reference.
Frame* frameForCall(Interp& I, Function* function, CallArgs args);

// Runs `frame` (which must not be executing) until it returns; re-enters the evaluator
// from native code, so the nesting is bounded by Interp::kMaxNativeDepth.
Value runFrame(Interp& I, Frame* frame);

// A call from native code to a Python function.
Value callPythonFunction(Interp& I, Function* function, CallArgs args);

// The module frame's code run to completion in `globals` (used by runModuleCode and exec).
Value runCode(Interp& I, Code* code, Dict* globals, Dict* locals);

}  // namespace rw
