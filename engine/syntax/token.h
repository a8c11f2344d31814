// Tokens produced by the tokenizer: the first stage of the pipeline (seed 6.2).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rw::syntax {

// Token types with the names and numbering of CPython's token module (3.11), so that
// `rewind tokens` can print exactly what `python3 -m tokenize` prints.
#define RW_TOKEN_TYPES(X) \
  X(ENDMARKER, 0)         \
  X(NAME, 1)              \
  X(NUMBER, 2)            \
  X(STRING, 3)            \
  X(NEWLINE, 4)           \
  X(INDENT, 5)            \
  X(DEDENT, 6)            \
  X(OP, 54)               \
  X(COMMENT, 61)          \
  X(NL, 62)               \
  X(ERRORTOKEN, 60)       \
  X(ENCODING, 63)

enum class TokenType : uint8_t {
#define RW_TOKEN_ENUM(name, number) name = number,
  RW_TOKEN_TYPES(RW_TOKEN_ENUM)
#undef RW_TOKEN_ENUM
};

std::string_view tokenTypeName(TokenType type);

// A position in the source. `line` is 1-based. `col` counts code points from the start of
// the line (what tokenize prints); `byteCol` counts UTF-8 bytes (what AST nodes carry, like
// CPython's col_offset). `offset` is the byte offset from the start of the source.
struct Pos {
  int line = 1;
  int col = 0;
  int byteCol = 0;
  uint32_t offset = 0;
};

struct Token {
  TokenType type = TokenType::ENDMARKER;
  std::string text;  // exact source text (for INDENT the whitespace, for DEDENT "")
  Pos start;
  Pos end;
};

}  // namespace rw::syntax
