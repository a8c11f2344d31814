// BaseExceptionGroup and ExceptionGroup (PEP 654): a message and a tuple of nested
// exceptions, with split/subgroup/derive; the evaluator's except* builds on them.
#pragma once

#include <unordered_set>

#include "objects/exception.h"

namespace rw {

struct ExceptionGroupObject : ExceptionObject {
  Value message;                // str
  Tuple* exceptions = nullptr;  // the nested exceptions, never empty
};

bool isExceptionGroup(Interp& I, Value v);
// BaseExceptionGroup(message, exceptions), which picks ExceptionGroup when it can.
Value newExceptionGroup(Interp& I, std::string_view message, Value exceptions);
// The parts of `exc` whose leaves match `matcher` (an exception type, a tuple of them, or a
// predicate) and, when `rest` is given, the parts that do not; null for an empty part. The
// parts keep the nesting of `exc` and its traceback, cause, context and notes.
Value splitExceptionGroup(Interp& I, Value exc, Value matcher, Value* rest);
// The part of group `exc` whose leaves are among `leaves` (null when none).
Value projectExceptionGroup(Interp& I, Value exc, const std::unordered_set<Object*>& leaves);
// Adds the leaf exceptions of `exc` to `leaves`.
void collectLeaves(Value exc, std::unordered_set<Object*>& leaves);
void initExceptionGroupTypes(Interp& I);

}  // namespace rw
