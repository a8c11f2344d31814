// CPython 3.11's print-out of an uncaught exception: "Traceback (most recent call last):",
// one entry per frame with its source line and carets under the failing expression, chained
// causes and contexts, and the SyntaxError layout with the caret under the offending token.
#pragma once

#include <string>

#include "runtime/interp.h"

namespace rw {

std::string formatException(Interp& I, Value exception);

}  // namespace rw
