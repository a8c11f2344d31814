// What CPython prints for a SyntaxError that stops a file from parsing or compiling: the
// `  File "x.py", line 3` line, the source line, carets under the error, and
// "SyntaxError: message".
#pragma once

#include <string>

#include "syntax/syntax_error.h"

namespace rw {
class Interp;
}

namespace rw::cli {

// `source` supplies the offending line when the error does not carry it (errors found by the
// symbol table or the compiler), as CPython reads it back from the file.
std::string formatSyntaxErrorReport(Interp& I, const syntax::SyntaxErrorInfo& info,
                                    const std::string& source);

}  // namespace rw::cli
