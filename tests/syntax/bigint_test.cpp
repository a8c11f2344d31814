// BigInt against CPython 3.11: golden cases from tools/make_bigint_goldens.py (see its
// docstring for the line format), plus the behaviour that golden lines cannot show.
#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <functional>
#include <limits>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "support/bigint.h"

namespace {

using rw::support::BigInt;
using rw::support::BigIntError;
using Fields = std::vector<std::string>;

struct GoldenLine {
  int number;
  Fields fields;
};

std::vector<GoldenLine> readGolden(const std::string& name) {
  const std::string path = std::string(REWIND_SOURCE_DIR) + "/tests/golden/bigint/" + name;
  std::ifstream in(path);
  EXPECT_TRUE(in) << "cannot open " << path;
  std::vector<GoldenLine> lines;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    Fields fields;
    std::istringstream parts(line);
    for (std::string field; std::getline(parts, field, '\t');)
      fields.push_back(field);
    lines.push_back({number, std::move(fields)});
  }
  EXPECT_FALSE(lines.empty()) << path;
  return lines;
}

uint64_t fnv1a(const std::string& text) {
  uint64_t hash = 0xCBF29CE484222325ull;
  for (const char c : text)
    hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
  return hash;
}

std::string hex64(uint64_t value) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(value));
  return buffer;
}

// The splitmix64 operands the generator writes as "@seed:words".
BigInt splitmixInt(uint64_t seed, size_t words) {
  std::string bytes;
  for (size_t i = 0; i < words; ++i) {
    seed += 0x9E3779B97F4A7C15ull;
    uint64_t z = seed;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    for (int b = 0; b < 8; ++b)
      bytes.push_back(static_cast<char>(z >> (8 * b)));
  }
  return BigInt::fromBytes({reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()}, false,
                           false);
}

BigInt intArg(const std::string& text) {
  const bool negative = !text.empty() && text[0] == '-';
  const std::string body = negative ? text.substr(1) : text;
  if (!body.empty() && body[0] == '@') {
    const size_t colon = body.find(':');
    BigInt value =
        splitmixInt(std::stoull(body.substr(1, colon - 1)), std::stoull(body.substr(colon + 1)));
    return negative ? -value : value;
  }
  const auto value = BigInt::parse(text, 16);
  EXPECT_TRUE(value.has_value()) << "bad int argument " << text;
  return value.value_or(BigInt());
}

std::string bytesFromHex(const std::string& hex) {
  std::string bytes;
  if (hex == "-") return bytes;
  for (size_t i = 0; i + 1 < hex.size(); i += 2) {
    bytes.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  }
  return bytes;
}

std::string hexFromBytes(const std::string& bytes) {
  if (bytes.empty()) return "-";
  std::string hex;
  char buffer[3];
  for (const char c : bytes) {
    std::snprintf(buffer, sizeof buffer, "%02x", static_cast<unsigned char>(c));
    hex += buffer;
  }
  return hex;
}

std::span<const uint8_t> byteSpan(const std::string& bytes) {
  return {reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()};
}

// A result as the generator writes it: hex, or "#digest:length" when long.
std::string result(const BigInt& value) {
  const std::string hex = value.toString(16);
  if (hex.size() <= 96) return hex;
  return "#" + hex64(fnv1a(hex)) + ":" + std::to_string(hex.size());
}

std::string floatBits(double value) {
  return hex64(std::bit_cast<uint64_t>(value));
}

double floatFromBits(const std::string& hex) {
  return std::bit_cast<double>(static_cast<uint64_t>(std::stoull(hex, nullptr, 16)));
}

std::string errorText(const BigIntError& error) {
  static const std::map<BigIntError::Kind, std::string> names = {
      {BigIntError::Kind::ZeroDivision, "ZeroDivisionError"},
      {BigIntError::Kind::Overflow, "OverflowError"},
      {BigIntError::Kind::Value, "ValueError"},
      {BigIntError::Kind::Memory, "MemoryError"}};
  return "!" + names.at(error.kind()) + ":" + error.what();
}

// divmod(a, b), checking that floorDiv and floorMod agree with it.
Fields divmodFields(const BigInt& a, const BigInt& b) {
  auto [quotient, remainder] = rw::support::divmod(a, b);
  EXPECT_EQ(rw::support::floorDiv(a, b), quotient);
  EXPECT_EQ(rw::support::floorMod(a, b), remainder);
  EXPECT_EQ(quotient * b + remainder, a);
  return {result(quotient), result(remainder)};
}

std::string parsed(const std::string& text, int base, size_t maxStrDigits = 0) {
  const auto value = BigInt::parse(text, base, maxStrDigits);
  return value ? result(*value) : "!invalid";
}

// An operation's argument count (after its name) and how to compute its result fields.
struct Operation {
  size_t arguments;
  std::function<Fields(const Fields&)> run;
};

const std::map<std::string, Operation>& operations() {
  static const std::map<std::string, Operation> table = {
      {"pair",
       {2,
        [](const Fields& f) {
          const BigInt a = intArg(f[1]);
          const BigInt b = intArg(f[2]);
          Fields out = {result(a + b), result(a - b), std::to_string(BigInt::compare(a, b)),
                        result(a * b)};
          for (auto& field : divmodFields(a, b))
            out.push_back(field);
          out.push_back(floatBits(rw::support::trueDiv(a, b)));
          return out;
        }}},
      {"mul", {2, [](const Fields& f) { return Fields{result(intArg(f[1]) * intArg(f[2]))}; }}},
      {"divmod", {2, [](const Fields& f) { return divmodFields(intArg(f[1]), intArg(f[2])); }}},
      {"truediv",
       {2,
        [](const Fields& f) {
          return Fields{floatBits(rw::support::trueDiv(intArg(f[1]), intArg(f[2])))};
        }}},
      {"bits",
       {3,
        [](const Fields& f) {
          const BigInt a = intArg(f[1]);
          const BigInt b = intArg(f[2]);
          const uint64_t n = std::stoull(f[3]);
          return Fields{result(a & b),
                        result(a | b),
                        result(a ^ b),
                        result(~a),
                        result(a << n),
                        result(a >> n),
                        std::to_string(a.bitLength()),
                        std::to_string(a.bitCount())};
        }}},
      {"lshift",
       {2, [](const Fields& f) { return Fields{result(intArg(f[1]) << std::stoull(f[2]))}; }}},
      {"rshift",
       {2, [](const Fields& f) { return Fields{result(intArg(f[1]) >> std::stoull(f[2]))}; }}},
      {"pow",
       {2,
        [](const Fields& f) {
          return Fields{result(rw::support::pow(intArg(f[1]), intArg(f[2])))};
        }}},
      {"powmod",
       {3,
        [](const Fields& f) {
          return Fields{result(rw::support::powMod(intArg(f[1]), intArg(f[2]), intArg(f[3])))};
        }}},
      {"gcd",
       {2,
        [](const Fields& f) {
          return Fields{result(rw::support::gcd(intArg(f[1]), intArg(f[2])))};
        }}},
      {"isqrt",
       {1, [](const Fields& f) { return Fields{result(rw::support::isqrt(intArg(f[1])))}; }}},
      {"hash", {1, [](const Fields& f) { return Fields{std::to_string(intArg(f[1]).hash())}; }}},
      {"to_int64",
       {1,
        [](const Fields& f) {
          const auto value = intArg(f[1]).tryInt64();
          EXPECT_EQ(value.has_value(), intArg(f[1]).fitsInt64());
          return Fields{value ? std::to_string(*value) : "none"};
        }}},
      {"to_float", {1, [](const Fields& f) { return Fields{floatBits(intArg(f[1]).toDouble())}; }}},
      {"frexp",
       {1,
        [](const Fields& f) {
          int64_t exponent = 0;
          const double mantissa = intArg(f[1]).frexp(exponent);
          return Fields{floatBits(mantissa), std::to_string(exponent)};
        }}},
      {"cmp_float",
       {2,
        [](const Fields& f) {
          const auto order = rw::support::compareWithDouble(intArg(f[1]), floatFromBits(f[2]));
          if (order == std::partial_ordering::unordered) return Fields{"unordered"};
          return Fields{order < 0 ? "-1" : order > 0 ? "1" : "0"};
        }}},
      {"from_float",
       {1,
        [](const Fields& f) { return Fields{result(BigInt::fromDouble(floatFromBits(f[1])))}; }}},
      {"to_bytes",
       {4,
        [](const Fields& f) {
          return Fields{
              hexFromBytes(intArg(f[1]).toBytes(std::stoull(f[2]), f[3] == "big", f[4] == "1"))};
        }}},
      {"from_bytes",
       {3,
        [](const Fields& f) {
          const std::string bytes = bytesFromHex(f[1]);
          return Fields{result(BigInt::fromBytes(byteSpan(bytes), f[2] == "big", f[3] == "1"))};
        }}},
      {"tostr",
       {2, [](const Fields& f) { return Fields{intArg(f[2]).toString(std::stoi(f[1]))}; }}},
      {"parse",
       {2, [](const Fields& f) { return Fields{parsed(bytesFromHex(f[2]), std::stoi(f[1]))}; }}},
      {"tostr_limit",
       {6,
        [](const Fields& f) {
          const BigInt value =
              BigInt(std::stoll(f[3])) *
              (rw::support::pow(BigInt(std::stoll(f[4])), BigInt(std::stoll(f[5]))) +
               BigInt(std::stoll(f[6])));
          const std::string text = value.toString(std::stoi(f[2]), std::stoull(f[1]));
          return Fields{hex64(fnv1a(text)), std::to_string(text.size())};
        }}},
      {"parse_limit",
       {6,
        [](const Fields& f) {
          const std::string text = bytesFromHex(f[3]) + [&] {
            std::string run;
            for (size_t i = 0, n = std::stoull(f[5]); i < n; ++i)
              run += f[4];
            return run;
          }() + bytesFromHex(f[6]);
          return Fields{parsed(text, std::stoi(f[2]), std::stoull(f[1]))};
        }}},
  };
  return table;
}

std::string joined(const Fields& fields, size_t from) {
  std::string text;
  for (size_t i = from; i < fields.size(); ++i)
    text += (i > from ? " " : "") + fields[i];
  return text;
}

void checkGolden(const std::string& name) {
  int failures = 0;
  for (const auto& [number, fields] : readGolden(name)) {
    const auto operation = operations().find(fields[0]);
    ASSERT_NE(operation, operations().end()) << name << ":" << number << " unknown op";
    const size_t resultsFrom = 1 + operation->second.arguments;
    ASSERT_LT(resultsFrom, fields.size()) << name << ":" << number << " has no result";
    Fields actual;
    try {
      actual = operation->second.run(fields);
    } catch (const BigIntError& error) {
      actual = {errorText(error)};
    }
    const Fields expected(fields.begin() + static_cast<std::ptrdiff_t>(resultsFrom), fields.end());
    if (actual != expected) {
      ADD_FAILURE() << name << ":" << number << " " << joined(fields, 0) << "\n  got "
                    << joined(actual, 0);
      if (++failures >= 20) return;
    }
  }
}

TEST(BigIntGolden, Arithmetic) {
  checkGolden("arith.txt");
}

TEST(BigIntGolden, Bitwise) {
  checkGolden("bitwise.txt");
}

TEST(BigIntGolden, NumberTheoryHashAndFloats) {
  checkGolden("number.txt");
}

TEST(BigIntGolden, Bytes) {
  checkGolden("bytes.txt");
}

TEST(BigIntGolden, Text) {
  checkGolden("text.txt");
}

TEST(BigIntGolden, MaxStrDigits) {
  checkGolden("limits.txt");
}

// ~100,000-digit operands: Karatsuba and unbalanced multiplication, long division, the
// divide-and-conquer decimal conversion both ways, Lehmer's gcd and isqrt at scale.
TEST(BigIntGolden, HugeOperands) {
  auto operand = [](const std::string& spec) {
    std::istringstream parts(spec);
    uint64_t seed = 0;
    size_t words = 0;
    parts >> seed >> words;
    return splitmixInt(seed, words);
  };
  auto digest = [](const std::string& text) {
    return Fields{hex64(fnv1a(text)), std::to_string(text.size())};
  };
  for (const auto& [number, fields] : readGolden("huge.txt")) {
    const std::string& op = fields[0];
    Fields actual;
    size_t resultsFrom = 0;
    if (op == "mul") {
      // The same operand twice squares (one object on both sides takes the squaring path).
      const BigInt x = operand(fields[1]);
      actual = digest((fields[1] == fields[2] ? x * x : x * operand(fields[2])).toString(16));
      resultsFrom = 3;
    } else if (op == "divmod") {
      auto [quotient, remainder] = rw::support::divmod(operand(fields[1]), operand(fields[2]));
      actual = digest(quotient.toString(16));
      for (auto& field : digest(remainder.toString(16)))
        actual.push_back(field);
      resultsFrom = 3;
    } else if (op == "str" || op == "str_negated") {
      const BigInt value = op == "str" ? operand(fields[1]) : -operand(fields[1]);
      const std::string text = value.toString(10);
      actual = digest(text);
      EXPECT_EQ(BigInt::parse(text, 10), value) << "decimal round trip, line " << number;
      resultsFrom = 2;
    } else if (op == "gcd_common") {
      const BigInt common = operand(fields[3]);
      actual = digest(
          rw::support::gcd(operand(fields[1]) * common, operand(fields[2]) * common).toString(16));
      resultsFrom = 4;
    } else if (op == "isqrt") {
      actual = digest(rw::support::isqrt(operand(fields[1])).toString(16));
      resultsFrom = 2;
    } else {
      FAIL() << "huge.txt:" << number << " unknown op " << op;
    }
    const Fields expected(fields.begin() + static_cast<std::ptrdiff_t>(resultsFrom), fields.end());
    EXPECT_EQ(actual, expected) << "huge.txt:" << number << " " << op;
  }
}

template <typename Operation>
std::string raised(Operation operation) {
  try {
    operation();
  } catch (const BigIntError& error) {
    return errorText(error);
  }
  return "no error";
}

TEST(BigInt, DivisionByZeroMessagesDependOnTheOperation) {
  const BigInt a(7);
  const BigInt zero;
  EXPECT_EQ(raised([&] { rw::support::floorDiv(a, zero); }),
            "!ZeroDivisionError:integer division or modulo by zero");
  EXPECT_EQ(raised([&] { rw::support::divmod(a, zero); }),
            "!ZeroDivisionError:integer division or modulo by zero");
  EXPECT_EQ(raised([&] { rw::support::floorMod(a, zero); }),
            "!ZeroDivisionError:integer modulo by zero");
  EXPECT_EQ(raised([&] { rw::support::trueDiv(a, zero); }), "!ZeroDivisionError:division by zero");
}

TEST(BigInt, HugeResultsRaiseMemoryErrorInsteadOfExhaustingTheMachine) {
  EXPECT_EQ(raised([] { BigInt(1) << (uint64_t{1} << 40); }), "!MemoryError:");
  EXPECT_EQ(raised([] { BigInt(1) << UINT64_MAX; }), "!MemoryError:");
  EXPECT_EQ(raised([] { rw::support::pow(BigInt(3), BigInt(int64_t{1} << 40)); }), "!MemoryError:");
  EXPECT_EQ(raised([] { rw::support::pow(BigInt(2), BigInt(1) << 100); }), "!MemoryError:");
  EXPECT_EQ(raised([] { BigInt(5).toBytes(SIZE_MAX, true, false); }), "!MemoryError:");
  EXPECT_EQ(BigInt() << UINT64_MAX, BigInt());
  EXPECT_EQ(BigInt(-5) >> UINT64_MAX, BigInt(-1));
  EXPECT_EQ(BigInt(5) >> UINT64_MAX, BigInt());
}

TEST(BigInt, CallerErrorsAreRejected) {
  EXPECT_THROW(rw::support::pow(BigInt(2), BigInt(-1)), std::invalid_argument);
  EXPECT_THROW(BigInt(5).toString(1), std::invalid_argument);
  EXPECT_THROW(BigInt(5).toString(37), std::invalid_argument);
}

TEST(BigInt, FloatsThatAreNotNumbersRaise) {
  EXPECT_EQ(raised([] { BigInt::fromDouble(std::numeric_limits<double>::infinity()); }),
            "!OverflowError:cannot convert float infinity to integer");
  EXPECT_EQ(raised([] { BigInt::fromDouble(-std::numeric_limits<double>::infinity()); }),
            "!OverflowError:cannot convert float infinity to integer");
  EXPECT_EQ(raised([] { BigInt::fromDouble(std::nan("")); }),
            "!ValueError:cannot convert float NaN to integer");
}

TEST(BigInt, LimitMessagesMatchCPython) {
  EXPECT_EQ(rw::support::intToStrLimitMessage(4300),
            "Exceeds the limit (4300 digits) for integer string conversion; use "
            "sys.set_int_max_str_digits() to increase the limit");
  EXPECT_EQ(rw::support::strToIntLimitMessage(4300, 5000),
            "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 "
            "digits; use sys.set_int_max_str_digits() to increase the limit");
  // Every base that is not a power of two is limited, not just base 10.
  const BigInt threes = rw::support::pow(BigInt(3), BigInt(700));
  EXPECT_EQ(threes.toString(3, 701).size(), 701u);
  EXPECT_EQ(raised([&] { threes.toString(3, 700); }),
            "!ValueError:" + rw::support::intToStrLimitMessage(700));
  EXPECT_EQ(threes.toString(9, 699).size(), 351u);
  EXPECT_EQ(threes.toString(32, 1).size(), 222u);
  // Values far beyond the limit are refused before any conversion work.
  const BigInt huge = BigInt(1) << 100'000'000;
  EXPECT_EQ(raised([&] { huge.toString(10, rw::support::kDefaultMaxStrDigits); }),
            "!ValueError:" + rw::support::intToStrLimitMessage(4300));
}

TEST(BigInt, CopiesAndMovesKeepValuesAcrossInlineAndHeapStorage) {
  const BigInt small(-5);
  const BigInt large = BigInt(1) << 200;
  BigInt copy = large;
  EXPECT_EQ(copy, large);
  copy = small;
  EXPECT_EQ(copy, small);
  copy = large;
  BigInt moved = std::move(copy);
  EXPECT_EQ(moved, large);
  BigInt& alias = moved;
  moved = alias;
  EXPECT_EQ(moved, large);
  moved = std::move(alias);
  EXPECT_EQ(moved, large);
  BigInt accumulator(1);
  for (int i = 0; i < 100; ++i)
    accumulator *= BigInt(3);
  accumulator += BigInt(1);
  accumulator -= BigInt(2);
  EXPECT_EQ(accumulator, rw::support::pow(BigInt(3), BigInt(100)) - BigInt(1));
  EXPECT_EQ(BigInt::fromUint64(UINT64_MAX).toString(), "18446744073709551615");
  EXPECT_EQ(BigInt(INT64_MIN).toString(), "-9223372036854775808");
  EXPECT_EQ(BigInt(INT64_MIN).toInt64(), INT64_MIN);
  EXPECT_EQ(-BigInt(INT64_MIN), BigInt::fromUint64(uint64_t{1} << 63));
  EXPECT_EQ(large.limbs().size(), 7u);
  EXPECT_TRUE((-large).isNegative());
  EXPECT_EQ((-large).abs(), large);
  EXPECT_TRUE(BigInt(3).isOdd());
  EXPECT_FALSE(BigInt(-4).isOdd());
  EXPECT_EQ(BigInt(-4).sign(), -1);
  EXPECT_EQ(BigInt().sign(), 0);
  EXPECT_LT(BigInt(-4), BigInt(3));
}

// Identities over many sizes and limb patterns the goldens cannot all list: every Karatsuba
// split and long-division shape up to a few hundred limbs.
TEST(BigInt, ArithmeticIdentitiesHoldAcrossSizes) {
  uint64_t state = 12345;
  auto next = [&] {
    state += 0x9E3779B97F4A7C15ull;
    uint64_t z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  };
  auto randomInt = [&](size_t maxLimbs) {
    const size_t limbs = next() % (maxLimbs + 1);
    std::string bytes;
    const uint64_t pattern = next() % 3;
    for (size_t i = 0; i < 4 * limbs; ++i) {
      // Random bytes, or runs of 0xff and 0x00 that stress carries and quotient estimates.
      const uint64_t word = next();
      bytes.push_back(static_cast<char>(pattern == 0 ? word : (word % 4 == 0 ? 0 : 0xFF)));
    }
    BigInt value = BigInt::fromBytes(byteSpan(bytes), false, false);
    return next() % 2 == 0 ? value : -value;
  };
  for (int round = 0; round < 600; ++round) {
    const BigInt a = randomInt(round < 500 ? 40 : 400);
    const BigInt b = randomInt(round < 500 ? 40 : 400);
    const BigInt c = randomInt(20);
    const BigInt product = a * b;
    ASSERT_EQ(product, b * a);
    ASSERT_EQ(a * a, a * BigInt(a)) << "squaring";
    ASSERT_EQ(a * (b + c), product + a * c);
    ASSERT_EQ((a + b) - b, a);
    if (!b.isZero()) {
      const auto [quotient, remainder] = rw::support::divmod(product + c, b);
      ASSERT_EQ(quotient * b + remainder, product + c);
      ASSERT_TRUE(remainder.isZero() || remainder.isNegative() == b.isNegative());
      ASSERT_LT(remainder.abs(), b.abs());
    }
    const uint64_t shift = next() % 200;
    ASSERT_EQ((a << shift) >> shift, a);
    ASSERT_EQ(a >> shift, rw::support::floorDiv(a, BigInt(1) << shift));
    ASSERT_EQ(a ^ b ^ b, a);
    ASSERT_EQ((a & b) + (a | b), a + b);
    const int base = static_cast<int>(2 + next() % 35);
    ASSERT_EQ(BigInt::parse(a.toString(base), base), a) << "base " << base;
    const BigInt divisor = rw::support::gcd(a, b);
    if (!divisor.isZero()) {
      ASSERT_TRUE(rw::support::floorMod(a, divisor).isZero());
      ASSERT_TRUE(rw::support::floorMod(b, divisor).isZero());
      ASSERT_EQ(
          rw::support::gcd(rw::support::floorDiv(a, divisor), rw::support::floorDiv(b, divisor)),
          BigInt(1));
    }
    const BigInt root = rw::support::isqrt(a.abs());
    ASSERT_LE(root * root, a.abs());
    ASSERT_GT((root + BigInt(1)) * (root + BigInt(1)), a.abs());
    const size_t length = (a.bitLength() + 8) / 8;
    ASSERT_EQ(BigInt::fromBytes(byteSpan(a.toBytes(length, true, true)), true, true), a);
  }
}

}  // namespace
