// Splitting and stripping methods of str: split, rsplit, splitlines, strip, lstrip, rstrip.
// Pieces are cut from the UTF-8 bytes; an ASCII string's pieces skip the re-scan.
#include <bitset>
#include <vector>

#include "objects/function.h"
#include "objects/list.h"
#include "objects/str_internal.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"
#include "support/utf8.h"
#include "unicode/unicode_db.h"

namespace rw::str_impl {

namespace {

// Start of the code point that ends just before byte `pos`.
size_t previousCodePoint(std::string_view text, size_t pos) {
  do {
    --pos;
  } while (pos > 0 && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80);
  return pos;
}

// Whitespace test of the code point at `pos`; `next` receives the byte after it.
bool spaceAt(std::string_view text, size_t pos, size_t& next) {
  auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) {
    next = pos + 1;
    return isAsciiSpace(c);
  }
  next = pos;
  return unicode::isSpace(support::decodeUtf8(text, next));
}

// Collects pieces of one str into a new list.
class Pieces {
 public:
  Pieces(Interp& I, Value source) : I_(I), source_(source), list_(Ref::steal(Value(newList(I)))) {}
  // Bytes [from, to) of the source.
  void add(size_t from, size_t to) {
    Str* s = asStr(source_);
    Ref piece;
    if (from == 0 && to == static_cast<size_t>(s->byteLength) && isType(I_, source_, I_.types.str))
      piece = Ref::borrow(source_);
    else if (s->ascii)
      piece = Ref::steal(strValueAscii(I_, s->view().substr(from, to - from)));
    else
      piece = Ref::steal(strValue(I_, s->view().substr(from, to - from)));
    listAppend(I_, list_.as<List>(), piece.get());
  }
  void reverse() {
    List* l = list_.as<List>();
    std::reverse(l->items, l->items + l->size);
  }
  Value release() { return list_.release(); }

 private:
  Interp& I_;
  Value source_;
  Ref list_;
};

struct SplitArgs {
  Str* separator;  // null: split on runs of whitespace
  int64_t maxsplit;
};

SplitArgs parseSplitArgs(Interp& I, CallArgs args, const char* name) {
  std::vector<Value> a = bindArguments(I, name, args, {"sep", "maxsplit"}, 0);
  SplitArgs r{nullptr, -1};
  if (a[0] && !a[0].is(I.None())) {
    if (!isInstance(I, a[0], I.types.str))
      raiseTypeError(I, "must be str or None, not " + std::string(typeName(I, a[0])));
    r.separator = asStr(a[0]);
    if (r.separator->length == 0) raiseValueError(I, "empty separator");
  }
  if (a[1]) r.maxsplit = ssizeArg(I, a[1]);
  if (r.maxsplit < 0) r.maxsplit = INT64_MAX;
  return r;
}

Value strSplit(Interp& I, Value self, CallArgs args) {
  SplitArgs a = parseSplitArgs(I, args, "split");
  std::string_view text = strView(self);
  size_t n = text.size();
  Pieces pieces(I, self);
  if (!a.separator) {
    size_t i = 0, next;
    int64_t left = a.maxsplit;
    while (left-- > 0) {
      while (i < n && spaceAt(text, i, next))
        i = next;
      if (i == n) break;
      size_t j = i;
      while (i < n && !spaceAt(text, i, next))
        i = next;
      pieces.add(j, i);
    }
    if (i < n) {
      // maxsplit reached: the rest, less its leading whitespace, is the last piece.
      while (i < n && spaceAt(text, i, next))
        i = next;
      if (i != n) pieces.add(i, n);
    }
    return pieces.release();
  }
  std::string_view sep = a.separator->view();
  size_t i = 0;
  for (int64_t left = a.maxsplit; left > 0; --left) {
    size_t found = findBytes(text, sep, i);
    if (found == std::string_view::npos) break;
    pieces.add(i, found);
    i = found + sep.size();
  }
  pieces.add(i, n);
  return pieces.release();
}

Value strRsplit(Interp& I, Value self, CallArgs args) {
  SplitArgs a = parseSplitArgs(I, args, "rsplit");
  std::string_view text = strView(self);
  Pieces pieces(I, self);
  if (!a.separator) {
    // Mirror image of split(): walk back from the end.
    size_t i = text.size(), next;
    int64_t left = a.maxsplit;
    while (left-- > 0) {
      while (i > 0 && spaceAt(text, previousCodePoint(text, i), next))
        i = previousCodePoint(text, i);
      if (i == 0) break;
      size_t end = i;
      while (i > 0 && !spaceAt(text, previousCodePoint(text, i), next))
        i = previousCodePoint(text, i);
      pieces.add(i, end);
    }
    if (i > 0) {
      while (i > 0 && spaceAt(text, previousCodePoint(text, i), next))
        i = previousCodePoint(text, i);
      if (i != 0) pieces.add(0, i);
    }
    pieces.reverse();
    return pieces.release();
  }
  std::string_view sep = a.separator->view();
  size_t end = text.size();
  for (int64_t left = a.maxsplit; left > 0 && end >= sep.size(); --left) {
    size_t found = text.substr(0, end).rfind(sep);
    if (found == std::string_view::npos) break;
    pieces.add(found + sep.size(), end);
    end = found;
  }
  pieces.add(0, end);
  pieces.reverse();
  return pieces.release();
}

Value strSplitlines(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "splitlines", args, {"keepends"}, 0);
  bool keepends = a[0] && intArg(I, a[0]) != 0;
  std::string_view text = strView(self);
  Pieces pieces(I, self);
  size_t n = text.size(), i = 0;
  while (i < n) {
    size_t start = i, lineEnd = n, next = n;
    while (i < n) {
      auto c = static_cast<unsigned char>(text[i]);
      size_t after = i + utf8SequenceLength(c);
      bool lineBreak;
      if (c < 0x80) {
        lineBreak = c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E);
      } else {
        size_t p = i;
        lineBreak = unicode::isLineBreak(support::decodeUtf8(text, p));
      }
      if (lineBreak) {
        lineEnd = i;
        next = (c == '\r' && after < n && text[after] == '\n') ? after + 1 : after;
        break;
      }
      i = after;
    }
    pieces.add(start, keepends ? next : lineEnd);
    i = next;
  }
  return pieces.release();
}

// ---- strip --------------------------------------------------------------------------------

enum StripSide { kLeft = 1, kRight = 2, kBoth = 3 };

Value strip(Interp& I, Value self, CallArgs args, const char* name, const char* qualified,
            int sides) {
  checkPositional(I, name, qualified, args, 0, 1);
  Str* s = asStr(self);
  std::string_view text = s->view();
  size_t begin = 0, end = text.size(), next;
  Value chars = args.nargs ? args.args[0] : I.None();
  if (chars.is(I.None())) {
    if (sides & kLeft)
      while (begin < end && spaceAt(text, begin, next))
        begin = next;
    if (sides & kRight)
      while (end > begin && spaceAt(text, previousCodePoint(text, end), next))
        end = previousCodePoint(text, end);
  } else {
    if (!isInstance(I, chars, I.types.str))
      raiseTypeError(I, std::string(name) + " arg must be None or str");
    Str* set = asStr(chars);
    std::bitset<128> asciiSet;
    std::u32string others;
    std::string_view setText = set->view();
    for (size_t p = 0; p < setText.size();) {
      char32_t c = support::decodeUtf8(setText, p);
      if (c < 128)
        asciiSet.set(c);
      else
        others.push_back(c);
    }
    auto inSet = [&](size_t pos) {
      auto c = static_cast<unsigned char>(text[pos]);
      if (c < 0x80) return asciiSet.test(c);
      size_t p = pos;
      return others.find(support::decodeUtf8(text, p)) != std::u32string::npos;
    };
    if (sides & kLeft)
      while (begin < end && inSet(begin))
        begin += utf8SequenceLength(static_cast<unsigned char>(text[begin]));
    if (sides & kRight)
      while (end > begin && inSet(previousCodePoint(text, end)))
        end = previousCodePoint(text, end);
  }
  if (s->ascii)
    return strSubstring(I, self, static_cast<int64_t>(begin), static_cast<int64_t>(end));
  if (begin == 0 && end == text.size()) return strSubstring(I, self, 0, s->length);
  return strValue(I, text.substr(begin, end - begin));
}

Value strStrip(Interp& I, Value self, CallArgs args) {
  return strip(I, self, args, "strip", "str.strip", kBoth);
}
Value strLstrip(Interp& I, Value self, CallArgs args) {
  return strip(I, self, args, "lstrip", "str.lstrip", kLeft);
}
Value strRstrip(Interp& I, Value self, CallArgs args) {
  return strip(I, self, args, "rstrip", "str.rstrip", kRight);
}

}  // namespace

void registerStrSplitMethods(Interp& I) {
  Type* t = I.types.str;
  addMethod(I, t, "split", strSplit);
  addMethod(I, t, "rsplit", strRsplit);
  addMethod(I, t, "splitlines", strSplitlines);
  addMethod(I, t, "strip", strStrip);
  addMethod(I, t, "lstrip", strLstrip);
  addMethod(I, t, "rstrip", strRstrip);
}

}  // namespace rw::str_impl
