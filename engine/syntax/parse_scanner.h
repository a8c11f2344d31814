// The scanner behind Parse mode. It keeps the state CPython's C tokenizer keeps (cursor,
// current line, buffer start, indentation and bracket stacks) because the positions and
// error lines CPython reports are defined in terms of that state.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/source_text.h"
#include "syntax/tokenizer.h"

namespace rw::syntax {

class ParseScanner {
 public:
  ParseScanner(std::string_view source, const std::string& filename);
  TokenizeResult run();

 private:
  enum class Step { Produced, End, Failed };
  static constexpr int kEof = -1;
  static constexpr size_t kNoStart = std::string::npos;
  static constexpr int kMaxIndent = 100;
  static constexpr int kMaxLevel = 200;

  // Input preparation (null bytes, BOM, coding cookie, newline translation).
  bool prepare();
  void translateNewlines(std::string_view source);
  bool applyCodingCookie();
  void failWithoutLocation(std::string message, int col);

  // Reading characters like tok_nextc / tok_backup.
  int nextChar();
  void backup(int c);

  Step scan(Token& token);
  Step indentation(bool& blankline);
  bool continuationLine();
  Step identifier(int c, Token& token);
  Step number(int c, Token& token);
  Step numberFraction(int c, Token& token);
  Step numberExponent(int c, Token& token);
  Step numberImaginary(int c, Token& token);
  Step numberZero(Token& token);
  Step numberWithBase(int c, Token& token);
  Step string(int quote, Token& token);
  Step closeBracket(int c);
  bool decimalTail(int& c);
  bool verifyEndOfNumber(int c, const char* kind);
  bool lookahead(std::string_view rest);
  bool verifyIdentifier();

  // Tokens.
  Step produce(Token& token, TokenType type, bool isString = false);
  Step produceAtCursor(Token& token, TokenType type);
  Pos position(size_t byte, size_t lineStart, int line);
  uint32_t originalOffset(size_t byte) const;

  // Errors, placed as CPython places them.
  Step syntaxError(std::string message);
  Step syntaxErrorRange(std::string message, int col, int endCol);
  Step errorAtLocation(std::string kind, std::string message, int line, int colBytes,
                       int endColBytes, TokenizeErrorTiming timing);
  Step errorAtCursor(std::string kind, std::string message, TokenizeErrorTiming timing);
  Step tabError();
  Step endOfFileError();
  std::string errorLine(int line) const;

  std::string_view source_;
  std::string filename_;
  TokenizeResult result_;

  std::string buf_;  // the translated, UTF-8 text being scanned
  size_t bomLength_ = 0;
  bool transcoded_ = false;
  bool encodingDeclared_ = false;
  std::vector<uint32_t> removedCarriageReturns_;  // translated offsets of CRLF line ends

  size_t cur_ = 0;
  size_t inp_ = 0;
  size_t lineStart_ = 0;
  size_t bufStart_ = 0;
  size_t start_ = kNoStart;
  bool atEof_ = false;
  int lineno_ = 0;

  bool atBol_ = true;
  int pending_ = 0;
  int indent_ = 0;
  std::array<int, kMaxIndent> indentStack_{};
  std::array<int, kMaxIndent> altIndentStack_{};

  int level_ = 0;
  std::array<char, kMaxLevel> parenStack_{};
  std::array<int, kMaxLevel> parenLine_{};
  std::array<int, kMaxLevel> parenCol_{};

  int firstLineno_ = 0;
  size_t multiLineStart_ = 0;

  ColumnCounter columns_;
  size_t columnsLineStart_ = kNoStart;
};

}  // namespace rw::syntax
