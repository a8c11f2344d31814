#include "support/repr.h"

#include "support/utf8.h"
#include "unicode/unicode_db.h"

namespace rw::support {

namespace {

// CPython prefers single quotes and switches to double quotes only when that avoids
// escaping: the text has a single quote and no double quote.
char chooseQuote(std::string_view text) {
  const bool hasSingle = text.find('\'') != std::string_view::npos;
  const bool hasDouble = text.find('"') != std::string_view::npos;
  return hasSingle && !hasDouble ? '"' : '\'';
}

void appendHex(char32_t value, int digits, std::string& out) {
  static constexpr char kHexDigits[] = "0123456789abcdef";
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
    out.push_back(kHexDigits[(value >> shift) & 0xF]);
  }
}

// Escapes shared by str and bytes; returns false when c needs no escape of this kind.
bool appendCommonEscape(char32_t c, char quote, std::string& out) {
  switch (c) {
    case '\t':
      out += "\\t";
      return true;
    case '\n':
      out += "\\n";
      return true;
    case '\r':
      out += "\\r";
      return true;
    case '\\':
      out += "\\\\";
      return true;
    default:
      break;
  }
  if (c == static_cast<char32_t>(quote)) {
    out.push_back('\\');
    out.push_back(quote);
    return true;
  }
  if (c < 0x20 || c == 0x7F) {
    out += "\\x";
    appendHex(c, 2, out);
    return true;
  }
  return false;
}

}  // namespace

void appendReprString(std::string_view utf8, std::string& out) {
  const char quote = chooseQuote(utf8);
  out.push_back(quote);
  for (size_t pos = 0; pos < utf8.size();) {
    const char32_t c = decodeUtf8(utf8, pos);
    if (appendCommonEscape(c, quote, out)) continue;
    if (c < 0x7F || unicode::isPrintable(c)) {
      appendUtf8(c, out);
    } else if (c <= 0xFF) {
      out += "\\x";
      appendHex(c, 2, out);
    } else if (c <= 0xFFFF) {
      out += "\\u";
      appendHex(c, 4, out);
    } else {
      out += "\\U";
      appendHex(c, 8, out);
    }
  }
  out.push_back(quote);
}

std::string reprString(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size() + 2);
  appendReprString(utf8, out);
  return out;
}

std::string reprBytes(std::string_view bytes) {
  const char quote = chooseQuote(bytes);
  std::string out = "b";
  out.reserve(bytes.size() + 3);
  out.push_back(quote);
  for (char ch : bytes) {
    const auto byte = static_cast<unsigned char>(ch);
    if (appendCommonEscape(byte, quote, out)) continue;
    if (byte < 0x7F) {
      out.push_back(ch);
    } else {
      out += "\\x";
      appendHex(byte, 2, out);
    }
  }
  out.push_back(quote);
  return out;
}

}  // namespace rw::support
