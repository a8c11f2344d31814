#include "unicode/unicode_names.h"

#include <algorithm>
#include <cstdio>
#include <unordered_map>
#include <vector>

#include "unicode/unicode_names_data.h"

namespace rw::unicode {
namespace {

using namespace names;

// Unicode's chapter 3.12 syntax for Hangul syllable names ("_" is an empty part).
constexpr CodePoint kHangulFirst = 0xAC00;
constexpr CodePoint kHangulLast = 0xD7A3;
constexpr const char* kJamoL[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                  "SS", "",  "J", "JJ", "C", "K", "T", "P", "H"};
constexpr const char* kJamoV[] = {"A",  "AE", "YA", "YAE", "EO", "E",  "YEO",
                                  "YE", "O",  "WA", "WAE", "OE", "YO", "U",
                                  "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
constexpr const char* kJamoT[] = {"",  "G",  "GG", "GS", "N",  "NJ", "NH", "D",  "L",  "LG",
                                  "LM", "LB", "LS", "LT", "LP", "LH", "M",  "B",  "BS", "S",
                                  "SS", "NG", "J",  "C",  "K",  "T",  "P",  "H"};
constexpr std::string_view kHangulPrefix = "HANGUL SYLLABLE ";

std::string hangulName(CodePoint c) {
  uint32_t index = c - kHangulFirst;
  std::string name(kHangulPrefix);
  name += kJamoL[index / 588];
  name += kJamoV[(index % 588) / 28];
  name += kJamoT[index % 28];
  return name;
}

// Decodes one entry of kNames/kAliases at `p`, advancing it.
CodePoint decodeEntry(const unsigned char*& p, std::string* name) {
  CodePoint c = (CodePoint(p[0]) << 16) | (CodePoint(p[1]) << 8) | p[2];
  int words = p[3];
  p += 4;
  for (int i = 0; i < words; ++i) {
    uint32_t word = *p++;
    if (word & 0x80) word = ((word & 0x7F) << 8) | *p++;
    if (name) {
      if (i > 0) *name += ' ';
      name->append(kWordText + kWordOffsets[word], kWordOffsets[word + 1] - kWordOffsets[word]);
    }
  }
  return c;
}

// Built on first use: most programs never ask for a name.
struct NameIndex {
  std::vector<CodePoint> codePoints;          // kNames order
  std::vector<const unsigned char*> entries;  // where each kNames entry starts
  std::unordered_map<std::string, CodePoint> byName;

  NameIndex() {
    codePoints.reserve(kNameCount);
    entries.reserve(kNameCount);
    byName.reserve(kNameCount + kAliasCount);
    const unsigned char* p = kNames;
    for (size_t i = 0; i < kNameCount; ++i) {
      entries.push_back(p);
      std::string name;
      CodePoint c = decodeEntry(p, &name);
      codePoints.push_back(c);
      byName.emplace(std::move(name), c);
    }
    p = kAliases;
    for (size_t i = 0; i < kAliasCount; ++i) {
      std::string name;
      CodePoint c = decodeEntry(p, &name);
      byName.emplace(std::move(name), c);
    }
  }
};

const NameIndex& nameIndex() {
  static const NameIndex index;
  return index;
}

std::optional<CodePoint> parseHex(std::string_view digits) {
  if (digits.empty() || digits.size() > 6) return std::nullopt;
  CodePoint value = 0;
  for (char d : digits) {
    int v = d >= '0' && d <= '9' ? d - '0' : d >= 'A' && d <= 'F' ? d - 'A' + 10 : -1;
    if (v < 0) return std::nullopt;
    value = value * 16 + CodePoint(v);
  }
  return value;
}

std::optional<CodePoint> lookupHangul(std::string_view rest) {
  // Longest match first for each part, as the parts are prefix-ambiguous ("G" vs "GG").
  auto matchPart = [&rest](const char* const* parts, size_t count) -> int {
    int best = -1;
    size_t bestLength = 0;
    for (size_t i = 0; i < count; ++i) {
      std::string_view part = parts[i];
      if (rest.substr(0, part.size()) == part && (best < 0 || part.size() > bestLength)) {
        best = int(i);
        bestLength = part.size();
      }
    }
    if (best >= 0) rest.remove_prefix(bestLength);
    return best;
  };
  int l = matchPart(kJamoL, std::size(kJamoL));
  int v = matchPart(kJamoV, std::size(kJamoV));
  int t = matchPart(kJamoT, std::size(kJamoT));
  if (l < 0 || v < 0 || t < 0 || !rest.empty()) return std::nullopt;
  return kHangulFirst + CodePoint(l * 588 + v * 28 + t);
}

}  // namespace

std::optional<std::string> characterName(CodePoint c) {
  if (c >= kHangulFirst && c <= kHangulLast) return hangulName(c);
  for (size_t i = 0; i < kDerivedRangeCount; ++i) {
    const DerivedRange& range = kDerivedRanges[i];
    if (c >= range.first && c <= range.last) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "%X", unsigned(c));
      return std::string(range.prefix) + hex;
    }
  }
  const NameIndex& index = nameIndex();
  auto it = std::lower_bound(index.codePoints.begin(), index.codePoints.end(), c);
  if (it == index.codePoints.end() || *it != c) return std::nullopt;
  std::string name;
  const unsigned char* p = index.entries[size_t(it - index.codePoints.begin())];
  decodeEntry(p, &name);
  return name;
}

std::optional<CodePoint> lookupName(std::string_view query) {
  // CPython spells Hangul syllables and CJK unified ideographs on the fly and, unlike names
  // from its table, matches them case-sensitively (a CJK ideograph takes 4 or 5 hex digits).
  if (query.substr(0, kHangulPrefix.size()) == kHangulPrefix)
    return lookupHangul(query.substr(kHangulPrefix.size()));
  constexpr std::string_view kCjkPrefix = "CJK UNIFIED IDEOGRAPH-";
  if (query.substr(0, kCjkPrefix.size()) == kCjkPrefix) {
    std::string_view digits = query.substr(kCjkPrefix.size());
    std::optional<CodePoint> c = parseHex(digits);
    if (!c || digits.size() < 4 || digits.size() > 5) return std::nullopt;
    std::optional<std::string> name = characterName(*c);
    if (!name || name->compare(0, kCjkPrefix.size(), kCjkPrefix) != 0) return std::nullopt;
    return c;
  }
  std::string name(query);
  for (char& ch : name) {
    if (ch >= 'a' && ch <= 'z') ch = char(ch - 'a' + 'A');
  }
  for (size_t i = 0; i < kDerivedRangeCount; ++i) {
    std::string_view prefix = kDerivedRanges[i].prefix;
    if (prefix == kCjkPrefix || std::string_view(name).substr(0, prefix.size()) != prefix)
      continue;
    std::optional<CodePoint> c = parseHex(std::string_view(name).substr(prefix.size()));
    if (c && characterName(*c) == name) return c;
    return std::nullopt;
  }
  const NameIndex& index = nameIndex();
  auto it = index.byName.find(name);
  if (it == index.byName.end()) return std::nullopt;
  return it->second;
}

}  // namespace rw::unicode
