// Unicode character names (Unicode 14.0.0, as CPython 3.11's unicodedata knows them), for
// "\N{...}" escapes and the unicodedata module.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "unicode/unicode_db.h"

namespace rw::unicode {

// The character's name, or nothing for unnamed code points (controls, unassigned, ...).
std::optional<std::string> characterName(CodePoint c);

// The character a name or formal alias denotes, ASCII case ignored like CPython's lookup.
std::optional<CodePoint> lookupName(std::string_view name);

}  // namespace rw::unicode
