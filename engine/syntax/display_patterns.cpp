#include "syntax/display_patterns.h"

#include <cctype>

#include "support/utf8.h"
#include "syntax/operators.h"
#include "unicode/unicode_db.h"

namespace rw::syntax {
namespace {

constexpr size_t npos = std::string_view::npos;

char at(std::string_view line, size_t i) {
  return i < line.size() ? line[i] : '\0';
}
bool isDigit(char ch) {
  return ch >= '0' && ch <= '9';
}
bool isQuote(char ch) {
  return ch == '\'' || ch == '"';
}

// [0-9](?:_?[0-9])* starting at a digit.
size_t scanDigits(std::string_view line, size_t i) {
  ++i;
  for (;;) {
    if (isDigit(at(line, i))) {
      ++i;
    } else if (at(line, i) == '_' && isDigit(at(line, i + 1))) {
      i += 2;
    } else {
      return i;
    }
  }
}

// [eE][-+]?[0-9](?:_?[0-9])* at i, or npos.
size_t scanExponent(std::string_view line, size_t i) {
  if (at(line, i) != 'e' && at(line, i) != 'E') return npos;
  ++i;
  if (at(line, i) == '+' || at(line, i) == '-') ++i;
  return isDigit(at(line, i)) ? scanDigits(line, i) : npos;
}

// (?:_?[allowed])+ after a base prefix, or npos.
template <typename Allowed>
size_t scanBaseDigits(std::string_view line, size_t i, Allowed allowed) {
  size_t begin = i;
  for (;;) {
    if (allowed(at(line, i))) {
      ++i;
    } else if (at(line, i) == '_' && allowed(at(line, i + 1))) {
      i += 2;
    } else {
      return i == begin ? npos : i;
    }
  }
}

// The Number pattern: group(Imagnumber, Floatnumber, Intnumber), tried in that order.
size_t matchNumber(std::string_view line, size_t s) {
  auto imaginary = [&](size_t end) {
    return (at(line, end) == 'j' || at(line, end) == 'J') ? end + 1 : end;
  };
  if (at(line, s) == '.') {
    if (!isDigit(at(line, s + 1))) return npos;
    size_t end = scanDigits(line, s + 1);
    size_t exponent = scanExponent(line, end);
    return imaginary(exponent == npos ? end : exponent);
  }
  if (!isDigit(at(line, s))) return npos;
  size_t digitsEnd = scanDigits(line, s);
  if (at(line, digitsEnd) == 'j' || at(line, digitsEnd) == 'J') return digitsEnd + 1;
  if (at(line, digitsEnd) == '.') {
    size_t end = digitsEnd + 1;
    if (isDigit(at(line, end))) end = scanDigits(line, end);
    size_t exponent = scanExponent(line, end);
    return imaginary(exponent == npos ? end : exponent);
  }
  if (size_t exponent = scanExponent(line, digitsEnd); exponent != npos) return imaginary(exponent);
  if (line[s] == '0') {
    char base = static_cast<char>(std::tolower(static_cast<unsigned char>(at(line, s + 1))));
    size_t end = npos;
    if (base == 'x') {
      end = scanBaseDigits(
          line, s + 2, [](char ch) { return std::isxdigit(static_cast<unsigned char>(ch)) != 0; });
    } else if (base == 'b') {
      end = scanBaseDigits(line, s + 2, [](char ch) { return ch == '0' || ch == '1'; });
    } else if (base == 'o') {
      end = scanBaseDigits(line, s + 2, [](char ch) { return ch >= '0' && ch <= '7'; });
    }
    if (end != npos) return end;
    // 0(?:_?0)*
    end = s + 1;
    for (;;) {
      if (at(line, end) == '0') {
        ++end;
      } else if (at(line, end) == '_' && at(line, end + 1) == '0') {
        end += 2;
      } else {
        return end;
      }
    }
  }
  return digitsEnd;
}

// Length of a valid string prefix (b, r, u, f, br, fr in any order and case) at s that is
// followed by a quote, or npos.
size_t stringPrefixLength(std::string_view line, size_t s) {
  auto lower = [&](size_t i) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(at(line, i))));
  };
  if (isQuote(at(line, s))) return 0;
  char first = lower(s);
  bool single = first == 'b' || first == 'r' || first == 'u' || first == 'f';
  if (single && isQuote(at(line, s + 1))) return 1;
  char second = lower(s + 1);
  bool pair = (first == 'b' && second == 'r') || (first == 'r' && second == 'b') ||
              (first == 'f' && second == 'r') || (first == 'r' && second == 'f');
  if (pair && isQuote(at(line, s + 2))) return 2;
  return npos;
}

bool isWordCharAt(std::string_view line, size_t i, size_t& next) {
  auto byte = static_cast<unsigned char>(line[i]);
  if (byte < 0x80) {
    next = i + 1;
    return std::isalnum(byte) || byte == '_';
  }
  next = i;
  char32_t c = support::decodeUtf8(line, next);
  return unicode::isAlnum(c);
}

// The first line of a single-quoted string from its opening quote: the closing quote, or a
// backslash + newline that continues it on the next line.
PseudoMatch matchSingleQuoted(std::string_view line, size_t start, size_t quotePos) {
  char quote = line[quotePos];
  size_t i = quotePos + 1;
  while (i < line.size()) {
    char ch = line[i];
    if (ch == quote) return {PseudoKind::String, start, i + 1};
    if (ch == '\n') break;
    if (ch == '\\') {
      if (at(line, i + 1) == '\n') return {PseudoKind::StringContinued, start, i + 2};
      if (at(line, i + 1) == '\r' && at(line, i + 2) == '\n') {
        return {PseudoKind::StringContinued, start, i + 3};
      }
      if (i + 1 >= line.size()) break;
      i += 2;
      continue;
    }
    ++i;
  }
  return {};
}

}  // namespace

PseudoMatch matchPseudoToken(std::string_view line, size_t pos) {
  size_t s = pos;
  while (s < line.size() && (line[s] == ' ' || line[s] == '\t' || line[s] == '\f'))
    ++s;
  if (s == line.size()) return {PseudoKind::EndOfLine, s, s};
  char ch = line[s];
  if (ch == '\\') {
    if (at(line, s + 1) == '\n') return {PseudoKind::Continuation, s, s + 2};
    if (at(line, s + 1) == '\r' && at(line, s + 2) == '\n') {
      return {PseudoKind::Continuation, s, s + 3};
    }
  }
  if (ch == '#') {
    size_t end = s;
    while (end < line.size() && line[end] != '\r' && line[end] != '\n')
      ++end;
    return {PseudoKind::Comment, s, end};
  }
  size_t prefix = stringPrefixLength(line, s);
  if (prefix != npos) {
    size_t q = s + prefix;
    if (at(line, q + 1) == line[q] && at(line, q + 2) == line[q]) {
      return {PseudoKind::TripleQuoteStart, s, q + 3};
    }
  }
  if (size_t end = matchNumber(line, s); end != npos) return {PseudoKind::Number, s, end};
  if (ch == '\n') return {PseudoKind::Newline, s, s + 1};
  if (ch == '\r' && at(line, s + 1) == '\n') return {PseudoKind::Newline, s, s + 2};
  if (size_t length = matchOperator(line, s)) return {PseudoKind::Operator, s, s + length};
  if (prefix != npos) {
    PseudoMatch string = matchSingleQuoted(line, s, s + prefix);
    if (string.kind != PseudoKind::Nothing) return string;
  }
  size_t end = s;
  size_t next;
  while (end < line.size() && isWordCharAt(line, end, next))
    end = next;
  if (end > s) return {PseudoKind::Name, s, end};
  return {};
}

size_t matchStringTail(std::string_view line, size_t pos, char quote, bool triple) {
  size_t i = pos;
  while (i < line.size()) {
    char ch = line[i];
    if (ch == '\\') {
      // A backslash escapes any character but "\n" (the pattern's '.').
      if (i + 1 >= line.size() || line[i + 1] == '\n') return npos;
      i += 2;
      continue;
    }
    if (ch == quote && (!triple || (at(line, i + 1) == quote && at(line, i + 2) == quote))) {
      return i + (triple ? 3 : 1);
    }
    ++i;
  }
  return npos;
}

char stringQuote(std::string_view token) {
  for (char ch : token) {
    if (isQuote(ch)) return ch;
  }
  return '"';
}

}  // namespace rw::syntax
