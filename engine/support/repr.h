// The text of CPython's repr() for str and bytes, shared by the AST dump, the token dump,
// the disassembler and the runtime.
#pragma once

#include <string>
#include <string_view>

namespace rw::support {

// repr(str): quotes chosen like CPython (single unless the text has ' and no "), escapes
// \\, \t, \n, \r, non-printable characters as \xNN, \uNNNN or \UNNNNNNNN.
std::string reprString(std::string_view utf8);
void appendReprString(std::string_view utf8, std::string& out);

// repr(bytes): b'...' with printable ASCII kept and the rest as \xNN (\t \n \r named).
std::string reprBytes(std::string_view bytes);

}  // namespace rw::support
