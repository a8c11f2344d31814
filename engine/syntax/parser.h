// Tokens -> AST (seed 6.3, 6.4): a recursive-descent parser for CPython 3.11's grammar.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "syntax/ast.h"
#include "syntax/syntax_error.h"

namespace rw::syntax {

enum class ParseMode {
  Exec,    // a module (file_input): root is Module
  // A module read from its file, as `python3 FILE.py` reads it: like Exec, but errors at the
  // end of the input have column 0 (CPython's file reader has emptied its buffer there) and
  // a null byte is reported on its line.
  File,
  Eval,    // a single expression (eval_input): root is Expression
  Single,  // one interactive statement (single_input): root is Interactive
};

// Parses source text into a numbered AST. Throws SyntaxError (or IndentationError/TabError)
// with CPython 3.11's message and position. Deeply nested input throws SyntaxError
// ("too many nested parentheses") or, like CPython, one of kind MemoryError instead of
// exhausting the C++ stack.
std::unique_ptr<ParsedModule> parse(std::string_view source, const std::string& filename,
                                    ParseMode mode = ParseMode::Exec);

}  // namespace rw::syntax
