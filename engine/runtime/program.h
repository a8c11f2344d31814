// Running a program as `python3 FILE` does: compile it, execute it as __main__, print an
// uncaught exception's traceback to stderr and turn it into the exit status.
#pragma once

#include <string>
#include <vector>

#include "runtime/interp.h"
#include "syntax/parser.h"
#include "syntax/syntax_error.h"

namespace rw {

struct Code;

// A Python SyntaxError (IndentationError, TabError) object for a front-end error, or the
// MemoryError/RecursionError of input nested too deeply. An error without source text gets
// its line from I.sourceTexts, as CPython reads it from the file.
Value syntaxErrorObject(Interp& I, const syntax::SyntaxErrorInfo& info);

// Compiles `source` as module code under a new source id (reported to the observer, kept
// for tracebacks); on a syntax error raises the Python SyntaxError.
Code* compileModuleSource(Interp& I, const std::string& source, const std::string& filename,
                          syntax::ParseMode mode = syntax::ParseMode::Exec);

// Runs the program; returns the process exit status (0, 1 after an uncaught exception, or
// the SystemExit code). Output goes through the interpreter's Host.
int runMainProgram(Interp& I, const std::string& path, const std::string& source,
                   const std::vector<std::string>& argv);

// Continues a program restored from a snapshot (Interp::main and the frame chain are set),
// to its end; returns the exit status like runMainProgram.
int resumeMainProgram(Interp& I);

// The exit status for an uncaught exception (printing its traceback or SystemExit message).
int reportUncaught(Interp& I, Value exception);

}  // namespace rw
