// The regular expressions of Lib/tokenize.py, matched by hand: what its PseudoToken pattern
// and the string-tail patterns match at a position of one physical line.
#pragma once

#include <cstddef>
#include <string_view>

namespace rw::syntax {

enum class PseudoKind {
  Nothing,       // no alternative matches: tokenize.py emits one ERRORTOKEN character
  EndOfLine,     // the empty match at the end of a line without "\n"
  Continuation,  // backslash + newline
  Comment,
  TripleQuoteStart,  // prefix and three quotes; the rest is matched by matchStringTail
  Number,
  Newline,
  Operator,
  String,           // a whole single-quoted string on this line
  StringContinued,  // a single-quoted string whose line ends in backslash + newline
  Name,             // \w+ (the token is a NAME only if its first character starts identifiers)
};

struct PseudoMatch {
  PseudoKind kind = PseudoKind::Nothing;
  size_t start = 0;  // after the leading whitespace
  size_t end = 0;
};

// PseudoToken matched at line[pos].
PseudoMatch matchPseudoToken(std::string_view line, size_t pos);

// Where the string whose opening quote is `quote` (three of them if `triple`) ends in
// line[pos...]: the offset just past its closing quote(s), or npos when it does not end on
// this line.
size_t matchStringTail(std::string_view line, size_t pos, char quote, bool triple);

// The quote character of a string token that begins with an optional prefix.
char stringQuote(std::string_view token);

}  // namespace rw::syntax
