#include "syntax/string_literals.h"

#include <cstdio>

#include "support/utf8.h"
#include "syntax/source_text.h"
#include "unicode/unicode_names.h"

namespace rw::syntax {
namespace {

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool isOctal(char c) {
  return c >= '0' && c <= '7';
}

// The text of a UnicodeDecodeError from the 'unicodeescape' codec.
std::string unicodeEscapeError(std::string_view input, size_t start, size_t end,
                               std::string_view reason) {
  std::string out = "(unicode error) 'unicodeescape' codec can't decode ";
  if (end - start == 1) {
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02x", static_cast<unsigned char>(input[start]));
    out += "byte " + std::string(byte) + " in position " + std::to_string(start);
  } else {
    out += "bytes in position " + std::to_string(start) + "-" + std::to_string(end - 1);
  }
  out += ": ";
  out += reason;
  return out;
}

// The source may hold invalid UTF-8 inside string literals; CPython reports it when it
// decodes the literal, with positions relative to the text decoded.
bool checkUtf8(std::string_view bytes, std::string& error) {
  if (auto problem = support::validateUtf8(bytes)) {
    error = "(unicode error) " + describeUtf8Error(bytes, *problem);
    return false;
  }
  return true;
}

// CPython feeds str literals to the 'unicodeescape' codec after rewriting every non-ASCII
// character as \UXXXXXXXX (and a backslash before one as \u005c); error positions refer to
// that rewritten text, so it is rebuilt here. Each run of non-ASCII bytes is decoded on its
// own, as CPython does.
std::optional<std::string> escapeNonAscii(std::string_view body, std::string& error) {
  std::string out;
  out.reserve(body.size() + 16);
  size_t i = 0;
  while (i < body.size()) {
    if (body[i] == '\\') {
      out += body[i++];
      if (i >= body.size() || (static_cast<unsigned char>(body[i]) & 0x80)) {
        out += "u005c";
        if (i >= body.size()) break;
      }
    }
    if (static_cast<unsigned char>(body[i]) & 0x80) {
      size_t runEnd = i;
      while (runEnd < body.size() && (static_cast<unsigned char>(body[runEnd]) & 0x80))
        ++runEnd;
      std::string_view run = body.substr(i, runEnd - i);
      if (!checkUtf8(run, error)) return std::nullopt;
      for (size_t k = 0; k < run.size();) {
        char32_t c = support::decodeUtf8(run, k);
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "\\U%08x", static_cast<unsigned>(c));
        out += buffer;
      }
      i = runEnd;
    } else {
      out += body[i++];
    }
  }
  return out;
}

// The 'unicodeescape' decoder on ASCII input.
std::optional<std::string> decodeUnicodeEscape(std::string_view s, std::string& error) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '\\') {
      out += s[i++];
      continue;
    }
    size_t start = i++;
    if (i >= s.size()) {
      error = unicodeEscapeError(s, start, i, "\\ at end of string");
      return std::nullopt;
    }
    char c = s[i++];
    switch (c) {
      case '\n':
        continue;
      case '\\':
        out += '\\';
        continue;
      case '\'':
        out += '\'';
        continue;
      case '"':
        out += '"';
        continue;
      case 'b':
        out += '\b';
        continue;
      case 'f':
        out += '\f';
        continue;
      case 't':
        out += '\t';
        continue;
      case 'n':
        out += '\n';
        continue;
      case 'r':
        out += '\r';
        continue;
      case 'v':
        out += '\v';
        continue;
      case 'a':
        out += '\a';
        continue;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        char32_t value = static_cast<char32_t>(c - '0');
        for (int k = 0; k < 2 && i < s.size() && isOctal(s[i]); ++k)
          value = value * 8 + static_cast<char32_t>(s[i++] - '0');
        support::appendUtf8(value, out);
        continue;
      }
      case 'x':
      case 'u':
      case 'U': {
        int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        const char* reason = c == 'x'   ? "truncated \\xXX escape"
                             : c == 'u' ? "truncated \\uXXXX escape"
                                        : "truncated \\UXXXXXXXX escape";
        uint32_t value = 0;
        for (; count > 0; --count, ++i) {
          int digit = i < s.size() ? hexValue(s[i]) : -1;
          if (digit < 0) {
            error = unicodeEscapeError(s, start, i, reason);
            return std::nullopt;
          }
          value = value * 16 + static_cast<uint32_t>(digit);
        }
        if (value > 0x10FFFF) {
          error = unicodeEscapeError(s, start, i, "illegal Unicode character");
          return std::nullopt;
        }
        support::appendUtf8(value, out);
        continue;
      }
      case 'N': {
        const char* reason = "malformed \\N character escape";
        if (i < s.size() && s[i] == '{') {
          size_t nameStart = ++i;
          while (i < s.size() && s[i] != '}')
            ++i;
          if (i < s.size() && i > nameStart) {
            std::optional<unicode::CodePoint> named =
                unicode::lookupName(s.substr(nameStart, i - nameStart));
            ++i;
            if (named) {
              support::appendUtf8(*named, out);
              continue;
            }
            reason = "unknown Unicode character name";
          }
        }
        error = unicodeEscapeError(s, start, i, reason);
        return std::nullopt;
      }
      default:
        out += '\\';
        out += c;
        continue;
    }
  }
  return out;
}

}  // namespace

StringLiteral splitStringLiteral(std::string_view token) {
  StringLiteral literal;
  size_t i = 0;
  while (i < token.size() && token[i] != '\'' && token[i] != '"') {
    switch (token[i]) {
      case 'b':
      case 'B':
        literal.bytes = true;
        break;
      case 'r':
      case 'R':
        literal.raw = true;
        break;
      case 'f':
      case 'F':
        literal.formatted = true;
        break;
      default:
        break;
    }
    ++i;
  }
  literal.uPrefix = !token.empty() && token[0] == 'u';
  char quote = i < token.size() ? token[i] : '"';
  size_t quoteLength = 1;
  if (token.size() - i >= 6 && token[i + 1] == quote && token[i + 2] == quote) quoteLength = 3;
  literal.bodyOffset = i + quoteLength;
  size_t bodyLength = token.size() >= literal.bodyOffset + quoteLength
                          ? token.size() - literal.bodyOffset - quoteLength
                          : 0;
  literal.body = token.substr(literal.bodyOffset, bodyLength);
  return literal;
}

std::string normalizeNewlines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::optional<std::string> decodeStringBody(std::string_view body, bool raw, std::string& error) {
  if (raw || body.find('\\') == std::string_view::npos) {
    if (!checkUtf8(body, error)) return std::nullopt;
    return std::string(body);
  }
  std::optional<std::string> escaped = escapeNonAscii(body, error);
  if (!escaped) return std::nullopt;
  return decodeUnicodeEscape(*escaped, error);
}

std::optional<std::string> decodeBytesBody(std::string_view body, bool raw, std::string& error) {
  if (raw || body.find('\\') == std::string_view::npos) return std::string(body);
  std::string out;
  out.reserve(body.size());
  size_t i = 0;
  while (i < body.size()) {
    if (body[i] != '\\') {
      out += body[i++];
      continue;
    }
    size_t backslash = i++;
    if (i >= body.size()) {
      error = "(value error) Trailing \\ in string";
      return std::nullopt;
    }
    char c = body[i++];
    switch (c) {
      case '\n':
        break;
      case '\\':
        out += '\\';
        break;
      case '\'':
        out += '\'';
        break;
      case '"':
        out += '"';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 't':
        out += '\t';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 'v':
        out += '\v';
        break;
      case 'a':
        out += '\a';
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        int value = c - '0';
        for (int k = 0; k < 2 && i < body.size() && isOctal(body[i]); ++k)
          value = value * 8 + (body[i++] - '0');
        out += static_cast<char>(value & 0xFF);
        break;
      }
      case 'x': {
        int high = i + 1 < body.size() ? hexValue(body[i]) : -1;
        int low = i + 1 < body.size() ? hexValue(body[i + 1]) : -1;
        if (high < 0 || low < 0) {
          error = "(value error) invalid \\x escape at position " + std::to_string(backslash);
          return std::nullopt;
        }
        out += static_cast<char>(high * 16 + low);
        i += 2;
        break;
      }
      default:
        out += '\\';
        --i;
        break;
    }
  }
  return out;
}

}  // namespace rw::syntax
