// Layout of the generated character name tables (unicode_names_data.cpp, written by
// tools/gen_unicode_names.py). Only unicode_names.cpp reads them.
#pragma once

#include <cstddef>
#include <cstdint>

namespace rw::unicode::names {

// Words of all names, concatenated; word i is kWordText[kWordOffsets[i], kWordOffsets[i+1]).
extern const char kWordText[];
extern const uint32_t kWordOffsets[];
extern const size_t kWordCount;

// Entries in code point order (kNames) or in file order (kAliases): three bytes of code point
// (big-endian), a word count, then that many word numbers, each one byte below 128 or two
// bytes with the first one's high bit set. Words are joined with single spaces.
extern const unsigned char kNames[];
extern const size_t kNameCount;
extern const unsigned char kAliases[];
extern const size_t kAliasCount;

// Names Unicode derives from the code point: prefix followed by the code point in hex.
struct DerivedRange {
  const char* prefix;
  uint32_t first;
  uint32_t last;
};
extern const DerivedRange kDerivedRanges[];
extern const size_t kDerivedRangeCount;

}  // namespace rw::unicode::names
