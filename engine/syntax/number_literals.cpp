#include "syntax/number_literals.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "support/float_format.h"

namespace rw::syntax {
namespace {

int digitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

// Digits in base 2, 8 or 16 -> decimal text, through base 10^9 limbs (least significant
// first).
std::string toDecimal(std::string_view digits, int base) {
  constexpr uint32_t kLimb = 1000000000;
  std::vector<uint32_t> limbs{0};
  for (char c : digits) {
    uint64_t carry = static_cast<uint64_t>(digitValue(c));
    for (uint32_t& limb : limbs) {
      uint64_t value = static_cast<uint64_t>(limb) * static_cast<uint64_t>(base) + carry;
      limb = static_cast<uint32_t>(value % kLimb);
      carry = value / kLimb;
    }
    if (carry) limbs.push_back(static_cast<uint32_t>(carry));
  }
  std::string out = std::to_string(limbs.back());
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    std::string part = std::to_string(limbs[i]);
    out.append(9 - part.size(), '0');
    out += part;
  }
  return out;
}

}  // namespace

std::optional<ConstantValue> parseNumberLiteral(std::string_view token, std::string& error) {
  std::string text;
  text.reserve(token.size());
  for (char c : token)
    if (c != '_') text += c;
  ConstantValue value;
  char last = text.empty() ? '\0' : text.back();
  if (last == 'j' || last == 'J') {
    value.kind = ConstantValue::Kind::Complex;
    value.number =
        support::parseFloat(std::string_view(text).substr(0, text.size() - 1)).value_or(0.0);
    return value;
  }
  if (text.size() > 2 && text[0] == '0') {
    char prefix = static_cast<char>(text[1] | 0x20);
    int base = prefix == 'x' ? 16 : prefix == 'o' ? 8 : prefix == 'b' ? 2 : 0;
    if (base != 0) {
      value.kind = ConstantValue::Kind::Int;
      value.text = toDecimal(std::string_view(text).substr(2), base);
      return value;
    }
  }
  bool isFloat = text.find_first_of(".eE") != std::string::npos;
  if (isFloat) {
    value.kind = ConstantValue::Kind::Float;
    value.number = support::parseFloat(text).value_or(0.0);
    return value;
  }
  if (text.size() > kMaxDecimalIntDigits) {
    error = "Exceeds the limit (" + std::to_string(kMaxDecimalIntDigits) +
            " digits) for integer string conversion: value has " + std::to_string(text.size()) +
            " digits; use sys.set_int_max_str_digits() to increase the limit";
    return std::nullopt;
  }
  size_t firstNonZero = text.find_first_not_of('0');
  value.kind = ConstantValue::Kind::Int;
  value.text = firstNonZero == std::string::npos ? "0" : text.substr(firstNonZero);
  return value;
}

}  // namespace rw::syntax
