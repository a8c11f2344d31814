#include "syntax/tokenizer.h"

#include <cstdio>

#include "support/repr.h"
#include "support/utf8.h"
#include "syntax/display_tokenizer.h"
#include "syntax/parse_tokenizer.h"

namespace rw::syntax {
namespace {

// Python's "%-Ns": pads to N characters (code points), never truncates.
void appendPadded(std::string& out, std::string_view text, size_t width) {
  out.append(text);
  size_t length = support::countCodePoints(text);
  if (length < width) out.append(width - length, ' ');
}

}  // namespace

TokenizeResult tokenizeUntilError(std::string_view source, TokenizeMode mode,
                                  const std::string& filename) {
  return mode == TokenizeMode::Display ? tokenizeForDisplay(source, filename)
                                       : tokenizeForParse(source, filename);
}

std::vector<Token> tokenize(std::string_view source, TokenizeMode mode,
                            const std::string& filename) {
  TokenizeResult result = tokenizeUntilError(source, mode, filename);
  if (result.error) throw SyntaxError(std::move(*result.error));
  return std::move(result.tokens);
}

std::string formatTokens(const std::vector<Token>& tokens) {
  std::string out;
  out.reserve(tokens.size() * 56);
  char range[64];
  for (const Token& token : tokens) {
    std::snprintf(range, sizeof range, "%d,%d-%d,%d:", token.start.line, token.start.col,
                  token.end.line, token.end.col);
    appendPadded(out, range, 20);
    appendPadded(out, tokenTypeName(token.type), 15);
    appendPadded(out, support::reprString(token.text), 15);
    out += '\n';
  }
  return out;
}

std::string formatTokenizeError(const SyntaxErrorInfo& error) {
  if (error.kind == "UnicodeDecodeError") return "unexpected error: " + error.message + "\n";
  if (error.kind == "SyntaxError") return error.filename + ": error: " + error.message + "\n";
  return error.filename + ":" + std::to_string(error.line) + ":" + std::to_string(error.col) +
         ": error: " + error.message + "\n";
}

}  // namespace rw::syntax
