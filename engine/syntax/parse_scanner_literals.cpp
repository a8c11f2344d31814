// Names, numbers and strings of the Parse-mode scanner.
#include <cctype>
#include <cstdio>

#include "support/utf8.h"
#include "syntax/parse_scanner.h"
#include "unicode/unicode_db.h"

namespace rw::syntax {
namespace {

bool isDigit(int c) {
  return c >= '0' && c <= '9';
}
bool isHexDigit(int c) {
  return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool isPotentialIdentifierChar(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_' || c >= 128;
}

}  // namespace

// ---- Names ---------------------------------------------------------------------------------

ParseScanner::Step ParseScanner::identifier(int c, Token& token) {
  // String prefixes: b, r, u, f and the combinations CPython accepts.
  bool sawB = false, sawR = false, sawU = false, sawF = false;
  for (;;) {
    if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
      sawB = true;
    } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
      sawU = true;
    } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
      sawR = true;
    } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
      sawF = true;
    } else {
      break;
    }
    c = nextChar();
    if (c == '"' || c == '\'') return string(c, token);
  }
  bool nonAscii = false;
  while (isPotentialIdentifierChar(c)) {
    nonAscii = nonAscii || c >= 128;
    c = nextChar();
  }
  backup(c);
  if (nonAscii && !verifyIdentifier()) return Step::Failed;
  return produce(token, TokenType::NAME);
}

// PEP 3131 for a name with non-ASCII characters; also where undecodable bytes are found.
bool ParseScanner::verifyIdentifier() {
  std::string_view name = std::string_view(buf_).substr(start_, cur_ - start_);
  if (auto error = support::validateUtf8(name)) {
    errorAtCursor("SyntaxError", "(unicode error) " + describeUtf8Error(name, *error),
                  TokenizeErrorTiming::Immediate);
    return false;
  }
  size_t pos = 0;
  size_t index = 0;
  char32_t bad = 0;
  size_t badEnd = 0;
  bool invalid = false;
  while (pos < name.size()) {
    char32_t ch = support::decodeUtf8(name, pos);
    bool ok = index == 0 ? (ch == U'_' || unicode::isXidStart(ch)) : unicode::isXidContinue(ch);
    if (!ok) {
      invalid = true;
      bad = ch;
      badEnd = pos;
      break;
    }
    ++index;
  }
  if (!invalid) return true;
  // The error points just past the offending character.
  if (badEnd < name.size()) cur_ = start_ + badEnd;
  char message[64];
  if (unicode::isPrintable(bad)) {
    std::string glyph;
    support::appendUtf8(bad, glyph);
    std::snprintf(message, sizeof message, "invalid character '%s' (U+%04X)", glyph.c_str(),
                  static_cast<unsigned>(bad));
  } else {
    std::snprintf(message, sizeof message, "invalid non-printable character U+%04X",
                  static_cast<unsigned>(bad));
  }
  syntaxError(message);
  return false;
}

// ---- Numbers -------------------------------------------------------------------------------

// After the first digit: more digits, with single underscores between them.
bool ParseScanner::decimalTail(int& c) {
  for (;;) {
    do {
      c = nextChar();
    } while (isDigit(c));
    if (c != '_') return true;
    c = nextChar();
    if (!isDigit(c)) {
      backup(c);
      syntaxError("invalid decimal literal");
      return false;
    }
  }
}

// Checks that `rest` follows the cursor, then a character that cannot continue a name.
bool ParseScanner::lookahead(std::string_view rest) {
  size_t matched = 0;
  for (;;) {
    int c = nextChar();
    bool result = false;
    if (matched == rest.size()) {
      result = !isPotentialIdentifierChar(c);
    } else if (c == static_cast<unsigned char>(rest[matched])) {
      ++matched;
      continue;
    }
    backup(c);
    while (matched > 0)
      backup(rest[--matched]);
    return result;
  }
}

// A number may be followed directly by a keyword that can follow it ("1if x else y"; CPython
// only warns), not by other name characters.
bool ParseScanner::verifyEndOfNumber(int c, const char* kind) {
  bool keyword = false;
  if (c == 'a') {
    keyword = lookahead("nd");
  } else if (c == 'e') {
    keyword = lookahead("lse");
  } else if (c == 'f') {
    keyword = lookahead("or");
  } else if (c == 'i') {
    int next = nextChar();
    keyword = next == 'f' || next == 'n' || next == 's';
    backup(next);
  } else if (c == 'o') {
    keyword = lookahead("r");
  } else if (c == 'n') {
    keyword = lookahead("ot");
  }
  // Non-ASCII characters are left for the parser to reject.
  if (!keyword && c < 128 && isPotentialIdentifierChar(c)) {
    backup(c);
    char message[64];
    std::snprintf(message, sizeof message, "invalid %s literal", kind);
    syntaxError(message);
    return false;
  }
  return true;
}

ParseScanner::Step ParseScanner::number(int c, Token& token) {
  if (c == '0') return numberZero(token);
  if (!decimalTail(c)) return Step::Failed;
  if (c == '.') return numberFraction(nextChar(), token);
  return numberExponent(c, token);
}

// `c` is the character after the decimal point.
ParseScanner::Step ParseScanner::numberFraction(int c, Token& token) {
  if (isDigit(c) && !decimalTail(c)) return Step::Failed;
  return numberExponent(c, token);
}

ParseScanner::Step ParseScanner::numberExponent(int c, Token& token) {
  if (c == 'e' || c == 'E') {
    int e = c;
    c = nextChar();
    if (c == '+' || c == '-') {
      c = nextChar();
      if (!isDigit(c)) {
        backup(c);
        return syntaxError("invalid decimal literal");
      }
    } else if (!isDigit(c)) {
      // "1else": the number ends before the 'e'.
      backup(c);
      if (!verifyEndOfNumber(e, "decimal")) return Step::Failed;
      backup(e);
      return produce(token, TokenType::NUMBER);
    }
    if (!decimalTail(c)) return Step::Failed;
  }
  return numberImaginary(c, token);
}

ParseScanner::Step ParseScanner::numberImaginary(int c, Token& token) {
  if (c == 'j' || c == 'J') {
    c = nextChar();
    if (!verifyEndOfNumber(c, "imaginary")) return Step::Failed;
  } else if (!verifyEndOfNumber(c, "decimal")) {
    return Step::Failed;
  }
  backup(c);
  return produce(token, TokenType::NUMBER);
}

// After a leading '0': a based literal, zeros, or a float; "0777" is an error.
ParseScanner::Step ParseScanner::numberZero(Token& token) {
  int c = nextChar();
  if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B') {
    return numberWithBase(c, token);
  }
  bool nonZero = false;
  for (;;) {
    if (c == '_') {
      c = nextChar();
      if (!isDigit(c)) {
        backup(c);
        return syntaxError("invalid decimal literal");
      }
    }
    if (c != '0') break;
    c = nextChar();
  }
  size_t zerosEnd = cur_;
  if (isDigit(c)) {
    nonZero = true;
    if (!decimalTail(c)) return Step::Failed;
  }
  if (c == '.') return numberFraction(nextChar(), token);
  if (c == 'e' || c == 'E') return numberExponent(c, token);
  if (c == 'j' || c == 'J') return numberImaginary(c, token);
  if (nonZero) {
    backup(c);
    // CPython gives this range in bytes.
    return syntaxErrorRange(
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
        "integers",
        static_cast<int>(start_ + 1 - lineStart_), static_cast<int>(zerosEnd - lineStart_));
  }
  if (!verifyEndOfNumber(c, "decimal")) return Step::Failed;
  backup(c);
  return produce(token, TokenType::NUMBER);
}

ParseScanner::Step ParseScanner::numberWithBase(int c, Token& token) {
  char base = static_cast<char>(std::tolower(c));
  const char* kind = base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary";
  auto isBaseDigit = [base](int d) {
    return base == 'x'   ? isHexDigit(d)
           : base == 'o' ? (d >= '0' && d <= '7')
                         : (d == '0' || d == '1');
  };
  char message[64];
  c = nextChar();
  do {
    if (c == '_') c = nextChar();
    if (!isBaseDigit(c)) {
      if (base != 'x' && isDigit(c)) {
        std::snprintf(message, sizeof message, "invalid digit '%c' in %s literal", c, kind);
        return syntaxError(message);
      }
      backup(c);
      std::snprintf(message, sizeof message, "invalid %s literal", kind);
      return syntaxError(message);
    }
    do {
      c = nextChar();
    } while (isBaseDigit(c));
  } while (c == '_');
  if (base != 'x' && isDigit(c)) {
    std::snprintf(message, sizeof message, "invalid digit '%c' in %s literal", c, kind);
    return syntaxError(message);
  }
  if (!verifyEndOfNumber(c, kind)) return Step::Failed;
  backup(c);
  return produce(token, TokenType::NUMBER);
}

// ---- Strings -------------------------------------------------------------------------------

ParseScanner::Step ParseScanner::string(int quote, Token& token) {
  int quoteSize = 1;
  int endQuoteSize = 0;
  firstLineno_ = lineno_;
  multiLineStart_ = lineStart_;
  int c = nextChar();
  if (c == quote) {
    c = nextChar();
    if (c == quote) {
      quoteSize = 3;
    } else {
      endQuoteSize = 1;  // the empty string
    }
  }
  if (c != quote) backup(c);
  while (endQuoteSize != quoteSize) {
    c = nextChar();
    if (c == kEof || (quoteSize == 1 && c == '\n')) {
      // Reported at the string's first character, naming the line where the text ran out.
      int detectedAt = lineno_;
      cur_ = start_ + 1;
      lineStart_ = multiLineStart_;
      lineno_ = firstLineno_;
      char message[96];
      std::snprintf(message, sizeof message, "unterminated %sstring literal (detected at line %d)",
                    quoteSize == 3 ? "triple-quoted " : "", detectedAt);
      return syntaxError(message);
    }
    if (c == quote) {
      ++endQuoteSize;
    } else {
      endQuoteSize = 0;
      if (c == '\\') nextChar();
    }
  }
  return produce(token, TokenType::STRING, true);
}

}  // namespace rw::syntax
