// One source text through every stage of the front end, as the fuzzer runs it. The regular
// test suite replays the fuzzer's seeds through the same function.
#pragma once

#include <string>
#include <string_view>

#include "syntax/parser.h"
#include "syntax/tokenizer.h"

namespace rw {
class Interp;
}

namespace rw::fuzz {

// What each stage made of the input: "ok", or the error as "Kind: message"
// ("SyntaxError: invalid syntax", "RecursionError: maximum recursion depth exceeded during
// compilation"), or the kind alone when it has no message ("MemoryError").
struct FrontEndOutcome {
  std::string parseTokens;    // the tokenizer in Parse mode
  std::string displayTokens;  // the tokenizer in Display mode, then formatTokens
  std::string exec;           // parse, symbol table and compile, as a module
  std::string eval;           // ... as an expression
  std::string single;         // ... as one interactive statement
};

// The stages one at a time, with the same outcomes and the same rule on errors as
// runFrontEnd below.
std::string tokenizeOutcome(std::string_view source, syntax::TokenizeMode mode);
std::string compileOutcome(Interp& I, std::string_view source, syntax::ParseMode mode);

// Only the errors invalid source deserves are caught: SyntaxError and its subclasses, and
// Python exceptions (a PyException with the exception pending in `I`). Anything else is a
// bug and propagates.
FrontEndOutcome runFrontEnd(Interp& I, std::string_view source);

}  // namespace rw::fuzz
