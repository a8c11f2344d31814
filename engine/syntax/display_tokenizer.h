// Display mode: the token stream of CPython 3.11's Lib/tokenize.py, quirks included, for
// `rewind tokens`.
#pragma once

#include <string>
#include <string_view>

#include "syntax/tokenizer.h"

namespace rw::syntax {

TokenizeResult tokenizeForDisplay(std::string_view source, const std::string& filename);

}  // namespace rw::syntax
