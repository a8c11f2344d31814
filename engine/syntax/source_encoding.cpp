#include "syntax/source_encoding.h"

#include <array>
#include <cctype>

#include "support/utf8.h"

namespace rw::syntax {
namespace {

bool isCookieNameChar(char ch) {
  return std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_' || ch == '.';
}

bool isIndentChar(char ch) {
  return ch == ' ' || ch == '\t' || ch == '\f';
}

std::string normalName(std::string_view name) {
  // Only the first 12 characters count, as in CPython.
  std::string lowered;
  for (size_t i = 0; i < name.size() && i < 12; ++i) {
    char ch = name[i];
    lowered += ch == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  auto startsWith = [&](std::string_view prefix) { return lowered.starts_with(prefix); };
  if (lowered == "utf-8" || startsWith("utf-8-")) return "utf-8";
  if (lowered == "latin-1" || lowered == "iso-8859-1" || lowered == "iso-latin-1" ||
      startsWith("latin-1-") || startsWith("iso-8859-1-") || startsWith("iso-latin-1-")) {
    return "iso-8859-1";
  }
  return std::string(name);
}

}  // namespace

std::optional<std::string> findCodingCookie(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && isIndentChar(line[i]))
    ++i;
  if (i == line.size() || line[i] != '#') return std::nullopt;
  for (size_t at = line.find("coding", i); at != std::string_view::npos;
       at = line.find("coding", at + 1)) {
    size_t p = at + 6;
    if (p >= line.size() || (line[p] != ':' && line[p] != '=')) continue;
    ++p;
    while (p < line.size() && (line[p] == ' ' || line[p] == '\t'))
      ++p;
    size_t nameStart = p;
    while (p < line.size() && isCookieNameChar(line[p]))
      ++p;
    if (p > nameStart) return normalName(line.substr(nameStart, p - nameStart));
  }
  return std::nullopt;
}

bool isBlankOrCommentLine(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && isIndentChar(line[i]))
    ++i;
  return i == line.size() || line[i] == '#' || line[i] == '\r' || line[i] == '\n';
}

SourceCodec codecForName(std::string_view name) {
  // Python looks codecs up by a normalized spelling: lower case, '-' and ' ' as '_'.
  std::string key;
  for (char ch : name) {
    key += (ch == '-' || ch == ' ')
               ? '_'
               : static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  static constexpr std::array<std::string_view, 6> kUtf8 = {"utf_8", "utf8",    "u8",
                                                            "utf",   "cp65001", "utf_8_sig"};
  static constexpr std::array<std::string_view, 9> kLatin1 = {
      "iso_8859_1", "latin_1", "latin1", "l1", "iso8859_1", "8859", "cp819", "latin", "iso_ir_100"};
  static constexpr std::array<std::string_view, 5> kAscii = {"ascii", "us_ascii", "646", "us",
                                                             "iso646_us"};
  for (auto alias : kUtf8) {
    if (key == alias) return SourceCodec::Utf8;
  }
  for (auto alias : kLatin1) {
    if (key == alias) return SourceCodec::Latin1;
  }
  for (auto alias : kAscii) {
    if (key == alias) return SourceCodec::Ascii;
  }
  return SourceCodec::Unknown;
}

std::string latin1ToUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (char ch : bytes)
    support::appendUtf8(static_cast<unsigned char>(ch), out);
  return out;
}

std::string_view firstLine(std::string_view text) {
  size_t newline = text.find('\n');
  return newline == std::string_view::npos ? text : text.substr(0, newline + 1);
}

}  // namespace rw::syntax
