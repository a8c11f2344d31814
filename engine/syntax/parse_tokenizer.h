// Parse mode: the tokens CPython 3.11's C tokenizer (Parser/tokenizer.c) gives its parser,
// and its errors with the message and position CPython reports for them.
#pragma once

#include <string>
#include <string_view>

#include "syntax/tokenizer.h"

namespace rw::syntax {

TokenizeResult tokenizeForParse(std::string_view source, const std::string& filename);

}  // namespace rw::syntax
