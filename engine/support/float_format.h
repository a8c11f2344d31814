// Float <-> text exactly as CPython does it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rw::support {

// repr(float) == str(float): the shortest string that round-trips, in CPython's layout
// ('1e+16', '1e-05', '0.1', '1.0', 'inf', '-inf', 'nan', '-0.0').
std::string reprFloat(double value);

// printf-style formatting with correct rounding: type is one of 'e' 'E' 'f' 'F' 'g' 'G' and
// '%'; `alternate` is the '#' flag. Used by %-formatting, format() and f-strings.
std::string formatFloat(double value, char type, int precision, bool alternate = false);

// float(text): accepts what CPython's float() accepts (surrounding whitespace, sign,
// underscores between digits, 'inf', 'infinity', 'nan' in any case, non-ASCII decimal digits
// and whitespace). Returns nothing when the text is not a valid float literal.
std::optional<double> parseFloat(std::string_view utf8);

// What int() and float() parse: non-ASCII whitespace becomes ' ' and non-ASCII decimal
// digits their ASCII digit; nothing when any other non-ASCII character is present.
std::optional<std::string> numericTextToAscii(std::string_view utf8);

}  // namespace rw::support
