// The operator and delimiter spellings of Python 3.11 (token.EXACT_TOKEN_TYPES).
#pragma once

#include <cstddef>
#include <string_view>

namespace rw::syntax {

// Length (1 to 3) of the longest operator spelled at text[pos], or 0 when none is.
size_t matchOperator(std::string_view text, size_t pos);

}  // namespace rw::syntax
