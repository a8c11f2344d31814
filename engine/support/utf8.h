// UTF-8 encoding and decoding. Rewind's strings are UTF-8 in which lone surrogates
// (U+D800..U+DFFF, legal in Python str) are encoded as ordinary 3-byte sequences.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rw::support {

// Appends the encoding of code point c (0..0x10FFFF, surrogates allowed).
void appendUtf8(char32_t c, std::string& out);

// Decodes the code point starting at s[pos] and advances pos. The input must be valid
// (already checked or produced by us).
char32_t decodeUtf8(std::string_view s, size_t& pos);

// Number of code points in valid UTF-8 text.
size_t countCodePoints(std::string_view s);

// Checks strict UTF-8 as CPython's decoder does for source files and bytes.decode():
// returns nothing when valid, otherwise the byte offset of the first invalid byte and
// CPython's reason ("invalid start byte", "invalid continuation byte", "unexpected end of data").
struct Utf8Error {
  size_t offset;
  size_t end;  // offset of the end of the invalid sequence, as UnicodeDecodeError.end
  std::string reason;
};
std::optional<Utf8Error> validateUtf8(std::string_view s);

}  // namespace rw::support
