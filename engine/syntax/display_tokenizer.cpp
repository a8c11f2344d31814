#include "syntax/display_tokenizer.h"

#include <cstdio>
#include <optional>
#include <vector>

#include "support/repr.h"
#include "support/utf8.h"
#include "syntax/display_patterns.h"
#include "syntax/source_encoding.h"
#include "syntax/source_text.h"
#include "unicode/unicode_db.h"

namespace rw::syntax {
namespace {

constexpr size_t npos = std::string_view::npos;
constexpr int kTabSize = 8;

bool endsWith(std::string_view text, std::string_view suffix) {
  return text.ends_with(suffix);
}

// Thrown inside the tokenizer to stop at the first error; turned into TokenizeResult::error.
struct DisplayError {
  SyntaxErrorInfo info;
};

class DisplayTokenizer {
 public:
  DisplayTokenizer(std::string_view source, const std::string& filename)
      : source_(source), filename_(filename) {}

  TokenizeResult run() {
    try {
      tokenizeLines(detectEncoding());
    } catch (DisplayError& error) {
      result_.error = std::move(error.info);
    }
    return std::move(result_);
  }

 private:
  [[noreturn]] void fail(std::string kind, std::string message, int line, int col) {
    SyntaxErrorInfo info;
    info.kind = std::move(kind);
    info.message = std::move(message);
    info.filename = filename_;
    info.line = line;
    info.col = col;
    throw DisplayError{std::move(info)};
  }

  // tokenize.detect_encoding: the BOM, then a cookie on the first or second line.
  std::string detectEncoding() {
    bool bom = source_.starts_with(kUtf8Bom);
    std::string_view rest = bom ? source_.substr(kUtf8Bom.size()) : source_;
    std::string encoding = bom ? "utf-8-sig" : "utf-8";
    std::string_view first = firstLine(rest);
    if (!first.empty()) {
      if (auto cookie = findCookie(first, bom)) {
        encoding = *cookie;
      } else if (isBlankOrCommentLine(first)) {
        std::string_view second = firstLine(rest.substr(first.size()));
        if (!second.empty()) {
          if (auto cookie = findCookie(second, bom)) encoding = *cookie;
        }
      }
    }
    codec_ = codecForName(encoding);
    offsetBase_ = bom ? static_cast<uint32_t>(kUtf8Bom.size()) : 0;
    if (codec_ == SourceCodec::Latin1) {
      transcoded_ = latin1ToUtf8(rest);
      text_ = transcoded_;
    } else {
      text_ = rest;
    }
    return encoding == "utf-8-sig" ? "utf-8" : encoding;
  }

  std::optional<std::string> findCookie(std::string_view line, bool bom) {
    std::string quotedName = support::reprString(filename_);
    if (support::validateUtf8(line)) {
      fail("SyntaxError", "invalid or missing encoding declaration for " + quotedName, 0, 0);
    }
    auto cookie = findCodingCookie(line);
    if (!cookie) return std::nullopt;
    if (codecForName(*cookie) == SourceCodec::Unknown) {
      fail("SyntaxError", "unknown encoding for " + quotedName + ": " + *cookie, 0, 0);
    }
    if (bom) {
      if (*cookie != "utf-8") {
        fail("SyntaxError", "encoding problem for " + quotedName + ": utf-8", 0, 0);
      }
      return *cookie + "-sig";
    }
    return cookie;
  }

  // Reads the next physical line (with its "\n"); empty at the end of the input.
  void readLine() {
    lineStart_ = nextLineStart_;
    line_ = firstLine(text_.substr(lineStart_));
    nextLineStart_ = lineStart_ + line_.size();
    ++lnum_;
    columns_.reset(line_);
    checkDecodable();
  }

  void checkDecodable() {
    if (codec_ == SourceCodec::Ascii) {
      for (size_t i = 0; i < line_.size(); ++i) {
        auto byte = static_cast<unsigned char>(line_[i]);
        if (byte >= 0x80) {
          char message[128];
          std::snprintf(message, sizeof message,
                        "'ascii' codec can't decode byte 0x%02x in position %zu: ordinal not in "
                        "range(128)",
                        byte, i);
          fail("UnicodeDecodeError", message, lnum_, 0);
        }
      }
    } else if (codec_ == SourceCodec::Utf8) {
      if (auto error = support::validateUtf8(line_)) {
        fail("UnicodeDecodeError", describeUtf8Error(line_, *error), lnum_, 0);
      }
    }
  }

  Pos posInLine(size_t byte) {
    Pos pos;
    pos.line = lnum_;
    pos.col = columns_.columnAt(byte);
    pos.byteCol = static_cast<int>(byte);
    pos.offset = offsetBase_ + static_cast<uint32_t>(lineStart_ + byte);
    return pos;
  }

  void emit(TokenType type, std::string_view text, Pos start, Pos end) {
    result_.tokens.push_back(Token{type, std::string(text), start, end});
  }

  void emitInLine(TokenType type, size_t startByte, size_t endByte) {
    Pos start = posInLine(startByte);
    emit(type, line_.substr(startByte, endByte - startByte), start, posInLine(endByte));
  }

  // The end of the string continued from an earlier line, if it ends on this one.
  // Returns false when the rest of the line is consumed by the string.
  bool continueString(size_t& pos) {
    if (line_.empty())
      fail("TokenError", "EOF in multi-line string", strStart_.line, strStart_.col);
    size_t end = matchStringTail(line_, 0, strQuote_, strTriple_);
    std::string_view sofar = text_.substr(strStartOffset_, lineStart_ - strStartOffset_);
    if (end != npos) {
      emit(TokenType::STRING, text_.substr(strStartOffset_, sofar.size() + end), strStart_,
           posInLine(end));
      inString_ = false;
      pos = end;
      return true;
    }
    if (strNeedsContinuation_ && !endsWith(line_, "\\\n") && !endsWith(line_, "\\\r\n")) {
      emit(TokenType::ERRORTOKEN, text_.substr(strStartOffset_, sofar.size() + line_.size()),
           strStart_, posInLine(line_.size()));
      inString_ = false;
    }
    return false;
  }

  // Indentation, comment-only and blank lines at the start of a statement. Returns false
  // when the line is done with (or the input ends).
  bool startStatement(size_t& pos, bool& stop) {
    if (line_.empty()) {
      stop = true;
      return false;
    }
    int column = 0;
    while (pos < line_.size()) {
      char ch = line_[pos];
      if (ch == ' ') {
        ++column;
      } else if (ch == '\t') {
        column = (column / kTabSize + 1) * kTabSize;
      } else if (ch == '\f') {
        column = 0;
      } else {
        break;
      }
      ++pos;
    }
    if (pos == line_.size()) {
      stop = true;
      return false;
    }
    char ch = line_[pos];
    if (ch == '#' || ch == '\r' || ch == '\n') {
      if (ch == '#') {
        size_t end = line_.size();
        while (end > pos && (line_[end - 1] == '\r' || line_[end - 1] == '\n'))
          --end;
        emitInLine(TokenType::COMMENT, pos, end);
        pos = end;
      }
      emitInLine(TokenType::NL, pos, line_.size());
      return false;
    }
    if (column > indents_.back()) {
      indents_.push_back(column);
      emitInLine(TokenType::INDENT, 0, pos);
    }
    while (column < indents_.back()) {
      bool known = false;
      for (int indent : indents_)
        known = known || indent == column;
      if (!known) {
        fail("IndentationError", "unindent does not match any outer indentation level", lnum_,
             columns_.columnAt(pos));
      }
      indents_.pop_back();
      emitInLine(TokenType::DEDENT, pos, pos);
    }
    return true;
  }

  void tokenizeRest(size_t pos) {
    while (pos < line_.size()) {
      PseudoMatch match = matchPseudoToken(line_, pos);
      if (match.kind == PseudoKind::Nothing) {
        size_t next = pos;
        support::decodeUtf8(line_, next);
        emitInLine(TokenType::ERRORTOKEN, pos, next);
        pos = next;
        continue;
      }
      pos = match.end;
      switch (match.kind) {
        case PseudoKind::EndOfLine:
        case PseudoKind::Nothing:
          break;
        case PseudoKind::Number:
          emitInLine(TokenType::NUMBER, match.start, match.end);
          break;
        case PseudoKind::Newline:
          emitInLine(parenLevel_ > 0 ? TokenType::NL : TokenType::NEWLINE, match.start, match.end);
          break;
        case PseudoKind::Comment:
          emitInLine(TokenType::COMMENT, match.start, match.end);
          break;
        case PseudoKind::TripleQuoteStart: {
          char quote = line_[match.end - 1];
          size_t end = matchStringTail(line_, match.end, quote, true);
          if (end != npos) {
            emitInLine(TokenType::STRING, match.start, end);
            pos = end;
          } else {
            beginString(match.start, quote, true, false);
            return;
          }
          break;
        }
        case PseudoKind::String:
          emitInLine(TokenType::STRING, match.start, match.end);
          break;
        case PseudoKind::StringContinued:
          beginString(match.start, stringQuote(line_.substr(match.start)), false, true);
          return;
        case PseudoKind::Name:
          emitInLine(startsIdentifier(match.start) ? TokenType::NAME : TokenType::OP, match.start,
                     match.end);
          break;
        case PseudoKind::Continuation:
          continued_ = true;
          break;
        case PseudoKind::Operator: {
          char ch = line_[match.start];
          if (ch == '(' || ch == '[' || ch == '{') ++parenLevel_;
          if (ch == ')' || ch == ']' || ch == '}') --parenLevel_;
          emitInLine(TokenType::OP, match.start, match.end);
          break;
        }
      }
    }
  }

  bool startsIdentifier(size_t byte) {
    size_t next = byte;
    char32_t c = support::decodeUtf8(line_, next);
    return c == U'_' || unicode::isXidStart(c);
  }

  void beginString(size_t startByte, char quote, bool triple, bool needsContinuation) {
    inString_ = true;
    strStart_ = posInLine(startByte);
    strStartOffset_ = lineStart_ + startByte;
    strQuote_ = quote;
    strTriple_ = triple;
    strNeedsContinuation_ = needsContinuation;
  }

  // Lib/tokenize.py's _tokenize loop, one physical line at a time.
  void tokenizeLines(const std::string& encoding) {
    result_.tokens.reserve(text_.size() / 3 + 16);
    emit(TokenType::ENCODING, encoding, Pos{0, 0, 0, 0}, Pos{0, 0, 0, 0});
    std::string_view lastLine;
    for (;;) {
      lastLine = line_;
      readLine();
      size_t pos = 0;
      if (inString_) {
        if (!continueString(pos)) continue;
      } else if (parenLevel_ == 0 && !continued_) {
        bool stop = false;
        if (!startStatement(pos, stop)) {
          if (stop) break;
          continue;
        }
      } else {
        if (line_.empty()) fail("TokenError", "EOF in multi-line statement", lnum_, 0);
        continued_ = false;
      }
      tokenizeRest(pos);
    }
    finish(lastLine);
  }

  bool isCommentLine(std::string_view line) {
    size_t i = 0;
    while (i < line.size()) {
      size_t next = i;
      char32_t c = support::decodeUtf8(line, next);
      if (!unicode::isSpace(c)) break;
      i = next;
    }
    return i < line.size() && line[i] == '#';
  }

  void finish(std::string_view lastLine) {
    if (!lastLine.empty() && lastLine.back() != '\r' && lastLine.back() != '\n' &&
        !isCommentLine(lastLine)) {
      int length = countColumnsLenient(lastLine);
      auto lastStart = static_cast<uint32_t>(lastLine.data() - text_.data());
      Pos start{lnum_ - 1, length, static_cast<int>(lastLine.size()),
                offsetBase_ + lastStart + static_cast<uint32_t>(lastLine.size())};
      Pos end = start;
      ++end.col;
      ++end.byteCol;
      emit(TokenType::NEWLINE, "", start, end);
    }
    Pos eof{lnum_, 0, 0, offsetBase_ + static_cast<uint32_t>(lineStart_)};
    for (size_t i = 1; i < indents_.size(); ++i)
      emit(TokenType::DEDENT, "", eof, eof);
    emit(TokenType::ENDMARKER, "", eof, eof);
  }

  std::string_view source_;
  std::string filename_;
  TokenizeResult result_;

  SourceCodec codec_ = SourceCodec::Utf8;
  std::string transcoded_;
  std::string_view text_;
  uint32_t offsetBase_ = 0;

  std::string_view line_;
  size_t lineStart_ = 0;
  size_t nextLineStart_ = 0;
  int lnum_ = 0;
  ColumnCounter columns_;

  int parenLevel_ = 0;
  bool continued_ = false;
  std::vector<int> indents_{0};

  bool inString_ = false;
  Pos strStart_;
  size_t strStartOffset_ = 0;
  char strQuote_ = '"';
  bool strTriple_ = false;
  bool strNeedsContinuation_ = false;
};

}  // namespace

TokenizeResult tokenizeForDisplay(std::string_view source, const std::string& filename) {
  return DisplayTokenizer(source, filename).run();
}

}  // namespace rw::syntax
