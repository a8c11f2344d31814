// Methods of str.
#include <algorithm>

#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/function.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"
#include "support/utf8.h"
#include "unicode/unicode_db.h"

namespace rw {

namespace {

Str* asStr(Value v) { return static_cast<Str*>(v.asObject()); }

std::string_view argStr(Interp& I, Value v, const char* fname, const char* what = "argument") {
  if (!isInstance(I, v, I.types.str))
    raiseTypeError(I, std::string(fname) + "() " + what + " must be str, not " + std::string(typeName(I, v)));
  return strView(v);
}

Value makeStr(Interp& I, std::string_view text) { return Value(newStr(I, text)); }

// Start/end arguments of find/count/startswith, clamped like slice indices, in code points.
void clampRange(Interp& I, Str* s, CallArgs args, size_t first, int64_t& start, int64_t& end) {
  start = 0;
  end = s->length;
  auto bound = [&](Value v, int64_t& out) {
    if (v.is(I.None())) return;
    out = asSsize(I, v, I.exc.OverflowError);
    if (out < 0) out = std::max<int64_t>(0, out + s->length);
    out = std::min(out, s->length);
  };
  if (args.nargs > first) bound(args.args[first], start);
  if (args.nargs > first + 1) bound(args.args[first + 1], end);
}

Value strJoin(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "join", args, 1, 1);
  std::string_view sep = strView(self);
  Ref it = Ref::steal(getIter(I, args.args[0]));
  std::string out;
  int64_t index = 0;
  while (Ref item = Ref::steal(iterNext(I, it.get()))) {
    if (!isInstance(I, item.get(), I.types.str))
      raiseTypeError(I, "sequence item " + std::to_string(index) + ": expected str instance, " +
                            std::string(typeName(I, item.get())) + " found");
    if (index) out += sep;
    out += strView(item.get());
    ++index;
  }
  return makeStr(I, out);
}

bool isSpaceAt(std::string_view text, size_t pos, size_t& next) {
  next = pos;
  char32_t c = support::decodeUtf8(text, next);
  return unicode::isSpace(c);
}

Value strSplit(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "split", args, {"sep", "maxsplit"}, 0);
  std::string_view text = strView(self);
  int64_t maxsplit = a[1] ? asSsize(I, a[1], I.exc.OverflowError) : -1;
  List* result = newList(I);
  Ref hold = Ref::steal(Value(result));
  auto append = [&](std::string_view part) {
    Ref s = Ref::steal(makeStr(I, part));
    listAppend(I, result, s.get());
  };
  if (!a[0] || a[0].is(I.None())) {
    size_t pos = 0, next;
    int64_t splits = 0;
    while (pos < text.size()) {
      while (pos < text.size() && isSpaceAt(text, pos, next)) pos = next;
      if (pos >= text.size()) break;
      if (maxsplit >= 0 && splits >= maxsplit) {
        // The remainder is kept whole, trailing whitespace included.
        append(text.substr(pos));
        break;
      }
      size_t start = pos;
      while (pos < text.size() && !isSpaceAt(text, pos, next)) pos = next;
      append(text.substr(start, pos - start));
      ++splits;
    }
    return hold.release();
  }
  std::string_view sep = argStr(I, a[0], "split");
  if (sep.empty()) raiseValueError(I, "empty separator");
  size_t pos = 0;
  int64_t splits = 0;
  while (maxsplit < 0 || splits < maxsplit) {
    size_t found = text.find(sep, pos);
    if (found == std::string_view::npos) break;
    append(text.substr(pos, found - pos));
    pos = found + sep.size();
    ++splits;
  }
  append(text.substr(pos));
  return hold.release();
}

Value strStripImpl(Interp& I, Value self, CallArgs args, bool left, bool right, const char* fname) {
  checkArgCount(I, fname, args, 0, 1);
  std::string_view text = strView(self);
  bool whitespace = args.nargs == 0 || args.args[0].is(I.None());
  std::u32string chars;
  if (!whitespace) {
    std::string_view set = argStr(I, args.args[0], fname, "arg");
    for (size_t p = 0; p < set.size();) chars.push_back(support::decodeUtf8(set, p));
  }
  auto strip = [&](char32_t c) {
    return whitespace ? unicode::isSpace(c) : chars.find(c) != std::u32string::npos;
  };
  std::vector<size_t> offsets;
  std::u32string cps;
  for (size_t p = 0; p < text.size();) {
    offsets.push_back(p);
    cps.push_back(support::decodeUtf8(text, p));
  }
  offsets.push_back(text.size());
  size_t begin = 0, end = cps.size();
  if (left)
    while (begin < end && strip(cps[begin])) ++begin;
  if (right)
    while (end > begin && strip(cps[end - 1])) --end;
  if (begin == 0 && end == cps.size() && isType(I, self, I.types.str)) return newRef(self);
  return makeStr(I, text.substr(offsets[begin], offsets[end] - offsets[begin]));
}

Value strStrip(Interp& I, Value self, CallArgs args) { return strStripImpl(I, self, args, true, true, "strip"); }
Value strLstrip(Interp& I, Value self, CallArgs args) { return strStripImpl(I, self, args, true, false, "lstrip"); }
Value strRstrip(Interp& I, Value self, CallArgs args) { return strStripImpl(I, self, args, false, true, "rstrip"); }

Value caseMap(Interp& I, Value self, CallArgs args, const char* fname, bool upper) {
  checkArgCount(I, fname, args, 0, 0);
  Str* s = asStr(self);
  std::string out;
  out.reserve(s->byteLength);
  if (s->ascii) {
    for (char c : s->view()) out += static_cast<char>(upper ? std::toupper(static_cast<unsigned char>(c))
                                                            : std::tolower(static_cast<unsigned char>(c)));
    return makeStr(I, out);
  }
  std::string_view text = s->view();
  for (size_t p = 0; p < text.size();) {
    char32_t c = support::decodeUtf8(text, p);
    if (upper)
      unicode::appendUpper(c, out);
    else
      unicode::appendLower(c, out);
  }
  return makeStr(I, out);
}

Value strUpper(Interp& I, Value self, CallArgs args) { return caseMap(I, self, args, "upper", true); }
Value strLower(Interp& I, Value self, CallArgs args) { return caseMap(I, self, args, "lower", false); }

Value affix(Interp& I, Value self, CallArgs args, const char* fname, bool prefix) {
  checkArgCount(I, fname, args, 1, 3);
  Str* s = asStr(self);
  int64_t start, end;
  clampRange(I, s, args, 1, start, end);
  std::string_view text = s->view();
  auto matches = [&](Value candidate) {
    if (!isInstance(I, candidate, I.types.str))
      raiseTypeError(I, std::string(fname) + " first arg must be str or a tuple of str, not " +
                            std::string(typeName(I, candidate)));
    if (start > s->length) return false;
    std::string_view window = text.substr(s->byteOffset(start), s->byteOffset(std::max(start, end)) - s->byteOffset(start));
    std::string_view needle = strView(candidate);
    if (needle.size() > window.size()) return false;
    return prefix ? window.substr(0, needle.size()) == needle
                  : window.substr(window.size() - needle.size()) == needle;
  };
  Value what = args.args[0];
  if (isType(I, what, I.types.tuple)) {
    Tuple* t = static_cast<Tuple*>(what.asObject());
    for (int64_t i = 0; i < t->size; ++i)
      if (matches(t->item(i))) return I.boolean(true);
    return I.boolean(false);
  }
  return I.boolean(matches(what));
}

Value strStartswith(Interp& I, Value self, CallArgs args) { return affix(I, self, args, "startswith", true); }
Value strEndswith(Interp& I, Value self, CallArgs args) { return affix(I, self, args, "endswith", false); }

Value strReplace(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "replace", args, 2, 3);
  std::string_view text = strView(self);
  std::string_view from = argStr(I, args.args[0], "replace", "argument 1");
  std::string_view to = argStr(I, args.args[1], "replace", "argument 2");
  int64_t count = args.nargs == 3 ? asSsize(I, args.args[2], I.exc.OverflowError) : -1;
  std::string out;
  if (from.empty()) {
    // Insert `to` between every character, up to count times.
    int64_t done = 0;
    size_t p = 0;
    while (p <= text.size()) {
      if (count < 0 || done < count) {
        out += to;
        ++done;
      }
      if (p == text.size()) break;
      size_t q = p;
      support::decodeUtf8(text, q);
      out += text.substr(p, q - p);
      p = q;
    }
    return makeStr(I, out);
  }
  size_t pos = 0;
  int64_t done = 0;
  while (count < 0 || done < count) {
    size_t found = text.find(from, pos);
    if (found == std::string_view::npos) break;
    out += text.substr(pos, found - pos);
    out += to;
    pos = found + from.size();
    ++done;
  }
  if (done == 0 && isType(I, self, I.types.str)) return newRef(self);
  out += text.substr(pos);
  return makeStr(I, out);
}

// Code point index of the first (or last) occurrence of the argument in [start, end), or -1.
int64_t findIndex(Interp& I, Value self, CallArgs args, const char* fname, bool last) {
  checkArgCount(I, fname, args, 1, 3);
  Str* s = asStr(self);
  std::string_view needle = argStr(I, args.args[0], fname);
  int64_t start, end;
  clampRange(I, s, args, 1, start, end);
  if (start > end) return -1;
  size_t from = s->byteOffset(start), to = s->byteOffset(end);
  std::string_view window = s->view().substr(from, to - from);
  size_t found = last ? window.rfind(needle) : window.find(needle);
  if (found == std::string_view::npos) return -1;
  return start + static_cast<int64_t>(support::countCodePoints(window.substr(0, found)));
}

Value strFind(Interp& I, Value self, CallArgs args) { return newInt(I, findIndex(I, self, args, "find", false)); }
Value strRfind(Interp& I, Value self, CallArgs args) { return newInt(I, findIndex(I, self, args, "rfind", true)); }
Value strIndex(Interp& I, Value self, CallArgs args) {
  int64_t i = findIndex(I, self, args, "index", false);
  if (i < 0) raiseValueError(I, "substring not found");
  return newInt(I, i);
}

Value strCount(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "count", args, 1, 3);
  Str* s = asStr(self);
  std::string_view needle = argStr(I, args.args[0], "count");
  int64_t start, end;
  clampRange(I, s, args, 1, start, end);
  if (start > end) return Value::smallInt(0);
  size_t from = s->byteOffset(start), to = s->byteOffset(end);
  std::string_view window = s->view().substr(from, to - from);
  if (needle.empty()) return newInt(I, end - start + 1);
  int64_t n = 0;
  for (size_t p = window.find(needle); p != std::string_view::npos; p = window.find(needle, p + needle.size())) ++n;
  return newInt(I, n);
}

template <bool (*Predicate)(char32_t)>
Value classify(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "is*", args, 0, 0);
  std::string_view text = strView(self);
  if (text.empty()) return I.boolean(false);
  for (size_t p = 0; p < text.size();)
    if (!Predicate(support::decodeUtf8(text, p))) return I.boolean(false);
  return I.boolean(true);
}

}  // namespace

void registerStrMethods(Interp& I) {
  Type* t = I.types.str;
  addMethod(I, t, "join", strJoin);
  addMethod(I, t, "split", strSplit);
  addMethod(I, t, "strip", strStrip);
  addMethod(I, t, "lstrip", strLstrip);
  addMethod(I, t, "rstrip", strRstrip);
  addMethod(I, t, "upper", strUpper);
  addMethod(I, t, "lower", strLower);
  addMethod(I, t, "startswith", strStartswith);
  addMethod(I, t, "endswith", strEndswith);
  addMethod(I, t, "replace", strReplace);
  addMethod(I, t, "find", strFind);
  addMethod(I, t, "rfind", strRfind);
  addMethod(I, t, "index", strIndex);
  addMethod(I, t, "count", strCount);
  addMethod(I, t, "isdigit", classify<unicode::isDigit>);
  addMethod(I, t, "isalpha", classify<unicode::isAlpha>);
  addMethod(I, t, "isspace", classify<unicode::isSpace>);
  addMethod(I, t, "isalnum", classify<unicode::isAlnum>);
  addMethod(I, t, "isdecimal", classify<unicode::isDecimal>);
}

}  // namespace rw
