// NUMBER tokens -> constant values (int of any size, float, imaginary), like CPython's
// parsenumber.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "syntax/ast.h"

namespace rw::syntax {

// CPython's limit on the digits of a decimal int literal (sys.int_info.default_max_str_digits).
inline constexpr size_t kMaxDecimalIntDigits = 4300;

// Converts the text of a NUMBER token (already validated by the tokenizer). Returns nothing
// when a decimal int has more than kMaxDecimalIntDigits digits; `error` then holds CPython's
// ValueError message.
std::optional<ConstantValue> parseNumberLiteral(std::string_view text, std::string& error);

}  // namespace rw::syntax
