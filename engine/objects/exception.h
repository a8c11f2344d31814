// Exception instances and tracebacks (seed 6.18).
#pragma once

#include <string_view>

#include "runtime/type.h"

namespace rw {

struct Frame;

struct ExceptionObject : Object {
  Tuple* args = nullptr;
  Value traceback;  // Traceback or null
  Value cause;      // __cause__ or null
  Value context;    // __context__ or null
  bool suppressContext = false;
  Dict* dict = nullptr;  // attributes set on the instance (name, value, ...)
  Value notes;           // __notes__ list or null
};

struct Traceback : Object {
  Value next;           // the next (inner) entry or null
  Frame* frame = nullptr;
  uint32_t lasti = 0;   // instruction index in frame->code
  int32_t lineno = 0;
};

// A new instance of exception type `type` with args (message).
Value newException(Interp& I, Type* type, Tuple* args);
Value newExceptionWithMessage(Interp& I, Type* type, std::string_view message);
// Prepends a traceback entry for `frame` at instruction `lasti` (as the exception leaves or
// passes through the frame).
void addTraceback(Interp& I, Value exception, Frame* frame, uint32_t lasti);
// Sets __context__ to the exception being handled, breaking any cycle that would create.
void chainHandledContext(Interp& I, ExceptionObject* e);
void initExceptionTypes(Interp& I);

}  // namespace rw
