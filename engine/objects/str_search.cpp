// Searching methods of str: find, rfind, index, rindex, count, startswith, endswith, replace,
// partition and rpartition. Searches run on the UTF-8 bytes (a byte match is a code point
// match) and convert offsets to code point indices only for the answer.
#include <cstring>

#include "objects/function.h"
#include "objects/int.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"

namespace rw::str_impl {

namespace {

// The code point range [start, end) of `s` as bytes.
std::string_view byteWindow(Str* s, int64_t start, int64_t end) {
  size_t from = s->byteOffset(start);
  return std::string_view(s->data() + from, s->byteOffset(end) - from);
}

struct SearchArgs {
  Str* needle;
  int64_t start;
  int64_t end;
};

// (sub[, start[, end]]) with CPython's index adjustment.
SearchArgs parseSearchArgs(Interp& I, Str* s, CallArgs args, const char* name,
                           const char* qualified) {
  checkVarargs(I, name, qualified, args, 1, 3);
  int64_t start = args.nargs > 1 ? sliceIndexArg(I, args.args[1], 0) : 0;
  int64_t end = args.nargs > 2 ? sliceIndexArg(I, args.args[2], INT64_MAX) : INT64_MAX;
  if (!isInstance(I, args.args[0], I.types.str))
    raiseTypeError(I, "must be str, not " + std::string(typeName(I, args.args[0])));
  adjustIndices(s->length, start, end);
  return {asStr(args.args[0]), start, end};
}

// Code point index of the first (or last) occurrence, or -1.
int64_t findIn(Str* s, const SearchArgs& a, bool last) {
  if (a.end - a.start < a.needle->length) return -1;
  if (a.needle->length == 0) return last ? a.end : a.start;
  std::string_view window = byteWindow(s, a.start, a.end);
  std::string_view needle = a.needle->view();
  size_t found = last ? window.rfind(needle) : findBytes(window, needle, 0);
  if (found == std::string_view::npos) return -1;
  if (s->ascii) return a.start + static_cast<int64_t>(found);
  return s->codePointIndex(static_cast<size_t>(window.data() - s->data()) + found);
}

Value strFind(Interp& I, Value self, CallArgs args) {
  Str* s = asStr(self);
  return newInt(I, findIn(s, parseSearchArgs(I, s, args, "find", "str.find"), false));
}

Value strRfind(Interp& I, Value self, CallArgs args) {
  Str* s = asStr(self);
  return newInt(I, findIn(s, parseSearchArgs(I, s, args, "rfind", "str.rfind"), true));
}

Value strIndex(Interp& I, Value self, CallArgs args) {
  Str* s = asStr(self);
  int64_t i = findIn(s, parseSearchArgs(I, s, args, "index", "str.index"), false);
  if (i < 0) raiseValueError(I, "substring not found");
  return newInt(I, i);
}

Value strRindex(Interp& I, Value self, CallArgs args) {
  Str* s = asStr(self);
  int64_t i = findIn(s, parseSearchArgs(I, s, args, "rindex", "str.rindex"), true);
  if (i < 0) raiseValueError(I, "substring not found");
  return newInt(I, i);
}

// Non-overlapping occurrences of `needle` in `text`, at most `limit`.
int64_t countBytes(std::string_view text, std::string_view needle, int64_t limit) {
  int64_t n = 0;
  if (needle.size() == 1) {
    const char* p = text.data();
    const char* end = p + text.size();
    while (n < limit && (p = static_cast<const char*>(std::memchr(p, needle[0], end - p)))) {
      ++n;
      ++p;
    }
    return n;
  }
  for (size_t p = text.find(needle); p != std::string_view::npos && n < limit;
       p = text.find(needle, p + needle.size()))
    ++n;
  return n;
}

Value strCount(Interp& I, Value self, CallArgs args) {
  Str* s = asStr(self);
  SearchArgs a = parseSearchArgs(I, s, args, "count", "str.count");
  if (a.end - a.start < a.needle->length) return Value::smallInt(0);
  if (a.needle->length == 0) return newInt(I, a.end - a.start + 1);
  return newInt(I, countBytes(byteWindow(s, a.start, a.end), a.needle->view(), INT64_MAX));
}

// ---- startswith / endswith ----------------------------------------------------------------

bool tailMatch(Str* s, Str* affix, int64_t start, int64_t end, bool suffix) {
  adjustIndices(s->length, start, end);
  if (end - affix->length < start) return false;
  if (affix->length == 0) return true;
  std::string_view window = byteWindow(s, start, end);
  return suffix ? window.ends_with(affix->view()) : window.starts_with(affix->view());
}

Value affixMatch(Interp& I, Value self, CallArgs args, const char* name, const char* qualified,
                 bool suffix) {
  checkVarargs(I, name, qualified, args, 1, 3);
  int64_t start = args.nargs > 1 ? sliceIndexArg(I, args.args[1], 0) : 0;
  int64_t end = args.nargs > 2 ? sliceIndexArg(I, args.args[2], INT64_MAX) : INT64_MAX;
  Str* s = asStr(self);
  Value what = args.args[0];
  if (isInstance(I, what, I.types.tuple)) {
    Tuple* t = static_cast<Tuple*>(what.asObject());
    for (int64_t i = 0; i < t->size; ++i) {
      if (!isInstance(I, t->item(i), I.types.str))
        raiseTypeError(I, std::string("tuple for ") + name + " must only contain str, not " +
                              std::string(typeName(I, t->item(i))));
      if (tailMatch(s, asStr(t->item(i)), start, end, suffix)) return I.boolean(true);
    }
    return I.boolean(false);
  }
  if (!isInstance(I, what, I.types.str))
    raiseTypeError(I, std::string(name) + " first arg must be str or a tuple of str, not " +
                          std::string(typeName(I, what)));
  return I.boolean(tailMatch(s, asStr(what), start, end, suffix));
}

Value strStartswith(Interp& I, Value self, CallArgs args) {
  return affixMatch(I, self, args, "startswith", "str.startswith", false);
}
Value strEndswith(Interp& I, Value self, CallArgs args) {
  return affixMatch(I, self, args, "endswith", "str.endswith", true);
}

// ---- replace ------------------------------------------------------------------------------

Value strReplace(Interp& I, Value self, CallArgs args) {
  checkPositional(I, "replace", "str.replace", args, 2, 3);
  for (size_t i = 0; i < 2; ++i) {
    if (!isInstance(I, args.args[i], I.types.str))
      raiseTypeError(I, "replace() argument " + std::to_string(i + 1) + " must be str, not " +
                            std::string(clinicTypeName(I, args.args[i])));
  }
  int64_t limit = args.nargs == 3 ? ssizeArg(I, args.args[2]) : -1;
  if (limit < 0) limit = INT64_MAX;
  Str* s = asStr(self);
  Str* from = asStr(args.args[0]);
  Str* to = asStr(args.args[1]);
  std::string_view text = s->view(), old = from->view(), with = to->view();
  int64_t n;
  if (old.empty()) {
    n = std::min(s->length + 1, limit);
  } else if (old.size() > text.size() || old == with) {
    n = 0;
  } else {
    n = countBytes(text, old, limit);
  }
  if (n == 0) return strSubstring(I, self, 0, s->length);
  int64_t growth = static_cast<int64_t>(with.size()) - static_cast<int64_t>(old.size());
  int64_t bytes = s->byteLength + n * growth;
  checkResultSize(I, bytes);
  int64_t length = s->length + n * (to->length - from->length);
  Str* r = allocStr(I, bytes, length, length == bytes);
  char* out = r->data();
  auto put = [&](std::string_view part) {
    std::memcpy(out, part.data(), part.size());
    out += part.size();
  };
  size_t pos = 0;
  if (old.empty()) {
    // `with` goes before each of the first n characters (and at the end when n exceeds them).
    for (int64_t i = 0; i < n; ++i) {
      put(with);
      if (pos < text.size()) {
        size_t next = pos + utf8SequenceLength(static_cast<unsigned char>(text[pos]));
        put(text.substr(pos, next - pos));
        pos = next;
      }
    }
  } else {
    for (int64_t i = 0; i < n; ++i) {
      size_t found = findBytes(text, old, pos);
      put(text.substr(pos, found - pos));
      put(with);
      pos = found + old.size();
    }
  }
  put(text.substr(pos));
  if (length <= 1) {
    // Share the empty and one-character strings.
    Ref built = Ref::steal(Value(r));
    return strValue(I, r->view());
  }
  return Value(r);
}

// ---- partition ----------------------------------------------------------------------------

Value partition(Interp& I, Value self, CallArgs args, const char* qualified, bool last) {
  Value sepValue = checkOneArg(I, qualified, args);
  if (!isInstance(I, sepValue, I.types.str))
    raiseTypeError(I, "must be str, not " + std::string(typeName(I, sepValue)));
  Str* s = asStr(self);
  Str* sep = asStr(sepValue);
  if (sep->length == 0) raiseValueError(I, "empty separator");
  std::string_view text = s->view();
  size_t found = last ? text.rfind(sep->view()) : findBytes(text, sep->view(), 0);
  if (found == std::string_view::npos) {
    Ref whole = Ref::steal(strSubstring(I, self, 0, s->length));
    Value empty = Value(I.names.empty);
    return Value(last ? newTupleOf(I, {empty, empty, whole.get()})
                      : newTupleOf(I, {whole.get(), empty, empty}));
  }
  int64_t at = s->codePointIndex(found);
  Ref before = Ref::steal(strSubstring(I, self, 0, at));
  Ref after = Ref::steal(strSubstring(I, self, at + sep->length, s->length));
  Ref middle = Ref::steal(strSubstring(I, sepValue, 0, sep->length));
  return Value(newTupleOf(I, {before.get(), middle.get(), after.get()}));
}

Value strPartition(Interp& I, Value self, CallArgs args) {
  return partition(I, self, args, "str.partition", false);
}
Value strRpartition(Interp& I, Value self, CallArgs args) {
  return partition(I, self, args, "str.rpartition", true);
}

}  // namespace

void registerStrSearchMethods(Interp& I) {
  Type* t = I.types.str;
  addMethod(I, t, "find", strFind);
  addMethod(I, t, "rfind", strRfind);
  addMethod(I, t, "index", strIndex);
  addMethod(I, t, "rindex", strRindex);
  addMethod(I, t, "count", strCount);
  addMethod(I, t, "startswith", strStartswith);
  addMethod(I, t, "endswith", strEndswith);
  addMethod(I, t, "replace", strReplace);
  addMethod(I, t, "partition", strPartition);
  addMethod(I, t, "rpartition", strRpartition);
}

}  // namespace rw::str_impl
