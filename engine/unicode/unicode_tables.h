// Layout of the generated Unicode tables (unicode_tables.cpp, written by
// tools/gen_unicode_tables.py). Only unicode_db.cpp reads them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace rw::unicode::tables {

// Bits of CharRecord::flags; each is what the CPython 3.11 str method of the same name
// answers for a one-character string (TITLE is category Lt, as str.istitle() uses it).
enum Flag : uint32_t {
  kXidStart = 1u << 0,
  kXidContinue = 1u << 1,
  kPrintable = 1u << 2,
  kSpace = 1u << 3,
  kAlpha = 1u << 4,
  kDecimal = 1u << 5,
  kDigit = 1u << 6,
  kNumeric = 1u << 7,
  kLower = 1u << 8,
  kUpper = 1u << 9,
  kTitle = 1u << 10,
  kCased = 1u << 11,
  kCaseIgnorable = 1u << 12,
  kLineBreak = 1u << 13,
  // Some case mapping yields more than one code point: see kSpecialCasings.
  kSpecialCasing = 1u << 14,
  // The code point has a compatibility or canonical decomposition: see kDecompositions.
  kDecomposes = 1u << 15,
};

// Everything known about a code point, shared by all code points with equal properties.
// Simple case mappings are stored as the difference to the code point, so that whole
// alphabets share one record.
struct CharRecord {
  uint16_t flags;
  uint8_t category;        // index into kCategoryNames
  uint8_t combiningClass;  // canonical combining class, for NFKC
  int8_t digit;            // digit value, -1 when none
  int32_t lowerDelta;
  int32_t upperDelta;
  int32_t titleDelta;
  int32_t foldDelta;
};

// Full case mappings of the code points flagged kSpecialCasing, sorted by code point.
// Each mapping is up to three code points, padded with zeros.
struct SpecialCasing {
  char32_t codePoint;
  char32_t lower[3];
  char32_t upper[3];
  char32_t title[3];
  char32_t fold[3];
};

// Primary composites: first + second -> composite, sorted by (first, second). Composition
// exclusions and Hangul syllables are not listed.
struct Composition {
  char32_t first;
  char32_t second;
  char32_t composite;
};

// A 16-bit value per code point 0..0x10FFFF (callers check the range) in three stages of
// shared blocks:
// leaf[(mid[(top[c >> (kLeafShift + kMidShift)] << kMidShift) + (c >> kLeafShift & midMask)]
//       << kLeafShift) + (c & leafMask)].
inline constexpr int kLeafShift = 4;
inline constexpr int kMidShift = 5;

struct ThreeStageTable {
  const uint16_t* top;
  const uint16_t* mid;
  const uint16_t* leaf;

  uint16_t operator[](char32_t c) const {
    constexpr char32_t leafMask = (1u << kLeafShift) - 1;
    constexpr char32_t midMask = (1u << kMidShift) - 1;
    const uint32_t midBlock = top[c >> (kLeafShift + kMidShift)];
    const uint32_t leafBlock = mid[(midBlock << kMidShift) + ((c >> kLeafShift) & midMask)];
    return leaf[(leafBlock << kLeafShift) + (c & leafMask)];
  }
};

// Index into kRecords per code point.
extern const ThreeStageTable kRecordTable;
extern const CharRecord kRecords[];
extern const std::string_view kCategoryNames[];

extern const SpecialCasing kSpecialCasings[];
extern const size_t kSpecialCasingCount;

// kDecompositionTable maps a code point to an offset into kDecompositionPool, or to 0 when
// it does not decompose. At the offset are the length and then the code points of its full
// compatibility decomposition (applied recursively). Hangul syllables are decomposed by
// arithmetic instead.
extern const ThreeStageTable kDecompositionTable;
extern const char32_t kDecompositionPool[];

extern const Composition kCompositions[];
extern const size_t kCompositionCount;

}  // namespace rw::unicode::tables
