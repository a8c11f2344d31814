// STRING tokens: their prefix and body, and the decoding of escape sequences exactly as
// CPython 3.11 does it (including its error messages and positions).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rw::syntax {

struct StringLiteral {
  bool bytes = false;
  bool raw = false;
  bool formatted = false;  // an f-string
  bool uPrefix = false;    // the token starts with a lowercase 'u' (ast's kind='u')
  std::string_view body;   // between the quotes
  size_t bodyOffset = 0;   // where the body starts in the token text
};

// Splits the text of a STRING token (validated by the tokenizer) into prefix and body.
StringLiteral splitStringLiteral(std::string_view token);

// Decodes the body of a str literal; raw bodies are taken as they are. On an invalid escape or
// invalid UTF-8 returns nothing and sets `error` to CPython's message, e.g. "(unicode error)
// 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape".
std::optional<std::string> decodeStringBody(std::string_view body, bool raw, std::string& error);

// The same for bytes literals ("(value error) invalid \x escape at position 0").
std::optional<std::string> decodeBytesBody(std::string_view body, bool raw, std::string& error);

// Replaces "\r\n" and lone "\r" by "\n", as CPython's tokenizer does before reading.
std::string normalizeNewlines(std::string_view text);

}  // namespace rw::syntax
