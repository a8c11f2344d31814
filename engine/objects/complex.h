// complex: a pair of IEEE doubles with CPython's arithmetic, hash, repr and parsing.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "runtime/type.h"

namespace rw {

struct Complex : Object {
  double real = 0.0;
  double imag = 0.0;
};

Value newComplex(Interp& I, double real, double imag);
// base ** exponent as complex_pow computes it (the small-integer-exponent path included),
// raising ZeroDivisionError or OverflowError like CPython. float ** fractional with a
// negative base ends here too.
Value complexPower(Interp& I, double baseReal, double baseImag, double expReal, double expImag);
// repr(complex(real, imag)): '(1+2j)', '2j', '(-0-1j)', 'infj', '(nan+nanj)'.
std::string complexRepr(double real, double imag);
// The text after CPython's complex_from_string_inner has run on an ASCII string whose
// underscores are already removed: the parts, or nothing for a malformed string.
struct ComplexParts {
  double real = 0.0;
  double imag = 0.0;
};
std::optional<ComplexParts> parseComplexText(std::string_view ascii);
// complex(str): the Unicode and underscore handling around parseComplexText, with
// CPython's ValueError messages.
ComplexParts complexPartsFromString(Interp& I, Value text);

}  // namespace rw
