#include "support/utf8.h"

namespace rw::support {

namespace {

constexpr char32_t kReplacementCharacter = 0xFFFD;

bool isContinuation(unsigned char byte) {
  return (byte & 0xC0) == 0x80;
}

}  // namespace

void appendUtf8(char32_t c, std::string& out) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c <= 0x10FFFF) {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    appendUtf8(kReplacementCharacter, out);  // not a code point; keep the output valid
  }
}

char32_t decodeUtf8(std::string_view s, size_t& pos) {
  if (pos >= s.size()) {
    pos = s.size();
    return kReplacementCharacter;
  }
  const auto lead = static_cast<unsigned char>(s[pos]);
  size_t length;
  char32_t c;
  if (lead < 0x80) {
    ++pos;
    return lead;
  } else if (lead >= 0xC0 && lead < 0xE0) {
    length = 2;
    c = lead & 0x1F;
  } else if (lead >= 0xE0 && lead < 0xF0) {
    length = 3;
    c = lead & 0x0F;
  } else if (lead >= 0xF0 && lead < 0xF8) {
    length = 4;
    c = lead & 0x07;
  } else {
    ++pos;
    return kReplacementCharacter;
  }
  // The contract says the text is valid, but a broken sequence must still not read past
  // the end: it decodes as one replacement character per byte.
  if (s.size() - pos < length) {
    ++pos;
    return kReplacementCharacter;
  }
  for (size_t i = 1; i < length; ++i) {
    const auto byte = static_cast<unsigned char>(s[pos + i]);
    if (!isContinuation(byte)) {
      ++pos;
      return kReplacementCharacter;
    }
    c = (c << 6) | (byte & 0x3F);
  }
  pos += length;
  return c;
}

size_t countCodePoints(std::string_view s) {
  size_t count = 0;
  for (char ch : s) {
    if (!isContinuation(static_cast<unsigned char>(ch))) ++count;
  }
  return count;
}

std::optional<Utf8Error> validateUtf8(std::string_view s) {
  const size_t size = s.size();
  auto byteAt = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  size_t pos = 0;
  while (pos < size) {
    const unsigned char lead = byteAt(pos);
    if (lead < 0x80) {
      ++pos;
      continue;
    }
    size_t length;
    // Bounds of the second byte, which rule out overlong forms, surrogates and code
    // points above U+10FFFF the way CPython's decoder does.
    unsigned char secondMin = 0x80;
    unsigned char secondMax = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0) secondMin = 0xA0;
      if (lead == 0xED) secondMax = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0) secondMin = 0x90;
      if (lead == 0xF4) secondMax = 0x8F;
    } else {
      return Utf8Error{pos, pos + 1, "invalid start byte"};
    }
    // CPython reports the first bad byte it can see, even in a truncated sequence, and
    // "unexpected end of data" (up to the end of the input) only when what is there is good.
    for (size_t i = 1; i < length; ++i) {
      if (pos + i >= size) return Utf8Error{pos, size, "unexpected end of data"};
      const unsigned char byte = byteAt(pos + i);
      const bool good = i == 1 ? byte >= secondMin && byte <= secondMax : isContinuation(byte);
      if (!good) return Utf8Error{pos, pos + i, "invalid continuation byte"};
    }
    pos += length;
  }
  return std::nullopt;
}

}  // namespace rw::support
