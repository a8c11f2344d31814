// format(value, spec) with the format-specification mini-language (f-strings, format(),
// str.format) for int, bool, float, complex and str, falling back to __format__; and ascii().
#pragma once

#include <string_view>

#include "runtime/interp.h"

namespace rw {

// A new str: the value formatted by its type's __format__ rules.
Value format(Interp& I, Value v, std::string_view spec);
// str.__format__(spec) for a str (or str subclass) value.
Value formatStrValue(Interp& I, Value v, std::string_view spec);
// complex.__format__(spec) for a non-empty spec.
Value formatComplex(Interp& I, double real, double imag, std::string_view spec,
                    std::string_view typeName);
// ascii(v): repr with non-ASCII characters escaped.
Value asciiRepr(Interp& I, Value v);

}  // namespace rw
