// PEP 263 source encodings: the UTF-8 BOM and "coding" cookies, as CPython's tokenizer and
// Lib/tokenize.py detect them. Rewind decodes UTF-8 (the default), Latin-1 and ASCII.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rw::syntax {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// The encoding name of a coding cookie in `line` ("# -*- coding: latin-1 -*-"), normalized
// like CPython's get_normal_name ("utf-8", "iso-8859-1" or the name as written).
std::optional<std::string> findCodingCookie(std::string_view line);

// True when the line holds only whitespace and/or a comment, so a cookie may follow on the
// second line.
bool isBlankOrCommentLine(std::string_view line);

enum class SourceCodec { Utf8, Latin1, Ascii, Unknown };

// The codec Python's codec registry would find for a cookie's name.
SourceCodec codecForName(std::string_view name);

// Latin-1 bytes as UTF-8.
std::string latin1ToUtf8(std::string_view bytes);

// The first line of `text`, with its "\n" if it has one.
std::string_view firstLine(std::string_view text);

}  // namespace rw::syntax
