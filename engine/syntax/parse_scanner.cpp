#include "syntax/parse_scanner.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "syntax/operators.h"
#include "syntax/parse_tokenizer.h"
#include "syntax/source_encoding.h"
#include "unicode/unicode_db.h"

namespace rw::syntax {
namespace {

constexpr int kTabSize = 8;

// Columns CPython gets from a byte offset into an error line (byte_offset_to_character_offset):
// the characters the first `colBytes` bytes decode to, counting the terminating NUL when
// the offset runs one past the end.
int byteOffsetToColumn(std::string_view line, int colBytes) {
  if (colBytes <= 0) return 0;
  auto limit = static_cast<size_t>(colBytes);
  if (limit > line.size()) return countColumnsLenient(line) + 1;
  return countColumnsLenient(line.substr(0, limit));
}

}  // namespace

ParseScanner::ParseScanner(std::string_view source, const std::string& filename)
    : source_(source), filename_(filename) {}

TokenizeResult ParseScanner::run() {
  if (!prepare()) return std::move(result_);
  // Code rarely has more than a token for every three bytes: one allocation, no copies.
  result_.tokens.reserve(buf_.size() / 3 + 16);
  for (;;) {
    Token token;
    Step step = scan(token);
    if (step == Step::Failed) break;
    result_.tokens.push_back(std::move(token));
    if (step == Step::End) break;
  }
  return std::move(result_);
}

// ---- Input preparation -------------------------------------------------------------------

bool ParseScanner::prepare() {
  if (source_.find('\0') != std::string_view::npos) {
    failWithoutLocation("source code string cannot contain null bytes", 0);
    return false;
  }
  bool bom = source_.starts_with(kUtf8Bom);
  bomLength_ = bom ? kUtf8Bom.size() : 0;
  translateNewlines(source_.substr(bomLength_));
  return applyCodingCookie();
}

// Like CPython's translate_newlines: "\r\n" and "\r" become "\n", and a "\n" is added when
// the text does not end in one -- also after a final "\r\n", as CPython does.
void ParseScanner::translateNewlines(std::string_view source) {
  buf_.reserve(source.size() + 2);
  size_t copied = 0;
  for (size_t cr = source.find('\r'); cr != std::string_view::npos;
       cr = source.find('\r', copied)) {
    buf_.append(source.substr(copied, cr - copied));
    if (cr + 1 < source.size() && source[cr + 1] == '\n') {
      removedCarriageReturns_.push_back(static_cast<uint32_t>(buf_.size()));
      copied = cr + 2;
    } else {
      copied = cr + 1;
    }
    buf_ += '\n';
  }
  buf_.append(source.substr(copied));
  bool endsInNewline = !source.empty() && (source.back() == '\n' || source.back() == '\r') &&
                       !source.ends_with("\r\n");
  if (!endsInNewline) buf_ += '\n';
}

void ParseScanner::failWithoutLocation(std::string message, int col) {
  SyntaxErrorInfo info;
  info.message = std::move(message);
  info.filename = filename_;
  info.col = col;
  result_.error = std::move(info);
  result_.errorTiming = TokenizeErrorTiming::Immediate;
}

// A cookie on line 1, or on line 2 after a comment-only or blank first line.
bool ParseScanner::applyCodingCookie() {
  std::string_view text = buf_;
  std::string_view first = firstLine(text);
  auto cookie = findCodingCookie(first.substr(0, first.size() - 1));
  if (!cookie && isBlankOrCommentLine(first)) {
    std::string_view second = firstLine(text.substr(first.size()));
    if (!second.empty()) cookie = findCodingCookie(second);
  }
  encodingDeclared_ = bomLength_ > 0 || cookie;
  if (!cookie) return true;
  if (bomLength_ > 0) {
    if (*cookie == "utf-8") return true;
    failWithoutLocation("encoding problem: " + *cookie + " with BOM", -1);
    return false;
  }
  if (*cookie == "utf-8") return true;
  switch (codecForName(*cookie)) {
    case SourceCodec::Utf8:
      if (auto error = support::validateUtf8(buf_)) {
        failWithoutLocation(describeUtf8Error(buf_, *error), -1);
        return false;
      }
      return true;
    case SourceCodec::Latin1:
      buf_ = latin1ToUtf8(buf_);
      transcoded_ = true;
      return true;
    case SourceCodec::Ascii:
      for (size_t i = 0; i < buf_.size(); ++i) {
        auto byte = static_cast<unsigned char>(buf_[i]);
        if (byte >= 0x80) {
          char message[128];
          std::snprintf(message, sizeof message,
                        "'ascii' codec can't decode byte 0x%02x in position %zu: ordinal not in "
                        "range(128)",
                        byte, i);
          failWithoutLocation(message, -1);
          return false;
        }
      }
      return true;
    case SourceCodec::Unknown:
      break;
  }
  failWithoutLocation("unknown encoding: " + *cookie, -1);
  return false;
}

// ---- Characters ----------------------------------------------------------------------------

int ParseScanner::nextChar() {
  if (cur_ != inp_) return static_cast<unsigned char>(buf_[cur_++]);
  if (atEof_ || inp_ == buf_.size()) {
    atEof_ = true;
    cur_ = inp_;
    return kEof;
  }
  const void* newline = std::memchr(buf_.data() + inp_, '\n', buf_.size() - inp_);
  size_t end = newline ? static_cast<const char*>(newline) - buf_.data() + 1 : buf_.size();
  ++lineno_;
  // A token spanning lines keeps the buffer start where it began, as CPython's does.
  if (start_ == kNoStart) bufStart_ = cur_;
  lineStart_ = cur_;
  inp_ = end;
  return static_cast<unsigned char>(buf_[cur_++]);
}

void ParseScanner::backup(int c) {
  if (c != kEof) --cur_;
}

// ---- Tokens --------------------------------------------------------------------------------

uint32_t ParseScanner::originalOffset(size_t byte) const {
  if (transcoded_) return static_cast<uint32_t>(byte);
  if (removedCarriageReturns_.empty()) {
    return static_cast<uint32_t>(std::min(bomLength_ + byte, source_.size()));
  }
  auto removed = std::lower_bound(removedCarriageReturns_.begin(), removedCarriageReturns_.end(),
                                  static_cast<uint32_t>(byte)) -
                 removedCarriageReturns_.begin();
  size_t offset = bomLength_ + byte + static_cast<size_t>(removed);
  return static_cast<uint32_t>(std::min(offset, source_.size()));
}

Pos ParseScanner::position(size_t byte, size_t lineStart, int line) {
  Pos pos;
  pos.line = line;
  pos.byteCol = static_cast<int>(byte - lineStart);
  if (lineStart == lineStart_) {
    if (columnsLineStart_ != lineStart_) {
      columns_.reset(std::string_view(buf_).substr(lineStart_, inp_ - lineStart_));
      columnsLineStart_ = lineStart_;
    }
    pos.col = columns_.columnAt(byte - lineStart);
  } else {
    pos.col = countColumnsLenient(std::string_view(buf_).substr(lineStart, byte - lineStart));
  }
  pos.offset = originalOffset(byte);
  return pos;
}

ParseScanner::Step ParseScanner::produce(Token& token, TokenType type, bool isString) {
  token.type = type;
  token.text.assign(buf_, start_, cur_ - start_);
  token.start = isString ? position(start_, multiLineStart_, firstLineno_)
                         : position(start_, lineStart_, lineno_);
  token.end = position(cur_, lineStart_, lineno_);
  return Step::Produced;
}

// INDENT, DEDENT and ENDMARKER have no position in CPython; they carry the cursor's.
ParseScanner::Step ParseScanner::produceAtCursor(Token& token, TokenType type) {
  token.type = type;
  token.start = token.end = position(cur_, lineStart_, lineno_);
  return type == TokenType::ENDMARKER ? Step::End : Step::Produced;
}

// ---- Errors --------------------------------------------------------------------------------

// The line CPython quotes for an error on `line`: the tokenizer's buffer while it has not
// moved past that line (with its "\n", possibly several lines of one token), else the line
// itself from the source, without its "\n".
std::string ParseScanner::errorLine(int line) const {
  if (lineno_ <= line && inp_ > bufStart_) {
    return lenientUtf8(std::string_view(buf_).substr(bufStart_, inp_ - bufStart_));
  }
  size_t begin = 0;
  for (int i = 1; i < line; ++i) {
    size_t newline = buf_.find('\n', begin);
    if (newline == std::string::npos || newline + 1 > inp_) break;
    begin = newline + 1;
  }
  size_t end = buf_.find('\n', begin);
  if (end == std::string::npos) end = buf_.size();
  return lenientUtf8(std::string_view(buf_).substr(begin, end - begin));
}

// The tokenizer's own syntaxerror(): the column is where the cursor stands.
ParseScanner::Step ParseScanner::syntaxError(std::string message) {
  int col = countColumnsLenient(std::string_view(buf_).substr(lineStart_, cur_ - lineStart_));
  return syntaxErrorRange(std::move(message), col, col);
}

ParseScanner::Step ParseScanner::syntaxErrorRange(std::string message, int col, int endCol) {
  size_t lineEnd = buf_.find('\n', lineStart_);
  if (lineEnd == std::string::npos) lineEnd = buf_.size();
  SyntaxErrorInfo info;
  info.message = std::move(message);
  info.filename = filename_;
  info.line = info.endLine = lineno_;
  info.col = col;
  info.endCol = endCol;
  info.text = lenientUtf8(std::string_view(buf_).substr(lineStart_, lineEnd - lineStart_));
  result_.error = std::move(info);
  result_.errorTiming = TokenizeErrorTiming::Immediate;
  return Step::Failed;
}

// An error the parser raises for the tokenizer at a known location (RAISE_ERROR_KNOWN_LOCATION
// with 1-based byte columns; an end column of 0 or -1 stays as it is).
ParseScanner::Step ParseScanner::errorAtLocation(std::string kind, std::string message, int line,
                                                 int colBytes, int endColBytes,
                                                 TokenizeErrorTiming timing) {
  SyntaxErrorInfo info;
  info.kind = std::move(kind);
  info.message = std::move(message);
  info.filename = filename_;
  info.text = errorLine(line);
  info.line = info.endLine = line;
  // CPython converts these byte columns to characters only when the source declared its
  // encoding (BOM or cookie); otherwise they stay byte offsets.
  info.col = encodingDeclared_ ? byteOffsetToColumn(info.text, colBytes) : colBytes;
  info.endCol = encodingDeclared_ && endColBytes > 0 ? byteOffsetToColumn(info.text, endColBytes)
                                                     : endColBytes;
  result_.error = std::move(info);
  result_.errorTiming = timing;
  return Step::Failed;
}

// An error the parser raises at its last token when that token (the tokenizer's error token)
// has no column: CPython then uses the cursor's column and no end column.
ParseScanner::Step ParseScanner::errorAtCursor(std::string kind, std::string message,
                                               TokenizeErrorTiming timing) {
  int colBytes = cur_ == bufStart_ ? 0 : static_cast<int>(cur_ - lineStart_);
  return errorAtLocation(std::move(kind), std::move(message), lineno_, colBytes, -1, timing);
}

ParseScanner::Step ParseScanner::tabError() {
  cur_ = inp_;
  return errorAtLocation("TabError", "inconsistent use of tabs and spaces in indentation", lineno_,
                         1, 0, TokenizeErrorTiming::WhenReached);
}

ParseScanner::Step ParseScanner::endOfFileError() {
  cur_ = inp_;
  if (level_ > 0) {
    char message[64];
    std::snprintf(message, sizeof message, "'%c' was never closed", parenStack_[level_ - 1]);
    int line = parenLine_[level_ - 1];
    return errorAtLocation("SyntaxError", message, line, parenCol_[level_ - 1] + 1, 0,
                           TokenizeErrorTiming::UnclosedBracket);
  }
  return errorAtCursor("SyntaxError", "unexpected EOF while parsing",
                       TokenizeErrorTiming::WhenReached);
}

// ---- The scanner ---------------------------------------------------------------------------

// A backslash has been read: it must end the line, and the input must go on.
bool ParseScanner::continuationLine() {
  int c = nextChar();
  if (c != '\n') {
    errorAtLocation("SyntaxError", "unexpected character after line continuation character",
                    lineno_, static_cast<int>(cur_ - bufStart_), 0,
                    TokenizeErrorTiming::WhenReached);
    return false;
  }
  c = nextChar();
  if (c == kEof) {
    endOfFileError();
    return false;
  }
  backup(c);
  return true;
}

// Measures the indentation at the start of a line and queues INDENT/DEDENT tokens.
ParseScanner::Step ParseScanner::indentation(bool& blankline) {
  int col = 0;
  int altcol = 0;
  // Indentation cannot be split with backslashes: the first backslash's column counts.
  int continuedCol = 0;
  int c;
  for (;;) {
    c = nextChar();
    if (c == ' ') {
      ++col;
      ++altcol;
    } else if (c == '\t') {
      col = (col / kTabSize + 1) * kTabSize;
      ++altcol;
    } else if (c == '\f') {
      col = altcol = 0;
    } else if (c == '\\') {
      continuedCol = continuedCol ? continuedCol : col;
      if (!continuationLine()) return Step::Failed;
    } else {
      break;
    }
  }
  backup(c);
  blankline = c == '#' || c == '\n';
  if (blankline || level_ != 0) return Step::Produced;
  if (continuedCol) col = altcol = continuedCol;
  if (col == indentStack_[indent_]) {
    if (altcol != altIndentStack_[indent_]) return tabError();
  } else if (col > indentStack_[indent_]) {
    if (indent_ + 1 >= kMaxIndent) {
      cur_ = inp_;
      return errorAtLocation("IndentationError", "too many levels of indentation", lineno_, 1, 0,
                             TokenizeErrorTiming::WhenReached);
    }
    if (altcol <= altIndentStack_[indent_]) return tabError();
    ++pending_;
    ++indent_;
    indentStack_[indent_] = col;
    altIndentStack_[indent_] = altcol;
  } else {
    while (indent_ > 0 && col < indentStack_[indent_]) {
      --pending_;
      --indent_;
    }
    if (col != indentStack_[indent_]) {
      cur_ = inp_;
      return errorAtCursor("IndentationError",
                           "unindent does not match any outer indentation level",
                           TokenizeErrorTiming::WhenReached);
    }
    if (altcol != altIndentStack_[indent_]) return tabError();
  }
  return Step::Produced;
}

ParseScanner::Step ParseScanner::closeBracket(int c) {
  char message[128];
  if (level_ == 0) {
    std::snprintf(message, sizeof message, "unmatched '%c'", c);
    return syntaxError(message);
  }
  --level_;
  char opening = parenStack_[level_];
  bool matches =
      (opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}');
  if (matches) return Step::Produced;
  if (parenLine_[level_] != lineno_) {
    std::snprintf(message, sizeof message,
                  "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c,
                  opening, parenLine_[level_]);
  } else {
    std::snprintf(message, sizeof message,
                  "closing parenthesis '%c' does not match opening parenthesis '%c'", c, opening);
  }
  return syntaxError(message);
}

ParseScanner::Step ParseScanner::scan(Token& token) {
  bool blankline;
  for (;;) {  // each pass starts a new line ("nextline" in CPython)
    start_ = kNoStart;
    blankline = false;
    if (atBol_) {
      atBol_ = false;
      if (indentation(blankline) == Step::Failed) return Step::Failed;
    }
    start_ = cur_;
    if (pending_ < 0) {
      ++pending_;
      return produceAtCursor(token, TokenType::DEDENT);
    }
    if (pending_ > 0) {
      --pending_;
      return produceAtCursor(token, TokenType::INDENT);
    }
    for (;;) {  // "again": after a line continuation
      start_ = kNoStart;
      int c;
      do {
        c = nextChar();
      } while (c == ' ' || c == '\t' || c == '\f');
      start_ = cur_ - 1;
      if (c == '#') {
        while (c != kEof && c != '\n')
          c = nextChar();
      }
      if (c == kEof) {
        if (level_ > 0) return endOfFileError();
        return produceAtCursor(token, TokenType::ENDMARKER);
      }
      if (c == '\n') {
        atBol_ = true;
        if (blankline || level_ > 0) break;
        // Like CPython's, the token leaves the "\n" out and covers a comment before it.
        --cur_;
        produce(token, TokenType::NEWLINE);
        ++cur_;
        return Step::Produced;
      }
      if (c == '\\') {
        if (!continuationLine()) return Step::Failed;
        continue;
      }
      bool identifierStart =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
      if (identifierStart) return identifier(c, token);
      if (c == '.') {
        c = nextChar();
        if (c >= '0' && c <= '9') return numberFraction(c, token);
        if (c == '.') {
          c = nextChar();
          if (c == '.') return produce(token, TokenType::OP);
          backup(c);
          backup('.');
        } else {
          backup(c);
        }
        return produce(token, TokenType::OP);
      }
      if (c >= '0' && c <= '9') return number(c, token);
      if (c == '\'' || c == '"') return string(c, token);
      size_t length = matchOperator(buf_, start_);
      if (length < 2 && buf_.compare(start_, 2, "<>") == 0) length = 2;
      if (length >= 2) {
        cur_ = start_ + length;
        return produce(token, TokenType::OP);
      }
      if (c == '(' || c == '[' || c == '{') {
        if (level_ >= kMaxLevel) return syntaxError("too many nested parentheses");
        parenStack_[level_] = static_cast<char>(c);
        parenLine_[level_] = lineno_;
        parenCol_[level_] = static_cast<int>(start_ - lineStart_);
        ++level_;
      } else if (c == ')' || c == ']' || c == '}') {
        if (closeBracket(c) == Step::Failed) return Step::Failed;
      } else if (c < 0x20 || c == 0x7F) {
        char message[64];
        std::snprintf(message, sizeof message, "invalid non-printable character U+%04X", c);
        return syntaxError(message);
      }
      return produce(token, TokenType::OP);
    }
  }
}

TokenizeResult tokenizeForParse(std::string_view source, const std::string& filename) {
  return ParseScanner(source, filename).run();
}

}  // namespace rw::syntax
