// The text codecs behind str.encode, bytes.decode, str(b, encoding) and bytes(s, encoding):
// UTF-8, ASCII and Latin-1 under their CPython names and aliases, with the error handlers
// strict, ignore, replace, backslashreplace, xmlcharrefreplace, surrogateescape and
// surrogatepass, and CPython's UnicodeEncodeError/UnicodeDecodeError messages.
#pragma once

#include <string>
#include <string_view>

#include "runtime/interp.h"

namespace rw {

// The bytes of the str `text` in `encoding`.
std::string encodeText(Interp& I, Value text, std::string_view encoding, std::string_view errors);
// A new str decoded from `data`.
Value decodeBytes(Interp& I, Value bytesObject, std::string_view data, std::string_view encoding,
                  std::string_view errors);

}  // namespace rw
