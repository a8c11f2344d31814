// Checks the Unicode database against what CPython 3.11 answers, for every code point.
// The golden files come from tools/gen_unicode_golden.py.
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "support/utf8.h"
#include "unicode/unicode_db.h"

namespace {

using rw::unicode::CodePoint;

constexpr CodePoint kCodePointCount = 0x110000;

std::vector<std::vector<std::string>> readGolden(const std::string& name) {
  const std::string path = std::string(REWIND_SOURCE_DIR) + "/tests/golden/unicode/" + name;
  std::ifstream in(path);
  EXPECT_TRUE(in) << "cannot open " << path;
  std::vector<std::vector<std::string>> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream words(line);
    std::vector<std::string> fields;
    for (std::string word; words >> word;)
      fields.push_back(word);
    lines.push_back(std::move(fields));
  }
  return lines;
}

CodePoint parseHex(const std::string& text) {
  return static_cast<CodePoint>(std::stoul(text, nullptr, 16));
}

// "41+30A" -> the UTF-8 text of U+0041 U+030A.
std::string parseSequence(const std::string& text) {
  std::string utf8;
  std::istringstream parts(text);
  for (std::string part; std::getline(parts, part, '+');) {
    rw::support::appendUtf8(parseHex(part), utf8);
  }
  return utf8;
}

// Expands "X" and "X-Y" ranges (fields from `first` on) into one flag per code point.
std::vector<bool> expandRanges(const std::vector<std::string>& fields, size_t first) {
  std::vector<bool> holds(kCodePointCount, false);
  for (size_t i = first; i < fields.size(); ++i) {
    const size_t dash = fields[i].find('-');
    const CodePoint start = parseHex(fields[i].substr(0, dash));
    const CodePoint last = dash == std::string::npos ? start : parseHex(fields[i].substr(dash + 1));
    for (CodePoint c = start; c <= last; ++c)
      holds[c] = true;
  }
  return holds;
}

std::string hexOf(CodePoint c) {
  std::ostringstream out;
  out << "U+" << std::hex << std::uppercase << static_cast<uint32_t>(c);
  return out.str();
}

// Compares a predicate with the golden flags for all code points; reports the first few
// differences.
void expectSameForAllCodePoints(const std::string& name, const std::vector<bool>& expected,
                                const std::function<bool(CodePoint)>& actual) {
  int mismatches = 0;
  for (CodePoint c = 0; c < kCodePointCount; ++c) {
    if (actual(c) != expected[c] && ++mismatches <= 5) {
      ADD_FAILURE() << name << " differs from CPython at " << hexOf(c) << ": CPython says "
                    << expected[c];
    }
  }
  EXPECT_EQ(mismatches, 0) << name;
}

TEST(UnicodeProperties, EveryCodePointMatchesCPython) {
  const std::map<std::string, std::function<bool(CodePoint)>> predicates = {
      {"xid_start", rw::unicode::isXidStart},   {"xid_continue", rw::unicode::isXidContinue},
      {"printable", rw::unicode::isPrintable},  {"space", rw::unicode::isSpace},
      {"alpha", rw::unicode::isAlpha},          {"decimal_char", rw::unicode::isDecimal},
      {"digit_char", rw::unicode::isDigit},     {"numeric", rw::unicode::isNumeric},
      {"alnum", rw::unicode::isAlnum},          {"lower", rw::unicode::isLower},
      {"upper", rw::unicode::isUpper},          {"title", rw::unicode::isTitle},
      {"cased", rw::unicode::isCased},          {"case_ignorable", rw::unicode::isCaseIgnorable},
      {"line_break", rw::unicode::isLineBreak},
  };
  size_t checked = 0;
  for (const auto& fields : readGolden("properties.txt")) {
    const auto it = predicates.find(fields[0]);
    if (it == predicates.end()) continue;
    expectSameForAllCodePoints(fields[0], expandRanges(fields, 1), it->second);
    ++checked;
  }
  EXPECT_EQ(checked, predicates.size());
}

TEST(UnicodeProperties, CategoryOfEveryCodePointMatchesCPython) {
  std::vector<std::string> expected(kCodePointCount);
  size_t categories = 0;
  for (const auto& fields : readGolden("properties.txt")) {
    if (fields[0] != "category") continue;
    const std::vector<bool> holds = expandRanges(fields, 2);
    for (CodePoint c = 0; c < kCodePointCount; ++c) {
      if (holds[c]) expected[c] = fields[1];
    }
    ++categories;
  }
  EXPECT_EQ(categories, 30u);
  int mismatches = 0;
  for (CodePoint c = 0; c < kCodePointCount; ++c) {
    if (rw::unicode::category(c) != expected[c] && ++mismatches <= 5) {
      ADD_FAILURE() << "category of " << hexOf(c) << " is " << rw::unicode::category(c)
                    << ", CPython says " << expected[c];
    }
  }
  EXPECT_EQ(mismatches, 0);
}

TEST(UnicodeProperties, DigitValuesMatchCPython) {
  std::vector<int> expectedDigit(kCodePointCount, -1);
  std::vector<int> expectedDecimal(kCodePointCount, -1);
  for (const auto& fields : readGolden("properties.txt")) {
    if (fields[0] != "digit" && fields[0] != "decimal") continue;
    auto& expected = fields[0] == "digit" ? expectedDigit : expectedDecimal;
    const std::vector<bool> holds = expandRanges(fields, 2);
    for (CodePoint c = 0; c < kCodePointCount; ++c) {
      if (holds[c]) expected[c] = std::stoi(fields[1]);
    }
  }
  EXPECT_EQ(expectedDecimal[0x0663], 3);  // the golden data really was read
  int mismatches = 0;
  for (CodePoint c = 0; c < kCodePointCount; ++c) {
    const bool same = rw::unicode::digitValue(c) == expectedDigit[c] &&
                      rw::unicode::decimalValue(c) == expectedDecimal[c];
    if (!same && ++mismatches <= 5) {
      ADD_FAILURE() << "digit/decimal of " << hexOf(c) << ": " << rw::unicode::digitValue(c) << "/"
                    << rw::unicode::decimalValue(c) << ", CPython says " << expectedDigit[c] << "/"
                    << expectedDecimal[c];
    }
  }
  EXPECT_EQ(mismatches, 0);
}

TEST(UnicodeProperties, KnownAnswers) {
  EXPECT_TRUE(rw::unicode::isXidStart('_'));
  EXPECT_FALSE(rw::unicode::isXidStart('1'));
  EXPECT_TRUE(rw::unicode::isXidContinue('1'));
  EXPECT_EQ(rw::unicode::category(U'A'), "Lu");
  EXPECT_EQ(rw::unicode::category(0xD800), "Cs");
  EXPECT_TRUE(rw::unicode::isSpace(0x1C));
  EXPECT_TRUE(rw::unicode::isLineBreak(0x2028));
  EXPECT_FALSE(rw::unicode::isPrintable(0xA0));
  EXPECT_TRUE(rw::unicode::isNumeric(0x4E94));  // 五, numeric through Unihan
  EXPECT_EQ(rw::unicode::digitValue(0xB2), 2);  // superscript two: a digit, not a decimal
  EXPECT_EQ(rw::unicode::decimalValue(0xB2), -1);
}

TEST(UnicodeProperties, ValuesBeyondTheLastCodePointAreUnassigned) {
  for (CodePoint c : {CodePoint{0x110000}, CodePoint{0x7FFFFFFF}, CodePoint{0xFFFFFFFF}}) {
    EXPECT_EQ(rw::unicode::category(c), "Cn");
    EXPECT_FALSE(rw::unicode::isPrintable(c));
    EXPECT_EQ(rw::unicode::digitValue(c), -1);
    std::string lower;
    rw::unicode::appendLower(c, lower);
    EXPECT_EQ(lower, "\xEF\xBF\xBD");  // not a code point: U+FFFD keeps the text valid
  }
}

TEST(UnicodeCaseMappings, EveryCodePointMatchesCPython) {
  std::map<CodePoint, std::vector<std::string>> expected;
  for (const auto& fields : readGolden("case_mappings.txt")) {
    ASSERT_EQ(fields.size(), 5u);
    expected[parseHex(fields[0])] = {parseSequence(fields[1]), parseSequence(fields[2]),
                                     parseSequence(fields[3]), parseSequence(fields[4])};
  }
  EXPECT_GT(expected.size(), 2800u);
  const char* names[] = {"lower", "upper", "title", "casefold"};
  const std::function<void(CodePoint, std::string&)> mappings[] = {
      rw::unicode::appendLower, rw::unicode::appendUpper, rw::unicode::appendTitle,
      rw::unicode::appendCasefold};
  int mismatches = 0;
  for (CodePoint c = 0; c < kCodePointCount; ++c) {
    std::string identity;
    rw::support::appendUtf8(c, identity);
    const auto it = expected.find(c);
    for (int kind = 0; kind < 4; ++kind) {
      std::string actual;
      mappings[kind](c, actual);
      const std::string& want = it == expected.end() ? identity : it->second[kind];
      if (actual != want && ++mismatches <= 5) {
        ADD_FAILURE() << names[kind] << " of " << hexOf(c) << " differs from CPython";
      }
    }
  }
  EXPECT_EQ(mismatches, 0);
}

TEST(UnicodeCaseMappings, SpecialCasingAndSigma) {
  std::string out;
  rw::unicode::appendUpper(0xDF, out);   // ß -> SS
  rw::unicode::appendLower(0x130, out);  // İ -> i + combining dot above
  rw::unicode::appendLower(0x3A3, out);  // Σ alone: the caller decides on final sigma
  EXPECT_EQ(out, "SSi\xCC\x87\xCF\x83");
  EXPECT_TRUE(rw::unicode::isCased(0x3A3));
  EXPECT_TRUE(rw::unicode::isCaseIgnorable('\''));
  EXPECT_TRUE(rw::unicode::isCaseIgnorable(0x301));
  EXPECT_FALSE(rw::unicode::isCaseIgnorable('a'));
}

TEST(UnicodeNfkc, MatchesCPython) {
  size_t checked = 0;
  int mismatches = 0;
  for (const auto& fields : readGolden("nfkc.txt")) {
    ASSERT_EQ(fields.size(), 2u);
    const std::string input = parseSequence(fields[0]);
    if (rw::unicode::normalizeNfkc(input) != parseSequence(fields[1]) && ++mismatches <= 5) {
      ADD_FAILURE() << "NFKC of " << fields[0] << " should be " << fields[1];
    }
    ++checked;
  }
  EXPECT_GT(checked, 6000u);
  EXPECT_EQ(mismatches, 0);
}

TEST(UnicodeNfkc, AsciiAndNormalizedTextAreUnchanged) {
  EXPECT_EQ(rw::unicode::normalizeNfkc("snake_case_42"), "snake_case_42");
  EXPECT_EQ(rw::unicode::normalizeNfkc(""), "");
  EXPECT_EQ(rw::unicode::normalizeNfkc("\xC3\xA9t\xC3\xA9"), "\xC3\xA9t\xC3\xA9");  // été
  EXPECT_EQ(rw::unicode::normalizeNfkc("\xEF\xAC\x81"), "fi");                      // ﬁ ligature
}

TEST(UnicodeNfkc, LongRunsOfMarksStayFast) {
  // A run of 200,000 combining marks must be sorted in n log n, not quadratically.
  std::string input = "a";
  for (int i = 0; i < 100000; ++i)
    input += "\xCC\x81\xCC\xA3";  // U+0301 U+0323
  const std::string normal = rw::unicode::normalizeNfkc(input);
  EXPECT_EQ(rw::support::countCodePoints(normal), 200000u);
}

}  // namespace
