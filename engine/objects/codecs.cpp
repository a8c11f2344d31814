// UTF-8, ASCII and Latin-1 encoding and decoding with CPython's error handlers and messages.
#include "objects/codecs.h"

#include <cstdio>

#include "objects/exception.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "support/utf8.h"

namespace rw {

namespace {

enum class Codec { Utf8, Ascii, Latin1 };

const char* codecName(Codec c) {
  return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1";
}

// CPython's encodings.normalize_encoding (lower-cased): runs of punctuation become one '_'.
std::string normalizeEncoding(std::string_view name) {
  std::string out;
  bool punctuation = false;
  for (char c : name) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '.') {
      if (punctuation && !out.empty()) out += '_';
      out += static_cast<char>(std::tolower(u));
      punctuation = false;
    } else if (u < 0x80) {
      punctuation = true;
    }
  }
  return out;
}

Codec lookUpCodec(Interp& I, std::string_view encoding) {
  static const struct {
    const char* name;
    Codec codec;
  } kAliases[] = {
      {"utf_8", Codec::Utf8},
      {"utf8", Codec::Utf8},
      {"u8", Codec::Utf8},
      {"utf", Codec::Utf8},
      {"utf8_ucs2", Codec::Utf8},
      {"utf8_ucs4", Codec::Utf8},
      {"cp65001", Codec::Utf8},
      {"ascii", Codec::Ascii},
      {"646", Codec::Ascii},
      {"ansi_x3.4_1968", Codec::Ascii},
      {"ansi_x3_4_1968", Codec::Ascii},
      {"ansi_x3.4_1986", Codec::Ascii},
      {"cp367", Codec::Ascii},
      {"csascii", Codec::Ascii},
      {"ibm367", Codec::Ascii},
      {"iso646_us", Codec::Ascii},
      {"iso_646.irv_1991", Codec::Ascii},
      {"iso_ir_6", Codec::Ascii},
      {"us", Codec::Ascii},
      {"us_ascii", Codec::Ascii},
      {"latin_1", Codec::Latin1},
      {"latin1", Codec::Latin1},
      {"latin", Codec::Latin1},
      {"l1", Codec::Latin1},
      {"8859", Codec::Latin1},
      {"cp819", Codec::Latin1},
      {"csisolatin1", Codec::Latin1},
      {"ibm819", Codec::Latin1},
      {"iso8859", Codec::Latin1},
      {"iso8859_1", Codec::Latin1},
      {"iso_8859_1", Codec::Latin1},
      {"iso_8859_1_1987", Codec::Latin1},
      {"iso_ir_100", Codec::Latin1},
  };
  std::string normalized = normalizeEncoding(encoding);
  for (const auto& alias : kAliases)
    if (normalized == alias.name) return alias.codec;
  raiseError(I, I.exc.LookupError, "unknown encoding: " + std::string(encoding));
}

[[noreturn]] void unknownHandler(Interp& I, std::string_view errors) {
  raiseError(I, I.exc.LookupError, "unknown error handler name '" + std::string(errors) + "'");
}

// How a code point appears in an encode error message: '\xe9', '\u20ac', '\U0001f600'.
std::string escapedCodePoint(char32_t c) {
  char buffer[16];
  if (c < 0x100)
    std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(c));
  else if (c < 0x10000)
    std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
  else
    std::snprintf(buffer, sizeof buffer, "\\U%08x", static_cast<unsigned>(c));
  return buffer;
}

// A UnicodeEncodeError/UnicodeDecodeError with CPython's message and its attributes
// (encoding, object, start, end, reason).
[[noreturn]] void raiseCodecError(Interp& I, Type* type, Codec codec, Value object, int64_t start,
                                  int64_t end, std::string_view reason, const std::string& what) {
  Ref error = Ref::steal(newExceptionWithMessage(
      I, type,
      "'" + std::string(codecName(codec)) + "' codec can't " + what + ": " + std::string(reason)));
  Ref encodingName = Ref::steal(Value(newStr(I, codecName(codec))));
  Ref startValue = Ref::steal(newInt(I, start));
  Ref endValue = Ref::steal(newInt(I, end));
  Ref reasonText = Ref::steal(strValue(I, reason));
  setAttr(I, error.get(), I.intern("encoding"), encodingName.get());
  setAttr(I, error.get(), I.intern("object"), object);
  setAttr(I, error.get(), I.intern("start"), startValue.get());
  setAttr(I, error.get(), I.intern("end"), endValue.get());
  setAttr(I, error.get(), I.intern("reason"), reasonText.get());
  I.raise(error.release());
}

bool encodable(Codec codec, char32_t c) {
  switch (codec) {
    case Codec::Utf8:
      return c < 0xD800 || c > 0xDFFF;
    case Codec::Ascii:
      return c < 0x80;
    case Codec::Latin1:
      return c < 0x100;
  }
  return false;
}

void appendAsciiEscape(char32_t c, std::string& out) {
  char buffer[16];
  if (c < 0x100)
    std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(c));
  else if (c < 0x10000)
    std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
  else
    std::snprintf(buffer, sizeof buffer, "\\U%08x", static_cast<unsigned>(c));
  out += buffer;
}

}  // namespace

std::string encodeText(Interp& I, Value text, std::string_view encoding, std::string_view errors) {
  Codec codec = lookUpCodec(I, encoding);
  Str* s = static_cast<Str*>(text.asObject());
  std::string_view utf8 = s->view();
  if (s->ascii) return std::string(utf8);
  std::u32string cps;
  cps.reserve(utf8.size());
  for (size_t p = 0; p < utf8.size();)
    cps.push_back(support::decodeUtf8(utf8, p));
  std::string out;
  out.reserve(utf8.size());
  const char* reason = codec == Codec::Utf8    ? "surrogates not allowed"
                       : codec == Codec::Ascii ? "ordinal not in range(128)"
                                               : "ordinal not in range(256)";
  size_t n = cps.size();
  for (size_t i = 0; i < n;) {
    char32_t c = cps[i];
    if (encodable(codec, c)) {
      if (codec == Codec::Utf8)
        support::appendUtf8(c, out);
      else
        out += static_cast<char>(c);
      ++i;
      continue;
    }
    size_t end = i + 1;
    while (end < n && !encodable(codec, cps[end]))
      ++end;
    auto fail = [&]() {
      std::string what = end - i == 1 ? "encode character '" + escapedCodePoint(c) +
                                            "' in position " + std::to_string(i)
                                      : "encode characters in position " + std::to_string(i) + "-" +
                                            std::to_string(end - 1);
      raiseCodecError(I, I.exc.UnicodeEncodeError, codec, text, static_cast<int64_t>(i),
                      static_cast<int64_t>(end), reason, what);
    };
    if (errors == "strict") fail();
    for (size_t k = i; k < end; ++k) {
      char32_t bad = cps[k];
      if (errors == "ignore") {
      } else if (errors == "replace") {
        out += '?';
      } else if (errors == "backslashreplace") {
        appendAsciiEscape(bad, out);
      } else if (errors == "xmlcharrefreplace") {
        out += "&#" + std::to_string(static_cast<uint32_t>(bad)) + ";";
      } else if (errors == "surrogateescape") {
        if (bad < 0xDC80 || bad > 0xDCFF) fail();
        out += static_cast<char>(bad - 0xDC00);
      } else if (errors == "surrogatepass") {
        if (codec != Codec::Utf8) fail();
        support::appendUtf8(bad, out);
      } else {
        unknownHandler(I, errors);
      }
    }
    i = end;
  }
  return out;
}

Value decodeBytes(Interp& I, Value bytesObject, std::string_view data, std::string_view encoding,
                  std::string_view errors) {
  Codec codec = lookUpCodec(I, encoding);
  if (str_impl::isAsciiText(data)) return strValueAscii(I, data);
  std::string out;
  out.reserve(data.size());
  if (codec == Codec::Latin1) {
    for (char c : data)
      support::appendUtf8(static_cast<unsigned char>(c), out);
    return strValue(I, out);
  }
  size_t pos = 0;
  while (pos < data.size()) {
    size_t start, end;
    std::string reason;
    if (codec == Codec::Ascii) {
      size_t bad = pos;
      while (bad < data.size() && static_cast<unsigned char>(data[bad]) < 0x80)
        ++bad;
      out.append(data.substr(pos, bad - pos));
      if (bad == data.size()) break;
      start = bad;
      end = bad + 1;
      reason = "ordinal not in range(128)";
    } else {
      auto problem = support::validateUtf8(data.substr(pos));
      if (!problem) {
        out.append(data.substr(pos));
        break;
      }
      out.append(data.substr(pos, problem->offset));
      start = pos + problem->offset;
      end = pos + problem->end;
      reason = problem->reason;
    }
    auto fail = [&]() {
      char what[96];
      if (end - start == 1)
        std::snprintf(what, sizeof what, "decode byte 0x%02x in position %zu",
                      static_cast<unsigned char>(data[start]), start);
      else
        std::snprintf(what, sizeof what, "decode bytes in position %zu-%zu", start, end - 1);
      raiseCodecError(I, I.exc.UnicodeDecodeError, codec, bytesObject, static_cast<int64_t>(start),
                      static_cast<int64_t>(end), reason, what);
    };
    if (errors == "strict") {
      fail();
    } else if (errors == "ignore") {
    } else if (errors == "replace") {
      support::appendUtf8(0xFFFD, out);
    } else if (errors == "backslashreplace") {
      for (size_t k = start; k < end; ++k)
        appendAsciiEscape(static_cast<unsigned char>(data[k]), out);
    } else if (errors == "surrogateescape") {
      for (size_t k = start; k < end; ++k)
        support::appendUtf8(0xDC00 + static_cast<unsigned char>(data[k]), out);
    } else if (errors == "surrogatepass") {
      // An encoded surrogate (ED A0..BF 80..BF) decodes to the surrogate itself.
      auto byte = [&](size_t k) {
        return k < data.size() ? static_cast<unsigned char>(data[k]) : 0;
      };
      if (codec != Codec::Utf8 || byte(start) != 0xED || byte(start + 1) < 0xA0 ||
          byte(start + 1) > 0xBF || (byte(start + 2) & 0xC0) != 0x80)
        fail();
      out.append(data.substr(start, 3));
      end = start + 3;
    } else {
      unknownHandler(I, errors);
    }
    pos = end;
  }
  return strValue(I, out);
}

}  // namespace rw
