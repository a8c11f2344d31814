#include "syntax/operators.h"

#include <array>

namespace rw::syntax {
namespace {

constexpr std::array<std::string_view, 47> kOperators = {
    "!=", "%",  "%=", "&",  "&=",  "(",  ")",   "*",  "**", "**=", "*=", "+",
    "+=", ",",  "-",  "-=", "->",  ".",  "...", "/",  "//", "//=", "/=", ":",
    ":=", ";",  "<",  "<<", "<<=", "<=", "=",   "==", ">",  ">=",  ">>", ">>=",
    "@",  "@=", "[",  "]",  "^",   "^=", "{",   "|",  "|=", "}",   "~"};

// Operators grouped by first character, longest first, so a lookup tries only a handful.
struct OperatorIndex {
  std::array<std::array<std::string_view, 6>, 128> byFirst{};
  OperatorIndex() {
    for (size_t length = 3; length > 0; --length) {
      for (auto op : kOperators) {
        if (op.size() != length) continue;
        auto& slot = byFirst[static_cast<unsigned char>(op[0])];
        for (auto& candidate : slot) {
          if (candidate.empty()) {
            candidate = op;
            break;
          }
        }
      }
    }
  }
};

}  // namespace

size_t matchOperator(std::string_view text, size_t pos) {
  static const OperatorIndex index;
  if (pos >= text.size()) return 0;
  auto first = static_cast<unsigned char>(text[pos]);
  if (first >= 128) return 0;
  for (auto op : index.byFirst[first]) {
    if (op.empty()) break;
    if (text.compare(pos, op.size(), op) == 0) return op.size();
  }
  return 0;
}

}  // namespace rw::syntax
