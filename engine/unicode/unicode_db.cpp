#include "unicode/unicode_db.h"

#include <algorithm>
#include <vector>

#include "support/utf8.h"
#include "unicode/unicode_tables.h"

namespace rw::unicode {

namespace {

using tables::CharRecord;

constexpr CodePoint kMaxCodePoint = 0x10FFFF;

// Code points beyond U+10FFFF cannot come from valid text; they get the properties of an
// unassigned character instead of reading past the tables.
constexpr CharRecord kOutOfRangeRecord = {0, 0, 0, -1, 0, 0, 0, 0};

const CharRecord& recordOf(CodePoint c) {
  if (c > kMaxCodePoint) return kOutOfRangeRecord;
  return tables::kRecords[tables::kRecordTable[c]];
}

bool hasFlag(CodePoint c, uint32_t flag) {
  return (recordOf(c).flags & flag) != 0;
}

const tables::SpecialCasing* specialCasingOf(CodePoint c) {
  const auto* begin = tables::kSpecialCasings;
  const auto* end = begin + tables::kSpecialCasingCount;
  const auto* it = std::lower_bound(
      begin, end, c, [](const tables::SpecialCasing& s, CodePoint cp) { return s.codePoint < cp; });
  return it != end && it->codePoint == c ? it : nullptr;
}

enum class CaseKind { kLower, kUpper, kTitle, kFold };

void appendCaseMapping(CodePoint c, CaseKind kind, std::string& out) {
  const CharRecord& record = recordOf(c);
  if (record.flags & tables::kSpecialCasing) {
    const tables::SpecialCasing* special = specialCasingOf(c);
    const char32_t* mapping = kind == CaseKind::kLower   ? special->lower
                              : kind == CaseKind::kUpper ? special->upper
                              : kind == CaseKind::kTitle ? special->title
                                                         : special->fold;
    for (int i = 0; i < 3 && mapping[i] != 0; ++i)
      support::appendUtf8(mapping[i], out);
    return;
  }
  const int32_t delta = kind == CaseKind::kLower   ? record.lowerDelta
                        : kind == CaseKind::kUpper ? record.upperDelta
                        : kind == CaseKind::kTitle ? record.titleDelta
                                                   : record.foldDelta;
  support::appendUtf8(static_cast<CodePoint>(static_cast<int32_t>(c) + delta), out);
}

// Hangul syllables decompose and compose by arithmetic (Unicode 14.0, section 3.12).
constexpr CodePoint kHangulSBase = 0xAC00;
constexpr CodePoint kHangulLBase = 0x1100;
constexpr CodePoint kHangulVBase = 0x1161;
constexpr CodePoint kHangulTBase = 0x11A7;
constexpr CodePoint kHangulLCount = 19;
constexpr CodePoint kHangulVCount = 21;
constexpr CodePoint kHangulTCount = 28;
constexpr CodePoint kHangulNCount = kHangulVCount * kHangulTCount;
constexpr CodePoint kHangulSCount = kHangulLCount * kHangulNCount;

int combiningClass(CodePoint c) {
  return recordOf(c).combiningClass;
}

void appendDecomposition(CodePoint c, std::vector<CodePoint>& out) {
  if (c >= kHangulSBase && c < kHangulSBase + kHangulSCount) {
    const CodePoint index = c - kHangulSBase;
    out.push_back(kHangulLBase + index / kHangulNCount);
    out.push_back(kHangulVBase + (index % kHangulNCount) / kHangulTCount);
    if (index % kHangulTCount != 0) out.push_back(kHangulTBase + index % kHangulTCount);
    return;
  }
  if (!hasFlag(c, tables::kDecomposes)) {
    out.push_back(c);
    return;
  }
  const uint16_t offset = tables::kDecompositionTable[c];
  const char32_t* pool = tables::kDecompositionPool + offset;
  out.insert(out.end(), pool + 1, pool + 1 + pool[0]);
}

// Sorts each run of non-starters by combining class, keeping the order of equal classes.
void reorderCanonically(std::vector<CodePoint>& text) {
  size_t i = 0;
  while (i < text.size()) {
    if (combiningClass(text[i]) == 0) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text.size() && combiningClass(text[end]) != 0)
      ++end;
    std::stable_sort(text.begin() + i, text.begin() + end, [](CodePoint a, CodePoint b) {
      return combiningClass(a) < combiningClass(b);
    });
    i = end;
  }
}

// The primary composite of a pair, or 0 when there is none.
CodePoint composePair(CodePoint first, CodePoint second) {
  if (first >= kHangulLBase && first < kHangulLBase + kHangulLCount && second >= kHangulVBase &&
      second < kHangulVBase + kHangulVCount) {
    return kHangulSBase +
           ((first - kHangulLBase) * kHangulVCount + (second - kHangulVBase)) * kHangulTCount;
  }
  if (first >= kHangulSBase && first < kHangulSBase + kHangulSCount &&
      (first - kHangulSBase) % kHangulTCount == 0 && second > kHangulTBase &&
      second < kHangulTBase + kHangulTCount) {
    return first + (second - kHangulTBase);
  }
  const auto* begin = tables::kCompositions;
  const auto* end = begin + tables::kCompositionCount;
  const auto* it =
      std::lower_bound(begin, end, std::pair{first, second},
                       [](const tables::Composition& c, std::pair<CodePoint, CodePoint> key) {
                         return std::pair{c.first, c.second} < key;
                       });
  return it != end && it->first == first && it->second == second ? it->composite : 0;
}

// Canonical composition (Unicode 14.0, D117): each character joins the last starter when
// nothing between them blocks it.
void composeCanonically(std::vector<CodePoint>& text) {
  size_t starter = 0;
  bool haveStarter = false;
  // Combining class of the last character kept after the starter; -1 when none was kept.
  int lastClass = -1;
  size_t kept = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const CodePoint c = text[i];
    const int cls = combiningClass(c);
    if (haveStarter && lastClass < cls) {
      const CodePoint composite = composePair(text[starter], c);
      if (composite != 0) {
        text[starter] = composite;
        continue;
      }
    }
    if (cls == 0) {
      starter = kept;
      haveStarter = true;
      lastClass = -1;
    } else {
      lastClass = cls;
    }
    text[kept++] = c;
  }
  text.resize(kept);
}

}  // namespace

std::string_view category(CodePoint c) {
  return tables::kCategoryNames[recordOf(c).category];
}

bool isXidStart(CodePoint c) {
  return hasFlag(c, tables::kXidStart);
}
bool isXidContinue(CodePoint c) {
  return hasFlag(c, tables::kXidContinue);
}
bool isPrintable(CodePoint c) {
  return hasFlag(c, tables::kPrintable);
}
bool isSpace(CodePoint c) {
  return hasFlag(c, tables::kSpace);
}
bool isAlpha(CodePoint c) {
  return hasFlag(c, tables::kAlpha);
}
bool isDecimal(CodePoint c) {
  return hasFlag(c, tables::kDecimal);
}
bool isDigit(CodePoint c) {
  return hasFlag(c, tables::kDigit);
}
bool isNumeric(CodePoint c) {
  return hasFlag(c, tables::kNumeric);
}
bool isAlnum(CodePoint c) {
  return hasFlag(c, tables::kAlpha | tables::kDecimal | tables::kDigit | tables::kNumeric);
}
bool isLower(CodePoint c) {
  return hasFlag(c, tables::kLower);
}
bool isUpper(CodePoint c) {
  return hasFlag(c, tables::kUpper);
}
bool isTitle(CodePoint c) {
  return hasFlag(c, tables::kTitle);
}
bool isCased(CodePoint c) {
  return hasFlag(c, tables::kCased);
}
bool isCaseIgnorable(CodePoint c) {
  return hasFlag(c, tables::kCaseIgnorable);
}
bool isLineBreak(CodePoint c) {
  return hasFlag(c, tables::kLineBreak);
}

int decimalValue(CodePoint c) {
  const CharRecord& record = recordOf(c);
  return (record.flags & tables::kDecimal) ? record.digit : -1;
}

int digitValue(CodePoint c) {
  return recordOf(c).digit;
}

void appendLower(CodePoint c, std::string& out) {
  appendCaseMapping(c, CaseKind::kLower, out);
}
void appendUpper(CodePoint c, std::string& out) {
  appendCaseMapping(c, CaseKind::kUpper, out);
}
void appendTitle(CodePoint c, std::string& out) {
  appendCaseMapping(c, CaseKind::kTitle, out);
}
void appendCasefold(CodePoint c, std::string& out) {
  appendCaseMapping(c, CaseKind::kFold, out);
}

std::string normalizeNfkc(std::string_view utf8) {
  if (std::all_of(utf8.begin(), utf8.end(), [](char ch) { return (ch & 0x80) == 0; })) {
    return std::string(utf8);  // ASCII is its own NFKC form
  }
  std::vector<CodePoint> text;
  text.reserve(utf8.size());
  for (size_t pos = 0; pos < utf8.size();)
    appendDecomposition(support::decodeUtf8(utf8, pos), text);
  reorderCanonically(text);
  composeCanonically(text);
  std::string out;
  out.reserve(utf8.size());
  for (CodePoint c : text)
    support::appendUtf8(c, out);
  return out;
}

}  // namespace rw::unicode
