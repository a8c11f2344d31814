// UTF-8, repr() and float text against what CPython 3.11 produces. The golden files come
// from tools/gen_support_golden.py.
#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "support/float_format.h"
#include "support/repr.h"
#include "support/utf8.h"

namespace {

using rw::support::appendUtf8;

// The tab-separated fields of each line of a golden file, comments skipped.
std::vector<std::vector<std::string>> readGolden(const std::string& name) {
  const std::string path = std::string(REWIND_SOURCE_DIR) + "/tests/golden/support/" + name;
  std::ifstream in(path);
  EXPECT_TRUE(in) << "cannot open " << path;
  std::vector<std::vector<std::string>> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::istringstream parts(line);
    for (std::string field; std::getline(parts, field, '\t');)
      fields.push_back(field);
    lines.push_back(std::move(fields));
  }
  return lines;
}

// "c3a9" -> "\xc3\xa9"; "-" stands for the empty string.
std::string bytesFromHex(const std::string& hex) {
  std::string bytes;
  if (hex == "-") return bytes;
  for (size_t i = 0; i + 1 < hex.size(); i += 2) {
    bytes.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  }
  return bytes;
}

// "61+d800" -> the UTF-8 (surrogates allowed) of those code points.
std::string textFromCodePoints(const std::string& hex) {
  std::string utf8;
  if (hex == "-") return utf8;
  std::istringstream parts(hex);
  for (std::string part; std::getline(parts, part, '+');) {
    appendUtf8(static_cast<char32_t>(std::stoul(part, nullptr, 16)), utf8);
  }
  return utf8;
}

double doubleFromBits(const std::string& hex) {
  return std::bit_cast<double>(static_cast<uint64_t>(std::stoull(hex, nullptr, 16)));
}

uint64_t bitsOf(double value) {
  return std::bit_cast<uint64_t>(value);
}

TEST(SupportUtf8, EveryCodePointRoundTrips) {
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    std::string text;
    appendUtf8(c, text);
    size_t pos = 0;
    ASSERT_EQ(rw::support::decodeUtf8(text, pos), c);
    ASSERT_EQ(pos, text.size());
    ASSERT_EQ(rw::support::countCodePoints(text), 1u);
    // Strict validation accepts exactly the scalar values: surrogates are Rewind's own.
    const bool surrogate = c >= 0xD800 && c <= 0xDFFF;
    ASSERT_EQ(rw::support::validateUtf8(text).has_value(), surrogate)
        << std::hex << static_cast<uint32_t>(c);
  }
}

TEST(SupportUtf8, BrokenInputNeverReadsPastTheEnd) {
  const std::string broken = "a\xE2\x82";  // a truncated three-byte sequence
  size_t pos = 1;
  EXPECT_EQ(rw::support::decodeUtf8(broken, pos), 0xFFFDu);
  EXPECT_EQ(pos, 2u);
  pos = 3;
  EXPECT_EQ(rw::support::decodeUtf8(broken, pos), 0xFFFDu);
  EXPECT_EQ(pos, 3u);
  std::string out;
  appendUtf8(0x110000, out);
  EXPECT_EQ(out, "\xEF\xBF\xBD");
}

TEST(SupportUtf8, ValidationMatchesCPythonDecoder) {
  size_t checked = 0;
  for (const auto& fields : readGolden("utf8.txt")) {
    ASSERT_EQ(fields.size(), 2u);
    const std::string data = bytesFromHex(fields[0]);
    const auto error = rw::support::validateUtf8(data);
    std::string actual = "ok";
    if (error) {
      actual =
          std::to_string(error->offset) + " " + std::to_string(error->end) + " " + error->reason;
    }
    EXPECT_EQ(actual, fields[1]) << "bytes " << fields[0];
    ++checked;
  }
  EXPECT_GT(checked, 2000u);
}

TEST(SupportRepr, MatchesCPythonForStringsAndBytes) {
  size_t checked = 0;
  for (const auto& fields : readGolden("repr.txt")) {
    ASSERT_EQ(fields.size(), 3u);
    if (fields[0] == "s") {
      EXPECT_EQ(rw::support::reprString(textFromCodePoints(fields[1])), fields[2])
          << "str " << fields[1];
    } else {
      EXPECT_EQ(rw::support::reprBytes(bytesFromHex(fields[1])), fields[2])
          << "bytes " << fields[1];
    }
    ++checked;
  }
  EXPECT_GT(checked, 1500u);
}

TEST(SupportRepr, KnownAnswers) {
  EXPECT_EQ(rw::support::reprString("it's"), "\"it's\"");
  EXPECT_EQ(rw::support::reprString("'\""), "'\\'\"'");
  EXPECT_EQ(rw::support::reprString("\xC3\xA9\xE2\x80\x8B"), "'\xC3\xA9\\u200b'");
  EXPECT_EQ(rw::support::reprBytes(std::string_view("\x00\xFFz", 3)), "b'\\x00\\xffz'");
  std::string out = "x=";
  rw::support::appendReprString("\t", out);
  EXPECT_EQ(out, "x='\\t'");
}

TEST(SupportFloat, ReprMatchesCPython) {
  size_t checked = 0;
  for (const auto& fields : readGolden("float_repr.txt")) {
    ASSERT_EQ(fields.size(), 2u);
    EXPECT_EQ(rw::support::reprFloat(doubleFromBits(fields[0])), fields[1]) << "bits " << fields[0];
    ++checked;
  }
  EXPECT_GT(checked, 4000u);
}

TEST(SupportFloat, ReprRoundTripsThroughParse) {
  for (const auto& fields : readGolden("float_repr.txt")) {
    const double value = doubleFromBits(fields[0]);
    const auto parsed = rw::support::parseFloat(rw::support::reprFloat(value));
    ASSERT_TRUE(parsed.has_value()) << fields[1];
    if (std::isnan(value)) {
      EXPECT_TRUE(std::isnan(*parsed));
    } else {
      EXPECT_EQ(bitsOf(*parsed), bitsOf(value)) << fields[1];
    }
  }
}

TEST(SupportFloat, FormatMatchesCPython) {
  size_t checked = 0;
  for (const auto& fields : readGolden("float_format.txt")) {
    ASSERT_EQ(fields.size(), 5u);
    const double value = doubleFromBits(fields[0]);
    const char type = fields[1][0];
    const int precision = std::stoi(fields[2]);
    const bool alternate = fields[3] == "1";
    EXPECT_EQ(rw::support::formatFloat(value, type, precision, alternate), fields[4])
        << "bits " << fields[0] << " format " << (alternate ? "#" : "") << "." << precision << type;
    ++checked;
  }
  EXPECT_GT(checked, 2500u);
}

TEST(SupportFloat, FormatKnownAnswers) {
  EXPECT_EQ(rw::support::formatFloat(2.675, 'f', 2), "2.67");  // 2.675 is below the tie
  EXPECT_EQ(rw::support::formatFloat(0.125, 'f', 2), "0.12");  // an exact tie rounds to even
  EXPECT_EQ(rw::support::formatFloat(1e-5, 'g', 6), "1e-05");
  EXPECT_EQ(rw::support::formatFloat(1.0, 'g', 6, true), "1.00000");
  EXPECT_EQ(rw::support::formatFloat(0.5, '%', 1), "50.0%");
  EXPECT_EQ(rw::support::formatFloat(-INFINITY, 'F', 2), "-INF");
}

TEST(SupportFloat, FormatRejectsBadRequests) {
  EXPECT_THROW(rw::support::formatFloat(1.0, 'd', 2), std::invalid_argument);
  EXPECT_THROW(rw::support::formatFloat(1.0, 'f', -1), std::invalid_argument);
}

TEST(SupportFloat, ParseMatchesCPython) {
  size_t checked = 0;
  for (const auto& fields : readGolden("float_parse.txt")) {
    ASSERT_EQ(fields.size(), 2u);
    const auto parsed = rw::support::parseFloat(bytesFromHex(fields[0]));
    if (fields[1] == "invalid") {
      EXPECT_FALSE(parsed.has_value()) << "text " << fields[0];
    } else {
      ASSERT_TRUE(parsed.has_value()) << "text " << fields[0];
      EXPECT_EQ(bitsOf(*parsed), bitsOf(doubleFromBits(fields[1]))) << "text " << fields[0];
    }
    ++checked;
  }
  EXPECT_GT(checked, 900u);
}

TEST(SupportFloat, ParseKnownAnswers) {
  EXPECT_EQ(rw::support::parseFloat(" 1_000.5 "), 1000.5);
  EXPECT_EQ(rw::support::parseFloat("\xD9\xA1\xD9\xA2"), 12.0);  // Arabic-Indic "12"
  EXPECT_EQ(rw::support::parseFloat("-Infinity"), -INFINITY);
  EXPECT_EQ(rw::support::parseFloat("1e500"), INFINITY);
  EXPECT_FALSE(rw::support::parseFloat("1__0").has_value());
  EXPECT_FALSE(rw::support::parseFloat("0x10").has_value());
  EXPECT_FALSE(rw::support::parseFloat("").has_value());
}

}  // namespace
