// Case methods of str: lower, upper, casefold, swapcase, title, capitalize and the
// predicates islower, isupper, istitle. Full Unicode case mappings (SpecialCasing included)
// and the final sigma rule of lower(), as CPython applies them; ASCII strings take a
// byte-wise path.
#include <vector>

#include "objects/function.h"
#include "objects/str_internal.h"
#include "runtime/protocols.h"
#include "support/utf8.h"
#include "unicode/unicode_db.h"

namespace rw::str_impl {

namespace {

constexpr char32_t kCapitalSigma = 0x3A3;
constexpr char32_t kSmallSigma = 0x3C3;
constexpr char32_t kFinalSigma = 0x3C2;

bool asciiUpper(unsigned char c) {
  return c >= 'A' && c <= 'Z';
}
bool asciiLower(unsigned char c) {
  return c >= 'a' && c <= 'z';
}
char toAsciiUpper(unsigned char c) {
  return static_cast<char>(asciiLower(c) ? c - 32 : c);
}
char toAsciiLower(unsigned char c) {
  return static_cast<char>(asciiUpper(c) ? c + 32 : c);
}

std::vector<char32_t> codePoints(std::string_view text) {
  std::vector<char32_t> out;
  out.reserve(text.size());
  for (size_t p = 0; p < text.size();)
    out.push_back(support::decodeUtf8(text, p));
  return out;
}

// Capital sigma lowercases to final sigma at the end of a word: preceded by a cased letter
// and not followed by one (case-ignorable characters are skipped both ways).
char32_t lowerSigma(const std::vector<char32_t>& cps, size_t i) {
  size_t j = i;
  while (j > 0 && unicode::isCaseIgnorable(cps[j - 1]))
    --j;
  if (j == 0 || !unicode::isCased(cps[j - 1])) return kSmallSigma;
  size_t k = i + 1;
  while (k < cps.size() && unicode::isCaseIgnorable(cps[k]))
    ++k;
  return k == cps.size() || !unicode::isCased(cps[k]) ? kFinalSigma : kSmallSigma;
}

void appendLowerAt(const std::vector<char32_t>& cps, size_t i, std::string& out) {
  if (cps[i] == kCapitalSigma)
    support::appendUtf8(lowerSigma(cps, i), out);
  else
    unicode::appendLower(cps[i], out);
}

// A new str from an ASCII string with each byte mapped.
template <class Map>
Value mapAscii(Interp& I, Str* s, Map&& map) {
  bool previous = false;  // state for title(): whether the previous byte was a letter
  const char* in = s->data();
  if (s->byteLength == 1)
    return newRef(Value(I.latin1Chars[static_cast<unsigned char>(
        map(static_cast<unsigned char>(in[0]), 0, previous))]));
  Str* r = allocStr(I, s->byteLength, s->length, true);
  char* out = r->data();
  for (int64_t i = 0; i < s->byteLength; ++i)
    out[i] = map(static_cast<unsigned char>(in[i]), i, previous);
  return Value(r);
}

enum class CaseOp { Lower, Upper, Casefold, Swapcase, Title, Capitalize };

Value mapCase(Interp& I, Value self, CaseOp op) {
  Str* s = asStr(self);
  if (s->length == 0) return newRef(Value(I.names.empty));
  if (s->ascii) {
    switch (op) {
      case CaseOp::Lower:
      case CaseOp::Casefold:
        return mapAscii(I, s, [](unsigned char c, int64_t, bool&) { return toAsciiLower(c); });
      case CaseOp::Upper:
        return mapAscii(I, s, [](unsigned char c, int64_t, bool&) { return toAsciiUpper(c); });
      case CaseOp::Swapcase:
        return mapAscii(I, s, [](unsigned char c, int64_t, bool&) {
          return asciiUpper(c) ? toAsciiLower(c) : toAsciiUpper(c);
        });
      case CaseOp::Capitalize:
        return mapAscii(I, s, [](unsigned char c, int64_t i, bool&) {
          return i == 0 ? toAsciiUpper(c) : toAsciiLower(c);
        });
      case CaseOp::Title:
        return mapAscii(I, s, [](unsigned char c, int64_t, bool& previousCased) {
          char r = previousCased ? toAsciiLower(c) : toAsciiUpper(c);
          previousCased = asciiUpper(c) || asciiLower(c);
          return r;
        });
    }
  }
  std::vector<char32_t> cps = codePoints(s->view());
  std::string out;
  out.reserve(s->byteLength + 8);
  bool previousCased = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    switch (op) {
      case CaseOp::Lower:
        appendLowerAt(cps, i, out);
        break;
      case CaseOp::Upper:
        unicode::appendUpper(c, out);
        break;
      case CaseOp::Casefold:
        unicode::appendCasefold(c, out);
        break;
      case CaseOp::Swapcase:
        if (unicode::isUpper(c))
          appendLowerAt(cps, i, out);
        else if (unicode::isLower(c))
          unicode::appendUpper(c, out);
        else
          support::appendUtf8(c, out);
        break;
      case CaseOp::Capitalize:
        if (i == 0)
          unicode::appendTitle(c, out);
        else
          appendLowerAt(cps, i, out);
        break;
      case CaseOp::Title:
        if (previousCased)
          appendLowerAt(cps, i, out);
        else
          unicode::appendTitle(c, out);
        previousCased = unicode::isCased(c);
        break;
    }
  }
  return strValue(I, out);
}

Value strLower(Interp& I, Value self, CallArgs args) {
  checkNoArgs(I, "str.lower", args);
  return mapCase(I, self, CaseOp::Lower);
}
Value strUpper(Interp& I, Value self, CallArgs args) {
  checkNoArgs(I, "str.upper", args);
  return mapCase(I, self, CaseOp::Upper);
}
Value strCasefold(Interp& I, Value self, CallArgs args) {
  checkNoArgs(I, "str.casefold", args);
  return mapCase(I, self, CaseOp::Casefold);
}
Value strSwapcase(Interp& I, Value self, CallArgs args) {
  checkNoArgs(I, "str.swapcase", args);
  return mapCase(I, self, CaseOp::Swapcase);
}
Value strTitle(Interp& I, Value self, CallArgs args) {
  checkNoArgs(I, "str.title", args);
  return mapCase(I, self, CaseOp::Title);
}
Value strCapitalize(Interp& I, Value self, CallArgs args) {
  checkNoArgs(I, "str.capitalize", args);
  return mapCase(I, self, CaseOp::Capitalize);
}

// ---- predicates ---------------------------------------------------------------------------

// islower/isupper: no character of the opposite case (or titlecase), and at least one cased.
Value hasOnlyCase(Interp& I, Value self, bool lower) {
  std::string_view text = strView(self);
  bool cased = false;
  for (size_t p = 0; p < text.size();) {
    char32_t c = support::decodeUtf8(text, p);
    if ((lower ? unicode::isUpper(c) : unicode::isLower(c)) || unicode::isTitle(c))
      return I.boolean(false);
    if (!cased && (lower ? unicode::isLower(c) : unicode::isUpper(c))) cased = true;
  }
  return I.boolean(cased);
}

Value strIslower(Interp& I, Value self, CallArgs args) {
  checkNoArgs(I, "str.islower", args);
  return hasOnlyCase(I, self, true);
}
Value strIsupper(Interp& I, Value self, CallArgs args) {
  checkNoArgs(I, "str.isupper", args);
  return hasOnlyCase(I, self, false);
}

// Uppercase and titlecase characters only start words; lowercase ones only continue them.
Value strIstitle(Interp& I, Value self, CallArgs args) {
  checkNoArgs(I, "str.istitle", args);
  std::string_view text = strView(self);
  bool cased = false, previousCased = false;
  for (size_t p = 0; p < text.size();) {
    char32_t c = support::decodeUtf8(text, p);
    if (unicode::isUpper(c) || unicode::isTitle(c)) {
      if (previousCased) return I.boolean(false);
      previousCased = cased = true;
    } else if (unicode::isLower(c)) {
      if (!previousCased) return I.boolean(false);
      previousCased = cased = true;
    } else {
      previousCased = false;
    }
  }
  return I.boolean(cased);
}

}  // namespace

void registerStrCaseMethods(Interp& I) {
  Type* t = I.types.str;
  addMethod(I, t, "lower", strLower);
  addMethod(I, t, "upper", strUpper);
  addMethod(I, t, "casefold", strCasefold);
  addMethod(I, t, "swapcase", strSwapcase);
  addMethod(I, t, "title", strTitle);
  addMethod(I, t, "capitalize", strCapitalize);
  addMethod(I, t, "islower", strIslower);
  addMethod(I, t, "isupper", strIsupper);
  addMethod(I, t, "istitle", strIstitle);
}

}  // namespace rw::str_impl
