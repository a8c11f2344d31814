// Source text -> tokens with INDENT/DEDENT (seed 6.2).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/syntax_error.h"
#include "syntax/token.h"

namespace rw::syntax {

enum class TokenizeMode {
  // What the parser consumes, like CPython's C tokenizer: no ENCODING, COMMENT or NL tokens;
  // invalid input throws SyntaxError with CPython's message and position.
  Parse,
  // What Lib/tokenize.py yields: ENCODING first, COMMENT and NL tokens, the same positions.
  Display,
};

// Throws SyntaxError (IndentationError, TabError) on invalid input.
std::vector<Token> tokenize(std::string_view source, TokenizeMode mode,
                            const std::string& filename);

// Parse mode: when CPython reports a tokenizer error, compared with a syntax error its parser
// finds itself earlier in the file.
enum class TokenizeErrorTiming {
  // Raised by CPython's tokenizer itself: it wins even over an earlier parser error, except
  // "unexpected indent"/"unexpected unindent", which CPython reports without reading further.
  Immediate,
  // Surfaces only when the parser reads past the last token before it (TabError, unindent,
  // "unexpected character after line continuation character", "unexpected EOF").
  WhenReached,
  // "'(' was never closed": wins over a parser error reported on a later line than the
  // bracket's, and is raised when the parser reaches the end of the file.
  UnclosedBracket,
};

struct TokenizeResult {
  std::vector<Token> tokens;  // all tokens, or those produced before the error
  std::optional<SyntaxErrorInfo> error;
  TokenizeErrorTiming errorTiming = TokenizeErrorTiming::Immediate;
};

// Like tokenize() but returns the tokens before an error along with it instead of throwing.
//
// Display-mode errors are those of Lib/tokenize.py: kind "TokenError" or "IndentationError"
// with tokenize.py's (line, 0-based column), "SyntaxError" without a line for a bad encoding
// declaration, "UnicodeDecodeError" for an undecodable line.
//
// Parse mode: positions are CPython's. INDENT, DEDENT and ENDMARKER have no column in CPython
// (-1); their start and end hold where its tokenizer's cursor stood after producing them,
// the column CPython's parser reports when such a token is the last one it read. NEWLINE is
// empty and sits on the line break. NAME tokens keep their source spelling (CPython's parser
// applies NFKC to non-ASCII names) and STRING tokens may hold invalid UTF-8 (the parser
// reports it when decoding the literal). Errors without a line (null bytes, encodings) have
// line 0.
TokenizeResult tokenizeUntilError(std::string_view source, TokenizeMode mode,
                                  const std::string& filename);

// The text `python3 -m tokenize FILE` prints for these tokens.
std::string formatTokens(const std::vector<Token>& tokens);

// What `python3 -m tokenize FILE` writes to stderr (ending in "\n") for a Display-mode error;
// it prints no token then, and exits with status 1.
std::string formatTokenizeError(const SyntaxErrorInfo& error);

}  // namespace rw::syntax
